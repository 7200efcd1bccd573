"""Chinese event lexicon rules found on unseen relation articles (hand-written snippets, one rule each)."""

from __future__ import annotations

from sentence_acts import sentence_acts

PAIR = ("RUS", "TUR")


def acts(text: str, year: int | None = None, pair: tuple[str, str] | None = PAIR, last: str | None = None):
    """(category, source, target) of each act of one Chinese sentence."""
    return [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "zh", year, pair, last)]


def facts(text: str, year: int | None = None, pair: tuple[str, str] | None = PAIR):
    """(category, source, target, factuality) of each act of one Chinese sentence."""
    return [(c, a, b, f) for c, a, b, f, _by in sentence_acts(text, "zh", year, pair)]


def test_camps_of_a_war_are_no_alliance():
    # 同盟国 / 协约国 name the Central Powers and the Entente: belonging to a camp makes no agreement
    assert acts("一战时，俄罗斯帝国为协约国一方,奥斯曼帝国则为同盟国一方。", 1914) == []
    # an alliance concluded is still one
    assert acts("1936年，蒙古与苏联结成同盟。", 1936, ("RUS", "MNG")) == [("AGREE", "MNG", "SUN")]


def test_a_supplier_state_is_no_act_before_ascii_punctuation():
    # `供应国,` names what a state is (a supplier), with an ASCII comma as with a full-width one
    assert acts("如今俄罗斯是土耳其的主要天然气供应国,两国贸易额很高。", 2015) == []
    assert acts("如今俄罗斯是土耳其的主要天然气供应国，两国贸易额很高。", 2015) == []
    # supplying itself is an aid
    assert ("AID", "RUS", "TUR") in acts("2015年俄罗斯向土耳其供应天然气。", 2015)


def test_wars_listed_as_topics_of_a_dispute_are_no_events():
    assert acts("两国在车臣战争、南奥塞梯战争、叙利亚内战等问题上看法不同。", 2010) == []
    assert acts("两国在叙利亚冲突等议题上有分歧。", 2016) == []


def test_non_state_groups_are_no_actors():
    # the White armies of the civil war act for no state
    assert acts("1920年，白军占领了蒙古首都。", 1920, ("RUS", "MNG")) == []
    # a people or its religion is no state (Jews are not Israel)
    assert acts("苏联领导人一直反对犹太复国主义。", 1948, ("RUS", "ISR")) == []
    assert acts("难民们在莫斯科开设了新的犹太会堂。", 1942, ("RUS", "ISR")) == []
    # a nationalist killing an official is no act of a state
    assert acts("1909年日本首相在车站被民族主义者刺杀。", 1909, ("RUS", "JPN")) == []


def test_an_anti_x_pact_or_policy_leaves_x_out():
    assert acts("1936年，日本与德国签订了《反共产国际协定》。", 1936, ("RUS", "JPN")) == [
        ("AGREE", "H.JAPEMP", "H.NAZIGER")]
    # 违反 (violate) is no `anti-`: the state named after it is still read
    assert "SUN" in {x for _c, a, b in acts("中国指责苏联违反了协定。", 1960, ("RUS", "CHN")) for x in (a, b)}


def test_what_an_agreement_concerns_is_no_act_of_its_own():
    assert [c for c, *_ in acts("两国签署了多项双边协定，涉及经济领域的合作。", 2010)] == ["AGREE"]
    assert acts("俄罗斯和土耳其签署了关于加强合作的协议。", 2010) == [("AGREE", "RUS", "TUR")]
    # cooperating stays an act
    assert acts("俄罗斯和土耳其在能源领域合作。", 2010) == [("COOPERATE", "RUS", "TUR")]


def test_because_of_is_no_place():
    # 由于X (because X…): X is the doer of the act that follows, not where something happened
    assert acts("由于土耳其向叙利亚出兵，关系恶化。", 2016) == [("MOBILIZE", "TUR", "SYR")]


def test_a_concession_demanded_is_the_demand():
    assert acts("苏联要求土耳其做出让步。", 1946) == [("REQUEST", "SUN", "TUR")]
    # a concession made is one
    assert acts("土耳其向苏联做出让步。", 1946) == [("CONCEDE", "TUR", "SUN")]


def test_a_decision_named_as_a_noun_is_taken():
    # `依照…的决定承认了X`: the decision was taken and the recognition done
    assert facts("1992年，土耳其根据议会的决定承认了俄罗斯。", 1992) == [("AGREE", "TUR", "RUS", "asserted")]
    assert facts("土耳其决定承认俄罗斯。", 1992) == [("AGREE", "TUR", "RUS", "planned")]


def test_seizing_and_deploying_words():
    assert ("COERCE", "SUN", "H.JAPEMP") in acts("1945年苏联夺得了千岛群岛。", 1945, ("RUS", "JPN"))
    # 佈署 is the Taiwanese form of 部署
    assert acts("日本将新型坦克佈署在北海道。", 1995, ("RUS", "JPN")) == [("MOBILIZE", "JPN", "RUS")]


def test_an_occupation_zone_is_a_standing_state():
    assert acts("战后德国被分成苏联占领区和美国占领区。", 1946, ("RUS", "DEU")) == []
    assert acts("1945年苏联占领了柏林。", 1945, ("RUS", "DEU")) != []


