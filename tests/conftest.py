"""Shared fixtures: the shared corpus and a store ingested from the seeds (built once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold"


def _need_shared() -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"the shared corpus is not at {SEEDS}")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The four seed articles."""
    _need_shared()
    return SEEDS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    """Gold annotations of the seeds."""
    _need_shared()
    return GOLD


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory, seeds_dir):
    """A store with the seeds ingested (read-only for tests)."""
    from dyad.pipeline import ingest
    from dyad.store import open_store

    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    store = open_store(db)
    report = ingest([seeds_dir], store)
    assert not report.problems, report.problems
    yield store
    store.close()
