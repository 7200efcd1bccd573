"""Event extraction on short hand-written sentences (the real gazetteer names the actors)."""

from __future__ import annotations

import pytest

from dyad.actors import default_gazetteer
from dyad.events import categories, intensity, lexicon, sentence_events
from dyad.model import QUADS, Sentence, TimeExpr
from sentence_acts import sentence_acts


def run(text: str, lang: str, pair: tuple[str, str] | None = None, date: TimeExpr | None = None):
    return sentence_acts(text, lang, pair=pair, date=date)


def test_categories_data_is_complete():
    cats = categories()
    assert len(cats) == 16
    assert {c.quad for c in cats.values()} <= set(QUADS)
    assert cats["SANCTION"].quad == "material_conflict" and cats["ASSAULT"].base == -9.0


def test_intensity_modifiers_move_toward_the_pole():
    assert intensity("AGREE", {"treaty", "defence"}) > intensity("AGREE", set()) == 2.5
    assert intensity("CONSULT", {"phone"}) < intensity("CONSULT", set())
    assert intensity("ASSAULT", {"massive", "lethal", "nuclear"}) == -10.0
    assert intensity("REQUEST", {"treaty"}) == 0.0


def test_en_active_voice():
    ev = run("In 2001 Russia signed a treaty with Iran.", "en")
    assert ("AGREE", "RUS", "IRN", "asserted", None) in ev


def test_en_passive_voice_takes_the_doer_from_by():
    ev = run("Georgia was invaded by Russia.", "en")
    assert [(c, a, b) for c, a, b, *_ in ev] == [("ASSAULT", "RUS", "GEO")]


def test_en_arms_purchase_is_aid_from_the_supplier():
    ev = run("India bought fighter jets from France.", "en")
    assert ("AID", "FRA", "IND") in [(c, a, b) for c, a, b, *_ in ev]


def test_en_reported_with_outlet():
    ev = run("According to Reuters, Russia sold missiles to Iran.", "en")
    assert ("AID", "RUS", "IRN", "reported", "Reuters") in ev


def test_en_planned():
    ev = run("Japan will send aid to Italy.", "en")
    assert [(c, f) for c, _a, _b, f, _ in ev] == [("AID", "planned")]


def test_en_statistics_and_polls_hold_no_event():
    assert run("According to a poll, 60% of Germans view France positively.", "en") == []
    assert run("Canada has an embassy in Mexico.", "en") == []


def test_en_named_war_as_time_anchor_is_not_an_event():
    assert run("During the Iran–Iraq War, trade in the region fell.", "en") == []


def test_ko_particles_give_direction():
    ev = run("러시아는 북한에 밀을 지원했다.", "ko")
    assert [(c, a, b) for c, a, b, *_ in ev] == [("AID", "RUS", "PRK")]


def test_ko_dropped_subject_is_filled_from_the_pair():
    ev = run("11월, 양국은 새 조약을 체결했다.", "ko", pair=("PRK", "RUS"))
    assert [(c, {a, b}) for c, a, b, *_ in ev] == [("AGREE", {"PRK", "RUS"})]


def test_ko_passive_reverses_roles():
    ev = run("일본 어선이 러시아에 나포되었다.", "ko")
    assert ("COERCE", "RUS", "JPN") in [(c, a, b) for c, a, b, *_ in ev]


def test_ko_reported_by_outlet_and_planned():
    ev = run("러시아가 북한에 보리를 보낸다고 인테르팍스가 보도했다.", "ko")
    assert ev and ev[0][:3] == ("AID", "RUS", "PRK") and ev[0][4] in (None, "Interfax")
    ev = run("러시아는 2019년 말까지 북한 노동자를 송환할 것이라고 밝혔다.", "ko")
    assert ("RETREAT", "planned") in [(c, f) for c, _a, _b, f, _ in ev]


def test_ko_statement_that_is_the_act_is_asserted():
    ev = run("중국은 미국의 제재에 반대한다고 밝혔다.", "ko")
    assert ("REJECT", "CHN", "USA", "asserted", None) in ev


