"""Chinese event rules for text the lexicon was not written from (short hand-written sentences)."""

from __future__ import annotations

from sentence_acts import sentence_acts


def run(text: str, pair: tuple[str, str] | None = None) -> list[tuple[str, str, str, str]]:
    return [(c, a, b, f) for c, a, b, f, _by in sentence_acts(text, "zh", pair=pair)]


def acts(text: str, pair: tuple[str, str] | None = None) -> set[tuple[str, str, str]]:
    return {(c, a, b) for c, a, b, _f in run(text, pair)}


def test_withdrawing_from_a_state_has_it_as_receiver():
    assert ("RETREAT", "RUS", "MNG") in acts("俄罗斯军队从蒙古撤走。")


def test_buying_from_a_state_is_its_aid():
    assert ("AID", "RUS", "IND") in acts("印度从俄罗斯进口武器。")


def test_visit_written_with_a_one_character_name():
    assert ("CONSULT", "JPN", "RUS") in acts("日本首相访俄。")


def test_sending_troops_to_help_is_cooperation():
    got = acts("俄国出兵援助塞尔维亚。")
    assert ("COOPERATE", "RUS", "SRB") in got and not any(c in ("AID", "MOBILIZE") for c, _a, _b in got)


def test_disarming_is_coercion_not_a_concession():
    got = acts("日本军队解除了朝鲜军队的武装。")
    assert ("COERCE", "JPN", "H.JOSEON") in got or ("COERCE", "JPN", "PRK") in got
    assert not any(c == "CONCEDE" for c, _a, _b in got)


def test_defeating_in_battle_is_an_assault():
    assert ("ASSAULT", "JPN", "RUS") in acts("日本在海战中战胜俄国。")


def test_revoking_a_treaty_and_a_boycott_are_sanctions():
    got = acts("美国抵制苏联举办的运动会，并撤销了与苏联签署的条约。")
    assert ("SANCTION", "USA", "SUN") in got and ("REJECT", "USA", "SUN") not in got


def test_drawing_the_border_is_an_agreement():
    assert ("AGREE", "CHN", "RUS") in acts("中国与俄罗斯划定了边界。")


def test_help_frame_without_comma_names_the_helper_as_doer():
    assert ("AID", "FRA", "TUR") in acts("土耳其在法国协助下修建了炮台。")


def test_a_neighbour_is_no_party():
    got = acts("格鲁吉亚军队进攻与俄罗斯接壤的地区。", ("GEO", "UKR"))
    assert not any("RUS" in (a, b) for _c, a, b in got)


def test_a_mediator_noun_is_no_act():
    assert not any(c == "CONSULT" for c, _a, _b in acts("美国扮演调停者的角色，日本与俄国签订条约。"))


def test_a_territorial_claim_is_no_request():
    assert not any(c == "REQUEST" for c, _a, _b in acts("中国放弃了对俄国的领土要求。"))


def test_losing_support_is_no_support():
    assert not any(c == "SUPPORT" for c, _a, _b in acts("叛军失去日本支持。", ("JPN", "RUS")))


def test_obtaining_independence_or_a_medal_is_no_aid():
    assert acts("蒙古获得独立。", ("MNG", "CHN")) == set()
    assert ("AID", "RUS", "MNG") in acts("蒙古从俄国获得大量武器。")


def test_an_alliance_named_in_a_war_frame_is_no_agreement():
    assert not any(c == "AGREE" for c, _a, _b in acts("在与反法同盟（英国、俄国）的战争中，法国失败。"))


def test_a_demand_addressed_to_the_side_governs_its_complement():
    got = acts("中国要求苏方撤军。")
    assert ("REQUEST", "CHN", "SUN") in got and not any(c == "RETREAT" for c, _a, _b in got)


def test_a_modal_after_the_nearest_name_makes_it_the_doer():
    got = run("日本希望俄国总统明年可以访问日本。")
    assert ("CONSULT", "RUS", "JPN") in {(c, a, b) for c, a, b, _f in got}


