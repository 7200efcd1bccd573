"""Exports that analysts load straight into their tools: csv, jsonl, parquet, plover, graphml.

    from dyad.export import export
    n = export(store, "parquet", "events.parquet", EventFilter(dyad="RUS-PRK"))
"""

from __future__ import annotations

import sys
from pathlib import Path

from dyad.export.graphml import write_graphml
from dyad.export.plover import record as plover_record
from dyad.export.plover import write_plover
from dyad.export.tabular import CSV_COLUMNS, parquet_schema, write_csv, write_jsonl, write_parquet
from dyad.query import EventFilter, dyads, iter_events

FORMATS = ("csv", "jsonl", "parquet", "plover", "graphml")
TEXT_FORMATS = {"csv": write_csv, "jsonl": write_jsonl, "plover": write_plover}


def export(store, fmt: str, out: str | Path, filt: EventFilter | None = None, lang: str = "en") -> int:
    """Write the events matching `filt` to `out` in `fmt` ("-" = standard output for text formats).

    Returns the number of events written (of dyads, i.e. edges, for graphml).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    filt = filt or EventFilter()
    filt.where()  # validate before creating any file
    if fmt == "graphml":
        rows = dyads(store, filt, lang)
        if str(out) == "-":
            from dyad.export.graphml import graph

            graph(rows, lang).write(sys.stdout, encoding="unicode", xml_declaration=True)
            return len(rows)
        return write_graphml(rows, out, lang)
    events = iter_events(store, filt, "date", lang)
    if fmt == "parquet":
        if str(out) == "-":
            raise ValueError("parquet is binary: give a file with --out")
        return write_parquet(events, out)
    if str(out) == "-":
        return TEXT_FORMATS[fmt](events, sys.stdout)
    with open(out, "w", encoding="utf-8", newline="") as f:
        return TEXT_FORMATS[fmt](events, f)


__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "export",
    "parquet_schema",
    "plover_record",
    "write_csv",
    "write_graphml",
    "write_jsonl",
    "write_parquet",
    "write_plover",
]
