"""Chinese: a civil war (`南北戰爭`) or a war of ideas (`意识形态战争`) is no war between states; a negation
with a manner adverb between (`不直接交战`, `不公开支持`) negates the act."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("1861年，可是由於美國正值發生南北戰爭，因此令計畫告吹。", ("H.RUSEMP", "USA"), set()),
    ("2015年，外交與意識形態戰爭白熱化。", ("RUS", "USA"), set()),
    ("1904年，日本和俄国爆发战争。", None, {("ASSAULT", "H.JAPEMP", "H.RUSEMP", "asserted")}),
    ("2015年，俄国和美国不直接交战。", None, {("ASSAULT", "RUS", "USA", "negated")}),
    ("2015年，美国不公开支持台湾。", None, {("SUPPORT", "USA", "TWN", "negated")}),
]


@pytest.mark.parametrize(("text", "pair", "acts"), CASES)
def test_civil_war_and_manner_negation(text: str, pair: tuple[str, str] | None, acts: set) -> None:
    year = int(text[:4])
    assert {(c, a, b, f) for c, a, b, f, _by in sentence_acts(text, "zh", year, pair)} == acts
