"""Mends after review: rules that cancel or re-read an act must not reach acts beyond their own words.

zh: breaking a treaty and then attacking is an attack; the supporter's own act after `以支持X的名义` stands;
a joint investigation agreed is no survey; a reporter's 采访 is no visit. ru: an attack not stopped went on;
a treaty signed with a preamble is signed; a border fixed by a conference's decision is no agreement of the
two. en: a few nationals expelled (`35 Russians`) are diplomats or spies; `the Philippines' ambassador`
is a diplomat; the blockade one's ships avoided took place."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("zh", "1941年，德国违反互不侵犯条约进攻苏联。", 1941, ("DEU", "SUN"), ("ASSAULT", "asserted")),
    ("zh", "1979年，苏联违反条约入侵阿富汗。", 1979, ("SUN", "AFG"), ("ASSAULT", "asserted")),
    ("zh", "1965年，美国以支持南越的名义出兵越南。", 1965, ("USA", "VNM"), ("MOBILIZE", "asserted")),
    ("zh", "1998年，中美两国签署了一项关于联合调查走私案件的协定。", 1998, ("CHN", "USA"), ("AGREE", "asserted")),
    ("ru", "В 2014 году Россия атаковала Украину и не прекращала обстрелы до осени.", 2014, ("RUS", "UKR"),
     ("ASSAULT", "asserted")),
    ("ru", "В 1997 году Россия и Украина подписали Договор о дружбе, в преамбуле которого стороны подтвердили"
           " свои обязательства.", 1997, ("RUS", "UKR"), ("AGREE", "asserted")),
    ("en", "In December 2016 the United States expelled 35 Russians and closed two Russian compounds.", 2016,
     ("USA", "RUS"), ("SANCTION", "asserted")),
    ("en", "In 1977 Libya expelled the Philippines' ambassador.", 1977, ("LBY", "PHL"), ("SANCTION", "asserted")),
    ("en", "In 1962 Soviet ships changed course to avoid the American blockade of Cuba.", 1962, ("SUN", "USA"),
     ("COERCE", "asserted")),
]


@pytest.mark.parametrize(("lang", "text", "year", "pair", "act"), CASES)
def test_act_beyond_a_rule_stands(lang, text, year, pair, act):
    assert act in {(c, f) for c, _a, _b, f, _r in sentence_acts(text, lang, year, pair)}


@pytest.mark.parametrize(("lang", "text", "year", "pair", "category"), [
    ("zh", "2010年，中国记者采访加拿大总理哈珀。", 2010, ("CHN", "CAN"), "CONSULT"),
    ("ru", "В 1945 году граница Польши с Германией была определена решением Потсдамской конференции.", 1945,
     ("POL", "DEU"), "AGREE"),
])
def test_no_act_of_that_category(lang, text, year, pair, category):
    assert category not in {c for c, _a, _b, _f, _r in sentence_acts(text, lang, year, pair)}
