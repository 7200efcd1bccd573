"""Printing listings as a table, JSON or JSON Lines, shared by every command."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text


class Format(StrEnum):
    """Output formats of listing commands."""

    table = "table"
    json = "json"
    jsonl = "jsonl"


console = Console()
err_console = Console(stderr=True)


def emit(rows: Sequence[dict] | dict, fmt: Format, columns: Sequence[str] | None = None,
         title: str | None = None) -> None:
    """Print `rows` in `fmt`; a dict is printed as one object (JSON) or key/value table."""
    if fmt == Format.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    if fmt == Format.jsonl:
        for r in rows if isinstance(rows, list) else [rows]:
            sys.stdout.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        return
    if isinstance(rows, dict):
        t = Table(title=title, show_header=False)
        t.add_column("field", style="bold")
        t.add_column("value")
        for k, v in rows.items():
            t.add_row(Text(str(k)), Text(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str)))
        console.print(t)
        return
    cols = list(columns or (rows[0].keys() if rows else []))
    t = Table(title=title)
    for c in cols:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*[_cell(r.get(c)) for c in cols])
    console.print(t)


def _cell(v: object) -> Text:
    # Text, not str: document text must never be read as rich markup
    if v is None:
        return Text("")
    if isinstance(v, list | tuple):
        s = "–".join(map(str, v)) if all(isinstance(x, str) for x in v) else json.dumps(v, ensure_ascii=False)
        return Text(s)
    return Text(str(v))


@contextmanager
def user_errors() -> Iterator[None]:
    """Bad input (a malformed filter, an unknown code, a missing store, an unwritable file) ends
    the command with its message and exit code 2, not a traceback."""
    try:
        yield
    except (ValueError, OSError) as exc:
        err_console.print(f"error: {exc}", highlight=False, markup=False)
        raise typer.Exit(2) from None


def emit_scores(res: dict, fmt: Format) -> None:
    """A score report as one line of JSON (or JSON Lines): details first, the overall scores last,
    so that the end of the output, the part a terminal or a log tail shows, is the summary."""
    details = ("confusion", "by_lang", "events", "unlocated")
    ordered = {k: v for k, v in res.items() if k in details}
    ordered.update({k: v for k, v in res.items() if k not in details})
    sys.stdout.write(json.dumps(ordered, ensure_ascii=False, default=str) + "\n")
