"""ko: ties one has, a war that breaks out or is prepared as a time anchor, non-combat staff, a circumstance
(`제재에도 불구하고`), a stance, a relationship as a topic, and Jews as a people."""
import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text,year,pair,want", [
    # ties one has are a standing state; ties made are an act
    ("요르단은 한국과 수교를 맺고 있다.", 2000, ("PRK", "SYR"), []),
    ("이란과 한국은 공식적인 외교 관계를 맺고 있지 않으며, 두 나라 관계는 냉랭하다.", 2000, ("IRN", "KOR"), []),
    ("1962년 요르단은 한국과 수교를 맺었다.", 1962, None, [("AGREE", "JOR", "KOR")]),
    # a war that breaks out or is prepared only dates what follows
    ("1950년 한국 전쟁이 발발하자 터키는 파병을 결정했다.", 1950, None, [("COOPERATE", "TUR", "KOR")]),
    ("1973년 시리아가 전쟁을 준비하는 과정에서 북한은 군사고문단을 시리아에 파견했다.", 1973, None,
     [("COOPERATE", "PRK", "SYR")]),
    ("1950년 북한이 남한을 침공하면서 한국 전쟁이 발발했다.", 1950, None, [("ASSAULT", "PRK", "KOR")]),
    # non-combat staff are no combat
    ("북한은 전쟁 당시 비전투 인원 19명을 시리아에 파견했다.", 1973, ("PRK", "SYR"), [("COOPERATE", "PRK", "SYR")]),
    # something done despite sanctions: the sanctions are a circumstance
    ("북한은 제재에도 불구하고 시리아에 미사일을 수출했다.", 2018, ("PRK", "USA"), [("AID", "PRK", "SYR")]),
    # a stance one takes against another, and a relationship as a topic, are no acts
    ("냉전 동안 북한과 쿠바는 미국에 반대하는 강경한 입장을 바탕으로 연대했다.", 1970, ("CUB", "PRK"), None),
    ("2010년 중국은 북한을 지지하는 입장을 밝혔다.", 2010, None, [("SUPPORT", "CHN", "PRK")]),
    ("그러나 북한과 시리아의 협력관계는 국제사회의 비판을 받고 있다.", 2010, ("PRK", "SYR"), None),
    # Jews as a people are no state
    ("나치 독일의 유대인 학살은 이스라엘 국민들에게 앙금을 남겼다.", 1943, ("DEU", "ISR"), []),
    ("1967년 이스라엘은 시리아를 공격했다.", 1967, None, [("ASSAULT", "ISR", "SYR")]),
])
def test_acts(text, year, pair, want):
    acts = [a[:3] for a in sentence_acts(text, "ko", year, pair)]
    if want is None:
        assert not any(a[0] in ("SANCTION", "REJECT", "COOPERATE") for a in acts)
    else:
        assert acts == want


@pytest.mark.parametrize("text,year,pair,want", [
    # a state of relations (`단교 상태이다`, `수교한 상태이다`, `협력하는 관계이다`, `교류를 많이 하고 있다`)
    ("현재 두 나라는 단교 상태이다.", 2020, ("MYS", "PRK"), []),
    ("터키와 북한은 정식으로 수교한 상태이다.", 2020, None, []),
    ("오늘날 한국과 라오스는 서로 협력하는 관계이다.", 2020, None, []),
    ("몽골과 한국은 교류를 많이 하고 있다.", 2020, None, []),
    ("2017년 북한은 말레이시아와 단교하였다.", 2017, None, [("SANCTION", "PRK", "MYS")]),
    # a war that intensifies, its late years and its end only date what follows
    ("중일전쟁이 격화되면서 일본군은 인도차이나 북부로 진주할 필요성이 대두되었다.", 1940, ("JPN", "VNM"), []),
    ("일본군은 태평양전쟁 말기부터 식민지 정부와 공존하였다.", 1945, ("JPN", "VNM"), []),
    ("전쟁 종결후에 생긴 권력의 공백은 독립운동에 유리하게 작용하였다.", 1945, ("JPN", "VNM"), []),
])
def test_states_of_relations_and_war_anchors(text, year, pair, want):
    assert [a[:3] for a in sentence_acts(text, "ko", year, pair)] == want
