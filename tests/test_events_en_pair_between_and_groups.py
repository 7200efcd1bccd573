"""en: a pair word after `between`, groups that act for themselves, and `by` before a gerund."""
import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text,lang,year,pair,want", [
    # the pair word after `between` (or before 之间, 간의) names both sides of a one-sided act noun
    ("In 2021 a border clash between the two countries broke out.", "en", 2021, ("KGZ", "TJK"),
     [("ASSAULT", "KGZ", "TJK")]),
    ("2021년 양국 간의 전쟁이 일어났다.", "ko", 2021, ("KGZ", "TJK"), [("ASSAULT", "KGZ", "TJK")]),
    ("In 2021 relations between the two countries improved.", "en", 2021, ("KGZ", "TJK"), []),
    # refugees, fighters and a movement act for themselves
    ("Refugees and antigovernment fighters in Tajikistan have crossed into Kyrgyzstan several times, taking "
     "hostages.", "en", 1993, ("KGZ", "TJK"), []),
    ("In 1938 the movement called for the unification of Oman with Yemen.", "en", 1938, None, []),
    ("In 1961 Iraq joined the Non-Aligned Movement.", "en", 1961, None, [("AGREE", "IRQ", "IGO.NAM")]),
    # `by` before a gerund is the means, not the agent
    ("The United Kingdom responded by banning Icelandic ships.", "en", 1952, ("GBR", "ISL"),
     [("SANCTION", "GBR", "ISL")]),
    ("In 1990 Kuwait was invaded by Iraqi forces.", "en", 1990, None, [("ASSAULT", "IRQ", "KWT")]),
])
def test_acts(text, lang, year, pair, want):
    assert [a[:3] for a in sentence_acts(text, lang, year, pair)] == want


@pytest.mark.parametrize("text,want", [
    # a name ending in `in`, `as` or `the` is no article or preposition before the verb
    ("In 1941 Britain occupied Iraq.", [("COERCE", "GBR", "IRQ")]),
    ("In 1990 Honduras opposed the plan of Nicaragua.", [("REJECT", "HND", "NIC")]),
    ("The occupied territories remain disputed.", []),
])
def test_a_name_is_no_word_before_the_verb(text, want):
    assert [a[:3] for a in sentence_acts(text, "en", 1941)] == want