def test_how_close_relations_are_is_no_act():
    assert acts("冷战时日本和苏联的交流不太密切。", 1960, ("RUS", "JPN")) == []
    assert acts("两国贸易往来十分频繁。", 2010) == []
    # close cooperation done is still cooperation
    assert acts("1990年日本和苏联密切合作。", 1990, ("RUS", "JPN")) == [("COOPERATE", "JPN", "SUN")]


def test_an_act_describing_a_bloc_is_no_act():
    assert acts("1955年西德加入了反对苏联的西方联盟。", 1955, ("RUS", "DEU")) == []


def test_allied_forces_and_fighters_of_no_state_are_no_actors():
    assert acts("盟军被告知战争已经结束。", 1945, ("RUS", "JPN")) == []
    assert acts("许多圣战士加入阿塞拜疆一方作战。", 1992, ("RUS", "AZE")) == []


def test_what_a_treaty_stipulates_is_no_act_what_it_allows_is_planned():
    # a treaty's terms are no acts (gold README: treaty contents restated are no events)
    assert facts("协定规定日本向中国提供武器。", 1918, ("CHN", "JPN")) == []
    assert facts("根据协定，日本可以进驻中国东北。", 1918, ("CHN", "JPN")) == [
        ("MOBILIZE", "H.JAPEMP", "H.ROC", "planned")]
    # an act done according to a provision is done
    assert facts("根据条约的规定，日本向中国提供武器。", 1918, ("CHN", "JPN")) == [
        ("AID", "H.JAPEMP", "H.ROC", "asserted")]


def test_sending_forces_advancing_to_occupy_and_plundering():
    assert acts("1979年苏联派遣军队进入阿富汗。", 1979, ("RUS", "AFG")) == [("MOBILIZE", "SUN", "AFG")]
    # sending envoys is no deployment
    assert acts("1990年日本派出使团访问苏联。", 1990, ("RUS", "JPN")) == [("CONSULT", "JPN", "SUN")]
    assert acts("1945年苏军进占中国东北。", 1945, ("RUS", "CHN")) == [("COERCE", "SUN", "H.ROC")]
    assert acts("1900年俄军劫掠了中国的城镇。", 1900, ("RUS", "CHN")) == [("COERCE", "H.RUSEMP", "H.QING")]


def test_a_war_that_breaks_out_after_its_cause_happened():
    got = [(c, a, b) for c, a, b, _f, _by in sentence_acts("1939年，苏联与日本因边境问题爆发战役。", "zh", 1939)]
    assert any(c == "ASSAULT" and {a, b} == {"SUN", "H.JAPEMP"} for c, a, b in got)
    # a war that only dates or explains what follows is no act
    assert all(c != "ASSAULT" for c, *_ in sentence_acts("因战争爆发，苏联与日本的贸易中断。", "zh", 1939))


def _zh(text, year=None):
    return [(c, a, b, f) for c, a, b, f, _by in sentence_acts(text, "zh", year)]


def test_chinese_colon_ends_a_clause_and_restrictions_on_imports_are_sanctions():
    assert _zh("2022年兩國關係完全惡化:英國對俄羅斯實施了經濟制裁。", 2022) == [("SANCTION", "GBR", "RUS", "asserted")]
    assert _zh("1890年德国限制俄国粮食进口。", 1890) == [("SANCTION", "H.GERMEMP", "H.RUSEMP", "asserted")]
    # a number of countries is no one state
    assert _zh("2018年28個國家驅逐了俄羅斯外交官。", 2018) == []


def test_a_condition_supposes_what_has_not_happened():
    # (what the condition supposes is no event, as the seeds' `promised … if they helped him`; what is held
    # out on it threatens)
    got = [(c, a, b, f) for c, a, b, f, _by in sentence_acts(
        "2008年普京表示,如果烏克蘭加入北約,俄羅斯將會吞併克里米亞。", "zh", 2008, ("RUS", "UKR"))]
    assert got == [("THREATEN", "RUS", "UKR", "asserted")]
    got = [(c, a, b, f) for c, a, b, f, _by in sentence_acts(
        "In 2008 Putin said that if Ukraine joined NATO, Russia would annex Crimea.", "en", 2008)]
    assert not any(c == "AGREE" for c, *_ in got)


def test_a_mission_opened_an_embassy_too_is_cooperation():
    def acts_(text, year, pair):
        return [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "zh", year, pair)]

    assert acts_("1960年苏联在哈瓦那开设大使馆。", 1960, ("CUB", "RUS")) == [("COOPERATE", "SUN", "CUB")]
    assert acts_("2000年俄罗斯在巴库开设总领事馆。", 2000, ("AZE", "RUS")) == [("COOPERATE", "RUS", "AZE")]


def test_cooperation_broken_off_is_no_cooperation():
    assert _zh("2014年烏克蘭中斷了大部分與俄羅斯的合作。", 2014) == [("SANCTION", "UKR", "RUS", "asserted")]


def test_a_count_of_treaties_is_a_statistic_not_a_signing():
    def acts_(text, year):
        return [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "zh", year, ("RUS", "SRB"))]

    assert acts_("过去签署的双边条约、协议和议定书约有70项。", 2010) == []
    assert acts_("两国已签署协议达40多项。", 2010) == []
    assert acts_("2008年两国签署了三项协议。", 2008) == [("AGREE", "RUS", "SRB")]
