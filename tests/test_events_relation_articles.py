"""Event rules found on relation articles dyad had not seen (hand-written snippets, one rule each)."""

from __future__ import annotations

import pytest

from dyad.actors import default_gazetteer
from dyad.model import Document
from dyad.pipeline import analyse
from sentence_acts import sentence_acts


def acts(text: str, lang: str, year: int | None = None, pair: tuple[str, str] | None = None,
         last: str | None = None):
    """(category, source, target) of each act of one sentence."""
    return [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, lang, year, pair, last)]


def test_a_treaty_named_between_two_states_is_their_agreement():
    assert acts("The Treaty of Friendship between Poland and Lithuania of 3 May 1994 still stands.", "en",
                1994) == [("AGREE", "POL", "LTU")]
    assert acts("Договор о дружбе между Польшей и Литвой от 3 мая 1994 года.", "ru", 1994) == [
        ("AGREE", "POL", "LTU")]
    # a war between two is no agreement, and a treaty with no one named is still none
    assert acts("The Treaty of Friendship of 1994 still stands.", "en", 1994) == []


def test_a_treaty_named_as_a_basis_or_as_violated_is_no_agreement():
    assert acts("1937年9月,苏联根据此条约派兵进入蒙古。", "zh", 1937) == [("MOBILIZE", "SUN", "MNG")]
    assert ("AGREE", "H.ROC", "SUN") not in acts("中华民国政府认为苏联违反了协定,并表示强烈反对。", "zh", 1936)
    assert all(c != "AGREE" for c, *_ in acts(
        "In 2006 Russia accused Georgia of violation of the ceasefire agreements.", "en", 2006))
    assert all(c != "AGREE" for c, *_ in acts("1937년 소련은 조약에 따라 몽골에 군대를 파견했다.", "ko", 1937))


def test_korean_conquest_destruction_and_victory():
    assert acts("1240년 키예프 공국은 몽골 제국에 의해 멸망했다.", "ko", 1240) == [
        ("ASSAULT", "H.MONGOLEMP", "H.KYIVRUS")]
    assert acts("1809년 러시아 제국이 스웨덴을 전쟁에서 이기면서 영토를 넓혔다.", "ko", 1809)[0] == (
        "ASSAULT", "H.RUSEMP", "SWE")
    assert acts("1905년 일본은 러시아에게 승리했다.", "ko", 1905) == [("ASSAULT", "H.JAPEMP", "H.RUSEMP")]
    assert ("COERCE", "H.RUSEMP", "ARM") in acts("1828년 아르메니아 영토는 러시아 제국에 의해 정복되었다.", "ko", 1828)
    # a state that fell, a selfish manner, influence received: no act
    assert acts("로마 제국은 멸망했다.", "ko") == []
    assert acts("키예프 공국과 세르비아 왕국은 비잔티움 제국의 영향을 받아 정교회를 믿었다.", "ko", 1000) == []


def test_korean_temporal_clause_keeps_its_subject():
    # the subject of `…가 해체된 뒤에는` is not the one who acts in the main clause
    assert acts("91년에 소련이 해체된 뒤에는 러시아와 수교했다.", "ko", 1991, pair=("RUS", "SYR")) != [
        ("AGREE", "SUN", "RUS")]


def test_russian_co_storony_marks_the_doer_not_the_pair():
    assert acts("Присоединение к России устранило угрозу Грузии со стороны Ирана.", "ru", 1801,
                pair=("RUS", "GEO")) == [("THREATEN", "H.PERSIA", "GEO")]


def test_russian_incorporation_into_a_state():
    # (in an article on the pair; the territory's state after the verb is not yet read as the receiver)
    assert acts("В XIX веке в состав Российской империи была включена территория Грузии.", "ru", 1850,
                pair=("RUS", "GEO")) == [
        ("COERCE", "H.RUSEMP", "GEO")]
    assert acts("В 1801 году Россия включила Грузию в состав империи.", "ru", 1801) == [("COERCE", "H.RUSEMP", "GEO")]


def test_chinese_half_width_comma_ends_a_clause():
    # the doer of the second clause is named in it, not taken from the first
    ev = acts("蒙古人接受了战俘,作为1939年日本进攻蒙古的补偿。", "zh", 1939)
    assert ("ASSAULT", "H.JAPEMP", "MNG") in ev


