"""Korean: common acts (남침, 경제 보복, 화이트리스트 제외, 강제 송환, 원자폭탄 투하); the owner of what is criticised
receives it when the only receiver named is the doer itself."""

import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text, year, pair, want", [
    ("1950년 6월 25일 북한군이 38선을 넘어 남침하였다.", 1950, ("KOR", "PRK"), ("ASSAULT", "PRK", "KOR")),
    ("2017년 중국은 한국에 경제 보복을 가하였다.", 2017, None, ("SANCTION", "CHN", "KOR")),
    ("2019년 일본은 한국을 화이트리스트에서 제외하였다.", 2019, None, ("SANCTION", "JPN", "KOR")),
    ("중국은 탈북자들을 북한으로 강제 송환하였다.", 2012, None, ("COERCE", "CHN", "PRK")),
    ("미국은 1945년 일본에 원자폭탄을 투하하였다.", 1945, None, ("ASSAULT", "USA", "H.JAPEMP")),
    ("북한은 미국의 대북 적대시 정책을 비난하였다.", 2019, None, ("ACCUSE", "PRK", "USA")),
])
def test_common_acts(text, year, pair, want):
    assert [a[:3] for a in sentence_acts(text, "ko", year, pair)] == [want]


def test_a_possible_forced_return_is_no_act():
    assert sentence_acts("이로 인해 탈북자들은 강제북송될 가능성이 상승하였다.", "ko", 2020, ("PRK", "RUS")) == []


def test_condemning_what_another_did():
    acts = sentence_acts("러시아 외무부는 한국이 대러 제재에 동참한 것을 비판하였다.", "ko", 2022)
    assert ("ACCUSE", "RUS", "KOR") in [a[:3] for a in acts]
    assert ("ACCUSE", "KOR", "RUS") not in [a[:3] for a in acts]
