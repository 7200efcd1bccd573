"""Event rules found on text dyad had not seen (hand-written snippets; Korean unless said)."""

from __future__ import annotations

from sentence_acts import sentence_acts


def acts(text: str, lang: str, year: int | None = None, pair: tuple[str, str] | None = None,
         last: str | None = None, places: tuple[tuple[str, tuple[str, ...]], ...] = ()):
    """(category, source, target, factuality) of one sentence; `places` adds place mentions (name, codes)."""
    return [(c, a, b, f) for c, a, b, f, _by in sentence_acts(text, lang, year, pair, last, places)]


def run(text: str, pair: tuple[str, str] | None = None, year: int | None = None, last: str | None = None):
    return acts(text, "ko", year, pair, last)


def test_negation_in_the_next_clause_does_not_negate_the_act():
    ev = run("독일의 소련 침공이 시작되고 얼마 지나지 않아 일본은 조약을 승인했다.", year=1941)
    assert ("ASSAULT", "H.NAZIGER", "SUN", "asserted") in ev
    ev = run("러시아는 보고서를 한국에 전달하지 않았다.")
    assert ev and all(f == "negated" for *_, f in ev)


def test_a_clause_that_names_no_one_takes_the_pair():
    ev = run("핵실험을 공개적으로 비난하기도 했고 대북 제재에도 동참했다.", pair=("PRK", "RUS"), last="RUS")
    assert ("ACCUSE", "RUS", "PRK", "asserted") in ev


def test_an_act_noun_that_only_dates_what_follows_is_no_act():
    ev = run("도쿄 대공습 이후 일본은 소련과 협상을 추진했다.", pair=("JPN", "USA"), year=1945)
    assert [c for c, *_ in ev] == ["CONSULT"]
    # named with its doer the act noun is an event (`러시아의 우크라이나 침공 이후`)
    ev = run("러시아의 우크라이나 침공 이후 양국은 협상을 시작했다.", pair=("RUS", "UKR"), year=2022)
    assert ("ASSAULT", "RUS", "UKR", "asserted") in ev


def test_quoted_words_that_are_said_are_a_claim_and_a_quoted_stance_is_the_speakers():
    text = "호주 정부는 미국에 “일본은 침략 전쟁에 대한 책임을 져야 한다”는 뜻을 전했다."
    ev = run(text, year=1945)
    assert not any(c == "ASSAULT" for c, *_ in ev)
    assert ("ACCUSE", "AUS", "H.JAPEMP") in [(c, a, b) for c, a, b, _f in ev]


def test_a_fleet_between_a_state_and_its_particle_keeps_the_agent():
    ev = run("그 섬은 영국 함대에 의해 점령되었다.", pair=("GBR", "KOR"), year=1885)
    assert [(c, a, b) for c, a, b, _f in ev] == [("COERCE", "GBR", "H.JOSEON")]


def test_a_symmetric_act_with_two_names_in_its_clause_and_no_roles_takes_them_not_the_pair():
    out = acts("In 1905, a treaty of France and Germany was signed.", "en", 1905, ("IRN", "RUS"))
    assert [(c, a, b) for c, a, b, _f in out] == [("AGREE", "FRA", "H.GERMEMP")]


def _zh(text: str, year: int, pair=("CHN", "IND")):
    return [(c, a, b) for c, a, b, _f in acts(text, "zh", year, pair)]


def test_zh_a_name_after_an_act_is_its_object_not_the_next_clauses_subject():
    assert ("ASSAULT", "H.GERMEMP", "H.RUSEMP") in _zh("1914年，德国打败法国，然后进攻俄国。", 1914)


def test_zh_a_receiver_marked_before_the_verb_wins_over_a_later_name():
    ev = _zh("1806年英国向土耳其施压要求驱逐大使、向法国开战。", 1806)
    assert ("REQUEST", "GBR", "H.OTTOMAN") in ev and ("ASSAULT", "GBR", "FRA") in ev