def test_a_material_act_does_not_make_the_next_name_a_doer():
    # `出兵外蒙古消灭…`: Mongolia is where troops went, not who destroyed; `反对俄罗斯吞并` still names its doer
    ev = acts("1921年苏俄红军出兵外蒙古消灭了白军。", "zh", 1921)
    assert ("ASSAULT", "MNG", "SUN") not in ev and ("MOBILIZE", "SUN", "MNG") in ev
    assert ("COERCE", "RUS", "UKR") in acts("美国反对俄罗斯吞并克里米亚。", "zh", 2014)


def test_languages_descents_and_styles_are_not_states():
    gz = default_gazetteer()
    for text, lang in (("북한은 러시아어 교육과 러시아계 주민을 지원했다.", "ko"), ("他会说俄罗斯语。", "zh"),
                       ("Russian-language media and Russian speakers protested.", "en")):
        assert not any("RUS" in m.codes for m in gz.find(text, lang)), text


def test_naming_a_state_unfriendly_is_a_sanction():
    for text, lang in (("In March 2022 Russia added Japan to its list of unfriendly countries.", "en"),
                       ("2022년 러시아는 일본을 비우호 국가 목록에 올렸다.", "ko"),
                       ("2022年3月,俄罗斯将日本列入不友好国家名单。", "zh"),
                       ("В марте 2022 года Россия включила Японию в список недружественных стран.", "ru")):
        assert acts(text, lang, 2022) == [("SANCTION", "RUS", "JPN")], text


def test_chinese_jiang_before_a_name_marks_the_object_not_the_future():
    facts = {f for *_, f, _by in sentence_acts("2022年3月,俄罗斯将日本列入不友好国家名单。", "zh", 2022)}
    assert facts == {"asserted"}
    assert [f for *_, f, _by in sentence_acts("俄罗斯将与日本签署协议。", "zh", 2022)] == ["planned"]


def test_with_the_help_of_names_the_helper():
    assert acts("In 1924 Mongolia won independence with the help of Soviet Russia.", "en", 1924) == [
        ("AID", "SUN", "MNG")]


def _doc_events(text: str, lang: str, title: str = "") -> list[tuple[str, str, str, str | None]]:
    rows = analyse(Document(id="t", text=text, lang=lang, title=title, format="text"))
    return [(e.category, e.source, e.target, e.date_start) for e in rows.events]


def test_acts_counted_up_to_now_take_no_date_in_force_and_no_era():
    # `to date` counts acts up to the present: neither 1940 nor the Soviet Union
    text = "1940年6月24日南斯拉夫与苏联建立外交关系。\n迄今为止,塞尔维亚和俄罗斯签署了43项双边协定。\n"
    assert ("AGREE", "SRB", "RUS", None) in _doc_events(text, "zh")
    text = "In 1992 Serbia and Russia signed a treaty.\nTo date, the two countries have signed 43 agreements.\n"
    assert {("AGREE", "SRB", "RUS", None), ("AGREE", "RUS", "SRB", None)} & set(
        _doc_events(text, "en", "Russia–Serbia relations"))
    # a sentence without that word still takes the year in force
    text = "In 1992 Serbia and Russia signed a treaty.\nThe two countries also signed 43 agreements.\n"
    assert {e[3] for e in _doc_events(text, "en", "Russia–Serbia relations")} == {"1992-01-01"}


def test_the_russian_federation_is_never_read_as_the_soviet_union():
    assert acts("1950年,芬兰和俄罗斯联邦签署了协定。", "zh", 1950) == [("AGREE", "FIN", "RUS")]
    assert acts("In 1950 the Russian Federation signed a treaty with Finland.", "en", 1950) == [
        ("AGREE", "RUS", "FIN")]
    # `Russia` alone in 1950 is the Soviet Union
    assert acts("In 1950 Russia signed a treaty with Finland.", "en", 1950) == [("AGREE", "SUN", "FIN")]


def test_chinese_butong_different_is_no_negation():
    facts = [f for *_, f, _by in sentence_acts("塞尔维亚和俄罗斯签署了协定,在不同领域展开合作。", "zh")]
    assert facts and "negated" not in facts
    assert [f for *_, f, _by in sentence_acts("塞尔维亚不同俄罗斯合作。", "zh")] == ["negated"]


