"""Armed clashes that break out with no one named are the pair's; `both militaries` names the pair."""

import pytest

from sentence_acts import sentence_acts


def test_clashes_that_erupt_are_the_pairs_attack():
    acts = sentence_acts("Border clashes erupted again in 2022, causing at least 94 deaths.", "en", 2022, ("KGZ", "TJK"))
    assert [(c, {a, b}) for c, a, b, _f, _r in acts] == [("ASSAULT", {"KGZ", "TJK"})]


def test_border_violence_that_escalates_is_the_pairs_attack():
    acts = sentence_acts("In January 1964, border violence escalated along the frontier.", "en", 1964, ("SOM", "ETH"))
    assert [(c, {a, b}) for c, a, b, _f, _r in acts] == [("ASSAULT", {"SOM", "ETH"})]


def test_zh_clashes_that_break_out_are_the_pairs_attack():
    acts = sentence_acts("2008年，边境冲突再次爆发。", "zh", 2008, ("KHM", "THA"))
    assert [(c, {a, b}) for c, a, b, _f, _r in acts] == [("ASSAULT", {"KHM", "THA"})]


def test_clashes_outside_a_pair_document_are_no_attack():
    assert sentence_acts("Border clashes erupted again in 2022.", "en", 2022) == []


@pytest.mark.parametrize("text,lang,year", [
    ("In 1918, civil war broke out.", "en", 1918),
    ("In 1942, the war spread to the Pacific.", "en", 1942),
    ("The war resumed in 1813.", "en", 1813),
    ("1939年，第二次世界大战爆发。", "zh", 1939),
    ("1941年，太平洋战争爆发。", "zh", 1941),
])
def test_a_war_that_breaks_out_is_not_the_pairs_by_itself(text, lang, year):
    # (a civil war, a world war, or `the war` of an earlier sentence: only clashes are the pair's by default)
    assert sentence_acts(text, lang, year, ("RUS", "IRN")) == []


def test_hostilities_that_resume_are_the_pairs_attack():
    acts = sentence_acts("In 1969 hostilities resumed along the border.", "en", 1969, ("CHN", "SUN"))
    assert [(c, {a, b}) for c, a, b, _f, _r in acts] == [("ASSAULT", {"CHN", "SUN"})]


def test_both_militaries_names_the_pair():
    acts = sentence_acts("In 1964 regular army units from both militaries were deployed along the northern border.",
                         "en", 1964, ("SOM", "ETH"))
    assert [(c, {a, b}) for c, a, b, _f, _r in acts] == [("MOBILIZE", {"SOM", "ETH"})]


def test_acts_said_to_take_place_are_the_pairs():
    acts = sentence_acts("In total, there were six visits and the last one was in 2019.", "en", 2019, ("GBR", "IRN"))
    assert [(c, {a, b}) for c, a, b, _f, _r in acts] == [("CONSULT", {"GBR", "IRN"})]
    acts = sentence_acts("There were also plans for high-tech cooperation and water sharing.", "en", 2010, ("TUR", "ISR"))
    assert [(c, {a, b}, f) for c, a, b, f, _r in acts] == [("COOPERATE", {"TUR", "ISR"}, "planned")]


def test_acts_said_not_to_take_place_or_outside_a_pair_document_are_none():
    assert sentence_acts("There was no war between them.", "en", 1900, ("TUR", "ISR")) == []
    assert sentence_acts("There were six visits.", "en", 1900) == []


@pytest.mark.parametrize("text", ["There were fears of war in 1911.", "There were hopes for a treaty in 1911.",
                                  "There were reports of clashes along the frontier in 1911."])
def test_what_there_were_fears_hopes_or_reports_of_is_no_act(text):
    assert sentence_acts(text, "en", 1911, ("RUS", "IRN")) == []


def test_acts_said_to_take_place_after_a_date_with_no_comma_are_the_pairs():
    acts = sentence_acts("In 1995 there were six visits.", "en", 1995, ("RUS", "IRN"))
    assert [(c, {a, b}) for c, a, b, _f, _r in acts] == [("CONSULT", {"RUS", "IRN"})]


def test_the_sides_name_the_pair():
    acts = sentence_acts("In October 2009 the sides signed the normalization protocols.", "en", 2009, ("ARM", "TUR"))
    assert [(c, {a, b}) for c, a, b, _f, _r in acts] == [("AGREE", {"ARM", "TUR"})]
