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