def test_korean_nominative_subject_stays_in_its_subordinate_clause():
    pair = ("RUS", "SYR")
    assert acts("1992년 소련이 해체된 뒤에는 러시아와 수교했다.", "ko", 1992, pair) == [("AGREE", "SYR", "RUS")]
    assert acts("북한이 항만사용료를 미납하자 만경봉호의 입항을 금지시켰다.", "ko", 2016, ("PRK", "RUS"), "RUS") == [
        ("SANCTION", "RUS", "PRK")]
    # the topic (은/는) carries over the subordinate clause
    assert acts("소련은 1991년 해체된 뒤에 시리아와 수교했다.", "ko", 1950, pair) == [("AGREE", "SUN", "SYR")]


def test_a_sentence_opening_with_also_continues_the_last_doer():
    pair = ("MNG", "RUS")
    assert acts("並提供了軍事和財政援助。", "zh", 1912, pair, last="H.RUSEMP") == [("AID", "H.RUSEMP", "MNG")]
    # with no act before it, nothing is continued
    assert acts("並提供了軍事和財政援助。", "zh", 1912, pair) == []


def test_opening_a_consulate_is_cooperation():
    pair = ("GEO", "RUS")
    assert acts("Russia opened a consulate in Batumi in 2000.", "en", 2000, pair) == [("COOPERATE", "RUS", "GEO")]
    assert acts("В 2000 году Россия открыла консульство в Батуми.", "ru", 2000, pair) == [("COOPERATE", "RUS", "GEO")]
    assert acts("러시아는 2000년 블라디보스토크에 총영사관을 개설했다.", "ko", 2000, ("KOR", "RUS")) == [
        ("COOPERATE", "RUS", "KOR")]


def test_russian_ties_broken_in_the_passive_at_someones_initiative():
    assert acts("10 июня 1967 года дипотношения были разорваны по инициативе СССР.", "ru", 1967,
                ("ISR", "RUS")) == [("SANCTION", "SUN", "ISR")]


def test_english_names_before_a_noun_of_help_give_it():
    assert acts("The republic was proclaimed in 1924 with Soviet military support.", "en", 1924,
                ("MNG", "RUS")) == [("AID", "SUN", "MNG")]
    assert ("AID", "RUS", "SRB") in acts("Serbia received Russian financial aid in 2010.", "en", 2010)


def test_english_offering_aid_is_aid_and_selling_goods_is_trade():
    assert acts("In 1965 the USSR offered military aid to North Vietnam.", "en", 1965) == [("AID", "SUN", "VDR")]
    assert acts("In 2001 Vietnam sold textiles and rice to Russia.", "en", 2001) == []
    assert acts("In 2001 Russia sold fighter jets to Vietnam.", "en", 2001) == [("AID", "RUS", "VNM")]


def test_english_persuading_is_a_request_and_a_decree_signed_no_agreement():
    assert ("REQUEST", "SUN", "VNM") in acts("In 1964 the Soviet premier tried to dissuade Vietnam from war.",
                                             "en", 1964, ("RUS", "VNM"))
    assert all(c != "AGREE" for c, *_ in acts("In 1800 the Russian tsar signed a proclamation on Georgia.",
                                              "en", 1800))


def test_an_agreement_named_as_violated_is_no_agreement():
    got = acts("In 2006 Russia accused Georgia of violation of the previous ceasefire agreements.", "en", 2006)
    assert got == [("ACCUSE", "RUS", "GEO")]
    assert acts("In 2006 Russia and Georgia signed agreements on trade.", "en", 2006) == [("AGREE", "RUS", "GEO")]


def test_two_acts_of_a_kind_at_different_dates_are_two_events():
    text = "Iran and Russia signed an agreement in January 2009 and a contract in December 2010.\n"
    got = _doc_events(text, "en", "Iran–Russia relations")
    assert sorted(d for c, *_, d in got if c == "AGREE") == ["2009-01-01", "2010-12-01"]
    # the same treaty named twice in a sentence is one act
    text = "On 5 May 2001 Iran and Russia signed the treaty of 2001 on friendship.\n"
    assert [c for c, *_ in _doc_events(text, "en", "Iran–Russia relations")] == ["AGREE"]


def test_post_and_ex_before_a_name_make_it_no_party():
    assert all("SUN" not in (a, b) for _c, a, b in acts(
        "In 2008 relations between the two post-Soviet nations deteriorated after Georgia and NATO agreed to "
        "hold talks.", "en", 2008, ("GEO", "RUS")))


