"""English: names listed as examples of a group (`with European countries, such as France and Belgium`)
take the group's role, and an unnamed group they exemplify gives way to them."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("Morocco signed labour recruitment agreements with European countries, such as France, West Germany, "
     "Belgium, and the Netherlands.",
     [("AGREE", "MAR", "FRA"), ("AGREE", "MAR", "DEU"), ("AGREE", "MAR", "BEL"), ("AGREE", "MAR", "NLD")]),
    ("Morocco signed agreements with several countries, such as France and Belgium.",
     [("AGREE", "MAR", "FRA"), ("AGREE", "MAR", "BEL")]),
    ("Several countries, including France and Belgium, imposed sanctions on Morocco.",
     [("SANCTION", "FRA", "MAR"), ("SANCTION", "BEL", "MAR")]),
    # (an example that is no name leaves the act as it was)
    ("Russia signed a treaty with China, including a clause on trade.", [("AGREE", "RUS", "CHN")]),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_examples_take_the_groups_role(text: str, acts: list[tuple[str, str, str]]) -> None:
    assert [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", 1995)] == acts