def test_zh_a_compound_before_a_war_noun_names_both_sides_and_both_sides_are_its_states():
    assert _zh("1904年，日本发动日俄战争。", 1904) == [("ASSAULT", "H.JAPEMP", "H.RUSEMP")]
    ev = _zh("1905年日俄战争结束，双方签署和约。", 1905)
    assert ("AGREE", "H.JAPEMP", "H.RUSEMP") in ev


def test_zh_the_owner_of_what_an_act_is_aimed_at_receives_it():
    assert _zh("1950年英国对法国的提案行使否决权。", 1950) == [("REJECT", "GBR", "FRA")]


def test_ru_a_receiver_inside_a_trigger_that_spans_words():
    out = acts("В 1950 году СССР направил в Корею военных советников.", "ru", 1950)
    assert [(c, a) for c, a, _b, _f in out] == [("AID", "SUN")] and out[0][2] != "SUN"


def test_the_owner_of_an_act_suffered_did_it():
    ev = run("스웨덴은 러시아의 침입을 받고 핀란드를 양도했다.", year=1808)
    assert ("ASSAULT", "H.RUSEMP", "SWE", "asserted") in ev


def test_the_owner_of_a_deed_across_a_place_word_did_it_but_not_of_a_blame():
    assert ("ASSAULT", "H.JAPEMP", "H.ROC", "asserted") in run("일본의 만주 침략이 시작되었다.", pair=("CHN", "JPN"),
                                                                year=1931)
    ev = run("러시아는 긴장 고조가 한미의 군사훈련 탓이라고 주장했다.", pair=("PRK", "RUS"), year=2023)
    assert ("ACCUSE", "RUS", "USA", "asserted") in ev


def test_the_state_where_talks_take_place_hosts_them():
    ev = run("이명박 대통령은 덴마크에서 총리와 정상회담을 갖고 협정을 체결했다.", pair=("JPN", "KOR"), year=2011)
    assert ("CONSULT", "KOR", "DNK", "asserted") in ev


def test_partners_all_marked_leave_the_subject_unsaid():
    ev = run("중국, 일본과 맺은 통화스와프를 확대했다.", pair=("JPN", "KOR"), last="KOR", year=2011)
    assert {(c, a, b) for c, a, b, _f in ev} == {("AGREE", "KOR", "CHN"), ("AGREE", "KOR", "JPN")}


def test_ko_campaign_retreat_garrison_and_unnamed_countries():
    assert ("ASSAULT", "FRA", "H.RUSEMP", "asserted") in run("프랑스군이 국경을 넘어 러시아 원정을 시작했다.", year=1812)
    assert [c for c, *_ in run("러시아군은 프랑스군에 밀려 내륙으로 후퇴했다.", year=1812)] == ["RETREAT"]
    assert [c for c, *_ in run("프로이센군은 12월까지 라트비아에 주둔했다.", pair=("DEU", "RUS"), year=1812)] == ["MOBILIZE"]
    assert run("대통령은 유럽 3개 나라를 방문했다.", pair=("JPN", "KOR"), last="KOR", year=2011) == []
    assert run("2011년 양국은 전화 통화를 했다.", pair=("JPN", "KOR"), year=2011)[0][0] == "CONSULT"
    assert not any(c == "CONSULT" for c, *_ in run("한국은 통화 정책을 바꿨다.", pair=("JPN", "KOR"), year=2011))


def test_zh_a_passive_agent_further_from_its_verb_across_titles_and_a_name():
    assert _zh("1909年伊藤博文在哈尔滨被朝鲜独立运动志士安重根刺杀。", 1909) == [("ASSAULT", "H.JOSEON", "H.JAPEMP")]


def test_zh_coordinated_subjects_of_a_one_sided_act_go_in_order():
    assert _zh("1969年中国与苏联交战。", 1969) == [("ASSAULT", "CHN", "SUN")]
    # a preposition before them makes them receivers
    assert ("ASSAULT", "H.JAPEMP", "SUN") in _zh("1941年日本对中国和苏联宣战。", 1941)