def test_a_helper_framed_before_an_act_helps_the_subject_and_does_not_act():
    got = acts("1950年日本在美国的支持下反对苏联。", "zh", 1950)
    assert ("SUPPORT", "USA", "JPN") in got and ("REJECT", "JPN", "SUN") in got
    assert ("AID", "FRA", "TUR") in acts("土耳其在法国协助下修建了炮台。", "zh")
    assert acts("Mongolia won independence in 1924 with Soviet military support against China.", "en",
                1924)[0] == ("AID", "SUN", "MNG")
    # an agent behind 被 still does the act
    assert acts("1950年蒙古被苏联吞并。", "zh", 1950) == [("COERCE", "SUN", "MNG")]


def test_a_carried_date_a_named_past_polity_never_saw_is_dropped():
    text = ("2022년 러시아는 우크라이나를 침공했다.\n"
            "그 당시 조선군은 청나라군과 같이 두 차례 아라사군과 싸웠다.\n")
    got = _doc_events(text, "ko", "한러 관계")
    assert ("ASSAULT", "H.JOSEON", "H.RUSEMP", None) in got
    assert all(a != "PRK" for _c, a, _b, _d in got)
    # a date the sentence states itself stays, and a polity just gone fits a carried date
    text = "2022년 러시아는 우크라이나를 침공했다.\n1890년 조선군은 아라사군과 싸웠다.\n"
    assert ("ASSAULT", "H.JOSEON", "H.RUSEMP", "1890-01-01") in _doc_events(text, "ko", "한러 관계")
    text = "In 1995 Russia signed a treaty with Belarus.\nThe Soviet Union had aided Belarus before.\n"
    assert {d for *_, d in _doc_events(text, "en", "Belarus–Russia relations")} == {"1995-01-01"}


def test_an_act_noun_takes_its_doer_from_its_own_clause():
    got = acts("Россия ввела санкции против Грузии, что вызвало критику со стороны США.", "ru", 2008)
    assert ("SANCTION", "USA", "GEO") not in got and ("SANCTION", "RUS", "GEO") in got
    assert ("ASSAULT", "RUS", "UKR") in acts("The invasion of Ukraine in February 2022 by Russia was condemned.",
                                             "en", 2022)


def test_what_a_taking_verb_takes_is_one_act_with_it():
    for text, lang in (("In 1990 the Soviet Union received a loan from South Korea.", "en"),
                       ("В 1990 году СССР получил от Южной Кореи кредит.", "ru"),
                       ("1990年苏联从韩国获得贷款。", "zh")):
        assert acts(text, lang, 1990) == [("AID", "KOR", "SUN")], text


def test_english_troops_entering_a_country_and_what_a_war_left():
    assert acts("In 1944 the Red Army entered Bulgaria.", "en", 1944) == [("COERCE", "SUN", "BGR")]
    assert acts("In 1944 Soviet troops entered Romania.", "en", 1944) == [("COERCE", "SUN", "ROU")]
    assert acts("In 1941 Iran entered the war.", "en", 1941) == []
    assert all(c != "ASSAULT" for c, *_ in acts("In 2007 Estonia relocated a Soviet war memorial.", "en", 2007))


def test_in_1991_the_republics_act_as_states_of_their_own():
    from dyad.actors.registry import resolve_at

    assert resolve_at("RUS", 1990) == "SUN" and resolve_at("RUS", 1991) == "RUS"
    assert acts("1991년 러시아는 우크라이나의 독립을 승인했다.", "ko", 1991) == [("AGREE", "RUS", "UKR")]
    assert acts("In 1991 the Soviet Union recognised the independence of Estonia.", "en", 1991) == [
        ("AGREE", "SUN", "EST")]


def test_an_act_noun_between_its_doer_and_receiver_is_an_act_even_after_an_anchor():
    assert acts("Relations deteriorated following the 2022 Russian invasion of Ukraine.", "en", 2022) == [
        ("ASSAULT", "RUS", "UKR")]
    # a war named by its two sides only anchors the time
    assert acts("During the Iran–Iraq War, Russia sold arms to Iran.", "en", 1985) == [("AID", "SUN", "IRN")]
    # what one responds to is no act of the responder
    assert acts("In 2022 Ukraine broke off diplomatic relations with Russia in response to the invasion.", "en",
                2022) == [("SANCTION", "UKR", "RUS")]


