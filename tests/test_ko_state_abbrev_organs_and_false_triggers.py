"""Korean: a one-syllable state name before a space and an organ or official is that state (`미 국방부`,
`러 외무부`, `북 외무성`), but not `중` (`회담 중` is `during`); `체제의` holds no proposal (제의) and `초대 대사`
is the first ambassador, no invitation."""

from __future__ import annotations

import pytest

from dyad.actors import default_gazetteer
from sentence_acts import sentence_acts


def test_abbreviation_before_an_organ_names_the_state():
    g = default_gazetteer()
    found = [(m.text, m.codes) for m in g.find("미 국방부와 러 외무부, 북 외무성, 회담 중 외교부 장관", "ko")]
    assert ("미", ("USA",)) in found and ("러", ("RUS",)) in found and ("북", ("PRK",)) in found
    assert not any(t == "중" for t, _ in found)
    # (an organ after it is that state's, though `합참` alone is Korea's)
    assert [(m.text, m.codes) for m in g.find("미 합참차장", "ko")] == [("미", ("USA",)), ("합참", ("USA",))]


CASES = [
    ("1990년 미 국방부는 소련을 비난했다.", None, {("ACCUSE", "USA", "SUN")}),
    ("그것은 소련 사회주의 체제의 붕괴 과정과 직접 관련이 있다.", ("SUN", "KOR"), set()),
    ("주소련 대한민국 대사관 초대 대사는 공로명이었다.", ("SUN", "KOR"), set()),
    ("1990년 소련은 한국 대통령을 모스크바로 초대했다.", ("SUN", "KOR"), {("AGREE", "SUN", "KOR")}),
]


@pytest.mark.parametrize(("text", "pair", "acts"), CASES)
def test_organs_and_false_triggers(text: str, pair: tuple[str, str] | None, acts: set[tuple[str, str, str]]) -> None:
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "ko", 1990, pair)} == acts


WORD_PARTS = [
    "1998년 북한 경비정이 일본 어선을 쫓아 북방한계선을 넘었다.",  # 북방한계선 holds no visit (방한)
    "1945년 해방일보가 발간되었다.",  # nor 해방일보 (방일)
    "1868년 일본은 근대화에 성공했다.",  # 근대화 holds no dialogue (대화)
    "2000년 인천 국제공항이 문을 열었다.",  # 국제공항 provides nothing (제공)
    "1990년 국경문제의 해결이 늦어졌다.",  # 문제의 holds no proposal (제의)
    "2010년 일본 무기 회사들이 한국에서 전시회를 열었다.",  # 회사들이 buys nothing (사들이)
    "1990년 일본은 외교관을 추방한 한국에 항의했다.",  # 추방한 holds no visit (방한)
]


@pytest.mark.parametrize("text", WORD_PARTS)
def test_trigger_syllables_inside_other_words(text: str) -> None:
    assert not {c for c, *_ in sentence_acts(text, "ko", 1990, ("KOR", "JPN"))} & {"CONSULT", "AGREE", "AID"}


NAMED_NOT_DONE = [
    "고르바초프 정부의 입장에서 한국과의 수교란 필요한 보완적인 조치였다.",  # a definition (`수교란`)
    "따라서 한국과의 수교에도 불구하고 고르바초프 정부는 변화를 추구할 의사는 없었다.",  # `despite`
    "이러한 수교의 정책 수단은 국내경제력이었다.",  # the one named before, and what it was for
]


@pytest.mark.parametrize("text", NAMED_NOT_DONE)
def test_relations_set_up_named_not_done(text: str) -> None:
    assert sentence_acts(text, "ko", 1990, ("SUN", "KOR")) == []


def test_relations_set_up_done():
    assert [a[:3] for a in sentence_acts("1990년 9월 30일 한국과 소련은 수교하였다.", "ko", 1990, ("SUN", "KOR"))] == [
        ("AGREE", "KOR", "SUN")]


def test_coming_to_korea_is_a_visit():
    # 내한 (來韓) is a visit to Korea, as 방한 is; 내한성 (耐寒性, cold resistance) is none
    assert [a[:3] for a in sentence_acts("1948년 8월 17일 미국 특사가 내한하였다.", "ko", 1948, ("USA", "KOR"))] == [
        ("CONSULT", "USA", "KOR")]
    assert sentence_acts("1948년 이 품종은 내한성이 강하다.", "ko", 1948, ("USA", "KOR")) == []