def test_zh_preposition_gives_the_receiver():
    ev = run("俄罗斯向阿塞拜疆提供援助。", "zh")
    assert ("AID", "RUS", "AZE") in [(c, a, b) for c, a, b, *_ in ev]


def test_zh_bei_passive():
    ev = run("格鲁吉亚被俄罗斯占领。", "zh")
    assert ("COERCE", "RUS", "GEO") in [(c, a, b) for c, a, b, *_ in ev]


def test_era_names_follow_the_date():
    date = TimeExpr(0, 4, "1850", "1850-01-01", "1850-12-31", "year")
    ev = run("Russia attacked Persia.", "en", date=date)
    assert ("ASSAULT", "H.RUSEMP", "H.PERSIA") in [(c, a, b) for c, a, b, *_ in ev]


@pytest.mark.parametrize("lang", ["en", "ko", "zh", "ru"])
def test_every_language_has_triggers_for_every_category(lang):
    cats = {e.category for e in lexicon(lang).entries.values()}
    assert cats == set(categories())


def pairs(ev):
    return {(c, a, b) for c, a, b, *_ in ev}


def test_en_comma_is_no_list_without_a_closing_and():
    # `by Russia, the U.S.`: the agent of the invasion is not coordinated with the next clause's subject
    ev = pairs(run("After the invasion of Georgia by Russia, the U.S. imposed sanctions on Russia.", "en"))
    assert ("ASSAULT", "RUS", "GEO") in ev and ("SANCTION", "USA", "RUS") in ev
    ev = pairs(run("Iran, China and Russia held an exercise.", "en"))
    assert ("COOPERATE", "IRN", "RUS") in ev and ("COOPERATE", "CHN", "RUS") in ev


def test_en_receiver_stays_in_its_clause():
    ev = pairs(run("The USA imposed an embargo on Iran, and the Soviet Union began to supply arms to Iran.", "en"))
    assert ("AID", "SUN", "IRN") in ev and ("SANCTION", "USA", "SUN") not in ev


def test_en_noun_with_doer_behind_from():
    ev = pairs(run("Moscow backed the plan, drawing a sharp rebuke from Iran.", "en"))
    assert ("ACCUSE", "IRN", "RUS") in ev


def test_en_negation_stays_in_its_clause():
    ev = run("Iran did not join the pact; Russia attacked Georgia.", "en")
    assert ("ASSAULT", "RUS", "GEO", "asserted", None) in ev


def test_event_takes_the_date_of_its_clause():
    from dyad.events.extract import _clause, event_date

    text = "In 1552, Iran and Russia exchanged envoys, and in 1586 they signed a treaty."
    s = Sentence(0, text, 0, len(text), "en", "")
    lex = lexicon("en")
    y1552 = TimeExpr(3, 7, "1552", "1552-01-01", "1552-12-31", "year")
    y1586 = TimeExpr(49, 53, "1586", "1586-01-01", "1586-12-31", "year")
    trig = next(t for t in lex.triggers.finditer(text) if t.group() == "envoys")
    tr = type("T", (), {"start": trig.start(), "end": trig.end()})
    got = event_date(s, tr, [y1552, y1586], y1552, _clause(text, tr.start, tr.end, [], lex))
    assert got is y1552
    sign = text.index("signed")
    tr2 = type("T", (), {"start": sign, "end": sign + 6})
    assert event_date(s, tr2, [y1552, y1586], y1552, _clause(text, sign, sign + 6, [], lex)) is y1586