def test_english_probes_of_common_act_forms():
    assert acts("In 2014 Crimea was annexed by Russia.", "en", 2014) == [("COERCE", "RUS", "UKR")]
    assert acts("In 2009 Russia and Kazakhstan formed a customs union.", "en", 2009) == [("AGREE", "RUS", "KAZ")]
    assert acts("In 1992 Russia and Kazakhstan signed a treaty of friendship and cooperation.", "en", 1992) == [
        ("AGREE", "RUS", "KAZ")]
    assert acts("In 1976 Egypt abrogated its friendship treaty with the Soviet Union.", "en", 1976) == [
        ("SANCTION", "EGY", "SUN")]
    assert acts("In 2020 Russia demanded that the United States withdraw its nuclear weapons from Europe.", "en",
                2020) == [("REQUEST", "RUS", "USA")]
    assert acts("In 2004 Estonia and Latvia joined NATO.", "en", 2004) == [
        ("AGREE", "EST", "IGO.NATO"), ("AGREE", "LVA", "IGO.NATO")]


def test_an_embassy_set_up_is_cooperation_relations_established_as_a_noun_an_agreement():
    pair = ("CUB", "RUS")
    assert acts("In 1943 the Soviet Union set up the first Soviet embassy in Havana.", "en", 1943, pair) == [
        ("COOPERATE", "SUN", "CUB")]
    # embassies set up by both set up relations
    assert acts("In 1960 the two countries established embassies.", "en", 1960, pair) == [("AGREE", "CUB", "SUN")]
    assert ("AGREE", "CUB", "SUN") in acts(
        "After the establishment of diplomatic ties with the Soviet Union in 1960, Cuba grew closer to it.", "en",
        1960, pair)


def test_english_leagues_founded_and_hyphenated_cooperation():
    got = acts("Bismarck established the League of the Three Emperors in 1873 with Russia, Germany, and "
               "Austria-Hungary.", "en", 1873)
    assert ("AGREE", "H.GERMEMP", "H.RUSEMP") in got
    assert acts("In the 1920s both countries co-operated in trade.", "en", 1925, ("DEU", "RUS")) == [
        ("COOPERATE", "DEU", "SUN")]


def test_a_deed_takes_the_act_noun_after_it_as_its_object_and_its_place_as_receiver():
    assert acts("In 1953 Moscow repressed an uprising in East Germany.", "en", 1953) == [("COERCE", "SUN", "DDR")]
    assert acts("In 1976 Egypt suspended the treaty with the Soviet Union.", "en", 1976) == [
        ("SANCTION", "EGY", "SUN")]
    assert acts("In 1954 Pakistan joined SEATO.", "en", 1954) == [("AGREE", "PAK", "IGO.SEATO")]
    assert ("SANCTION", "UKR", "RUS") in acts(
        "In 2022 the invasion caused Ukraine to sever all formal diplomatic ties with Russia.", "en", 2022)


def test_names_behind_between_are_no_doers_of_a_later_act():
    assert ("AGREE", "USA", "RUS") not in acts(
        "As tension between the United States and Iran escalates, Iran is pushed into an alliance with Russia.",
        "en", 2020)


def test_a_treatys_terms_are_no_acts_its_signing_is():
    assert acts("In 1921 Iran and Soviet Russia signed a treaty, under which Soviet troops would withdraw from Iran.",
                "en", 1921) == [("AGREE", "H.PERSIA", "SUN")]
    assert acts("1891年法国和俄国签订条约,规定一旦发生战争,双方共同出兵。", "zh", 1891) == [
        ("AGREE", "FRA", "H.RUSEMP")]
    assert acts("В 1921 году Иран и РСФСР подписали договор, по которому советские войска выводились из Ирана.",
                "ru", 1921) == [("AGREE", "H.PERSIA", "SUN")]


def test_what_nearly_happened_did_not():
    assert [f for *_x, f, _by in sentence_acts("In 1962 the Soviet Union nearly went to war with the United "
                                               "States.", "en", 1962)] == ["negated"]
    assert [f for *_x, f, _by in sentence_acts("1962年,美国与苏联险些爆发战争。", "zh", 1962)] == ["negated"]
    assert [f for *_x, f, _by in sentence_acts("1962년 소련은 미국과 전쟁을 벌일 뻔했다.", "ko", 1962)] == ["negated"]
    # `almost all` is no hedge on the act
    assert [f for *_x, f, _by in sentence_acts("In 1992 Russia withdrew almost all its troops from Lithuania.",
                                               "en", 1992)] == ["asserted"]


