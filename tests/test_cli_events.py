"""The events, timeline, index, dyads and export commands over a synthetic store."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from dyad.cli.main import app
from test_query_fixture import build_store, events

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "c.db"
    build_store(path).close()
    return str(path)


def run(*args: str):
    result = runner.invoke(app, list(args))
    return result


def test_events_json_with_filters(db):
    r = run("events", "--dyad", "RUS-PRK", "--from", "2019", "--to", "2024", "--category", "CONSULT",
            "--format", "json", "--db", db)
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert [e["date"] for e in rows] == ["2019-04-25", "2023-09-13"]
    r = run("events", "--quad", "material_conflict", "--lang", "en", "--format", "jsonl", "--db", db)
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows and all(e["quad"] == "material_conflict" and e["lang"] == "en" for e in rows)
    r = run("events", "--factuality", "reported", "--format", "jsonl", "--db", db)
    assert len(r.stdout.splitlines()) == 2


def test_events_csv_to_stdout(db):
    r = run("events", "--format", "csv", "--limit", "0", "--db", db)
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == len(events())
    assert list(rows[0])[:3] == ["date", "date_end", "date_precision"]


def test_events_table_and_paging(db):
    r = run("events", "--limit", "3", "--offset", "3", "--db", db)
    assert r.exit_code == 0, r.output
    assert "3 of 31 events" in r.output


def test_malformed_date_is_a_clear_error(db):
    r = run("events", "--from", "2019-13", "--db", db)
    assert r.exit_code == 2
    assert "month 13" in r.output and "Traceback" not in r.output
    r = run("timeline", "RUS", "P!K", "--db", db)
    assert r.exit_code == 2 and "not an actor code" in r.output


def test_timeline_reads_as_a_chronology(db):
    r = run("timeline", "RUS", "PRK", "--format", "json", "--db", db)
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    dated = [e["date_start"] for e in rows if e["date_start"]]
    assert dated == sorted(dated) and rows[0]["date"] == "1884"
    r = run("timeline", "rus", "prk", "--dated-only", "--db", db)
    assert r.exit_code == 0, r.output
    out = r.stdout
    assert out.index("1948-10-12") < out.index("2019-04-25") < out.index("2024-06-19")
    assert "undated" not in out and "1950s" in out and "(reported)" in out


def test_index_by_year_shows_rapprochement(db):
    r = run("index", "RUS", "PRK", "--by", "year", "--format", "json", "--db", db)
    assert r.exit_code == 0, r.output
    curve = json.loads(r.stdout)
    net = {p["period"]: p["net_coop"] for p in curve["periods"]}
    assert net[2017] < 0 < net[2022] and net[2023] > 0 and net[2024] > 0
    r = run("index", "RUS", "PRK", "--by", "decade", "--db", db)
    assert r.exit_code == 0 and "2020s" in r.stdout and "net_coop =" in r.stdout


def test_dyads_command(db):
    r = run("dyads", "--format", "json", "--db", db)
    rows = json.loads(r.stdout)
    assert rows[0]["dyad"] == "PRK-RUS" and rows[0]["events"] == 17


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "plover", "graphml"])
def test_export_command_writes_each_format(db, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    r = run("export", "--format", fmt, "--out", str(out), "--dyad", "RUS-IRN", "--db", db)
    assert r.exit_code == 0, r.output
    assert out.stat().st_size > 0
    assert ("1 dyads" if fmt == "graphml" else "8 events") in r.output


def test_export_to_stdout_and_errors(db, tmp_path):
    r = run("export", "--format", "plover", "--out", "-", "--quad", "material_coop", "--db", db)
    recs = [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]
    assert recs and all(rec["quad_code"] == 2 for rec in recs)
    r = run("export", "--format", "parquet", "--out", "-", "--db", db)
    assert r.exit_code == 2 and "binary" in r.output