def test_en_governed_complement_is_one_act():
    assert pairs(run("Brazil agreed to supply tanks to Chile.", "en")) == {("AGREE", "BRA", "CHL")}
    assert {c for c, *_ in run("Peru refused to sign a treaty with Chile.", "en")} == {"REJECT"}
    assert {c for c, *_ in run("Spain urged Portugal to withdraw its troops from Morocco.", "en")} == {"REQUEST"}
    # a visit and what is done there are two acts
    assert {c for c, *_ in run("Chile visited Peru to sign a treaty.", "en", pair=("CHL", "PER"))} == {"CONSULT", "AGREE"}
    # a governed noun with a doer of its own is an act of its own
    ev = pairs(run("Spain condemned Portugal's invasion of Morocco.", "en"))
    assert ("ACCUSE", "ESP", "PRT") in ev and ("ASSAULT", "PRT", "MAR") in ev


def test_en_protests_need_someone_they_are_against():
    assert run("Large protests broke out in Lima.", "en", pair=("PER", "CHL")) == []
    assert ("PROTEST", "CHN", "JPN") in pairs(run("Anti-Japanese protests spread across China.", "en", pair=("CHN", "JPN")))


def test_en_names_in_modifiers_are_no_parties():
    assert not any(c == "SUPPORT" for c, *_ in run("Brazil criticized the Chilean-backed plan.", "en"))
    assert run("Pro-Chilean militias shelled the town.", "en") == []


def test_en_possessive_pronoun_stands_for_the_name_before():
    ev = pairs(run("Iran helped Russia during its invasion of Ukraine.", "en"))
    assert ("ASSAULT", "RUS", "UKR") in ev and ("AID", "IRN", "RUS") in ev
    # a named war that only dates the act stays no event
    assert not any(c == "ASSAULT" for c, *_ in run("During the Iran–Iraq War, Russia sold arms to Iran.", "en"))


def test_en_sentence_pronoun_is_the_previous_doer():
    text = "It then sent troops to Chile."
    s = Sentence(0, text, 0, len(text), "en", "")
    out = sentence_events(s, text, lexicon("en"), default_gazetteer().find(text, "en"), None, None, "PER")
    assert [(t.entry.category, a, b) for t, a, b, *_ in out] == [("COOPERATE", "PER", "CHL")]


def test_en_lone_name_of_another_clause_is_not_the_receiver():
    ev = run("The raid was widely condemned; the government later imposed sanctions against Chile.", "en",
             pair=("CHL", "PER"))
    assert {c for c, *_ in ev} == {"SANCTION"}



def test_ko_dropped_subject_continues_the_previous_doer():
    text = "이어 중국을 방문했다."
    s = Sentence(0, text, 0, len(text), "ko", "")
    ms = default_gazetteer().find(text, "ko")
    out = sentence_events(s, text, lexicon("ko"), ms, ("CHN", "RUS"), None, "USA")
    assert [(t.entry.category, a, b) for t, a, b, *_ in out] == [("CONSULT", "USA", "CHN")]
    # with no previous doer the other side of the document's pair acts
    out = sentence_events(s, text, lexicon("ko"), ms, ("CHN", "RUS"), None, None)
    assert [(t.entry.category, a, b) for t, a, b, *_ in out] == [("CONSULT", "RUS", "CHN")]


def test_ko_received_act_is_done_by_its_owner():
    # `X의 침입을 받다`, `X로부터 지원을 받지 못하다`, `X에 의해 공격당하다`: the subject suffered the act
    assert ("ASSAULT", "RUS", "SWE") in pairs(run("스웨덴은 러시아의 침입을 받았다.", "ko"))
    assert ("AID", "USA", "KOR") in pairs(run("한국은 미국으로부터 지원을 받지 못했다.", "ko"))
    assert ("ASSAULT", "USA", "KOR") in pairs(run("한국은 미국에 의해 공격당했다.", "ko"))
    assert ("AID", "USA", "KOR") in pairs(run("한국은 미국의 도움을 받지 못했다.", "ko"))


def test_en_by_after_an_object_names_its_author_not_the_doer():
    assert ("ACCUSE", "IRN", "USA") in pairs(run("Iran criticized the assessment by the United States.", "en"))
    assert ("ASSAULT", "RUS", "GEO") in pairs(run("The invasion of Georgia by Russia began.", "en"))


