"""Korean event rules, second round on unseen text (hand-written snippets)."""

from __future__ import annotations

from sentence_acts import sentence_acts


def run(text: str, pair: tuple[str, str] | None = None, year: int | None = 2010):
    return [(c, a, b, f) for c, a, b, f, _by in sentence_acts(text, "ko", year, pair)]


def cats(ev):
    return {c for c, *_ in ev}


def test_consenting_and_accepting_a_proposal_is_agreeing():
    assert ("AGREE", "RUS", "CHN", "asserted") in run("러시아는 중국의 제안에 동의했다.")
    ev = run("일본은 미국의 요구를 받아들였다.")
    assert cats(ev) == {"AGREE"}


def test_obtaining_information_is_no_aid():
    assert not [e for e in run("미국은 중국의 정보를 입수했다.") if e[0] == "AID"]
    assert not [e for e in run("일본은 중국의 정보를 먼저 입수했다.") if e[0] == "AID"]
    assert ("AID", "CHN", "PRK", "asserted") in run("북한은 중국으로부터 백신을 입수했다.")


def test_summoning_an_ambassador_is_a_protest():
    ev = run("한국은 일본 대사를 초치했다.")
    assert [c for c, *_ in ev] == ["ACCUSE"]


def test_informing_and_not_informing():
    assert ("CONSULT", "RUS", "KOR", "negated") in run("러시아는 그 결과를 한국에 알리지 않았다.")
    assert ("CONSULT", "USA", "CHN", "asserted") in run("미국은 중국에 그 사실을 알렸다.")
    # passing on intelligence is help, not a consultation
    assert "CONSULT" not in cats(run("러시아는 이라크에 정보를 알려주었다.", year=2003))


def test_a_negation_after_a_topic_particle():
    ev = run("러시아는 북한을 비난하지는 않았다.")
    assert ev and all(f == "negated" for *_, f in ev)


def test_goods_made_in_a_state_that_are_introduced_come_from_it():
    assert ("COOPERATE", "RUS", "KOR", "asserted") in run("러시아산 가스가 한국에 도입되었다.", year=2009)
    assert ("AID", "USA", "H.JAPEMP", "asserted") in run("일본은 미국산 석유를 수입했다.", year=1940)


def test_a_state_whose_crisis_is_the_topic_is_not_the_receiver():
    ev = run("양국 정상은 시리아 사태에 대해 의견을 교환했다.", pair=("RUS", "VAT"), year=2015)
    assert ("CONSULT", "RUS", "VAT", "asserted") in ev
    assert not [e for e in ev if "SYR" in e[1:3]]
    ev = run("영국은 러시아의 시리아 내전 개입을 비난했다.", year=2015)
    assert ("ACCUSE", "GBR", "RUS", "asserted") in ev


def test_casualty_tolls_and_described_places_are_no_events():
    assert run("러시아군의 공습으로 모두 120명이 사망했다.", pair=("RUS", "SYR"), year=2015) == []
    assert run("러시아가 공습한 곳은 반군이 점령한 지역이다.", pair=("RUS", "SYR"), year=2015) == []
    # an act whose doer is named with a count of state agents stays
    assert ("ASSAULT", "UKR", "PRK") in [e[:3] for e in run("우크라이나의 공격으로 북한 장교 3명이 사망했다.")]


def test_taking_in_workers_is_cooperation():
    assert ("COOPERATE", "RUS", "PRK", "asserted") in run("러시아는 북한 노동자를 받아들였다.", year=2024)


def test_allying_with_a_state():
    assert ("AGREE", "SWE", "FRA") in [e[:3] for e in run("스웨덴은 프랑스와 동맹했다.", year=1810)]


def test_a_summit_that_only_dates_a_report_is_no_act():
    ev = run("정상회담 직후 러시아 언론은 그 내용을 보도하였다.", pair=("KOR", "RUS"))
    assert "CONSULT" not in cats(ev)


def test_an_act_noun_as_a_copula_predicate_describes():
    assert run("이것은 한국 최초의 러시아산 가스 도입이다.", pair=("KOR", "RUS"), year=2009) == []
    assert run("그 공습은 처음으로 벌어진 도시 폭격이었다.", pair=("JPN", "CHN"), year=1931) == []


def test_a_label_a_right_an_aim_and_public_opinion_are_no_acts():
    ev = run("영국은 러시아의 개입을 침략 전쟁이라고 비난했다.", year=2015)
    assert cats(ev) == {"ACCUSE"}
    assert "REJECT" not in cats(run("러시아는 거부권을 가지고 있음에도 결의안에 동의했다."))
    assert "ASSAULT" not in cats(run("미국은 일본에 다음 공습 목표를 알리는 전단을 뿌렸다.", year=1945))
    assert run("일본에서는 중국을 비난하는 여론이 강해졌다.", pair=("JPN", "CHN"), year=1931) == []


def test_dismantling_weapons_and_extracting_a_promise_are_no_acts():
    assert "SANCTION" not in cats(run("북한은 모든 핵무기를 파기하기로 미국과 합의했다.", year=2005))
    assert "SANCTION" in cats(run("북한은 미국과의 합의를 파기했다.", year=2005))
    assert "AID" not in cats(run("일본은 중국에서 명확한 약속을 받아내지 못했다.", year=1937))


def test_conversely_is_no_opposition_but_opposing_stays():
    assert "REJECT" not in cats(run("그러나, 반대로 일본은 중국을 지지했다.", pair=("H.JAPEMP", "H.ROC"), year=1931))
    assert "REJECT" not in cats(run("이와 반대로 일본은 중국을 지지했다.", pair=("H.JAPEMP", "H.ROC"), year=1931))
    assert ("REJECT", "RUS", "KOR", "asserted") in run("그 계획은 러시아의 반대로 무산되었다.", pair=("KOR", "RUS"))
