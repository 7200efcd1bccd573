"""dyad.query over the ingested seed articles: the RUS–PRK chronology and its curve."""

from __future__ import annotations

import pytest

from dyad import query
from dyad.query import actors

pytestmark = pytest.mark.slow


def test_rus_prk_timeline_is_a_chronology(seeds_store):
    tl = query.timeline(seeds_store, "RUS", "PRK", undated=False)
    assert len(tl) > 20
    starts = [e["date_start"] for e in tl]
    assert starts == sorted(starts)
    rus, prk = actors.side("RUS"), actors.side("PRK")
    for e in tl:
        sides = {e["source_lineage"], e["target_lineage"]} | {e["source"], e["target"]}
        assert (rus.lineage in sides or sides & set(rus.extra)) and (prk.lineage in sides or sides & set(prk.extra))
        assert e["date"] and e["quote"] and e["doc"]
    assert any(e["date_start"] >= "2024-06-01" for e in tl)


def test_rus_prk_index_rises_after_2022(seeds_store):
    curve = query.index(seeds_store, "RUS", "PRK", by="year")
    net = {p["period"]: p["net_coop"] for p in curve["periods"] if p["net_coop"] is not None}
    before = [v for y, v in net.items() if 2011 <= y <= 2016]
    after = [v for y, v in net.items() if 2022 <= y <= 2024]
    assert before and after
    assert sum(after) / len(after) > sum(before) / len(before)
    assert sum(after) / len(after) > 0


def test_seed_exports_round_trip(seeds_store, tmp_path):
    import pyarrow.parquet as pq

    from dyad.export import export

    n = export(seeds_store, "parquet", tmp_path / "s.parquet")
    assert n == query.count(seeds_store) == pq.read_table(tmp_path / "s.parquet").num_rows
