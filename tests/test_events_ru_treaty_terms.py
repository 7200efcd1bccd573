"""ru: a treaty's terms are acts of the pair it binds: the border it set or drew (`Договор установил новую границу`,
`Граница проведена по реке Аргуни`), what it provided for (`Договор предусматривал взаимный отказ`), and land that
passed to the side named after `к` (`К России отошли земли`); control set up at a border is no border agreed. The
imperfective and `уточнял` (`Договор устанавливал новую границу`, `граница … определяется`), the Qing empire in
lower case (`империей Цин`); a diplomatic, ideological or trade conflict is no fighting."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts


def acts(text, year, pair):
    return [(c, {a, b}) for c, a, b, _f, _r in sentence_acts(text, "ru", year, pair)]


@pytest.mark.parametrize("text", [
    "Договор установил новую северо-восточную границу Турции.",
    "Граница проведена по реке Аргуни и далее по Становому хребту к берегу Охотского моря.",
    "Договор предусматривал взаимный отказ сторон от вмешательства во внутренние дела друг друга.",
])
def test_a_treatys_terms_are_the_pairs_agreement(text):
    assert acts(text, 1921, ("SUN", "TUR")) == [("AGREE", {"SUN", "H.OTTOMAN"})]


def test_land_passed_to_the_side_after_k_is_conceded_by_the_other():
    got = sentence_acts("К России отошли земли между Южным Бугом и Днестром.", "ru", 1791, ("H.RUSEMP", "H.OTTOMAN"))
    assert [(c, a, b) for c, a, b, _f, _r in got] == [("CONCEDE", "H.OTTOMAN", "H.RUSEMP")]


def test_control_set_up_at_a_border_is_no_border_agreed():
    assert not any(c == "AGREE" for c, _s in acts("В 2014 году Россия установила контроль над границей с Украиной.",
                                                   2014, ("RUS", "UKR")))


@pytest.mark.parametrize("text", [
    "Россия провела учения у границы с Украиной.",
    "В 2014 году Россия установила войска вдоль границы с Украиной.",
])
def test_acts_done_near_a_border_agree_no_border(text):
    assert not any(c == "AGREE" for c, _s in acts(text, 2014, ("RUS", "UKR")))


def test_k_before_a_time_is_no_land_passed():
    assert acts("К 1815 году отошли в прошлое старые споры с Турцией.", 1815, ("H.RUSEMP", "H.OTTOMAN")) == []


CASES = [
    ("В 1858 году Россия и империя Цин заключили договор, который устанавливал новую границу по Амуру.", 1858,
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
def test_border_terms_imperfective_and_conflicts_of_words(text, year, pair, acts):
    got = {(c, a, b) for c, a, b, _f, _r in sentence_acts(text, "ru", year, pair)}
    # AGREE is symmetric: either order
    norm = {(c, *sorted((a, b))) if c == "AGREE" else (c, a, b) for c, a, b in got}
    want = {(c, *sorted((a, b))) if c == "AGREE" else (c, a, b) for c, a, b in acts}
    assert norm == want
