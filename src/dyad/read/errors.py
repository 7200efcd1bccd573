"""Problems a reader reports: one line naming the file and what is wrong with it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ReadProblem:
    """A file (or a line of one) that could not be read; the batch goes on without it."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ReadError(Exception):
    """A file that cannot be read at all (missing, binary, empty, undecodable ...)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = str(path)
        self.message = message

    def problem(self) -> ReadProblem:
        """The same failure as a ReadProblem record."""
        return ReadProblem(self.path, self.message)


class DecodeError(ValueError):
    """Bytes that are not text in any supported encoding (the message says why)."""
