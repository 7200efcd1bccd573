"""Russian: an act named after `со дня` / `с момента` dates a span since (an anniversary), and relations
described by what marks them (`характеризуются`) are a description; neither is an act."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

RV = ("RUS", "VNM")

NONE = [
    "Год назад Россия и Вьетнам отметили круглую годовщину — 70-летие со дня установления дипломатических отношений.",
    "Прошло 30 лет с момента подписания договора между Россией и Вьетнамом.",
    "Российско-вьетнамские отношения характеризуются интенсивным и доверительным политическим диалогом.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_act(text: str) -> None:
    assert sentence_acts(text, "ru", 2020, RV) == []


def test_the_act_itself_is_still_read() -> None:
    got = [(c, a, b) for c, a, b, _f, _by in sentence_acts(
        "В 1950 году Россия и Вьетнам установили дипломатические отношения.", "ru", 1950, RV)]
    assert got == [("AGREE", "SUN", "VNM")]
