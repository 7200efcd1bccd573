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


@pytest.mark.parametrize(("text", "acts"), [
    ("СССР не признавал Южную Корею до 1990 года.", []),
    ("Россия не признаёт Косово.", []),
    ("СССР не признал Южную Корею.", [("REJECT", "SUN", "KOR")]),
    ("А в начале XX столетия Россия и США вступили союзниками в Первой мировой войне.", []),
    ("По современной оценке руководства России, эти отношения отличает традиционно дружественный характер.", []),
])
def test_states_of_relations_are_no_acts(text: str, acts: list[tuple[str, str, str]]) -> None:
    """Non-recognition as it stood, allies in a war, relations described: no act; a refusal made once is."""
    assert [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "ru", 1960, ("SUN", "KOR"))] == acts
