"""English: calling another's act unlawful accuses its owner (`Britain said Russia's move was illegal`);
a body ordered to stop its work is sanctioned (`ordered the British Council to halt work`); an act named as
what a dispute is over only explains the dispute (`a dispute over the murder of …`)."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("In 2007 Britain said Russia's move was illegal.", {("ACCUSE", "GBR", "RUS")}),
    ("In 2007 Britain said that Russia's move was illegal.", {("ACCUSE", "GBR", "RUS")}),
    ("In 2007 Russia said its move was legal.", set()),
    ("In 2007 Russia ordered the British Council to halt work at its regional offices.", {("SANCTION", "RUS", "GBR")}),
    ("In 2007 Russia and Britain were locked in a dispute over the murder of a British citizen.", set()),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_judged_unlawful_and_ordered_to_halt(text: str, acts: set[tuple[str, str, str]]) -> None:
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", 2007)} == acts