def test_zh_beipo_is_forced_not_passive():
    # 被迫 (was forced to) leaves the subject the doer
    assert ("CONCEDE", "JPN", "USA") in pairs(run("日本被迫向美国投降。", "zh"))


def test_en_hyphenated_war_name_gives_its_sides_in_order():
    assert ("ASSAULT", "RUS", "JPN") in pairs(run("The Russo-Japanese War broke out.", "en"))
    assert not any(c == "ASSAULT" for c, *_ in pairs(run("During the Iran–Iraq War, Russia supplied arms to Iraq.", "en")))


def test_ru_genitive_after_an_act_noun_is_its_doer():
    assert ("ASSAULT", "TUR", "RUS") in pairs(run("Набеговая операция турецкого флота против русских портов.", "ru"))
    assert ("ASSAULT", "DEU", "SUN") in pairs(run("Нападение Германии на СССР.", "ru"))
    assert ("ASSAULT", "SUN", "DEU") in pairs(run("Наступление советских войск против немецкой армии.", "ru"))


def test_ko_state_where_a_war_is_fought_is_not_the_receiver():
    assert ("AID", "PRK", "RUS") in pairs(run("북한이 러시아의 우크라이나 전쟁을 지원했다.", "ko"))
    ev = pairs(run("북한은 우크라이나 전쟁에 병력을 파병했다.", "ko", pair=("PRK", "RUS")))
    assert ("COOPERATE", "PRK", "RUS") in ev and not any(b == "UKR" for _c, _a, b in ev)
    assert ("ASSAULT", "RUS", "UKR") in pairs(run("러시아는 우크라이나를 침공했다.", "ko"))


def test_zh_incorporated_into_names_the_taker_last():
    assert ("COERCE", "JPN", "PRK") in pairs(run("1910年，朝鲜正式并入日本。", "zh"))


def test_ko_owner_of_the_object_is_the_receiver():
    assert ("ACCUSE", "SAU", "RUS") in pairs(run("사우디아라비아는 러시아의 시리아 내전 개입을 비난했다.", "ko"))


def test_ko_act_noun_as_adverbial_is_done_by_its_owner():
    ev = pairs(run("회의가 중국과 러시아의 반대로 무산되었다.", "ko", pair=("CHN", "USA")))
    assert ("REJECT", "RUS", "USA") in ev and ("REJECT", "CHN", "USA") in ev
    assert ("REQUEST", "USA", "KOR") in pairs(run("한국은 미국의 요청에 따라 파병했다.", "ko", pair=("KOR", "USA")))


def test_ko_bought_from_a_place_named_with_eseo_is_aid_from_it():
    assert ("AID", "PRK", "RUS") in pairs(run("러시아가 북한에서 무기를 구매했다.", "ko"))
    assert ("AID", "RUS", "CHN") in pairs(run("중국은 러시아로부터 전투기를 수입했다.", "ko"))


def test_ko_titles_between_coordinated_names_keep_them_one_subject():
    ev = pairs(run("김정은 국무위원장과 푸틴 대통령이 축전을 교환했다.", "ko", pair=("PRK", "RUS")))
    assert ("SUPPORT", "PRK", "RUS") in ev and ("SUPPORT", "RUS", "PRK") not in ev
    # a symmetric act of coordinated subjects is among them, not toward a name before
    ev = pairs(run("미국과 러시아는 시리아 상공의 충돌을 막기 위해 각서를 체결했다.", "ko"))
    assert ("AGREE", "USA", "RUS") in ev and not any(b == "SYR" for _c, _a, b in ev)


def test_en_name_right_before_the_verb_is_its_doer():
    ev = pairs(run("Iran sued Russia and in response to the lawsuit Russia threatened to cut support for Iran.", "en"))
    assert ("THREATEN", "RUS", "IRN") in ev and ("THREATEN", "IRN", "RUS") not in ev


