"""Exports round-trip through the tools analysts use: pandas (CSV), pyarrow (Parquet), networkx (GraphML)."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from dyad import query
from dyad.export import CSV_COLUMNS, export, plover_record, write_csv
from dyad.query import EventFilter
from test_query_fixture import build_store, events


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = build_store(tmp_path_factory.mktemp("x") / "x.db")
    yield s
    s.close()


def test_csv_round_trip_in_pandas(store, tmp_path):
    pd = pytest.importorskip("pandas")
    out = tmp_path / "e.csv"
    n = export(store, "csv", out)
    assert n == len(events())
    df = pd.read_csv(out, keep_default_na=True)
    assert list(df.columns) == list(CSV_COLUMNS)
    assert list(df.columns[:8]) == ["date", "date_end", "date_precision", "source", "target", "category", "quad",
                                    "intensity"]
    assert list(df.columns[-3:]) == ["document", "title", "url"]
    assert df["intensity"].dtype == "float64" and df["confidence"].dtype == "float64"
    assert df["span_start"].dtype == "int64" and df["event_id"].dtype == "int64"
    assert len(df) == n and df["event_id"].is_unique
    modern = pd.to_datetime(df.loc[df["date"] >= "1700", "date"], format="ISO8601")
    assert str(modern.dtype).startswith("datetime64") and modern.notna().all()
    assert df["date"].isna().sum() == 1  # the undated event
    row = df[df["evidence"].str.contains("Декларацию", na=False)].iloc[0]
    assert (row["source"], row["target"], row["category"], row["lang"]) == ("RUS", "AZE", "AGREE", "ru")
    assert row["intensity"] == 2.5
    energy = df[df["topics"].str.contains("energy", na=False)].iloc[0]
    assert energy["topics"] == "economic;energy"


def test_csv_escapes_commas_quotes_and_newlines():
    e = {"id": 1, "date": "2024", "date_start": "2024-01-01", "date_end": "2024-12-31", "date_precision": "year",
         "date_source": "explicit", "source": "RUS", "source_name": "Russia", "target": "PRK",
         "target_name": "North Korea", "source_lineage": "RUS", "target_lineage": "PRK", "category": "AGREE",
         "quad": "verbal_coop", "intensity": 2.5, "factuality": "asserted", "reported_by": None, "topics": [],
         "confidence": 0.5, "lang": "en", "doc": "d", "title": "t", "url": None, "section": "A, B",
         "sentence": 0, "span": [0, 10], "quote": 'They said "yes",\nthen signed.'}
    buf = io.StringIO()
    write_csv([e], buf)
    import csv

    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    assert rows[1][CSV_COLUMNS.index("evidence")] == e["quote"]
    assert rows[1][CSV_COLUMNS.index("section")] == "A, B"


def test_parquet_types_round_trip(store, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "e.parquet"
    n = export(store, "parquet", out, EventFilter(dyad="RUS-IRN"))
    t = pq.read_table(out)
    assert t.num_rows == n == 8
    schema = t.schema
    assert schema.field("date").type == pa.date32() and schema.field("date_end").type == pa.date32()
    assert schema.field("intensity").type == pa.float64()
    assert schema.field("topics").type == pa.list_(pa.string())
    assert schema.field("event_id").type == pa.int64()
    rows = t.to_pylist()
    assert rows[0]["date"] == dt.date(1521, 1, 1) and rows[0]["source"] == "H.RUSEMP"
    war = next(r for r in rows if r["category"] == "ASSAULT" and r["date_precision"] == "range")
    assert (war["date"], war["date_end"], war["date_display"]) == (dt.date(1804, 1, 1), dt.date(1813, 12, 31),
                                                                   "1804–1813")
    assert ["economic", "energy"] in [r["topics"] for r in rows]


def test_parquet_of_nothing_still_has_the_schema(store, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "none.parquet"
    assert export(store, "parquet", out, EventFilter(dyad="USA-CHN")) == 0
    t = pq.read_table(out)
    assert t.num_rows == 0 and t.schema.names == list(CSV_COLUMNS)


def test_graphml_opens_in_networkx(store, tmp_path):
    nx = pytest.importorskip("networkx")
    out = tmp_path / "g.graphml"
    n = export(store, "graphml", out)
    g = nx.read_graphml(out)
    assert g.number_of_edges() == n == len(query.dyads(store))
    assert g.nodes["PRK"]["name"] == "North Korea" and g.nodes["IGO.SCO"]["kind"] == "org"
    e = g.edges["PRK", "RUS"]
    assert e["events"] == 17 and isinstance(e["events"], int)
    assert e["verbal_coop"] + e["material_coop"] + e["verbal_conflict"] + e["material_conflict"] == 17
    assert isinstance(e["mean_intensity"], float) and -10 <= e["mean_intensity"] <= 10
    assert g.nodes["RUS"]["events"] == sum(d["events"] for d in query.dyads(store) if "RUS" in (d["a"], d["b"]))


def test_plover_records(store, tmp_path):
    out = tmp_path / "p.jsonl"
    n = export(store, "plover", out, EventFilter(dyad="RUS-PRK", date_from=2024, date_to=2024))
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == n == 3
    treaty = next(r for r in recs if r["event_type"] == "AGREE")
    assert treaty["date"] == "2024-06-19" and treaty["event"] == ["AGREE"] and treaty["quad_code"] == 1
    assert treaty["actors"] == treaty["source"] and treaty["actors"][0]["code"] == "RUS"
    assert treaty["recipients"][0]["code"] == "PRK" and treaty["recipients"][0]["country"] == "PRK"
    assert "조약" in treaty["event_text"] and treaty["language"] == "ko"
    assert set(treaty["context"]) == {"military", "diplomatic"} and treaty["mode"] == []
    cite = treaty["cite_info"]
    assert cite["url"].startswith("https://namu.wiki") and cite["license"] == "CC BY-NC-SA 2.0 KR"
    assert cite["language"] == "ko" and cite["codebook"].startswith("plover")
    assert treaty["text_info"]["end"] > treaty["text_info"]["start"]
    assert len({r["id"] for r in recs}) == 3
    denied = next(r for r in recs if r["factuality"] == "denied")
    assert denied["reported_by"] == "USA"


def test_plover_org_actor_has_no_country():
    rec = plover_record({
        "id": 7, "date": "2023-07-04", "date_start": "2023-07-04", "date_end": "2023-07-04",
        "date_precision": "day", "date_source": "explicit", "source": "IRN", "source_name": "Iran",
        "target": "IGO.SCO", "target_name": "SCO", "source_lineage": "IRN", "target_lineage": "IGO.SCO",
        "category": "AGREE", "quad": "verbal_coop", "intensity": 2.5, "factuality": "asserted",
        "reported_by": None, "topics": ["diplomatic"], "confidence": 0.7, "lang": "en", "doc": "d", "title": "T",
        "url": "https://en.wikipedia.org/wiki/X", "section": "", "sentence": 3, "span": [5, 9], "quote": "x"})
    assert rec["recipients"][0]["country"] is None and rec["recipients"][0]["sector"] == "IGO"
    assert rec["cite_info"]["license"] == "CC BY-SA 4.0"


def test_export_rejects_bad_input(store, tmp_path):
    with pytest.raises(ValueError):
        export(store, "xlsx", tmp_path / "a")
    with pytest.raises(ValueError):
        export(store, "csv", tmp_path / "b.csv", EventFilter(date_from="20x4"))
    assert not (tmp_path / "b.csv").exists()
    with pytest.raises(ValueError):
        export(store, "parquet", "-")