def test_an_act_on_relations_naming_no_one_is_the_pairs():
    assert acts("The relations were restored on April 16, 1970.", "en", 1970, pair=("RUS", "VEN")) == [
        ("AGREE", "SUN", "VEN")]
    assert acts("Отношения были восстановлены в 1970 году.", "ru", 1970, pair=("RUS", "VEN")) == [
        ("AGREE", "SUN", "VEN")]
    # other acts of a sentence that names no one stay unread (a treaty signed in the passive is the pair's:
    # test_events_en_unnamed_pair); so do relations outside a pair's article
    assert acts("Troops were deployed in 1970.", "en", 1970, pair=("RUS", "VEN")) == []
    assert acts("The relations were restored on April 16, 1970.", "en", 1970) == []


def test_words_of_a_treaty_title_are_no_acts_of_their_own():
    assert acts("In 1993 Russia and Tajikistan signed a Treaty of Friendship, Cooperation and Mutual Assistance.",
                "en", 1993) == [("AGREE", "RUS", "TJK")]
    # the same words outside a title are acts
    assert ("AID", "RUS", "TJK") in acts("In 1993 Russia provided military assistance to Tajikistan.", "en", 1993)


def test_russian_visit_of_an_official_reaches_its_state_across_the_title():
    assert acts("В 1966 году состоялся визит министра иностранных дел СССР в Италию.", "ru", 1966,
                pair=("RUS", "ITA")) == [("CONSULT", "SUN", "ITA")]


def test_korean_coming_under_rule_and_absorption_are_coercion():
    assert acts("1870년 키르기스스탄은 러시아 제국의 지배를 받게 되었다.", "ko", 1870) == [("COERCE", "H.RUSEMP", "KGZ")]
    assert acts("1885년 투르크메니스탄은 러시아 제국에 흡수되었다.", "ko", 1885) == [("COERCE", "H.RUSEMP", "TKM")]
    # a rule endured is a state of affairs, and absorbing investment is no taking of land
    assert acts("폴란드는 오랫동안 러시아 제국의 지배를 받았다.", "ko", 1850) == []


def test_korean_ruler_named_by_state_title_and_name_is_the_subject():
    assert acts("1849년 오스트리아 황제 프란츠 요제프는 차르 니콜라스 1세에게 도움을 요청했다.", "ko", 1849) == [
        ("REQUEST", "H.HABSBURG", "H.RUSEMP")]


def test_chinese_pair_relation_broken_after_a_one_sided_act_is_that_act():
    assert acts("1938年苏联从沙特召回全体外交人员,两国关系中断。", "zh", 1938) == [("SANCTION", "SUN", "SAU")]


@pytest.mark.parametrize("text", [
    "우즈베키스탄은 현재에도 러시아와 활발한 교류가 이루어지고 있다.",
    "러시아와 알제리는 현재에도 협력과 교류가 활발하다.",
    "카자흐스탄은 러시아와 교류도 많은 편이다.",
])
def test_korean_lively_exchanges_are_a_standing_state(text):
    assert acts(text, "ko", 2015) == []


def test_russian_instrumental_after_a_passive_participle_is_the_doer():
    assert acts("Договор был подписан Россией и Китаем в 2001 году.", "ru", 2001) == [("AGREE", "RUS", "CHN")]
    # with a preposition the instrumental is a partner
    assert acts("В 2001 году Россия подписала договор с Китаем.", "ru", 2001) == [("AGREE", "RUS", "CHN")]


def test_a_nationality_adjective_before_an_act_noun_is_its_doer():
    # (and a relative pronoun followed by a name is the object of its clause, not its subject)
    assert set(acts("In 2003 relations soured over a Russian proposal, which Moldovan authorities refused to "
                    "accept.", "en", 2003, pair=("MDA", "RUS"))) == {("AGREE", "RUS", "MDA"), ("REJECT", "MDA", "RUS")}


@pytest.mark.parametrize(("text", "lang"), [
    ("In 1947 the Soviet Union and the United States began a long Cold War.", "en"),
    ("В 1947 году СССР и США начали холодную войну.", "ru"),
])
def test_a_cold_war_is_no_armed_act(text, lang):
    assert acts(text, lang, 1947) == []


def test_a_war_named_as_where_a_victory_was_won_is_no_act_of_its_own():
    assert acts("Following its victory in the Russo-Turkish War, the Russian Empire annexed Bessarabia from the "
                "Ottoman Empire.", "en", 1812) == [("COERCE", "H.RUSEMP", "H.OTTOMAN")]


