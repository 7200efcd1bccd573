"""English: a people driven out of a state is coerced (`expelled 200,000 Egyptians`, `the expulsion of
Egyptians from Libya`), diplomats expelled are sanctioned; a comma inside a number (`200,000`) is no
clause break."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("In 1977 Libya expelled 150,000 Egyptians, accusing Egypt of plotting a coup.",
     {("COERCE", "LBY", "EGY"), ("ACCUSE", "LBY", "EGY")}),
    ("In 1977 Libya expelled Egyptian migrant workers.", {("COERCE", "LBY", "EGY")}),
    # (a nominal act in an article on the pair: the doer is where the people were driven from)
    ("The expulsion of Egyptians from Libya began in the summer of 1977.", {("COERCE", "LBY", "EGY")}),
    ("In 1977 Libya expelled two Egyptian diplomats.", {("SANCTION", "LBY", "EGY")}),
    ("In 1972 Egypt expelled the Soviet advisers.", {("SANCTION", "EGY", "SUN")}),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_people_expelled(text, acts):
    pair = tuple(sorted({x for _c, a, b in acts for x in (a, b)}))
    assert {(c, a, b) for c, a, b, _f, _r in sentence_acts(text, "en", 1977, pair)} == acts
