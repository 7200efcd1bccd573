"""Trigger vocabulary examples: each sentence in `tests/data/trigger_examples_<lang>.yaml` must (or must not) hold
a trigger word of its category."""

from pathlib import Path

import pytest
import yaml

from dyad.events import lexicon
from dyad.events.extract import find_triggers

DATA = Path(__file__).parent / "data"
CASES = [(p.stem.rsplit("_", 1)[1], row) for p in sorted(DATA.glob("trigger_examples_*.yaml"))
         for row in yaml.safe_load(p.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("lang,row", CASES, ids=[f"{lg}-{r['category']}-{r['fires']}-{i}" for i, (lg, r) in enumerate(CASES)])
def test_trigger_example(lang, row):
    found = {t.entry.category for t in find_triggers(row["text"], lexicon(lang), [])}
    assert (row["category"] in found) == row["fires"], (row["text"], found)


def test_every_language_with_examples_has_many_of_both_kinds():
    langs = {lg for lg, _r in CASES}
    assert {"en", "ko", "zh"} <= langs
    for lg in langs:
        fires = [r["fires"] for g, r in CASES if g == lg]
        assert fires.count(True) >= 50 and fires.count(False) >= 50, (lg, fires.count(True), fires.count(False))
