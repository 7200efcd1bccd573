"""ru: ties scaled down and aid cut are sanctions; the instrumental after an act noun is that noun's doer, not the
clause's; agreement with another's policy is support; debt paid down is no sanction; a day and month after `г.` start
a new sentence."""

import pytest

from dyad.text.rules import rules
from dyad.text.sentences import split_line
from sentence_acts import sentence_acts


def _acts(text, lang, year, pair=None, last=None):
    return [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, lang, year, pair, last=last)]


@pytest.mark.parametrize("text,want", [
    ("В 1977 году администрация США начала сворачивать экономические связи с Эфиопией.", [("SANCTION", "USA", "ETH")]),
    ("В 1990 году СССР сократил помощь Кубе.", [("SANCTION", "SUN", "CUB")]),
    ("В 1977 году США уменьшили объём помощи Эфиопии.", [("SANCTION", "USA", "ETH")]),
    # (aid raised is still aid)
    ("В 1990 году СССР увеличил помощь Кубе.", [("AID", "SUN", "CUB")]),
])
def test_ties_scaled_down_and_aid_cut_are_sanctions(text, want):
    assert _acts(text, "ru", 1977) == want


def test_the_instrumental_after_an_act_noun_is_its_own_doer():
    assert _acts("После провозглашения Эфиопией курса на социализм администрация США свернула связи с Эфиопией.",
                 "ru", 1977) == [("SANCTION", "USA", "ETH")]


def test_agreement_with_a_policy_is_support_consent_to_an_act_an_agreement():
    assert _acts("СССР выразил согласие с позицией Индии.", "ru", 1971) == [("SUPPORT", "SUN", "IND")]
    assert _acts("Россия дала согласие на открытие консульства Индии.", "ru", 2000) == [("AGREE", "RUS", "IND")]


def test_debt_paid_down_is_no_sanction():
    assert "SANCTION" not in [c for c, _a, _b in _acts("В 2010 году Куба сократила задолженность по кредитам России.",
                                                      "ru", 2010)]


def test_a_day_and_month_after_the_year_abbreviation_start_a_sentence():
    line = "Подъём начался в январе 2006 г. 23 января в Москву прибыл С. А. Ниязов. В 1996 г. 5 тысяч человек уехали."
    assert [line[a:b] for a, b in split_line(line, rules("ru"))] == [
        "Подъём начался в январе 2006 г.", "23 января в Москву прибыл С. А. Ниязов.",
        "В 1996 г. 5 тысяч человек уехали."]


def test_a_year_opening_the_sentence_keeps_its_day():
    line = "В 1941 г. 22 июня Германия напала на СССР."
    assert [line[a:b] for a, b in split_line(line, rules("ru"))] == [line]


@pytest.mark.parametrize("text,year,pair,want", [
    # the state whose end or birth anchors a time is no side of the act
    ("После распада СССР Испания признала Россию как государство-правопреемницу.", 1991, None,
     [("AGREE", "ESP", "RUS")]),
    ("После распада Советского Союза Россия и Украина подписали договор.", 1997, None, [("AGREE", "RUS", "UKR")]),
    # ties set up or restored in a short sentence of their own are the pair's
    ("Были установлены в 1890 году.", 1890, ("RUS", "MEX"), [("AGREE", "H.RUSEMP", "MEX")]),
    ("После революции 1959 года опять восстановлены.", 1960, ("RUS", "CUB"), [("AGREE", "SUN", "CUB")]),
    # (other things restored or set up are not ties)
    ("Памятники были восстановлены в 1960 году.", 1960, ("RUS", "CUB"), []),
    ("Были установлены новые правила торговли в 1890 году.", 1890, ("RUS", "MEX"), []),
])
def test_time_anchors_and_ties_left_unnamed(text, year, pair, want):
    assert _acts(text, "ru", year, pair) == want


@pytest.mark.parametrize("text,want", [
    ("Всего между Россией и Венгрией действует около 50 соглашений межправительственного уровня.", []),
    ("Правовую базу российско-венгерских отношений составляют более 160 межгосударственных договоров.", []),
    ("Российско-венгерские отношения носят характер союзного сотрудничества.", []),
    ("Российско-венгерские отношения имеют непростую историю, отмеченную неоднократными войнами.", []),
    # (a year tells an act; treaties signed are counted as signed)
    ("Отношения имеют долгую историю: в 1700 году Россия напала на Венгрию.", [("ASSAULT", "H.RUSEMP", "HUN")]),
    ("В 2010 году Россия и Венгрия подписали 5 соглашений.", [("AGREE", "RUS", "HUN")]),
])
def test_relations_described_and_treaties_counted_are_no_acts(text, want):
    year = 1700 if "1700" in text else 2010
    assert _acts(text, "ru", year, ("RUS", "HUN")) == want
