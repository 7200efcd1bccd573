"""English: member states of a body are not the body; becoming a member named before the word is joining it."""
import pytest

from sentence_acts import sentence_acts


def test_member_states_are_not_the_body():
    assert sentence_acts("Several NATO member states condemned Russia.", "en", 2014) == []


@pytest.mark.parametrize("text,want", [
    ("Poland became an EU member state in 2004.", ("AGREE", "POL", "IGO.EU")),
    ("Poland became a full EU member in 2004.", ("AGREE", "POL", "IGO.EU")),
    ("Poland became a member of the EU in 2004.", ("AGREE", "POL", "IGO.EU")),
])
def test_becoming_a_member(text, want):
    assert [a[:3] for a in sentence_acts(text, "en", 2004)] == [want]
