"""Russian: a conflict named as what is resolved or mediated (`посредником в разрешении конфликта`) is no
attack, and a topic of discussion (`предметом обсуждения`) is no talks held."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("Начиная с 1994 г. Российская Федерация выступала посредником в разрешении конфликта.", {("CONSULT", "RUS", "TJK")}),
    ("В 2021 году каждый шаг между Россией и Словакией может стать предметом обсуждения.", set()),
    ("В 2021 году Россия и Словакия обсудили ситуацию.", {("CONSULT", "RUS", "SVK")}),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_conflict_resolved_and_topics(text: str, acts: set[tuple[str, str, str]]) -> None:
    pair = ("RUS", "TJK") if "1994" in text else ("RUS", "SVK")
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "ru", 2000, pair)} == acts
