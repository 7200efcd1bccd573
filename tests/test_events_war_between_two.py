"""A war named as between two states happened between them, the first named its doer (four languages)."""

import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text, lang", [
    ("The war between Russia and Persia began in 1804.", "en"),
    ("1804年俄罗斯与波斯之间的战争爆发。", "zh"),
    ("1804년 러시아와 페르시아 사이의 전쟁이 일어났다.", "ko"),
    ("Война между Россией и Персией началась в 1804 году.", "ru"),
])
def test_war_between_two(text, lang):
    assert sentence_acts(text, lang, 1804) == [("ASSAULT", "H.RUSEMP", "H.PERSIA", "asserted", None)]


@pytest.mark.parametrize("text, lang", [
    ("During the war between Russia and Persia, trade stopped.", "en"),
    ("战争爆发后，两国贸易中断。", "zh"),
])
def test_a_war_that_only_dates_stays_no_act(text, lang):
    assert [a for a in sentence_acts(text, lang, 1804, ("H.PERSIA", "RUS")) if a[0] == "ASSAULT"] == []


def test_ru_treaty_concluded_between_two_as_an_attribute():
    acts = sentence_acts("Андрусовское перемирие — соглашение, заключённое в 1667 между Россией и Польшей на 13,5 лет.",
                         "ru", 1667)
    assert acts == [("AGREE", "H.RUSEMP", "H.PLC", "asserted", None)]
    assert sentence_acts("Заключённые были освобождены в 1667 году.", "ru", 1667) == []
