"""Chinese and Korean sentences that hold no act: states that each (各国) set up ties are an unnamed group,
the state they became independent of (脱离X独立) no party; a Korean sentence that only gives another name."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("其次，脫離蘇聯獨立的中东欧和前苏联地区各国纷纷与以色列建交。", "zh", ("CHN", "ISR"), []),
    ("1992年，中国与以色列建交。", "zh", ("CHN", "ISR"), [("AGREE", "CHN", "ISR")]),
    ("미일화친조약 또는 페리 협정이라고도 한다.", "ko", ("JPN", "USA"), []),
    ("1854년 일본과 미국은 조약을 체결했다.", "ko", ("JPN", "USA"), [("AGREE", "JPN", "USA")]),
]


@pytest.mark.parametrize(("text", "lang", "pair", "acts"), CASES)
def test_acts(text: str, lang: str, pair: tuple[str, str], acts: list[tuple[str, str, str]]) -> None:
    assert [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, lang, 1992, pair)] == acts


KO_STANDING = [
    "레드백 장갑차를 위시로 한 한국과 호주 간 국방 및 방산협력이 지속되고 있다.",
    "21세기에 들어서는 한국과 호주는 서로에게 중요한 경제적 파트너로서 교류가 활발해지고 있었다.",
    "한국은 현재 호주에서 5번째로 큰 투자처다.",
    "호주는 한국의 가장 큰 교역 상대국이자 주요 식량 원조 제공자 중 하나였다.",
]


@pytest.mark.parametrize("text", KO_STANDING)
def test_ko_states_of_relations_are_no_acts(text: str) -> None:
    """Cooperation that goes on or grows livelier, a ranking, a donor described: no act."""
    assert sentence_acts(text, "ko", 2014, ("KOR", "AUS")) == []


def test_ko_an_investment_made_is_still_an_act() -> None:
    acts = sentence_acts("한국은 호주에 투자했다.", "ko", 2014, ("KOR", "AUS"))
    assert [(c, a, b) for c, a, b, _f, _by in acts] == [("COOPERATE", "KOR", "AUS")]


KEPT = [
    ("美國對古巴保持長期禁運，美國公司在古巴做生意屬於非法。", "zh"),
    ("The United States has maintained a trade embargo against Cuba since 1962.", "en"),
    ("Cuba remains a key ally of Venezuela, with growing economic cooperation between both countries.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), KEPT)
def test_a_state_kept_up_or_growing_is_no_act(text: str, lang: str) -> None:
    assert sentence_acts(text, lang, 1990, ("USA", "CUB")) == []


def test_an_embargo_imposed_is_still_an_act() -> None:
    acts = sentence_acts("1962年，美國對古巴實施禁運。", "zh", 1962, ("USA", "CUB"))
    assert [(c, a, b) for c, a, b, _f, _by in acts] == [("SANCTION", "USA", "CUB")]


@pytest.mark.parametrize(("text", "cats"), [
    # (the troops sent are the act; the war they went to is where, no war waged between the pair)
    ("한국은 베트남 전쟁에 국군을 파병하였다.", ["COOPERATE"]),
    ("문재인 대통령은 베트남 전쟁에 대해 유감을 표명했다.", ["ACCUSE"]),
    ("한국은 베트남의 최대 투자국이다.", []),
])
def test_ko_a_war_joined_is_no_war_waged(text: str, cats: list[str]) -> None:
    assert [c for c, *_ in sentence_acts(text, "ko", 1964, ("KOR", "VNM"))] == cats
