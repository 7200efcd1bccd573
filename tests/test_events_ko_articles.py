"""Korean event lexicon rules found on unseen relation articles (hand-written snippets, one rule each)."""

from __future__ import annotations

from sentence_acts import sentence_acts


def acts(text: str, year: int | None = None, pair: tuple[str, str] | None = None, last: str | None = None):
    """(category, source, target) of each act of one Korean sentence."""
    return [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "ko", year, pair, last)]


def cats(text: str, year: int | None = None, pair: tuple[str, str] | None = None) -> set[str]:
    """The categories of the acts of one Korean sentence."""
    return {c for c, *_ in acts(text, year, pair)}


def test_verb_endings_that_spell_a_trigger_are_no_act():
    # `-어지지 않` / `가지지 못` end other verbs; `설치하` holds 치하; `한반도와` holds 도와
    assert "SUPPORT" not in cats("두 나라 사이에는 평화조약이 맺어지지 않고 있다.", 2000, ("JPN", "RUS"))
    assert "SUPPORT" not in cats("시리아는 러시아와 사이가 나빠 훈련을 가지지 못하였다.", 1998, ("RUS", "SYR"))
    assert "SUPPORT" not in cats("러시아는 시리아에 기지를 설치하는 방안을 논의했다.", 2008)
    assert "AID" not in cats("러시아는 한반도와 만주가 일본의 손에 들어가는 것을 경계했다.", 1895)
    # the words themselves still name the acts
    assert acts("2010년 러시아는 시리아를 지지했다.", 2010) == [("SUPPORT", "RUS", "SYR")]
    assert acts("1950년 소련은 북한을 도왔다.", 1950) == [("AID", "SUN", "PRK")]


def test_accepting_and_being_ruled_is_no_aid():
    assert "AID" not in cats("시리아는 러시아군의 주둔을 받아줄 수 있다고 말했다.", 2008)
    assert "AID" not in cats("아르메니아는 오스만 제국의 지배를 받아왔다.", 1700)
    # goods received from a state are still its aid
    assert ("AID", "RUS", "PRK") in acts("2020년 북한은 러시아로부터 밀을 받아 배급했다.", 2020)


def test_arms_made_in_a_state_are_its_aid():
    assert acts("2005년 시리아는 러시아제 무기로 군을 무장했다.", 2005) == [("AID", "RUS", "SYR")]


def test_a_script_or_religion_adopted_is_culture():
    assert acts("세르비아는 비잔티움 제국에서 키릴 문자를 도입했다.", 900) == []
    assert "COOPERATE" in cats("2009년 한국은 러시아산 가스를 도입했다.", 2009)


def test_how_lively_an_exchange_is_describes_a_state():
    assert acts("한국과 일본의 경제 교류는 상당히 큰 수준이다.", 2020) == []
    assert acts("핀란드와 러시아의 민간 교류도 상당히 많다.", 2020) == []
    assert acts("1990년 이후 양국 사이에 활발한 경제 교류가 있다.", 1990, ("JPN", "RUS")) == []
    assert acts("1992년 한국과 러시아는 경제 교류를 시작했다.", 1992) == [("COOPERATE", "KOR", "RUS")]


def test_an_act_done_without_something_names_no_such_act():
    assert "CONSULT" not in cats("1860년 러시아는 조선에 아무런 통보 없이 녹둔도를 차지했다.", 1860)
    assert "CONCEDE" not in cats("2019년 러시아 법원은 허가 없이 조업한 북한 선원에게 징역형을 선고했다.", 2019)


def test_fighting_and_driving_out_are_attacks():
    assert acts("1654년 조선군은 청나라군과 함께 아라사군과 싸웠다.", 1654) == [("ASSAULT", "H.JOSEON", "H.RUSEMP")]
    assert acts("1827년 러시아 제국은 캅카스에서 카자르 왕조 세력을 축출했다.", 1827) == [
        ("ASSAULT", "H.RUSEMP", "H.PERSIA")]


def test_land_taken_and_rule_imposed_are_coercion():
    assert ("COERCE", "SUN", "FIN") in acts("1940년 소련은 핀란드의 영토 상당수를 가져갔다.", 1940)
    assert ("COERCE", "H.RUSEMP", "FIN") in acts("1809년 러시아 제국이 핀란드를 지배하게 되었다.", 1809)
    # a rule endured is a state of affairs
    assert acts("핀란드는 오랫동안 러시아의 지배를 받았다.", 1850) == []


def test_neighbours_are_no_named_state():
    assert acts("세르비아는 주변국들을 병합해 유고슬라비아가 되었다.", 1910, ("RUS", "SRB")) == []
    assert acts("1990년 이라크는 이웃 나라들을 위협했다.", 1990, ("IRQ", "RUS")) == []


