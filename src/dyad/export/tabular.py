"""Event tables: CSV (ICEWS-like column order), JSON Lines and Parquet with proper types."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TextIO

# ICEWS-like: when, who, to whom, what, how strongly; then the coding details; then the evidence
CSV_COLUMNS = (
    "date", "date_end", "date_precision", "source", "target", "category", "quad", "intensity",
    "factuality", "reported_by", "source_name", "target_name", "source_lineage", "target_lineage",
    "topics", "confidence", "date_source", "date_display", "lang", "section", "span_start", "span_end",
    "event_id", "evidence", "document", "title", "url",
)


def flat(e: dict) -> dict:
    """An event dict (dyad.query.event_dict) as one flat table row under CSV_COLUMNS names."""
    return {
        "date": e["date_start"], "date_end": e["date_end"], "date_precision": e["date_precision"],
        "source": e["source"], "target": e["target"], "category": e["category"], "quad": e["quad"],
        "intensity": e["intensity"], "factuality": e["factuality"], "reported_by": e["reported_by"],
        "source_name": e["source_name"], "target_name": e["target_name"],
        "source_lineage": e["source_lineage"], "target_lineage": e["target_lineage"],
        "topics": e["topics"], "confidence": e["confidence"], "date_source": e["date_source"],
        "date_display": e["date"], "lang": e["lang"], "section": e["section"],
        "span_start": e["span"][0], "span_end": e["span"][1], "event_id": e["id"], "evidence": e["quote"],
        "document": e["doc"], "title": e["title"], "url": e["url"],
    }


def write_csv(events: Iterable[dict], out: TextIO) -> int:
    """CSV with a header and one event a row; topics joined by `;`, missing values empty."""
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    n = 0
    for e in events:
        row = flat(e)
        row["topics"] = ";".join(row["topics"])
        w.writerow(["" if row[c] is None else row[c] for c in CSV_COLUMNS])
        n += 1
    return n


def write_jsonl(events: Iterable[dict], out: TextIO) -> int:
    """One event dict (all fields, nested as in dyad.query) per line."""
    n = 0
    for e in events:
        out.write(json.dumps(e, ensure_ascii=False) + "\n")
        n += 1
    return n


def parquet_schema():
    """The Arrow schema of the Parquet export."""
    import pyarrow as pa

    s, i32 = pa.string(), pa.int32()
    types = {
        "date": pa.date32(), "date_end": pa.date32(), "date_precision": s, "source": s, "target": s,
        "category": s, "quad": s, "intensity": pa.float64(), "factuality": s, "reported_by": s,
        "source_name": s, "target_name": s, "source_lineage": s, "target_lineage": s,
        "topics": pa.list_(s), "confidence": pa.float64(), "date_source": s, "date_display": s, "lang": s,
        "section": s, "span_start": i32, "span_end": i32, "event_id": pa.int64(), "evidence": s,
        "document": s, "title": s, "url": s,
    }
    return pa.schema([(c, types[c]) for c in CSV_COLUMNS])


def _date(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def write_parquet(events: Iterable[dict], path: str | Path, batch_size: int = 5000) -> int:
    """Parquet: dates as date32, intensity and confidence float64, topics list<string>, offsets int32."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    n = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        batch: list[dict] = []

        def flush() -> None:
            cols = {c: [r[c] for r in batch] for c in CSV_COLUMNS}
            cols["date"] = [_date(v) for v in cols["date"]]
            cols["date_end"] = [_date(v) for v in cols["date_end"]]
            writer.write_table(pa.table(cols, schema=schema))
            batch.clear()

        for e in events:
            batch.append(flat(e))
            n += 1
            if len(batch) >= batch_size:
                flush()
        if batch or n == 0:
            flush()
    return n