def test_zh_a_governed_act_names_its_own_doer_right_before_it():
    ev = _zh("2014年美国反对俄罗斯吞并克里米亚。", 2014, pair=("RUS", "UKR"))
    assert ("REJECT", "USA", "RUS") in ev and ("COERCE", "RUS", "UKR") in ev


def test_zh_a_claim_after_a_speech_verb_has_its_own_subject():
    assert _zh("2023年美国声称俄罗斯向朝鲜提供了武器。", 2023) == [("AID", "RUS", "PRK")]


def test_those_who_act_together_toward_a_receiver_do_not_act_on_each_other():
    text = "В 1290 году Аннам, Бирма и Чампа признали власть монголов и установили дипломатические отношения с династией Юань."
    assert {b for _c, _a, b, _f in acts(text, "ru", 1290)} == {"H.YUAN"}


def _en(text: str, year: int, pair=None):
    return acts(text, "en", year, pair)


def test_en_from_a_place_is_what_a_deed_leaves_and_to_whom_a_cession_goes():
    assert _en("In 1946, the Soviet Union withdrew its troops from Iran.", 1946) == [
        ("RETREAT", "SUN", "H.PERSIA", "asserted")]
    assert _en("In 1989, the Soviet withdrawal from Afghanistan was completed.", 1989) == [
        ("RETREAT", "SUN", "AFG", "asserted")]
    assert _en("In 1813, Persia ceded Georgia to Russia.", 1813) == [("CONCEDE", "H.PERSIA", "H.RUSEMP", "asserted")]


def test_a_visit_announced_for_later_is_planned():
    assert _en("In 2024, Putin will visit Tehran.", 2024) == [("CONSULT", "RUS", "IRN", "planned")]


def test_ko_a_treaty_named_as_violated_or_owning_something_is_no_signing():
    assert not any(c == "AGREE" for c, *_ in run("미국, 영국, 프랑스는 일본의 점령을 9개국 조약을 위반한 행동이라 지적했다.",
                                               year=1932))
    assert not any(c == "AGREE" for c, *_ in run("해군은 런던 해군 조약의 반대파들을 이끌었다.", pair=("GBR", "JPN"),
                                               year=1932))


def test_two_past_polities_whose_lineages_meet_later_are_two_parties():
    out = acts("В 1237 году хан Батый начал вторжение в Киевскую Русь.", "ru", 1237)
    assert [(c, b) for c, _a, b, _f in out] == [("ASSAULT", "H.KYIVRUS")]
    # the same state in two eras is still one party
    assert _en("In 1992, Russia took over the Soviet Union's seat.", 1992) == []


def test_a_one_sided_act_back_the_other_way_is_another_act():
    ev = _zh("1942年中华民国向美国出口钨砂，同时美国援助中华民国各型战机。", 1942)
    assert ("AID", "H.ROC", "USA") in ev and ("AID", "USA", "H.ROC") in ev


def test_a_city_named_with_its_country_adds_no_party_and_going_to_a_state_is_a_visit():
    ev = run("쇼와 천황은 영국 런던에 이어 서독 본을 찾았다.", year=1971)
    assert [(c, b) for c, _a, b, _f in ev] == [("CONSULT", "DEU")]
    assert run("일본은 해결책을 찾았다.", year=1971) == []
    assert not any(b == "IGO.EU" or a == "IGO.EU" for _c, a, b, _f in run("쇼와 천황은 벨기에 브뤼셀을 방문했다.", year=1971))


def test_a_place_a_deed_is_done_to_stands_for_its_state():
    def at(text, lang, place, codes):
        return [(c, a, b) for c, a, b, _f in acts(text, lang, places=((place, codes),))]

    assert at("Russia shelled Kharkiv.", "en", "Kharkiv", ("UKR",)) == [("ASSAULT", "RUS", "UKR")]
    assert at("Russia withdrew from Kherson.", "en", "Kherson", ("UKR",)) == [("RETREAT", "RUS", "UKR")]
    assert at("관동군이 진저우를 점령했다.", "ko", "진저우", ("H.ROC",)) == [("COERCE", "JPN", "H.ROC")]
    # a talk held in a city names no party; nor is one's own city a receiver
    assert at("Russia held talks in Kazan.", "en", "Kazan", ("RUS",)) == []
    assert at("Russia shelled Kazan.", "en", "Kazan", ("RUS",)) == []