def test_en_possessive_inside_a_prepositional_phrase_is_not_the_subject():
    ev = pairs(run("In response to Russia's annexation of Crimea, the European Union adopted sanctions against Russia.",
                   "en"))
    assert ("SANCTION", "IGO.EU", "RUS") in ev


def test_zh_frame_act_bears_on_the_next_clause_subject():
    assert ("THREATEN", "GBR", "H.QING") in pairs(run("在英国的胁迫下，清朝签订条约。", "zh"))
    assert ("SUPPORT", "SUN", "MNG") in pairs(run("在苏联的支持下，蒙古宣布独立。", "zh"))


def test_zh_passive_without_doer_does_not_take_an_earlier_clause_name():
    ev = pairs(run("中俄条约签订后，土地被割让给俄国。", "zh", pair=("H.QING", "RUS")))
    assert ("CONCEDE", "RUS", "H.QING") not in ev and ("CONCEDE", "H.QING", "RUS") in ev


def test_zh_clause_without_subject_continues_the_nearest_one():
    ev = pairs(run("1904年，日俄战争爆发，俄国战败，被迫撤出满洲。", "zh", pair=("RUS", "JPN")))
    # the subject carries over; the place withdrawn from (Manchuria) stands for its state
    assert ("RETREAT", "RUS", "CHN") in ev and not any(c == "RETREAT" and a == "JPN" for c, a, _b in ev)


def test_ko_adverbial_act_bears_on_the_clause_subject():
    assert ("SUPPORT", "FRA", "SWE") in pairs(run("스웨덴은 프랑스의 지지 하에 새 왕을 세웠다.", "ko"))
    assert ("REQUEST", "USA", "KOR") in pairs(run("한국은 미국의 요청에 따라 파병했다.", "ko"))


def test_ko_troops_as_object_of_a_withdrawal_are_the_doer():
    assert ("RETREAT", "USA", "VNM") in pairs(run("베트남에서 미군을 철수하였다.", "ko"))
    assert ("RETREAT", "RUS", "SYR") in pairs(run("러시아는 시리아에서 러시아군을 철수시켰다.", "ko"))
    assert ("ASSAULT", "KOR", "PRK") in pairs(run("한국은 북한군을 공격했다.", "ko"))


def test_ru_doer_nouns_take_the_next_name_as_doer():
    assert ("CONSULT", "RUS", "CHN") in pairs(run("Визит Путина в Китай.", "ru"))
    ev = pairs(run("Отказ Российской империи поддерживать блокаду возмутил Францию.", "ru", pair=("H.RUSEMP", "FRA")))
    assert ("REJECT", "FRA", "H.RUSEMP") not in ev


def test_ko_adverbial_act_with_a_modifying_noun():
    assert ("ASSAULT", "UKR", "PRK") in pairs(run("우크라이나의 미사일 공격으로 북한 장교 6명이 사망했다.", "ko"))


def test_pair_word_means_the_two_states_named_before_it():
    # in a Korea–North Korea document, `both countries` after Korea and Russia are named means those two
    got = pairs(run("In 2023, the South Korean president visited Russia, and both countries signed an agreement.",
                    "en", ("KOR", "PRK")))
    assert ("AGREE", "KOR", "RUS") in got and not any("PRK" in (a, b) for _c, a, b in got)
    # with no other names in the sentence it is still the document's pair
    got = pairs(run("In 2023, both countries signed an agreement.", "en", ("KOR", "PRK")))
    assert {frozenset((a, b)) for _c, a, b in got} == {frozenset(("KOR", "PRK"))}


def test_symmetric_act_of_two_coordinated_receivers_is_among_them():
    got = pairs(run("访问期间，韩国与俄罗斯签订了合作协议。", "zh", ("KOR", "PRK")))
    assert got and all({a, b} == {"KOR", "RUS"} for _c, a, b in got)


