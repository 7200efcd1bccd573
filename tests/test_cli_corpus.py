"""The corpus commands, through the CLI, in their JSON shapes."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dyad.cli.main import app

runner = CliRunner()


def _json(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_show_gives_dyad_as_two_codes(seeds_store):
    info = _json(["show", "ko-namu-north-korea-russia", "--db", seeds_store.path, "--format", "json"])
    assert info["dyad"] == ["PRK", "RUS"]
    assert any(s["title"].endswith("2020년대") for s in info["sections"])


def test_sentences_json_has_text_lang_section_offsets(seeds_store):
    rows = _json(["sentences", "zh-wiki-russia-azerbaijan", "--db", seeds_store.path, "--format", "json"])
    text = seeds_store.document_text("zh-wiki-russia-azerbaijan")
    assert rows and {"text", "lang", "section", "start", "end"} <= set(rows[0])
    for r in rows:
        assert 0 <= r["start"] < r["end"] <= len(text)
    assert any(r["lang"] == "zh" and r["section"] == "历史" for r in rows)


def test_catalog_json_entries(seeds_store):
    rows = _json(["catalog", "--db", seeds_store.path, "--format", "json"])
    assert len(rows) >= 100 and {"region", "members"} <= set(rows[0])


def test_search_and_docs_jsonl(seeds_store):
    result = runner.invoke(app, ["search", "签署", "--db", seeds_store.path, "--format", "jsonl"])
    assert result.exit_code == 0
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert hits and hits[0]["doc"] == "zh-wiki-russia-azerbaijan"
    docs = _json(["docs", "--db", seeds_store.path, "--format", "json"])
    assert len(docs) == 4


def test_actors_resolves_names_in_many_languages():
    for name in ("북한", "朝鲜", "КНДР", "North Korea"):
        rows = _json(["actors", name, "--format", "json"])
        assert "PRK" in [r["code"] for r in rows], name
    rows = _json(["actors", "Putin", "--format", "json"])
    assert rows[0]["code"] == "RUS" and rows[0]["why"]


def test_unknown_document_is_a_clear_error(seeds_store):
    result = runner.invoke(app, ["show", "nope", "--db", seeds_store.path])
    assert result.exit_code == 2
    assert "nope" in result.output


def test_ingest_reports_skips_and_fails_only_when_nothing_ingested(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    db = str(tmp_path / "x.db")
    result = runner.invoke(app, ["ingest", str(tmp_path), str(tmp_path / "missing"), "--db", db])
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "bin.txt" in result.output and "missing" in result.output
    (tmp_path / "ok.txt").write_text("Russia and Iran signed a treaty in 2001.\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", db])
    assert result.exit_code == 0, result.output
    assert "1 documents" in result.output
