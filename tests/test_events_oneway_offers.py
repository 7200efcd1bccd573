"""English acts whose direction or category the words around them decide: offers, promises and invitations
made together go one way (trigger flag `oneway`); a leader hosted is the visitor; troops sent to help are
COOPERATE, against or into a state MOBILIZE; aid cut is a sanction; a visit as a noun is made by the one
after `of`; a fight against a crime is no attack; founding a body is joining it."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("Venezuela and Guatemala offered to send paratroopers to Argentina.", "en",
     {("AGREE", "VEN", "ARG"), ("AGREE", "GTM", "ARG")}),
    ("Japan and the United States promised aid to Ukraine.", "en", {("AGREE", "JPN", "UKR"), ("AGREE", "USA", "UKR")}),
    # (with no receiver named, the two did not agree with each other)
    ("Venezuela and Guatemala offered to send paratroopers to the Falklands.", "en", set()),
    ("Japan and Canada promised to help.", "en", set()),
    # (an agreement between them stays one between them)
    ("Russia and China agreed to hold talks.", "en", {("AGREE", "RUS", "CHN"), ("CONSULT", "RUS", "CHN")}),
]


@pytest.mark.parametrize(("text", "lang", "acts"), CASES)
def test_offers_go_one_way(text: str, lang: str, acts: set[tuple[str, str, str]]) -> None:
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, lang, 2000)} == acts


HOSTED = [
    ("In July 2015, the United States hosted Vietnamese Communist Party General Secretary Nguyễn Phú Trọng.",
     ("CONSULT", "VNM", "USA")),
    ("Mexican President Vicente Fox received King Abdullah II of Jordan at the National Palace.",
     ("CONSULT", "JOR", "MEX")),
]


@pytest.mark.parametrize(("text", "act"), HOSTED)
def test_the_guest_is_the_visitor(text: str, act: tuple[str, str, str]) -> None:
    """A leader hosted or received is the visitor, who acts (as in `visited`)."""
    assert [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", 2015)] == [act]


TROOPS = [
    ("Recently, the Philippines sent peacekeeping forces to Iraq.", ("COOPERATE", "PHL", "IRQ")),
    ("The Soviet Union sent military advisers to Egypt.", ("COOPERATE", "SUN", "EGY")),
    ("Russia sent troops against Georgia in 2008.", ("MOBILIZE", "RUS", "GEO")),
    ("The Soviet Union sent weapons to Egypt.", ("AID", "SUN", "EGY")),
]


@pytest.mark.parametrize(("text", "act"), TROOPS)
def test_troops_sent_to_help_cooperate(text: str, act: tuple[str, str, str]) -> None:
    """SCHEMA: troops sent to help the other are COOPERATE, against it MOBILIZE; arms sent are AID."""
    assert [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", 2005)] == [act]


FLOWS = [
    ("In 2013, the United States suspended part of its military aid to Egypt.", [("SANCTION", "USA", "EGY")]),
    ("Japan cut off economic assistance to Myanmar in 1988.", [("SANCTION", "JPN", "MMR")]),
    ("The United States provided military aid to Egypt.", [("AID", "USA", "EGY")]),
    ("Nasser turned to the Soviet Union for arms after the West refused.", [("REQUEST", "EGY", "SUN")]),
]


@pytest.mark.parametrize(("text", "acts"), FLOWS)
def test_aid_cut_is_a_sanction_and_turning_to_is_a_request(text: str, acts: list[tuple[str, str, str]]) -> None:
    assert [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", 1960)] == acts


VISITS = [
    ("The visit of President Putin to India in 2018 strengthened ties.", ("CONSULT", "RUS", "IND")),
    ("The visit of Soviet leader Khrushchev to the United States in 1959 eased tensions.", ("CONSULT", "SUN", "USA")),
    ("Putin's visit to India in 2018 strengthened ties.", ("CONSULT", "RUS", "IND")),
]


@pytest.mark.parametrize(("text", "act"), VISITS)
def test_a_visit_as_a_noun_is_made_by_the_one_after_of(text: str, act: tuple[str, str, str]) -> None:
    year = 1959 if "1959" in text else 2018
    assert [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", year)] == [act]


@pytest.mark.parametrize(("text", "acts"), [
    ("Kazakhstan cooperated with Interpol and the UNODC to fight drug trafficking.", [("COOPERATE", "KAZ", "IGO.INTERPOL")]),
    ("India fought Pakistan in 1965.", [("ASSAULT", "IND", "PAK")]),
])
def test_a_fight_against_a_crime_is_no_attack(text: str, acts: list[tuple[str, str, str]]) -> None:
    assert [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", 2005)] == acts


@pytest.mark.parametrize(("text", "acts"), [
    ("Ethiopia was a founding member of the Organisation of African Unity in 1963.", [("AGREE", "ETH", "IGO.OAU")]),
    ("Nigeria helped create ECOWAS in 1975.", [("AGREE", "NGA", "IGO.ECOWAS")]),
    # (membership as it stands is no act)
    ("Brazil is a founding member of the United Nations and Mercosur.", []),
])
def test_founding_a_body_is_joining_it(text: str, acts: list[tuple[str, str, str]]) -> None:
    assert [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", 1975)] == acts


@pytest.mark.parametrize(("text", "cats"), [
    ("South Korea sent troops to the Vietnam War in 1964.", ["COOPERATE"]),
    ("Russia sent troops into Georgia in 2008.", ["MOBILIZE"]),
    ("Iraq sent troops to the Kuwaiti border in August 1990.", ["MOBILIZE"]),
])
def test_troops_sent_to_a_war_or_into_a_state(text: str, cats: list[str]) -> None:
    """A war troops are sent to only says where they went; troops sent into a state or to its border move
    against it."""
    year = 1964 if "1964" in text else 2008
    assert [c for c, *_ in sentence_acts(text, "en", year)] == cats


@pytest.mark.parametrize(("text", "acts"), [
    # (`maintained that`: a claim, whose act is the claim's own)
    ("Russia maintained that Ukraine had attacked Russia.", {("ASSAULT", "UKR", "RUS")}),
    # (talks hosted between others: the host meets each, no one is a guest of the others)
    ("China hosted talks between Japan and Korea.", {("CONSULT", "CHN", "JPN"), ("CONSULT", "CHN", "KOR")}),
    ("Egypt reduced its dependence on foreign aid from the United States.", set()),
    ("Japan announced a reciprocal expulsion of Chinese diplomats.", {("SANCTION", "JPN", "CHN")}),
    ("Japan announced the withdrawal of its ambassador from China.", {("SANCTION", "JPN", "CHN")}),
])
def test_review_cases(text: str, acts: set[tuple[str, str, str]]) -> None:
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", 2008)} >= acts
    assert len({(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", 2008)}) == len(acts)
