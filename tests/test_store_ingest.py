"""Store behaviour: idempotent re-ingest, replacement in one transaction, interrupted ingests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dyad.pipeline import ingest
from dyad.store import open_store
from dyad.store.migrations import MIGRATIONS

EN = ("Foo–Bar relations\nIn 1990 Russia and Iran signed a treaty on trade. "
      "In March 2001 the Russian president visited Tehran.\nReferences\n- Smith 1990, p. 3.\n")


def _write(folder: Path, name: str, text: str) -> Path:
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def test_schema_is_versioned(tmp_path):
    store = open_store(tmp_path / "a.db")
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    store.close()
    store = open_store(tmp_path / "a.db")  # reopening migrates nothing twice
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_reingest_unchanged_is_noop_and_changed_replaces(tmp_path):
    _write(tmp_path, "doc.txt", EN)
    store = open_store(tmp_path / "k.db")
    r1 = ingest([tmp_path / "doc.txt"], store)
    assert (r1.added, r1.unchanged) == (1, 0)
    n1 = len(store.sentences("doc"))
    ingested_at = store.document("doc").ingested_at
    r2 = ingest([tmp_path / "doc.txt"], store)
    assert (r2.added, r2.replaced, r2.unchanged) == (0, 0, 1)
    assert store.document("doc").ingested_at == ingested_at
    _write(tmp_path, "doc.txt", EN.replace("In March 2001", "In March 2001 and in 2003"))
    r3 = ingest([tmp_path / "doc.txt"], store)
    assert r3.replaced == 1
    assert len(store.sentences("doc")) == n1
    assert any("2003" in s.text for s in store.sentences("doc"))
    assert store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_failed_write_keeps_previous_version_whole(tmp_path, monkeypatch):
    _write(tmp_path, "doc.txt", EN)
    store = open_store(tmp_path / "k.db")
    ingest([tmp_path / "doc.txt"], store)
    before = [s.text for s in store.sentences("doc")]
    _write(tmp_path, "doc.txt", EN + "In 2005 they met again.\n")

    def boom(*a, **k):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(type(store), "_insert_events", boom)
    report = ingest([tmp_path / "doc.txt"], store)
    assert report.problems and "doc.txt" in str(report.problems[0])
    assert [s.text for s in store.sentences("doc")] == before


@pytest.mark.slow
def test_killed_ingest_leaves_documents_whole_and_rerun_completes(tmp_path, seeds_dir):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(30):
        for s in sorted(seeds_dir.glob("*.txt")):
            (corpus / f"{s.stem}-{i:02d}.txt").write_bytes(s.read_bytes())
    db = tmp_path / "k.db"
    code = ("import sys; from dyad.pipeline import ingest; from dyad.store import open_store;"
            f"ingest([{str(corpus)!r}], open_store({str(db)!r}))")
    proc = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.time() + 120
    store = None
    while time.time() < deadline:  # wait until some documents are stored, then kill it mid-batch
        time.sleep(0.5)
        if db.exists():
            try:
                store = open_store(db)
                n = store.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
                store.close()
            except Exception:
                continue
            if n >= 3:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    store = open_store(db)
    stored = store.documents()
    assert 0 < len(stored) < 120
    expected = {}
    for d in stored:  # every stored copy is whole: same counts as the first copy of its seed
        seed = d.id.rsplit("-", 1)[0]
        expected.setdefault(seed, d.sentences)
        assert d.sentences == expected[seed] and d.sentences > 0
    report = ingest([corpus], store)
    assert report.stored == 120 and not report.problems
    assert report.unchanged == len(stored)
    assert len(store.documents()) == 120


@pytest.mark.slow
def test_parallel_ingest_stores_the_same_as_serial(tmp_path, seeds_dir):
    serial = open_store(tmp_path / "serial.db")
    parallel = open_store(tmp_path / "parallel.db")
    r1 = ingest([seeds_dir], serial)
    r2 = ingest([seeds_dir], parallel, jobs=2)
    assert (r1.stored, r1.sentences, r1.events) == (r2.stored, r2.sentences, r2.events)
    assert r1.doc_ids == r2.doc_ids

    def dump(store):
        return store.conn.execute(
            "SELECT doc, span_start, source, target, category, date_start FROM events ORDER BY doc, id").fetchall()

    assert [tuple(r) for r in dump(serial)] == [tuple(r) for r in dump(parallel)]


def test_same_id_from_another_file_is_not_replaced(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    _write(tmp_path / "a", "x.txt", EN)
    _write(tmp_path / "b", "x.txt", EN.replace("1990", "1991"))
    store = open_store(tmp_path / "k.db")
    ingest([tmp_path / "a"], store)
    report = ingest([tmp_path / "b"], store)
    assert report.stored == 0 and "already stored from" in str(report.problems[0])
    assert any("1990" in s.text for s in store.sentences("x"))
    forced = ingest([tmp_path / "b"], store, force=True)
    assert forced.replaced == 1


def _dies_on_d2(doc, events):
    """Analysis that kills its worker process on document d2, as the OOM killer would."""
    import os as _os

    import dyad.pipeline as pipeline

    if doc.id == "d2":
        _os._exit(1)
    return pipeline.analyse(doc, events)


def test_a_dead_worker_fails_its_document_not_the_batch(tmp_path, monkeypatch):
    import dyad.pipeline as pipeline

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(6):
        _write(corpus, f"d{i}.txt", EN)
    monkeypatch.setattr(pipeline, "_analyse_safely", _dies_on_d2)
    store = open_store(tmp_path / "k.db")
    report = ingest([corpus], store, jobs=2)
    # the documents in flight when the worker died fail with it; the rest of the batch is stored
    assert any("d2" in p.path for p in report.problems)
    assert all("analysis process failed" in p.message for p in report.problems)
    assert report.stored >= 1
    assert report.stored + len(report.problems) == 6