def test_zh_what_a_treaty_concerns_is_no_party_to_it():
    ev = _zh("1945年，美国与苏联签订涉及外蒙古以及中国主权的协定。", 1945)
    assert ev == [("AGREE", "USA", "SUN")]


def test_what_talks_concern_is_no_party_to_them():
    assert [(c, a, b) for c, a, b, _f in _en("In 2019, Russia and Turkey held talks concerning Syria.", 2019)] == [
        ("CONSULT", "RUS", "TUR")]
    assert [(c, a, b) for c, a, b, _f in run("러시아와 터키는 시리아에 관한 회담을 가졌다.", year=2019)] == [
        ("CONSULT", "RUS", "TUR")]


def test_zh_establishing_formal_diplomatic_relations_with_a_list():
    ev = _zh("1990年，韓國先後與東歐社會主義國家、蘇聯、中國和越南建立了正式外交關係。", 1990)
    assert {(c, b) for c, _a, b in ev} == {("AGREE", "SUN"), ("AGREE", "CHN"), ("AGREE", "VNM")}


def test_a_place_that_falls_to_a_state_was_taken_by_it():
    out = acts("Mariupol fell to Russian troops.", "en", places=(("Mariupol", ("UKR",)),))
    assert [(c, a, b) for c, a, b, _f in out] == [("COERCE", "RUS", "UKR")]


def test_ko_the_owner_of_an_act_noun_glued_to_its_kind_did_it():
    ev = run("대한민국 정부는 천안함이 조선민주주의인민공화국의 어뢰공격으로 침몰한 것이라고 발표하였다.", year=2010)
    assert [(c, a, b) for c, a, b, _f in ev] == [("ASSAULT", "PRK", "KOR")]


def test_ko_partners_listed_with_deung_leave_the_dealer_unsaid():
    text = "그는 미국, 영국, 프랑스 등과의 수호조약 체결에 활약하였다."
    assert run(text, year=1882) == []
    # the previous act's doer deals with them (not the partners with each other)
    ev = run(text, year=1882, last="H.JOSEON")
    assert {(c, a, b) for c, a, b, _f in ev} == {("AGREE", "H.JOSEON", "USA"), ("AGREE", "H.JOSEON", "GBR"),
                                                ("AGREE", "H.JOSEON", "FRA")}


def test_ko_a_withdrawal_leaves_the_state_it_is_made_from():
    assert [(c, a, b) for c, a, b, _f in run("미군은 한국에서 철수했다.", year=1949)] == [("RETREAT", "USA", "KOR")]


def test_trade_in_commodities_is_no_transfer_but_arms_and_fuel_are():
    # gold README: trade figures are statistics; arms transfers are AID whatever the verb
    assert acts("Australia mainly imported tea and rice from China.", "en", 1901) == []
    assert ("AID", "RUS", "IND", "asserted") in acts("India bought S-400 systems from Russia in 2018.", "en", 2018)
    assert acts("當時，澳大利亞主要從中國進口茶葉及大米。", "zh", 1901) == []
    assert ("AID", "CHN", "PAK", "asserted") in acts("巴基斯坦从中国购买了战斗机。", "zh", 2010)
    assert acts("북한측이 러시아에서의 설탕 수입을 늘렸다.", "ko", 2020) == []
    assert ("AID", "RUS", "PRK", "asserted") in acts("러시아는 북한에 석유제품을 판매했다.", "ko", 2019)
    assert acts("Китай закупил у Австралии шерсть.", "ru", 1960) == []
    assert ("AID", "RUS", "IND", "asserted") in acts("Индия закупила у России истребители Су-30.", "ru", 2000)


