"""Korean: the state named right before a mission noun opened the mission, in the state after 주 (駐)."""
import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text,year,want", [
    ("1884년 한양에 주(駐)조선 독일 총영사관을 설치하였다.", 1884, ("COOPERATE", "H.GERMEMP", "H.JOSEON")),
    ("1992년 서울에 주한 러시아 대사관이 개설되었다.", 1992, ("COOPERATE", "RUS", "KOR")),
])
def test_mission_owner_opens_it(text, year, want):
    assert [a[:3] for a in sentence_acts(text, "ko", year)] == [want]


def test_mission_named_by_host_only():
    # `주한 대사관`: the host is after 주; the subject opened it
    acts = sentence_acts("한편 필리핀도 서울에 주한 대사관을 설치하였다.", "ko", 1958)
    assert [a[1:3] for a in acts] == [("PHL", "KOR")]