def test_markup_documents_quote_the_clean_sentence():
    from dyad.model import Document
    from dyad.pipeline import analyse

    html = ('<html><head><title>Russia–Iran relations</title></head><body><h1>Russia–Iran relations</h1>'
            '<p>In 2015, <a href="/r">Russia</a> signed a treaty with <a href="/i">Iran</a>.</p></body></html>')
    ev = analyse(Document("h", html, "en", "Russia–Iran relations", format="html")).events
    assert ev and ev[0].quote == "In 2015, Russia signed a treaty with Iran."
    assert html[ev[0].span[0]:ev[0].span[1]].startswith("In 2015, <a href")
    txt = "Russia–Iran relations\n\nIn 2015, Russia signed a treaty with Iran.\n"
    ev = analyse(Document("t", txt, "en", "Russia–Iran relations")).events
    assert ev and ev[0].quote == txt[ev[0].span[0]:ev[0].span[1]] == "In 2015, Russia signed a treaty with Iran."


def test_ko_owner_of_an_act_noun_qualified_by_its_receiver_is_the_doer():
    got = pairs(run("유엔 안보리의 대북 제재가 시작되었다.", "ko", ("PRK", "RUS")))
    assert got == {("SANCTION", "IGO.UNSC", "PRK")}


def test_ko_dropped_subject_gives_way_to_the_side_of_the_pair_the_sentence_names():
    text = "러시아 내 북한 노동자를 송환했다."
    s = Sentence(0, text, 0, len(text), "ko", "")
    ms = default_gazetteer().find(text, "ko")
    out = sentence_events(s, text, lexicon("ko"), ms, ("PRK", "RUS"), None, "KOR")
    assert {(t.entry.category, a, b) for t, a, b, *_ in out} == {("RETREAT", "RUS", "PRK")}


def test_ko_speaker_of_a_quoted_request_is_the_doer():
    ev = run('중국 외교부는 "일본과 미국이 북한과의 협상을 서둘러야" 한다고 촉구했다.', "ko")
    got = {(c, a, b) for c, a, b, *_ in ev}
    assert got == {("REQUEST", "CHN", "JPN"), ("REQUEST", "CHN", "USA")}


def test_ko_receiver_named_outside_the_quote_wins():
    ev = run('러시아는 일본을 "중국의 하수인"이라고 비난했다.', "ko")
    assert [(c, a, b) for c, a, b, *_ in ev] == [("ACCUSE", "RUS", "JPN")]


def test_quoted_deed_is_only_claimed_when_a_speech_act_stands_outside():
    ev = run('미국은 "중국이 대만을 공격할 것"이라고 경고했다.', "ko")
    assert [(c, a, b) for c, a, b, *_ in ev] == [("THREATEN", "USA", "CHN")]


def test_quoted_stance_is_the_speakers_act():
    ev = run("俄罗斯随即表示「反对美国介入」。", "zh")
    assert ("REJECT", "RUS", "USA") in [(c, a, b) for c, a, b, *_ in ev]


def test_unnamed_group_of_states_is_no_actor_and_no_pair_fill_in():
    assert run("In 2015 Russia imposed sanctions on Western nations.", "en", ("IRN", "RUS")) == []
    assert run("러시아는 서방에 제재를 가했다.", "ko", ("PRK", "RUS")) == []
    assert run("俄罗斯对西方国家实施制裁。", "zh", ("RUS", "AZE")) == []
    # a real actor named beside the group still takes the role; `the west of X` is a place, not a group
    assert [(c, a, b) for c, a, b, *_ in run("러시아는 서방과 미국에 제재를 가했다.", "ko", ("PRK", "RUS"))] == [
        ("SANCTION", "RUS", "USA")]
    assert [(c, a, b) for c, a, b, *_ in run("In 2015 Russia attacked the west of Iran.", "en", ("IRN", "RUS"))] == [
        ("ASSAULT", "RUS", "IRN")]


