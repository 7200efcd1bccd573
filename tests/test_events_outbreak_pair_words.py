"""Armed clashes that break out with no one named are the pair's; `both militaries` names the pair."""

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


def test_what_escalates_without_arms_or_outside_a_pair_document_is_no_attack():
    assert sentence_acts("The conflict of interests escalated in 2010.", "en", 2010, ("KGZ", "TJK")) == []
    assert sentence_acts("Border clashes erupted again in 2022.", "en", 2022) == []
    # a war that only dates what follows keeps its anchor
    assert sentence_acts("During the war, fighting broke out in Paris.", "en", 1940, ("FRA", "DEU")) == []


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


def test_the_sides_name_the_pair():
    acts = sentence_acts("In October 2009 the sides signed the normalization protocols.", "en", 2009, ("ARM", "TUR"))
    assert [(c, {a, b}) for c, a, b, _f, _r in acts] == [("AGREE", {"ARM", "TUR"})]
