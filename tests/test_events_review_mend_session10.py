"""Readings a review of the session's rules asked for: each rule reaches only as far as its words."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    # the owner of what is judged receives only a judgement (`was illegal`), not any accusation or refusal
    ("In 2007 Britain regretted Russia's refusal to extradite Lugovoi.", "en", None, set()),
    # a clause said of another's subject only for the words that say so (ko `위반했다고`), not every purchase
    ("2019년 일본은 한국이 무기를 구입했다고 밝혔다.", "ko", None, set()),
    # ordering another to stop something is no sanction; ordering a body to halt its work is
    ("In 1905 Russia ordered its fleet to stop Japanese fishing boats.", "en", None, set()),
    # a private person is no party only when named; an unnamed one an act is done to stands for the state
    ("In 1986 the Soviet Union expelled an American journalist, Moscow announced.", "en", None,
     {("SANCTION", "SUN", "USA")}),
    # tourists received are no visit
    ("2010年，越南接待了大量中国游客。", "zh", None, set()),
    # `모두 정상적으로` (all normally) names no two leaders
    ("1989년 회의 참가자들은 모두 정상적으로 귀국했다.", "ko", ("USA", "SUN"), set()),
    # ru: a treaty ended is no signing; an exchange of prisoners is no exchange of embassies; diplomats
    # forced out by circumstances are not expelled; a plural name in the genitive with no ending
    ("В 1977 году СССР расторг соглашение с Филиппинами.", "ru", None, {("SANCTION", "SUN", "PHL")}),
    ("В 1977 году состоялся обмен пленными.", "ru", ("PHL", "SUN"), set()),
    ("В 2021 году американские дипломаты вынуждены покинуть Афганистан.", "ru", None, set()),
    ("В 1977 году СССР отменил санкции против Филиппин.", "ru", None, {("CONCEDE", "SUN", "PHL")}),
]


@pytest.mark.parametrize(("text", "lang", "pair", "acts"), CASES)
def test_review_readings(text: str, lang: str, pair: tuple[str, str] | None, acts: set[tuple[str, str, str]]) -> None:
    year = int(next(w for w in text.replace("年", " ").replace("년", " ").split() if w[:4].isdigit())[:4])
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, lang, year, pair)} == acts