def test_ko_state_troops_are_thrown_into_is_a_battlefield_not_the_receiver():
    ev = run("러시아는 북한군을 우크라이나에 투입했다.", "ko", ("PRK", "RUS"))
    assert not any("UKR" in (a, b) for _c, a, b, *_ in ev)
    # a state troops are sent to (not thrown into) stays the receiver
    ev = run("러시아는 시리아에 병력을 파견했다.", "ko", ("IRN", "RUS"))
    assert [(a, b) for _c, a, b, *_ in ev] == [("RUS", "SYR")]


def test_en_short_form_takes_the_organisation_named_before():
    text = "In 2015, the Union signed a free trade agreement with Iran."
    s = Sentence(0, text, 0, len(text), "en", "")
    ms = default_gazetteer().find(text, "en")
    orgs = [("Eurasian Economic Union", "IGO.EAEU", -5)]
    out = sentence_events(s, text, lexicon("en"), ms, ("IRN", "RUS"), None, None, orgs)
    assert [(t.entry.category, a, b) for t, a, b, *_ in out] == [("AGREE", "IGO.EAEU", "IRN")]
    # with no organisation named before, the short form is nobody (the pair fills in)
    out = sentence_events(s, text, lexicon("en"), ms, ("IRN", "RUS"), None, None, [])
    assert [(a, b) for _t, a, b, *_ in out] == [("RUS", "IRN")]


def test_joining_with_no_receiver_takes_the_organisation_named_just_before():
    text = "Chile attained full membership in 2021."
    s = Sentence(3, text, 0, len(text), "en", "")
    ms = default_gazetteer().find(text, "en")
    out = sentence_events(s, text, lexicon("en"), ms, ("CHL", "PER"), None, None, [("NATO", "IGO.NATO", 2)])
    assert [(t.entry.category, a, b) for t, a, b, *_ in out] == [("AGREE", "CHL", "IGO.NATO")]
    # an organisation named long before is not meant: the pair fills in
    out = sentence_events(s, text, lexicon("en"), ms, ("CHL", "PER"), None, None, [("NATO", "IGO.NATO", -20)])
    assert [(a, b) for _t, a, b, *_ in out] == [("CHL", "PER")]


def test_ko_names_before_ei_eo_did_the_same_act():
    # `X에 이어` (following X): X did the act too; it is no receiver
    ev = run("북한은 러시아, 시리아에 이어 코소보를 승인했다.", "ko", ("PRK", "RUS"))
    assert {(a, b) for _c, a, b, *_ in ev} >= {("RUS", "XKX"), ("SYR", "XKX")}
    assert not any(b in ("RUS", "SYR") for _c, _a, b, *_ in ev)


def test_en_preposition_governs_a_list_of_names():
    ev = run("In 2023, the US urged Iran to stop the sales as part of talks in Qatar and Oman.", "en", ("IRN", "RUS"))
    assert not any({"QAT", "OMN"} & {a, b} for _c, a, b, *_ in ev)
    ev = run("Russia was attacked by Iran and Iraq.", "en")
    assert {(a, b) for _c, a, b, *_ in ev} == {("IRN", "RUS"), ("IRQ", "RUS")}


def test_en_clause_pronoun_skips_names_of_a_hyphenated_war():
    text = "During the Iran–Iraq War, however, it supplied Iraq with arms."
    s = Sentence(0, text, 0, len(text), "en", "")
    out = sentence_events(s, text, lexicon("en"), default_gazetteer().find(text, "en"), None, None, "FRA")
    assert [(t.entry.category, a, b) for t, a, b, *_ in out] == [("AID", "FRA", "IRQ")]
    # an expletive `it` after a comma is no pronoun
    assert run("In 2001, it was reported that Russia sold arms to Iran.", "en")[0][1:3] == ("RUS", "IRN")


def test_other_nations_extend_the_named_state_before_them():
    ev = run("With the invasion of Ukraine in 2022 by Russia, the U.S. and other nations imposed sanctions on Russia.",
             "en", ("IRN", "RUS"))
    assert ("SANCTION", "USA", "RUS") in [(c, a, b) for c, a, b, *_ in ev]
    assert not any(a == "IRN" for _c, a, *_ in ev)


