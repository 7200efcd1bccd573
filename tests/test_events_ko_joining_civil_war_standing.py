"""Korean: taking part in a union joins it; a civil war, no exchange to speak of, a state with ties to both."""

from sentence_acts import sentence_acts


def test_taking_part_in_a_union_joins_it():
    acts = sentence_acts("2004년에 체코와 폴란드가 유럽 연합에 참여하였다.", "ko", 2004)
    assert [a[:3] for a in acts] == [("AGREE", "CZE", "IGO.EU"), ("AGREE", "POL", "IGO.EU")]
    acts = sentence_acts("우크라이나 정부는 유럽 연합과 북대서양 조약 기구(NATO)에 참여하려고 하였다.", "ko", 2014)
    assert ("AGREE", "UKR", "IGO.NATO", "planned", None) in acts
    assert sentence_acts("한국은 이 회의에 참여하였다.", "ko", 2004) == []


def test_civil_war_is_no_war_of_the_pair():
    assert sentence_acts("남북전쟁이 일어났을 때는 러시아는 중립을 지켰다.", "ko", 1861, ("RUS", "USA")) == []


def test_no_exchange_to_speak_of_is_a_state_of_affairs():
    assert sentence_acts("사실 이 시기까지만 해도 양국 간에 별다른 교류는 없었다.", "ko", 1850, ("RUS", "USA")) == []


def test_a_state_with_ties_to_both_is_described():
    assert sentence_acts("몽골은 현재 남북한 동시수교국이다.", "ko", 2020, ("KOR", "MNG")) == []