@pytest.mark.parametrize(("text", "lang", "year", "expected"), [
    ("2010年,两国签署《关于海域划界与合作的条约》。", "zh", 2010, [("AGREE", "RUS", "NOR")]),
    ("В 1992 году Россия и Норвегия подписали «Договор о сотрудничестве и взаимной помощи».", "ru", 1992,
     [("AGREE", "RUS", "NOR")]),
])
def test_words_inside_a_quoted_title_are_no_acts_but_its_head_is(text, lang, year, expected):
    assert acts(text, lang, year, pair=("RUS", "NOR")) == expected


def test_russian_campaigns_against_a_state_are_attacks():
    assert acts("В 1711 году Пётр I совершил Прутский поход против Османской империи.", "ru", 1711) == [
        ("ASSAULT", "H.RUSEMP", "H.OTTOMAN")]


@pytest.mark.parametrize("text", [
    "In December 2019, Ukraine and Russia began swapping prisoners of war.",
    "In 2022 he said that Russian officials should be treated as war criminals.",
])
def test_war_as_a_modifier_is_no_attack(text):
    assert all(c != "ASSAULT" for c, *_ in acts(text, "en", 2020, pair=("RUS", "UKR")))


def test_a_possibility_of_an_act_is_not_the_act():
    assert [f for *_x, f, _by in sentence_acts("By 2022, the possibility of Ukraine joining NATO remained remote.",
                                               "en", 2022)] == ["planned"]


def test_korean_war_as_a_modifier_is_no_attack_but_a_visit_memorial_keeps_the_visit():
    assert acts("2019년 우크라이나와 러시아는 전쟁 포로를 교환했다.", "ko", 2019) == []


def test_the_previous_doer_is_read_at_this_sentences_date():
    assert acts("1992년 4월 8일에 외교 관계가 수립되었다.", "ko", 1992, pair=("RUS", "TKM"), last="H.RUSEMP") == [
        ("AGREE", "RUS", "TKM")]


def _dated(text: str, lang: str, title: str) -> list[tuple[str, str, str, str | None]]:
    return sorted(_doc_events(text, lang, title))


@pytest.mark.parametrize(("text", "lang"), [
    ("In 1955 and 1959 Saudi Arabia and the Soviet Union held talks.", "en"),
    ("В 1955 и 1959 гг. Саудовская Аравия и СССР провели переговоры.", "ru"),
    ("1955年和1959年，沙特与苏联举行会谈。", "zh"),
])
def test_an_act_dated_by_two_joined_points_was_done_at_each(text, lang):
    assert _dated(text, lang, "") == [("CONSULT", "SAU", "SUN", "1955-01-01"), ("CONSULT", "SAU", "SUN", "1959-01-01")]


def test_two_acts_each_with_its_own_date_stay_two():
    assert _dated("In 1955 Saudi Arabia and the Soviet Union held talks, and in 1959 they signed a treaty.", "en",
                  "") == [("AGREE", "SAU", "SUN", "1959-01-01"), ("CONSULT", "SAU", "SUN", "1955-01-01")]


@pytest.mark.parametrize(("text", "lang"), [
    ("1930年苏联驻沙特公使馆升格为大使馆。", "zh"),
    ("In 1930 the Soviet legation in Saudi Arabia was upgraded to an embassy.", "en"),
    ("1930년 사우디아라비아 주재 소련 공사관은 대사관으로 승격되었다.", "ko"),
    ("В 1930 году советская миссия в Саудовской Аравии была преобразована в посольство.", "ru"),
])
def test_a_mission_raised_to_an_embassy_is_cooperation(text, lang):
    assert [(c, {a, b}) for c, a, b in acts(text, lang, 1930, pair=("RUS", "SAU"))] == [("COOPERATE", {"SUN", "SAU"})]


def test_russian_object_before_the_verb_and_doer_after_it():
    assert acts("В январе 1990 г. Индонезию посетил председатель правительства СССР.", "ru", 1990) == [
        ("CONSULT", "SUN", "IDN")]
    # a passive keeps its subject after the verb as what was done to
    assert acts("В 1801 году к России была присоединена Грузия.", "ru", 1801, pair=("RUS", "GEO")) == [
        ("COERCE", "H.RUSEMP", "GEO")]


def test_english_control_gained_and_legitimacy_questioned():
    assert acts("In 2014 Russia gained de facto control of the Kerch Strait.", "en", 2014, pair=("RUS", "UKR")) == [
        ("COERCE", "RUS", "UKR")]
    assert acts("In 2022 Putin questioned the legitimacy of the Ukrainian state.", "en", 2022) == [
        ("ACCUSE", "RUS", "UKR")]


