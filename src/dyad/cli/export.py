"""The export command: events in csv, jsonl, parquet, plover (POLECAT-shaped JSON Lines) or graphml."""

from __future__ import annotations

from enum import StrEnum

import typer

from dyad.cli.events import (
    ACTOR,
    CATEGORY,
    DB,
    DOC,
    DYAD,
    FACTUALITY,
    FROM,
    LANG,
    QUAD,
    TEXT,
    TO,
    TOPIC,
    make_filter,
)
from dyad.cli.output import err_console, user_errors
from dyad.store import open_store


class ExportFormat(StrEnum):
    """Export formats."""

    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    plover = "plover"
    graphml = "graphml"


FORMAT = typer.Option(..., "--format", "-f", help="csv, jsonl, parquet, plover or graphml.")
OUT = typer.Option(..., "--out", "-o", help="File to write ('-' = standard output, not for parquet).")
NAMES = typer.Option("en", "--names", help="Language of actor names.")


def export_cmd(
    fmt: ExportFormat = FORMAT, out: str = OUT, dyad: str | None = DYAD, actor: str | None = ACTOR,
    date_from: str | None = FROM, date_to: str | None = TO, category: list[str] | None = CATEGORY,
    quad: list[str] | None = QUAD, factuality: list[str] | None = FACTUALITY, lang: list[str] | None = LANG,
    topic: list[str] | None = TOPIC, text: str | None = TEXT, doc: str | None = DOC,
    names: str = NAMES,
    db: str = DB,
) -> None:
    """Write events (or, for graphml, the network of dyads) for pandas, R, Gephi or POLECAT tools."""
    from dyad.export import export

    with user_errors(), open_store(db, create=False) as store:
        filt = make_filter(dyad, actor, date_from, date_to, category, quad, factuality, lang, topic, text, doc)
        n = export(store, fmt.value, out, filt, lang=names)
    what = "dyads" if fmt == ExportFormat.graphml else "events"
    err_console.print(f"{n} {what} written to {out if out != '-' else 'standard output'} ({fmt.value})",
                      highlight=False)


def register(app: typer.Typer) -> None:
    """Add the export command to `app`."""
    app.command("export")(export_cmd)