def test_bu_before_a_preposition_negates():
    got = run("中国不向蒙古出兵。")
    assert [(c, f) for c, _a, _b, f in got] == [("MOBILIZE", "negated")]


def test_unnamed_groups_of_states_are_no_actors():
    assert acts("东欧国家依靠美国的援助。", ("USA", "SUN")) == set()


def test_holding_a_veto_is_no_act_but_using_it_is():
    assert acts("英国拥有否决权。", ("GBR", "FRA")) == set()
    assert ("REJECT", "GBR", "FRA") in acts("英国对法国行使否决权。")


def test_during_a_visit_dates_the_act_and_is_none_itself():
    got = acts("访问期间，韩国与俄罗斯签订了协议。")
    assert got and all(c == "AGREE" for c, _a, _b in got)


def test_a_protectorate_names_its_protector_as_doer():
    assert ("COERCE", "JPN", "KOR") in acts("韩国成为日本的保护国。")


def test_what_belonged_to_a_state_makes_it_the_receiver():
    assert ("COERCE", "RUS", "H.QING") in acts("俄国将原属清朝管辖的土地占领。")


def test_sultan_in_an_old_text_is_the_ottoman_state():
    from dyad.actors import default_gazetteer

    ms = default_gazetteer().find("苏丹派使节。", "zh", year=1806)
    assert [m.codes for m in ms] == [("H.OTTOMAN",)]


def test_a_quality_adjective_is_no_act():
    got = acts("韩国与俄国签署宣言，建立建设性的伙伴关系。")
    assert got and all(c == "AGREE" for c, _a, _b in got)


def test_support_sought_in_exchange_is_no_support():
    assert not any(c == "SUPPORT" for c, _a, _b in acts("中国对苏联让步，以换取其对中国的支持。"))


def test_giving_cover_is_cooperation():
    assert ("COOPERATE", "SUN", "MNG") in acts("蒙古军队由苏联军机掩护。")


def test_a_city_inside_a_treaty_title_is_no_party():
    from sentence_acts import sentence_acts
    got = sentence_acts("两国于12月10日在法国巴黎签订《巴黎和约》。", "zh", 1898, ("USA", "ESP"))
    assert [(c, a, b) for c, a, b, _f, _by in got] == [("AGREE", "USA", "ESP")]


def test_the_size_share_or_trend_of_trade_is_a_statistic():
    from sentence_acts import sentence_acts
    assert sentence_acts("直到20世紀初中澳之間的雙邊貿易規模一直較小。", "zh", 1900, ("CHN", "AUS")) == []
    assert sentence_acts("此后，双边贸易得到迅猛发展。", "zh", 1970, ("KOR", "JPN")) == []
    assert [a[:3] for a in sentence_acts("1950年，中苏两国开展贸易。", "zh", 1950)] == [("COOPERATE", "CHN", "SUN")]


def test_business_statistics_and_no_investment_are_no_acts_and_a_blockade_is_coercion():
    from sentence_acts import sentence_acts
    assert sentence_acts("同期，中国在不丹签订工程承包合同额1106万美元，完成营业额102万美元。", "zh", 2015,
                         ("CHN", "BTN")) == []
    assert sentence_acts("中国在不丹暂无直接投资。", "zh", 2015, ("CHN", "BTN")) == []
    assert [a[:3] for a in sentence_acts("4月22日，美国海军封锁古巴港口。", "zh", 1898)] == [("COERCE", "USA", "CUB")]


def test_sending_warships_is_a_deployment():
    from sentence_acts import sentence_acts
    got = sentence_acts("美國政府派军舰緬因號至古巴保護僑民。", "zh", 1898)
    assert [a[:3] for a in got] == [("MOBILIZE", "USA", "CUB")]


def test_an_act_answered_in_kind_in_the_next_clause_goes_back_to_its_doer():
    from sentence_acts import sentence_acts
    got = sentence_acts("4月24日，西班牙向美国宣战，美国於次日宣战。", "zh", 1898)
    assert {a[:3] for a in got} == {("ASSAULT", "ESP", "USA"), ("ASSAULT", "USA", "ESP")}