def test_dates_of_other_clauses_or_acts_are_not_joined():
    assert _dated("In 1955 the USSR sent aid to China, and in 1959 China condemned the Soviet Union.", "en", "") == [
        ("ACCUSE", "CHN", "SUN", "1959-01-01"), ("AID", "SUN", "CHN", "1955-01-01")]
    # the treaty of 1955 is not copied to the other date of the aid
    assert ("AGREE", "SUN", "CHN", "1959-01-01") not in _dated(
        "In 1955 the USSR signed a treaty with China; the USSR sent aid to China in 1955 and 1959.", "en", "")


def test_a_list_of_dates_dates_the_act_at_each():
    assert [d for *_x, d in _dated("In 1955, 1957 and 1959 Saudi Arabia and the Soviet Union held talks.", "en",
                                   "")] == ["1955-01-01", "1957-01-01", "1959-01-01"]


def test_an_act_noun_as_the_subject_of_a_future_verb_is_planned():
    assert [f for *_x, f, _by in sentence_acts("A new treaty between Russia and Iran will be signed in 2025.", "en",
                                               2025)] == ["planned"]
    # a future in a relative clause of its own leaves the act as it is
    assert [f for *_x, f, _by in sentence_acts("The treaty between Russia and Iran, which will expire in 2030, was "
                                               "signed in 2000.", "en", 2000)] == ["asserted"]


def test_an_owner_named_inside_a_trigger_leaves_it_a_trigger():
    assert acts("In May 2021, the Biden administration waived Trump's sanctions on Russia.", "en", 2021) == [
        ("CONCEDE", "USA", "RUS")]


def test_a_pair_word_after_named_groups_stands_for_the_groups():
    assert acts("1946年2月,國共雙方達成整軍協定。", "zh", 1946, pair=("CHN", "RUS")) == []
    # with no group before it, the pair word is the document's pair
    assert acts("1946年2月,雙方達成協定。", "zh", 1946, pair=("CHN", "RUS")) != []


def test_a_protest_between_governments_is_an_accusation():
    assert acts("In 2010 Japan lodged a formal protest with Russia.", "en", 2010) == [("ACCUSE", "JPN", "RUS")]
    assert acts("In 2010 Japan sent a note of protest to Russia.", "en", 2010) == [("ACCUSE", "JPN", "RUS")]


def test_a_pair_word_reads_in_the_order_of_the_title_and_the_store_keeps_the_pair_sorted():
    text = "2001年和2002年，两国审计部门实现互访。"
    rows = analyse(Document(id="t", text=text, lang="zh", title="俄罗斯—阿塞拜疆关系", format="text"))
    assert rows.dyad == ("AZE", "RUS")
    assert [(e.category, e.source, e.target) for e in rows.events][:1] == [("CONSULT", "RUS", "AZE")]


def test_a_pair_guessed_from_the_body_keeps_the_codes_it_is_named_by():
    text = ("Римляне и карфагеняне воевали за Сицилию.\nКарфаген осадил Сагунт, союзника Рима.\n"
            "Римляне объявили Карфагену войну.\nВ конце концов обе стороны заключили мир.\n")
    rows = analyse(Document(id="t", text=text, lang="ru", title="Пуническая война", format="text"))
    assert rows.dyad == ("H.CARTHAGE", "H.ROME")
    assert ("AGREE", "H.CARTHAGE", "H.ROME") in {(e.category, e.source, e.target) for e in rows.events} | {
        (e.category, e.target, e.source) for e in rows.events}


def test_an_act_done_likewise_by_another_is_that_ones_at_its_own_date():
    text = ("Japan established diplomatic relations with the PRC in 1972, and the United States did so in 1979.\n"
            "In 1964 France recognised the PRC; Italy followed suit in 1970.\n")
    assert _doc_events(text, "en") == [("AGREE", "JPN", "CHN", "1972-01-01"), ("AGREE", "USA", "CHN", "1979-01-01"),
                                       ("AGREE", "FRA", "CHN", "1964-01-01"), ("AGREE", "ITA", "CHN", "1970-01-01")]


def test_an_act_noun_whose_future_verb_comes_after_its_long_name_is_planned():
    text = "The contract for transiting Russian gas through Ukraine will be prolonged until 2034.\n"
    rows = analyse(Document(id="t", text=text, lang="en", title="Russia–Ukraine relations", format="text"))
    assert [(e.category, e.factuality) for e in rows.events] == [("AGREE", "planned")]