def test_a_proposed_thing_and_a_war_as_owner_are_descriptions():
    assert "AGREE" not in cats("제안된 국기는 소련의 국기와 매우 비슷하다.", 1999, ("BLR", "RUS"))
    assert acts("러일전쟁의 주요 무대는 만주 남부였다.", 1904) == []
    assert acts("1904년 러시아 제국은 일본 제국과 전쟁을 벌였다.", 1904) == [("ASSAULT", "H.RUSEMP", "H.JAPEMP")]


def test_a_cross_reference_line_is_no_event():
    assert acts("이전의 외교사는 강화도 조약 문서 참조.", 1876) == []


def test_a_name_followed_by_yeoksi_is_a_subject():
    assert acts("1990년 북한은 경제난에 빠졌고, 소련 역시 북한을 도울 수 없었다.", 1990) == [("AID", "SUN", "PRK")]


def test_acts_suffered_are_no_aid_and_words_sent_are_no_aid():
    assert acts("2008년 한국 관광객이 북한군에 의해 총격을 받아 숨졌다.", 2008) == [("ASSAULT", "PRK", "KOR")]
    assert acts("1945년 미국은 일본에 지지를 보냈다.", 1945) == [("SUPPORT", "USA", "H.JAPEMP")]


def test_rescue_teams_sent_are_aid_and_condolences_support():
    assert acts("2011년 한국은 일본에 구조대원 50명을 추가 파견하였다.", 2011) == [("AID", "KOR", "JPN")]
    assert acts("2011년 한국 정부는 일본 국민에게 애도의 뜻을 전했다.", 2011) == [("SUPPORT", "KOR", "JPN")]
    # `협조의` holds no condolences
    assert acts("1969년 미국과 소련은 협조의 시대로 들어섰다.", 1969) == []


def test_entry_refused_is_a_sanction_done_under_a_policy():
    out = sentence_acts("2011년 한국은 입국 불허 방침에 따라 일본 의원을 공항에서 돌려보냈다.", "ko", 2011)
    assert [(c, a, b, f) for c, a, b, f, _by in out] == [("SANCTION", "KOR", "JPN", "asserted")]


def test_a_defeat_suffered_is_the_winners_attack():
    assert acts("1943년 나치 독일은 쿠르스크에서 소련에 대패했다.", 1943) == [("ASSAULT", "SUN", "H.NAZIGER")]


def test_opponents_occupied_areas_and_named_issues_are_no_acts():
    assert "REJECT" not in cats("일본 해군은 1932년 군축 조약의 반대파를 중용했다.", 1932, ("GBR", "JPN"))
    assert acts("1940년 일본은 조선총독부 점령 지역의 신문을 폐간했다.", 1940) == []
    assert "AID" not in cats("1994년 미국과 북한의 협상에서 경수로 제공 문제가 합의됐다.", 1994)
    assert "COOPERATE" not in cats("2019년 러시아 의원들이 북한과의 협력방안을 위해 북한을 방문했다.", 2019)
    assert acts("1975년 일본은 중국 침략 정책에 관여했음이 밝혀졌다.", 1975) == []


def test_a_verb_before_iss_da_keeps_the_act():
    # `…이 맺어지지 않고 있다` is an ongoing non-signing, not an existence statement like `교류가 있다`
    out = sentence_acts("2000년 일본과 러시아 사이에는 평화조약이 맺어지지 않고 있다.", "ko", 2000)
    assert [(c, f) for c, _a, _b, f, _by in out] == [("AGREE", "negated")]


def test_a_colony_named_after_its_state_stands_for_it():
    assert acts("1940년 9월 일본은 프랑스령 인도차이나를 침공했다.", 1940) == [("ASSAULT", "H.JAPEMP", "FRA")]


def test_an_act_noun_right_before_its_governing_noun_is_its_object():
    got = [(c, a, b) for c, a, b, _f, _by in sentence_acts("러시아는 일본에 공사 중단 요구를 했다.", "ko", 2010, ("JPN", "RUS"))]
    assert got == [("REQUEST", "RUS", "JPN")]


def _acts(text, year, pair=None):
    return [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "ko", year, pair)]


