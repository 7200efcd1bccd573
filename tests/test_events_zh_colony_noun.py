"""Chinese: a colony (`殖民地`) or colonists (`殖民者`) named as a noun is how things stood, no act of
colonising."""

from __future__ import annotations

from sentence_acts import sentence_acts


def test_colony_noun_is_no_act():
    assert sentence_acts("1900年，越南曾是法国的殖民地。", "zh", 1900) == []


def test_colonising_is_an_act():
    acts = {(c, a) for c, a, _b, _f, _by in sentence_acts("1885年英国殖民缅甸。", "zh", 1885)}
    assert acts == {("COERCE", "GBR")}
