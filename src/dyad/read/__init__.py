"""Readers: files on disk -> `Document`s (plain text, wikitext, HTML, JSON Lines, folders of these).

`Document.text` is always the decoded file (BOM removed), so every offset downstream points
into it. For HTML and wikitext, `strip_markup` gives the visible text with a map back to
those offsets and the heading spans. Bad input never stops a batch: `read_path` yields one
`ReadProblem` per bad file (or JSONL line) and carries on.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from dyad.model import Document
from dyad.read.emit import Stripped
from dyad.read.encoding import decode_bytes, is_blank
from dyad.read.errors import DecodeError, ReadError, ReadProblem
from dyad.read.html import html_meta, strip_html
from dyad.read.jsonl import parse_jsonl
from dyad.read.wiki import strip_wikitext
from dyad.text.offsets import OffsetMap

__all__ = ["FORMATS", "ReadError", "ReadProblem", "Stripped", "read_file", "read_path", "strip", "strip_markup",
           "format_of"]

FORMATS = {
    ".txt": "txt", ".text": "txt",
    ".wiki": "wiki", ".wikitext": "wiki", ".mediawiki": "wiki",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}
# documentation that sits next to corpus files (SOURCES.md, README.md): skipped quietly in folders
QUIET_SKIP = frozenset((".md", ".markdown", ".rst"))
MAX_BYTES = 512 * 1024 * 1024


def format_of(path: str | Path) -> str | None:
    """The reader format of a file name (`txt|wiki|html|jsonl`), or None if unsupported."""
    return FORMATS.get(Path(path).suffix.lower())


def _load(path: Path, fmt: str) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(str(path), f"file too large ({size} bytes, limit {MAX_BYTES})")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(str(path), "no such file") from None
    except IsADirectoryError:
        raise ReadError(str(path), "is a folder, not a file") from None
    except OSError as e:
        raise ReadError(str(path), f"cannot read ({e.strerror or e})") from None
    if not data.strip():
        raise ReadError(str(path), "empty file" if not data else "empty file (whitespace only)")
    try:
        text = decode_bytes(data, html=fmt == "html")
    except DecodeError as e:
        raise ReadError(str(path), str(e)) from None
    if is_blank(text):
        raise ReadError(str(path), "empty file (whitespace only)")
    return text


def _items(path: Path) -> Iterator[Document | ReadProblem]:
    fmt = format_of(path)
    if fmt is None:
        raise ReadError(str(path), f"unsupported format {path.suffix or '(no extension)'!r}, skipped "
                                   f"(readable: {', '.join(sorted(FORMATS))})")
    text = _load(path, fmt)
    if fmt == "jsonl":
        any_doc = False
        problems = []
        for item in parse_jsonl(text, str(path)):
            if isinstance(item, Document):
                any_doc = True
            else:
                problems.append(item)
            yield item
        if not any_doc:
            raise ReadError(str(path), f"no valid JSONL document ({len(problems)} bad lines)")
        return
    title, lang = html_meta(text) if fmt == "html" else ("", "")
    yield Document(id=path.stem, text=text, lang=lang, title=title, path=str(path), format=fmt)


def read_file(path: str | Path, problems: list[ReadProblem] | None = None) -> list[Document]:
    """Documents of one file; raises ReadError for a bad file.

    Bad lines of a JSONL file with some good lines do not raise: they are appended to
    `problems` when given (and dropped otherwise).
    """
    p = Path(path)
    docs: list[Document] = []
    for item in _items(p):
        if isinstance(item, Document):
            docs.append(item)
        elif problems is not None:
            problems.append(item)
    return docs


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def read_path(path: str | Path) -> Iterator[Document | ReadProblem]:
    """Documents of a file or a folder (recursive, sorted, hidden files skipped), and problems."""
    p = Path(path)
    if not p.exists():
        yield ReadProblem(str(p), "no such file or folder")
        return
    if not p.is_dir():
        yield from _safe_items(p)
        return
    n_docs = n_files = 0
    for f in _walk(p):
        if f.suffix.lower() in QUIET_SKIP:
            continue
        n_files += 1
        for item in _safe_items(f):
            n_docs += isinstance(item, Document)
            yield item
    if n_docs == 0:
        yield ReadProblem(str(p), "folder has no readable documents" if n_files else
                          "folder has no files to read")


def _safe_items(path: Path) -> Iterator[Document | ReadProblem]:
    try:
        yield from _items(path)
    except ReadError as e:
        yield e.problem()


def strip(doc: Document) -> Stripped:
    """Visible text of a document with its offset map, heading spans and heading levels."""
    if doc.format == "html":
        return strip_html(doc.text)
    if doc.format == "wiki":
        return strip_wikitext(doc.text)
    return Stripped(doc.text, OffsetMap.identity(len(doc.text)), [], [])


def strip_markup(doc: Document) -> tuple[str, OffsetMap, list[tuple[int, int]]]:
    """(clean text, map clean -> `doc.text` offsets, heading spans in clean coordinates)."""
    s = strip(doc)
    return s.text, s.map, s.headings
