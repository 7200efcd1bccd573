"""Russian: a treaty's terms on a border in the imperfective and with `уточнял` (`Договор устанавливал
новую границу`, `граница ... определяется`), the Qing empire written in lower case (`империей Цин`); and a
diplomatic, ideological or trade conflict is no fighting."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("Айгунский договор устанавливал новую границу между Российской империей и империей Цин.", 1858,
     ("H.RUSEMP", "H.QING"), {("AGREE", "H.RUSEMP", "H.QING")}),
    ("Трактат уточнял русско-турецкую границу на Кавказе.", 1829, ("H.RUSEMP", "H.OTTOMAN"),
     {("AGREE", "H.RUSEMP", "H.OTTOMAN")}),
    ("Согласно Бухарестскому миру граница между Россией и Турцией определяется по реке Прут.", 1812,
     ("H.RUSEMP", "H.OTTOMAN"), {("AGREE", "H.RUSEMP", "H.OTTOMAN")}),
    ("Дипломатический конфликт между Россией и Великобританией обострился в 2018 году.", 2018,
     ("RUS", "GBR"), set()),
    ("Торговый конфликт между США и Китаем начался в 2018 году.", 2018, ("USA", "CHN"), set()),
    # (a border conflict is still fighting)
    ("Пограничный конфликт между СССР и Китаем произошёл на острове Даманский.", 1969, ("SUN", "CHN"),
     {("ASSAULT", "SUN", "CHN")}),
]


@pytest.mark.parametrize(("text", "year", "pair", "acts"), CASES)
def test_ru_treaty_terms(text, year, pair, acts):
    got = {(c, a, b) for c, a, b, _f, _r in sentence_acts(text, "ru", year, pair)}
    # AGREE is symmetric: either order
    norm = {(c, *sorted((a, b))) if c == "AGREE" else (c, a, b) for c, a, b in got}
    want = {(c, *sorted((a, b))) if c == "AGREE" else (c, a, b) for c, a, b in acts}
    assert norm == want
