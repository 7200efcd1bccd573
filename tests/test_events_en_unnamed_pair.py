"""English acts whose parties go unnamed or stand inside the words that name the act: ties set up between
two states named inside `relations … were established`, and a treaty or agreement signed, concluded or
reached in the passive with no one named (the document's pair)."""

from __future__ import annotations

import re

import pytest

from sentence_acts import sentence_acts

JM = ("JOR", "MEX")
CM = ("CHN", "MMR")

FOUND = [
    ("Diplomatic relations between Jordan and Mexico were established on 18 June 1975.", JM, ("AGREE", "JOR", "MEX")),
    ("Diplomatic relations between the Hashemite Kingdom of Jordan and the United Mexican States were "
     "formally established in 1975.", JM, ("AGREE", "JOR", "MEX")),
    ("Diplomatic relations between Jordan and Mexico were severed in 1980.", JM, ("SANCTION", "JOR", "MEX")),
    ("A border agreement was reached in 1960.", CM, ("AGREE", "CHN", "MMR")),
    ("The treaty was signed in 1979.", CM, ("AGREE", "CHN", "MMR")),
    ("An agreement on trade was concluded in 1960.", CM, ("AGREE", "CHN", "MMR")),
]

NONE = [
    # a war named, with no one named: no act of the pair's
    ("The war was fought in 1960.", CM),
    # no document pair: no one to give the act to
    ("The treaty was signed in 1979.", None),
]


@pytest.mark.parametrize(("text", "pair", "act"), FOUND)
def test_act_found(text: str, pair: tuple[str, str], act: tuple[str, str, str]) -> None:
    got = {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", 1975, pair)}
    sym = {(c, b, a) for c, a, b in got}
    assert act in got | (sym if act[0] in ("AGREE", "SANCTION") else set())


@pytest.mark.parametrize(("text", "pair"), NONE)
def test_no_act(text: str, pair: tuple[str, str] | None) -> None:
    assert sentence_acts(text, "en", 1975, pair) == []


DISPUTES = [
    # a dispute resolved or ended, active or passive, with the pair unnamed or named
    ("The historic disputes with Portugal over the Savage Islands were resolved in recent times.", ("ESP", "PRT")),
    ("As part of the agreement, the states also ended their dispute over their respective names.", ("ESP", "PRT")),
    ("Spain and Portugal resolved their border dispute in 1926.", None),
]


@pytest.mark.parametrize(("text", "pair"), DISPUTES)
def test_dispute_resolved_is_agree(text: str, pair: tuple[str, str] | None) -> None:
    got = {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", 1926, pair)}
    assert got == {("AGREE", "ESP", "PRT")}


def test_dispute_that_goes_on_is_no_act() -> None:
    assert sentence_acts("The dispute over the islands continues.", "en", 1926, ("ESP", "PRT")) == []


def test_negation_does_not_reach_past_until() -> None:
    acts = sentence_acts("War was not declared formally until Chile declared war on Peru in 1879.", "en", 1879,
                         ("CHL", "PER"))
    assert [(c, a, b, f) for c, a, b, f, _by in acts] == [("ASSAULT", "CHL", "PER", "asserted")]


PLACES = [
    # a city a treaty is named after is where it was signed, no party
    ("The signing of the Treaty of Moscow between the Soviet Union and Finland ended the war in 1940.",
     {("AGREE", "SUN", "FIN")}),
    ("Russia and China signed the Treaty of Peking in 1860.", {("AGREE", "H.RUSEMP", "H.QING")}),
    # a base handed back
    ("In 1955, the Soviet Union returned the Porkkala naval base to Finland.", {("CONCEDE", "SUN", "FIN")}),
]


@pytest.mark.parametrize(("text", "acts"), PLACES)
def test_places_and_handovers(text: str, acts: set[tuple[str, str, str]]) -> None:
    year = int(re.search(r"\b1\d{3}\b", text).group())
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", year)} == acts


TALKS = [
    ("Talks were held in secret throughout 1978.", "en"),
    ("Переговоры о нормализации отношений велись в условиях строгой секретности в течение 1978 года.", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), TALKS)
def test_talks_with_no_one_named_are_the_pairs(text: str, lang: str) -> None:
    acts = sentence_acts(text, lang, 1978, ("CHN", "USA"))
    assert [(c, a, b) for c, a, b, _f, _by in acts] == [("CONSULT", "CHN", "USA")]


@pytest.mark.parametrize(("text", "act"), [
    ("1992년 양국 군인들이 국경에서 무력 충돌을 벌였었다.", "ASSAULT"),
    ("사우디는 카타르와 연결된 천연가스 송유관을 끊어버리면서 카타르의 동력 차단에 나서고 있다.", "SANCTION"),
])
def test_ko_armed_clash_and_pipeline_cut(text: str, act: str) -> None:
    assert [c for c, *_ in sentence_acts(text, "ko", 1992, ("SAU", "QAT"))] == [act]
