"""Dates scoring: the JSON shape on hand-made gold, and the floors reached on the seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.eval.dates import score_dates
from dyad.eval.gold import load_gold, locate
from dyad.model import TimeExpr

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS, GOLD = SHARED / "corpus" / "seeds", SHARED / "gold"


def g(quote, text, start, end, prec, src="explicit", doc="d"):
    return {"doc": doc, "quote": quote, "text": text, "date_start": start, "date_end": end,
            "date_precision": prec, "date_source": src}


def test_locate_finds_every_occurrence_of_a_repeated_quote():
    text = "새 세기 평화 … 새 세기 평화"
    assert locate(text, "새 세기 평화", "새 세기") == [(0, 4), (10, 14)]


def test_score_shape_and_counts():
    text = "In 1907 they met. In November they met again. Then 500 ships came."
    gold = [g("In 1907 they", "1907", "1907-01-01", "1907-12-31", "year"),
            g("In November they", "November", "1907-11-01", "1907-11-30", "month", "context")]
    pred = [TimeExpr(3, 7, "1907", "1907-01-01", "1907-12-31", "year"),
            TimeExpr(21, 29, "November", "1908-11-01", "1908-11-30", "month", "context"),
            TimeExpr(51, 54, "500", "0500-01-01", "0500-12-31", "year")]
    res = score_dates(gold, {"d": pred}, {"d": text}, {"d": "en"})
    assert set(res) == {"detection", "value_accuracy", "by_lang"}
    assert res["detection"] == {"p": round(2 / 3, 4), "r": 1.0, "f1": 0.8}
    assert res["value_accuracy"] == {"explicit": 1.0, "context": 0.0, "all": 0.5}
    assert res["by_lang"]["en"]["detection"]["f1"] == 0.8


def test_missed_and_null_gold():
    text = "11월 1일. 철도가 재개됐다."
    gold = [g("11월 1일. 철도", "11월 1일", None, None, "day", "context")]
    assert score_dates(gold, {"d": []}, {"d": text}, {"d": "ko"})["detection"]["r"] == 0.0
    hit = [TimeExpr(0, 6, "11월 1일", None, None, "day", "context")]
    res = score_dates(gold, {"d": hit}, {"d": text}, {"d": "ko"})
    assert res["detection"]["f1"] == 1.0 and res["value_accuracy"]["all"] == 1.0  # null value: not scored


# Floors the issue sets, and what the tagger measured on the seeds (it must not fall below either).
ISSUE = {"f1": 0.97, "explicit": 0.95, "context": 0.90}
MEASURED = {"f1": 1.0, "explicit": 1.0, "context": 1.0}


@pytest.mark.slow
def test_seed_floors():
    pytest.importorskip("dyad.read")
    from dyad.eval.dates import predict_corpus

    gold = load_gold([str(GOLD)], kind="dates")
    if not gold:
        pytest.skip("no shared gold")
    predicted, texts, langs = predict_corpus(str(SEEDS), {x["doc"] for x in gold})
    res = score_dates(gold, predicted, texts, langs)
    floor = {k: max(ISSUE[k], MEASURED[k]) for k in ISSUE}
    assert res["detection"]["f1"] >= floor["f1"], res
    assert res["value_accuracy"]["explicit"] >= floor["explicit"], res
    assert res["value_accuracy"]["context"] >= floor["context"], res
    for lang, r in res["by_lang"].items():
        assert r["detection"]["f1"] >= floor["f1"] - 0.03, (lang, r)
        assert r["value_accuracy"]["explicit"] >= floor["explicit"] - 0.03, (lang, r)
        assert r["value_accuracy"]["context"] >= floor["context"] - 0.03, (lang, r)


@pytest.mark.slow
def test_seed_event_dates():
    pytest.importorskip("dyad.read")
    from dyad.eval.dates import score_event_dates

    gold = load_gold([str(GOLD)], kind="events")
    res = score_event_dates(gold, str(SEEDS))
    assert res["n"] > 200
    assert res["accuracy"] >= 0.87, res
