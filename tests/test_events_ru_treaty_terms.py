"""ru: a treaty's terms are acts of the pair it binds: the border it set or drew (`Договор установил новую границу`,
`Граница проведена по реке Аргуни`), what it provided for (`Договор предусматривал взаимный отказ`), and land that
passed to the side named after `к` (`К России отошли земли`); control set up at a border is no border agreed."""

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
