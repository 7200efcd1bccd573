"""English: a body's membership (`ASEAN's membership`, `expanding the membership`) is its roster, no one
joining it; campaigning or lobbying for another's cause supports it (`campaigning for Timor-Leste's
membership in ASEAN`)."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("In 1995 Malaysia was a leading advocate of expanding ASEAN's membership to include Laos and Vietnam.",
     {("SUPPORT", "MYS", "IGO.ASEAN")}),
    ("In 1998 the Philippines is campaigning for Timor-Leste's membership in ASEAN.", {("SUPPORT", "PHL", "TLS")}),
    ("In 1950 Burma lobbied for China's entry into the UN.", {("SUPPORT", "MMR", "CHN")}),
    ("In 2008 Britain campaigned for Ukraine's membership in NATO.", {("SUPPORT", "GBR", "UKR")}),
    # (for something bad for the other, no support)
    ("In 1998 Britain campaigned for the isolation of Russia.", set()),
    ("In 2021 Moscow and Beijing supported Tehran's successful bid for full membership in the SCO.",
     {("SUPPORT", "RUS", "IRN"), ("SUPPORT", "CHN", "IRN")}),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_roster_and_advocacy(text: str, acts: set[tuple[str, str, str]]) -> None:
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", 2000)} == acts
