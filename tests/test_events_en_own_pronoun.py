"""English roles: the subject's own `its`/`their` after the verb is not the receiver of the act."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("Lithuania closed its border with Belarus in 2021.", ("SANCTION", "LTU", "BLR")),
    ("Russia withdrew its troops from Georgia in 2008.", ("RETREAT", "RUS", "GEO")),
    ("Japan lifted its sanctions on Iran in 2016.", ("CONCEDE", "JPN", "IRN")),
]


@pytest.mark.parametrize(("text", "act"), CASES)
def test_own_pronoun_is_not_the_receiver(text: str, act: tuple[str, str, str]) -> None:
    assert [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", 2010)] == [act]


def test_ambassadors_withdrawn_as_a_noun_are_a_sanction() -> None:
    acts = sentence_acts("The withdrawal of ambassadors was the most severe diplomatic action to have occurred "
                         "between the two countries.", "en", 2009, ("THA", "KHM"))
    assert {(c, a, b) for c, a, b, _f, _by in acts} <= {("SANCTION", "THA", "KHM"), ("SANCTION", "KHM", "THA")}
    assert len(acts) == 1


MUTUAL = [
    ("The mutual withdrawal of ambassadors is the most severe diplomatic action to have occurred between the two "
     "countries.", "en", ("THA", "KHM")),
    ("Thailand and Cambodia engaged in mutual expulsions of diplomats in 2009.", "en", ("THA", "KHM")),
    ("1998년 양국은 외교관을 상호 추방했다.", "ko", ("KOR", "RUS")),
]


@pytest.mark.parametrize(("text", "lang", "pair"), MUTUAL)
def test_a_mutual_act_goes_both_ways(text: str, lang: str, pair: tuple[str, str]) -> None:
    a, b = pair
    got = {(c, x, y) for c, x, y, _f, _by in sentence_acts(text, lang, 2009, pair)}
    assert got == {("SANCTION", a, b), ("SANCTION", b, a)}


def test_a_growing_trend_is_no_act() -> None:
    assert sentence_acts("It remains a key regional ally of China, with growing cooperation between both countries.",
                         "en", 2009, ("THA", "CHN")) == []
