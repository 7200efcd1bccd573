"""Scoring of events against gold lines, on a tiny fake store and on the seeds (floors)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from dyad.eval.events import confusion_matrix, eval_events, match_events, score_events

TEXT = "Aland signed a pact with Bland. Bland has a border. Cland attacked Dland. Eland met Fland."


@dataclass
class _S:
    index: int
    start: int
    end: int
    lang: str = "en"


class FakeStore:
    def __init__(self, events):
        self.events = events
        ends = [i + 1 for i, ch in enumerate(TEXT) if ch == "."]
        starts = [0] + [e + 1 for e in ends[:-1]]
        self.sents = [_S(i, a, b) for i, (a, b) in enumerate(zip(starts, ends, strict=True))]

    def document_text(self, doc):
        return TEXT if doc == "d" else None

    def sentences(self, doc):
        return self.sents

    def events_of(self, doc):
        return list(self.events)


def ev(idx, source, target, category, date=("2001-01-01", "2001-12-31", "year"), fact="asserted"):
    return {"sentence_idx": idx, "lang": "en", "source": source, "target": target, "category": category,
            "factuality": fact, "reported_by": None, "date_start": date[0], "date_end": date[1],
            "date_precision": date[2]}


def gold(quote, *events):
    return {"doc": "d", "quote": quote, "events": [
        {"source": s, "target": t, "category": c, "factuality": "asserted", "date_start": "2001-01-01",
         "date_end": "2001-12-31", "date_precision": "year"} for s, t, c in events]}


def test_score_detection_and_accuracies():
    lines = [
        gold("Aland signed a pact with Bland.", ("SUN", "IRN", "AGREE")),
        gold("Bland has a border."),
        gold("Cland attacked Dland.", ("GEO", "RUS", "ASSAULT")),
        gold("Eland met Fland.", ("CHN", "JPN", "CONSULT")),
    ]
    store = FakeStore([
        ev(0, "IRN", "RUS", "AGREE"),  # symmetric: either order; RUS ~ SUN by lineage
        ev(1, "USA", "CAN", "SANCTION"),  # false positive
        ev(2, "RUS", "GEO", "ASSAULT", date=("2002-01-01", "2002-12-31", "year")),  # wrong direction and date
    ])
    r = score_events(lines, store)
    d = r["detection"]
    assert (d["tp"], d["fp"], d["fn"], d["tn"]) == (2, 1, 1, 0)
    assert d["p"] == pytest.approx(2 / 3, abs=1e-3) and d["r"] == pytest.approx(2 / 3, abs=1e-3)
    assert r["category_accuracy"] == 1.0 and r["pair_accuracy"] == 1.0
    assert r["direction_accuracy"] == 0.5 and r["date_accuracy"] == 0.5
    assert r["by_lang"]["en"]["detection"]["tp"] == 2
    labels, m = confusion_matrix(r)
    assert labels == ["AGREE", "ASSAULT"] and m == [[1, 0], [0, 1]]


def test_match_prefers_agreeing_events():
    g = [{"source": "RUS", "target": "UKR", "category": "ASSAULT"},
         {"source": "USA", "target": "RUS", "category": "SANCTION"}]
    p = [{"source": "USA", "target": "RUS", "category": "SANCTION"},
         {"source": "RUS", "target": "UKR", "category": "ASSAULT"}]
    assert [(a["category"], b["category"]) for a, b in match_events(g, p)] == [
        ("ASSAULT", "ASSAULT"), ("SANCTION", "SANCTION")]


def test_match_pairs_two_acts_of_a_kind_by_their_dates_whatever_their_order():
    def ev(d):
        return {"source": "IRN", "target": "RUS", "category": "AGREE", "date_start": d, "date_end": d,
                "date_precision": "day"}
    g = [ev("2008-12-01"), ev("2009-01-05")]
    for p in ([ev("2009-01-05"), ev("2008-12-01")], [ev("2008-12-01"), ev("2009-01-05")]):
        assert all(a["date_start"] == b["date_start"] for a, b in match_events(g, p))


# Floors reached on the seeds (see the final report); they must not slip back.
FLOORS = {"f1": 0.875, "category_accuracy": 0.935, "pair_accuracy": 0.91, "direction_accuracy": 0.88,
          "date_accuracy": 0.88, "factuality_accuracy": 0.91}


def test_seed_floors(seeds_dir, gold_dir):
    r = eval_events(seeds_dir, [str(gold_dir)])
    assert r["unlocated"] <= 5
    assert r["detection"]["f1"] >= FLOORS["f1"]
    for k, v in FLOORS.items():
        if k != "f1":
            assert r[k] >= v, (k, r[k])
