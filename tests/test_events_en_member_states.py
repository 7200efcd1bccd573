"""English: joining a body named before `member`; a state founded as a republic is no act."""
import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text,want", [
    ("Poland became an EU member state in 2004.", ("AGREE", "POL", "IGO.EU")),
    ("Poland became a full EU member in 2004.", ("AGREE", "POL", "IGO.EU")),
    ("Poland became a member of the EU in 2004.", ("AGREE", "POL", "IGO.EU")),
])
def test_becoming_a_member(text, want):
    assert [a[:3] for a in sentence_acts(text, "en", 2004)] == [want]


def test_a_state_founded_as_a_republic_is_no_act():
    assert sentence_acts("The Republic of Azerbaijan was initially founded in 1918 as the Azerbaijan Democratic Republic.",
                         "en", 1918, ("AZE", "IRN")) == []
