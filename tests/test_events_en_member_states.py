"""English: becoming a member with the body named before the word is joining it."""
import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text,want", [
    ("Poland became an EU member state in 2004.", ("AGREE", "POL", "IGO.EU")),
    ("Poland became a full EU member in 2004.", ("AGREE", "POL", "IGO.EU")),
    ("Poland became a member of the EU in 2004.", ("AGREE", "POL", "IGO.EU")),
])
def test_becoming_a_member(text, want):
    assert [a[:3] for a in sentence_acts(text, "en", 2004)] == [want]
