"""Korean: those a rank is counted after (`미국과 영국 다음으로`) are no party to the act."""

from sentence_acts import sentence_acts


def test_rank_after_others():
    acts = sentence_acts("튀르키예는 한국전쟁 시, 미국과 영국 다음으로 큰 규모로 파병하였다.", "ko", 1950, ("KOR", "TUR"))
    assert [a[:3] for a in acts] == [("COOPERATE", "TUR", "KOR")]
