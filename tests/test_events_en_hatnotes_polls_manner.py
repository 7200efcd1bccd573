"""English: page hatnotes, polls, manner adjectives and public discussion hold no act; named private persons."""

import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text", [
    "See Casualties of the Russo-Ukrainian War for details.",
    "For the escalation since 2022, see Russian invasion of Ukraine.",
    "Further information: International sanctions during the Russo-Ukrainian War and List of military aid to Ukraine",
    "89% of those polled opposed the 2014 Russian military intervention in Ukraine.",
    "Russian artist Alexandra Skochilenko was arrested for replacing price tags with anti-war messages.",
])
def test_no_act(text):
    assert sentence_acts(text, "en", 2014, ("RUS", "UKR")) == []


def test_coordinated_campaign_is_a_manner_of_attack():
    acts = sentence_acts("Russia launched a coordinated political and military campaign against Ukraine.", "en", 2014)
    assert [a[0] for a in acts] == ["ASSAULT"]


def test_discussed_in_the_media_is_no_talks():
    acts = sentence_acts("Russian losses in Ukraine were discussed in local Russian media.", "en", 2014)
    assert "CONSULT" not in [a[0] for a in acts]


def test_coordination_and_discussion_between_states_stay():
    assert sentence_acts("Russia and Iran coordinated their military operations in Syria.", "en", 2016)[0][0] == "COOPERATE"
    assert sentence_acts("Russia and Iran discussed trade in Tehran.", "en", 2016)[0][0] == "CONSULT"
