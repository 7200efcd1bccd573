"""English: cooperation in the present tense states how things stand; done, agreed or planned it is an act."""
import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text", [
    "Iran and Japan also cooperate on regional foreign policy issues in the Middle East.",
    "Both countries are members of many international bodies where they jointly collaborate closely.",
])
def test_present_cooperation_is_a_standing_state(text):
    assert sentence_acts(text, "en", 2000, ("IRN", "JPN")) == []


@pytest.mark.parametrize("text,want", [
    ("Russia cooperated with Iran on the Bushehr plant.", "COOPERATE"),
    ("Russia and Iran agreed to cooperate in the nuclear field.", "AGREE"),
    ("Russia and Iran will cooperate in the nuclear field.", "COOPERATE"),
])
def test_cooperation_done_agreed_or_planned(text, want):
    assert want in [a[0] for a in sentence_acts(text, "en", 2000)]
