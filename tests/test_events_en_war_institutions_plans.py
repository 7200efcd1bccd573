"""English: `war` in an institution's name (Army War College, War Office) is no war, and a war planned
for (`a plan for a war with …`) has not happened."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("In 1930 the United States Army War College developed a plan for a war with the British Empire waged largely "
     "on North American territory.", set()),
    ("In 1930 the United States waged a war with Britain.", {("ASSAULT", "USA", "GBR")}),
    ("In 1940 the British War Office drew up preparations for war against Norway.", set()),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_war_institutions_and_plans(text: str, acts: set[tuple[str, str, str]]) -> None:
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", 1930)} == acts
