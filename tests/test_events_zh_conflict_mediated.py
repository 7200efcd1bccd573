"""Chinese: a conflict or war named as what is mediated, resolved or avoided (`调解…冲突`, `避免了…战争`) is
no attack; one that breaks out is."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("1994年，俄罗斯调解亚美尼亚和阿塞拜疆之间的冲突。", {("CONSULT", "RUS", "ARM"), ("CONSULT", "RUS", "AZE")}),
    ("1994年，俄罗斯避免了与美国的战争。", set()),
    ("1994年，亚美尼亚和阿塞拜疆之间爆发冲突。", {("ASSAULT", "ARM", "AZE")}),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_conflict_mediated_is_no_attack(text: str, acts: set[tuple[str, str, str]]) -> None:
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "zh", 1994)} == acts
