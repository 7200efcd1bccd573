"""English: borders or disputes inherited are no agreement; `the proposed X` as an
adjective offers nothing; conscription (`called up in the draft`) is no treaty draft."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("Most of the borders of Malaysia and Indonesia were inherited from British and Dutch colonial rule.",
     ("MYS", "IDN"), set()),
    ("Argentina and Brazil inherited a series of territorial disputes from their colonial powers.",
     ("ARG", "BRA"), set()),
    ("The region is one of the proposed homelands of the Somali and Ethiopian peoples.", ("ETH", "SOM"), set()),
    ("In 1992 Russia proposed a peace treaty to Japan.", ("RUS", "JPN"), {("AGREE", "RUS", "JPN")}),
    ("In 1968 thousands of Americans called up in the draft fled to Canada.", ("USA", "CAN"), set()),
    ("In 1992 Russia and Japan drafted a peace treaty.", ("RUS", "JPN"), {("AGREE", "RUS", "JPN")}),
]


@pytest.mark.parametrize(("text", "pair", "acts"), CASES)
def test_inherited_proposed_draft(text, pair, acts):
    assert {(c, a, b) for c, a, b, _f, _r in sentence_acts(text, "en", 1992, pair)} == acts