def test_an_embargo_on_sales_and_diplomats_withdrawn_are_sanctions():
    assert acts("Mitterrand declared an embargo on French arms sales and assistance to Argentina.", "en", 1982) == [
        ("SANCTION", "FRA", "ARG", "asserted")]
    assert acts("In 2012 Canada withdrew its diplomats from Iran.", "en", 2012) == [
        ("SANCTION", "CAN", "IRN", "asserted")]
    assert acts("In 2008 Russia withdrew its troops from Georgia.", "en", 2008) == [
        ("RETREAT", "RUS", "GEO", "asserted")]


def test_a_named_war_after_after_only_dates_and_what_is_lost_to_another_is_ceded():
    assert acts("After the First Sino-Japanese War of 1894 it lost Formosa to Japan.", "en", 1894,
                pair=("H.QING", "H.JAPEMP")) == [("CONCEDE", "H.QING", "H.JAPEMP", "asserted")]
    # an act noun whose doer is named after it (`by Russia`) is an act, not a date
    assert ("ASSAULT", "RUS", "GEO", "asserted") in acts(
        "After the invasion of Georgia by Russia, the U.S. imposed sanctions on Russia.", "en", 2008)
    assert acts("China objected and war ensued.", "en", 1894, pair=("H.QING", "H.JAPEMP"))[0] == (
        "REJECT", "H.QING", "H.JAPEMP", "asserted")


def test_no_relations_and_no_recognition_are_a_state_of_affairs_not_a_negated_act():
    assert acts("不丹至今没有与中华人民共和国建交。", "zh", 2015) == []
    assert acts("대한민국 정부는 조선민주주의인민공화국을 승인하지 않는다.", "ko", 2024) == []
    assert acts("Bhutan does not recognize Taiwan.", "en", 2015) == []
    assert acts("Bhutan has never established diplomatic relations with China.", "en", 2015) == []
    # an act that did not happen stays a negated act
    assert acts("In 1990 Bhutan did not sign the treaty with India.", "en", 1990) == [
        ("AGREE", "BTN", "IND", "negated")]


def test_support_received_from_another_is_its_and_early_warning_is_no_threat():
    assert acts("The UK received further political support from Canada.", "en", 1982, pair=("ARG", "GBR")) == [
        ("SUPPORT", "CAN", "GBR", "asserted")]
    assert acts("Chile gave the UK early warning intelligence on Argentine air movements.", "en", 1982,
                pair=("ARG", "GBR")) == []
    # a majority of the countries of a region is no named state
    assert acts("Argentina was politically backed by a majority of countries in Latin America.", "en", 1982,
                pair=("ARG", "GBR")) == []


def test_approving_a_request_accepts_it_and_goods_sent_in_quotes_are_sent():
    assert acts("President Ronald Reagan approved the Royal Navy's request to borrow the ship.", "en", 1982) == [
        ("AGREE", "USA", "GBR", "asserted")]
    assert acts('Peru also openly sent "Mirages, pilots and missiles" to Argentina during the war.', "en", 1982) == [
        ("AID", "PER", "ARG", "asserted")]


def test_the_contracting_parties_of_a_treaty_are_no_named_states():
    # a treaty's terms: what the contracting parties shall do is no act of the document's pair
    assert run("조약 체결국은 상대방을 공격하지 않는다.", pair=("H.NAZIGER", "SUN"), year=1939) == []
    assert run("조약 체결국 쌍방은 상대를 적대하는 단체에 가입하지 않는다.", pair=("H.NAZIGER", "SUN"), year=1939) == []
    assert acts("The contracting parties shall not attack each other.", "en", 1939, pair=("H.NAZIGER", "SUN")) == []


def test_breaking_the_treaty_pointed_back_to_is_an_act_signing_it_again_is_not():
    ev = run("1941년에 나치 독일이 소련을 침공하여 이 조약은 파기되었다.", pair=("H.NAZIGER", "SUN"), year=1941)
    assert {c for c, *_ in ev} == {"ASSAULT", "SANCTION"}
    assert run("이 조약을 체결한 뒤 일본은 조선을 압박했다.", year=1876) == [
        ("REQUEST", "H.JAPEMP", "H.JOSEON", "asserted")]