def test_korean_troops_moved_in_operations_launched_and_export_controls():
    assert _acts("1945년 소련군은 만주에 진주했다.", 1945, ("CHN", "RUS")) == [("MOBILIZE", "SUN", "H.ROC")]
    assert _acts("1918년 일본은 시베리아에 출병했다.", 1918, ("JPN", "RUS")) == [("MOBILIZE", "H.JAPEMP", "SUN")]
    assert _acts("2022년 러시아는 우크라이나에 대한 특별군사작전을 개시했다.", 2022) == [("ASSAULT", "RUS", "UKR")]
    assert _acts("2022년 한국은 러시아에 대한 수출 통제를 시행했다.", 2022) == [("SANCTION", "KOR", "RUS")]
    # 진주 the city is no act
    assert _acts("2010년 러시아 대사는 진주를 방문했다.", 2010, ("KOR", "RUS")) == [("CONSULT", "RUS", "KOR")]


def test_korean_words_glued_into_a_treaty_name_are_part_of_it():
    assert _acts("1961년 북한과 소련은 우호협력상호원조조약을 체결했다.", 1961) == [("AGREE", "PRK", "SUN")]
    assert _acts("2024년 러시아와 북한이 체육교류의정서를 체결했다.", 2024) == [("AGREE", "RUS", "PRK")]


def test_korean_relations_set_up_in_the_passive_by_their_owners():
    assert _acts("소련과 영국의 외교 관계는 1924년 2월 2일에 수립되었다.", 1924) == [("AGREE", "SUN", "GBR")]
    assert _acts("1942년 쿠바와 소련의 외교 관계가 다시 복구되었다.", 1942) == [("AGREE", "CUB", "SUN")]


def test_korean_troops_noun_carries_the_particle_of_its_state():
    assert _acts("1993년 러시아 군대가 리투아니아에서 철수했다.", 1993) == [("RETREAT", "RUS", "LTU")]


def test_korean_embassy_opened_is_cooperation():
    assert _acts("우크라이나 정부는 1993년에 우즈베키스탄 타슈켄트 주재 대사관을 개설했다.", 1993) == [
        ("COOPERATE", "UKR", "UZB")]
    # a state after 주 (駐) is where the mission stands; the mission's own state opened it
    assert _acts("한국은 1962년 7월에 주 브라질 대사관을 개설했다.", 1962) == [("COOPERATE", "KOR", "BRA")]
    assert _acts("브라질은 1965년 5월에 주 대한민국 대사관을 개설했다.", 1965) == [("COOPERATE", "BRA", "KOR")]
    assert _acts("1969년 10월에는 주(駐)네덜란드 한국대사관이 설치되었다.", 1969) == [("COOPERATE", "KOR", "NLD")]


def test_korean_receiver_marked_inside_a_purpose_or_time_clause_stays_there():
    assert _acts("1960년 소련과 쿠바는 미국에 대항하기 위해 협력했다.", 1960) == [("COOPERATE", "SUN", "CUB")]
    assert ("SANCTION", "USA", "RUS") in _acts("2022년 러시아가 우크라이나를 침공한 뒤에 미국은 러시아에 제재를 가했다.", 2022)
    assert _acts("1902년 쿠바와 러시아 제국 사이의 외교 관계는 1902년부로 시작되었다.", 1902) == [
        ("AGREE", "CUB", "H.RUSEMP")]


def test_korean_missions_founded_and_relations_set_up():
    assert _acts("1992년 7월 31일에는 대한민국 정부가 우크라이나 키이우에 주우크라이나 대한민국 대사관을 설립했다.", 1992) == [
        ("COOPERATE", "KOR", "UKR")]
    assert _acts("2008년에는 대한민국 정부가 카자흐스탄 알마티에 주카자흐스탄 대한민국 대사관 알마티 분관을 설립했다.", 2008) == [
        ("COOPERATE", "KOR", "KAZ")]
    assert _acts("대한민국과 카자흐스탄의 관계는 카자흐스탄 독립 직후인 1992년 1월 28일에 수립되었다.", 1992) == [
        ("AGREE", "KOR", "KAZ")]
    assert _acts("1950년 인도는 중국과 관계를 수립했다.", 1950) == [("AGREE", "IND", "CHN")]
    # (a government set up is no relations set up)
    assert _acts("양국 관계는 1948년 대한민국 정부가 수립되면서 시작되었다.", 1948) == []


def test_korean_private_contracts_and_where_relations_go_back_to_are_no_acts():
    pair = ("KOR", "USA")
    assert sentence_acts("대한민국과 중화인민공화국간의 민간 계약은 더욱 활발해졌다.", "ko", 2000) == []
    assert sentence_acts("한국과 미국의 관계는 19세기 중반 조선의 통상을 요구하던 제너럴 셔먼호 사건으로 거슬러 올라간다.", "ko", 1866,
                         pair) == []
    assert ("AGREE", "KOR", "USA") in [(c, a, b) for c, a, b, _f, _r in sentence_acts(
        "2010년 한국은 미국과 무기 구매 계약을 맺었다.", "ko", 2010, pair)]