def test_ko_anniversary_and_counts_of_an_act_are_no_act():
    assert run("2020년 한국과 러시아는 수교 30주년을 맞이했다.", "ko", ("KOR", "RUS")) == []
    assert run("러시아 공군은 공습 횟수를 크게 늘렸다.", "ko", ("RUS", "SYR")) == []
    ev = run("한국은 수교 30주년을 맞아 러시아와 회담을 가졌다.", "ko", ("KOR", "RUS"))
    assert [(c, a, b) for c, a, b, *_ in ev] == [("CONSULT", "KOR", "RUS")]


def test_ko_companies_and_rebels_acting_for_themselves_are_no_actors():
    assert run("한화케미칼은 러시아산 원유를 수입했다.", "ko", ("KOR", "RUS")) == []
    assert run("시리아 반군 조직은 러시아를 비난했다.", "ko", ("RUS", "SYR")) == []
    # rebels in a relative clause do not take the main act from its subject
    ev = run("북한은 반군 세력이 세운 나라를 승인했다.", "ko", ("PRK", "RUS"))
    assert [(c, a) for c, a, *_ in ev] == [("AGREE", "PRK")]


def test_ko_destroying_is_an_assault_but_damage_is_not():
    ev = run("일본군이 소련의 함정을 파괴했다.", "ko", ("JPN", "SUN"))
    assert [(c, a, b) for c, a, b, *_ in ev] == [("ASSAULT", "JPN", "SUN")]
    assert run("태풍으로 가옥 파괴 피해가 컸다.", "ko", ("JPN", "SUN")) == []


def test_ko_calling_an_act_a_states_deed_accuses_it():
    ev = run("한국은 그 공격이 북한의 소행이라고 밝혔다.", "ko", ("KOR", "PRK"))
    assert ("ACCUSE", "KOR", "PRK") in [(c, a, b) for c, a, b, *_ in ev]


def test_ru_invitation_as_adverbial_is_done_by_its_genitive_to_the_subject():
    out = run("Президент Индии посетил Францию по приглашению президента Франции.", "ru")
    assert ("AGREE", "FRA", "IND", "asserted", None) in out
    assert ("CONSULT", "IND", "FRA", "asserted", None) in out


def test_ru_halting_an_offensive_is_no_attack():
    out = run("Индия объявила о прекращении наступления на Пакистан.", "ru")
    assert [o[:3] for o in out] == [("RETREAT", "IND", "PAK")]


def test_ko_passing_a_message_is_consult_and_goods_are_aid():
    assert run("일본은 입장을 중국에 전달했다.", "ko")[0][:3] == ("CONSULT", "JPN", "CHN")
    assert run("일본은 중국에 구호물자를 전달했다.", "ko")[0][:3] == ("AID", "JPN", "CHN")


def test_ko_attempt_is_planned():
    assert run("일본은 중국과 조약을 맺으려 했다.", "ko")[0][3] == "planned"


def test_ko_worrying_that_something_may_happen_accuses_no_one():
    assert run("일본은 소련을 자극하는 것을 우려했다.", "ko") == []
    assert run("중국은 일본에 우려를 표명했다.", "ko")[0][:3] == ("ACCUSE", "CHN", "JPN")


def test_ru_patient_noun_takes_its_genitive_as_receiver():
    # the demonym's army after `разгром` is what was routed, not who routed
    assert run("Кампания завершилась разгромом французской армии.", "ru", ("RUS", "FRA"))[0][:3] == (
        "ASSAULT", "RUS", "FRA")


def test_ko_holding_a_state_to_blame_accuses_it():
    assert run("중국은 일본에 전쟁 책임을 물었다.", "ko") == [("ACCUSE", "CHN", "JPN", "asserted", None)]
    assert run("중국은 일본에 책임이 있다고 주장했다.", "ko")[0][:3] == ("ACCUSE", "CHN", "JPN")
