"""The Chinese event lexicon by PLOVER category: hand-written sentences (Simplified and Traditional)
with the category, doer and receiver they must yield, and lookalikes that must yield none."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts


def run(text: str, pair: tuple[str, str] | None = None) -> list[tuple[str, str, str, str]]:
    return [(c, a, b, f) for c, a, b, f, _by in sentence_acts(text, "zh", pair=pair)]


def acts(text: str, pair: tuple[str, str] | None = None) -> set[tuple[str, str, str]]:
    return {(c, a, b) for c, a, b, _f in run(text, pair)}


def has(got: set[tuple[str, str, str]], cat: str, a: str, b: str, symmetric: bool = False) -> bool:
    return (cat, a, b) in got or (symmetric and (cat, b, a) in got)


SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE"}

POSITIVE = [
    # ASSAULT
    ("ASSAULT", "德国入侵波兰。", "DEU", "POL"),
    ("ASSAULT", "日本偷袭美国。", "JPN", "USA"),
    ("ASSAULT", "德军围攻列宁格勒。", "DEU", "SUN"),
    ("ASSAULT", "法國對普魯士宣戰。", "FRA", "H.PRUSSIA"),
    ("ASSAULT", "美國轟炸伊拉克。", "USA", "IRQ"),
    ("ASSAULT", "俄国败给日本。", "JPN", "RUS"),
    ("ASSAULT", "日本突袭了美国的舰队。", "JPN", "USA"),
    # COERCE
    ("COERCE", "德国吞并奥地利。", "DEU", "AUT"),
    ("COERCE", "伊朗扣押了英国船只。", "IRN", "GBR"),
    ("COERCE", "俄羅斯拘捕了美國記者。", "RUS", "USA"),
    ("COERCE", "俄罗斯将美国公民驱逐出境。", "RUS", "USA"),
    ("COERCE", "德国征服了法国。", "DEU", "FRA"),
    # MOBILIZE
    ("MOBILIZE", "俄罗斯向白俄罗斯调兵。", "RUS", "BLR"),
    ("MOBILIZE", "美国向日本增派军队。", "USA", "JPN"),
    ("MOBILIZE", "蘇聯向阿富汗調兵。", "SUN", "AFG"),
    # AGREE
    ("AGREE", "中国与俄罗斯签订了条约。", "CHN", "RUS"),
    ("AGREE", "美国与古巴宣布两国关系开始正常化。", "USA", "CUB"),
    ("COOPERATE", "以色列于1992年在新德里开设大使馆。", "ISR", "IND"),
    ("AGREE", "2014年，印度和日本将两国关系提升为特殊战略全球伙伴关系。", "IND", "JPN"),
    ("AGREE", "中國與韓國建交。", "CHN", "KOR"),
    ("AGREE", "法国与俄国结盟。", "FRA", "RUS"),
    ("AGREE", "俄国答应了日本的要求。", "RUS", "JPN"),
    ("AGREE", "伊朗接受了联合国的停火决议。", "IRN", "IGO.UN"),
    ("AGREE", "日本與俄國簽約。", "JPN", "RUS"),
    # CONSULT
    ("CONSULT", "俄罗斯总统访问伊朗。", "RUS", "IRN"),
    ("CONSULT", "普京与特朗普通电话。", "RUS", "USA"),
    ("CONSULT", "美國與朝鮮舉行會談。", "USA", "PRK"),
    ("CONSULT", "伊朗与俄罗斯进行洽谈。", "IRN", "RUS"),
    # COOPERATE
    ("COOPERATE", "中国与俄罗斯开展合作。", "CHN", "RUS"),
    ("COOPERATE", "中国与俄罗斯共同开发油田。", "CHN", "RUS"),
    ("COOPERATE", "中國與俄羅斯舉行聯合軍演。", "CHN", "RUS"),
    ("COOPERATE", "伊朗与俄罗斯携手打击恐怖主义。", "IRN", "RUS"),
    # AID
    ("AID", "苏联为中国援建了大量工厂。", "SUN", "CHN"),
    ("AID", "俄罗斯向印度军售。", "RUS", "IND"),
    ("AID", "美國向以色列輸送武器。", "USA", "ISR"),
    ("AID", "印度从俄罗斯进口武器。", "RUS", "IND"),
    ("AID", "俄罗斯为叙利亚培训军官。", "RUS", "SYR"),
    # SUPPORT
    ("SUPPORT", "俄国支持塞尔维亚。", "RUS", "SRB"),
    ("SUPPORT", "中國聲援古巴。", "CHN", "CUB"),
    ("SUPPORT", "美国赞同韩国的立场。", "USA", "KOR"),
    # CONCEDE
    ("CONCEDE", "清朝向日本赔款。", "H.QING", "JPN"),
    ("CONCEDE", "美國把古巴從「支持恐怖主义的国家」名單中除名。", "USA", "CUB"),
    ("CONCEDE", "英国于1997年将香港的主权移交给中国。", "GBR", "CHN"),
    ("CONCEDE", "日本向韓國道歉。", "JPN", "KOR"),
    ("CONCEDE", "朝鲜释放了美国公民。", "PRK", "USA"),
    ("CONCEDE", "美国解冻伊朗资产。", "USA", "IRN"),
    # RETREAT
    ("RETREAT", "苏联从阿富汗撤军。", "SUN", "AFG"),
    ("RETREAT", "美國撤出越南。", "USA", "VNM"),
    ("RETREAT", "苏联停止了对阿富汗的进攻。", "SUN", "AFG"),
    # REQUEST
    ("REQUEST", "伊朗要求俄罗斯撤军。", "IRN", "RUS"),
    ("REQUEST", "中國請求蘇聯援助。", "CHN", "SUN"),
    ("REQUEST", "美国敦促朝鲜放弃核武器。", "USA", "PRK"),
    ("REQUEST", "日本向俄罗斯索赔。", "JPN", "RUS"),
    # ACCUSE
    ("ACCUSE", "中国谴责美国。", "CHN", "USA"),
    ("ACCUSE", "美国对日本侵犯中国主权表示担忧。", "USA", "JPN"),
    ("ACCUSE", "中国就此向日本提出严正交涉。", "CHN", "JPN"),
    ("ACCUSE", "俄羅斯指責烏克蘭。", "RUS", "UKR"),
    ("ACCUSE", "中国向日本提出抗议。", "CHN", "JPN"),
    ("ACCUSE", "伊朗痛斥美国。", "IRN", "USA"),
    # REJECT
    ("REJECT", "俄罗斯拒绝了日本的要求。", "RUS", "JPN"),
    ("REJECT", "俄羅斯否決了美國的提案。", "RUS", "USA"),
    ("REJECT", "美国不承认伪满洲国。", "USA", "X.MANCHUKUO"),
    ("REJECT", "日本谢绝了美国的邀请。", "JPN", "USA"),
    # THREATEN
    ("THREATEN", "朝鲜威胁美国。", "PRK", "USA"),
    ("THREATEN", "俄羅斯警告北約。", "RUS", "IGO.NATO"),
    ("THREATEN", "朝鲜扬言要攻击韩国。", "PRK", "KOR"),
    ("THREATEN", "德国向捷克斯洛伐克发出最后通牒。", "DEU", "CSK"),
    # PROTEST
    ("PROTEST", "伊朗民众举行示威反对美国。", "IRN", "USA"),
    ("PROTEST", "韓國民眾舉行遊行反對日本。", "KOR", "JPN"),
    ("PROTEST", "中国学生举行集会反对日本。", "CHN", "JPN"),
    # SANCTION
    ("SANCTION", "美国制裁俄罗斯。", "USA", "RUS"),
    ("SANCTION", "美国把古巴列入黑名单。", "USA", "CUB"),
    ("SANCTION", "美國對伊朗實施禁運。", "USA", "IRN"),
    ("SANCTION", "俄罗斯召回驻美大使。", "RUS", "USA"),
    ("SANCTION", "苏联停止对中国的援助。", "SUN", "CHN"),
    ("SANCTION", "俄罗斯切断了对乌克兰的天然气供应。", "RUS", "UKR"),
]


@pytest.mark.parametrize(("cat", "text", "src", "tgt"), POSITIVE, ids=[f"{c}-{t}" for c, t, _a, _b in POSITIVE])
def test_category_source_and_target(cat: str, text: str, src: str, tgt: str) -> None:
    got = acts(text)
    assert has(got, cat, src, tgt, cat in SYMMETRIC), got


def test_every_category_has_three_sentences() -> None:
    counts: dict[str, int] = {}
    for cat, _t, _a, _b in POSITIVE:
        counts[cat] = counts.get(cat, 0) + 1
    assert len(counts) == 16 and min(counts.values()) >= 3


# --- what the act governs is not an act of its own ---

def test_threat_to_attack_is_no_attack() -> None:
    assert not any(c == "ASSAULT" for c, _a, _b in acts("朝鲜扬言要攻击韩国。"))


def test_a_stopped_flow_is_no_aid() -> None:
    for text in ("苏联停止对中国的援助。", "俄罗斯切断了对乌克兰的天然气供应。", "美国停止向埃及提供援助。"):
        got = acts(text)
        assert not any(c == "AID" for c, _a, _b in got), (text, got)


def test_agreeing_to_deliver_later_is_one_agreement() -> None:
    got = run("俄罗斯同意明年向伊朗交付导弹。")
    assert [c for c, _a, _b, _f in got] == ["AGREE"]


def test_recalling_an_ambassador_is_no_retreat() -> None:
    got = acts("美国从伊拉克撤回大使。")
    assert ("SANCTION", "USA", "IRQ") in got and not any(c == "RETREAT" for c, _a, _b in got)


def test_accepting_aid_is_aid_from_the_giver() -> None:
    got = acts("蒙古接受苏联援助。")
    assert ("AID", "SUN", "MNG") in got and not any(c == "AGREE" for c, _a, _b in got)


def test_expelling_people_is_coercion_expelling_diplomats_a_sanction() -> None:
    assert ("COERCE", "RUS", "USA") in acts("俄罗斯将美国公民驱逐出境。")
    assert ("SANCTION", "USA", "RUS") in acts("美国驱逐俄罗斯外交官。")


# --- factuality ---

@pytest.mark.parametrize(("text", "fact"), [
    ("据报道，俄罗斯向伊朗出售了导弹。", "reported"),
    ("據稱，俄羅斯向伊朗出售了導彈。", "reported"),
    ("美方指出，俄罗斯向朝鲜提供了武器。", "reported"),
    ("俄罗斯计划向伊朗出售导弹。", "planned"),
    ("俄罗斯拟向伊朗出售导弹。", "planned"),
    ("俄羅斯準備向伊朗出售導彈。", "planned"),
    ("俄罗斯并未向伊朗出售导弹。", "negated"),
    ("俄罗斯没有向伊朗出售导弹。", "negated"),
    ("俄羅斯從未入侵烏克蘭。", "negated"),
    ("俄罗斯无意入侵乌克兰。", "negated"),
    ("俄罗斯否认向伊朗出售导弹。", "denied"),
])
def test_factuality_cues(text: str, fact: str) -> None:
    got = run(text)
    assert got and all(f == fact for _c, _a, _b, f in got), got


def test_prospect_is_planned() -> None:
    got = run("两国有望签署协议。", ("CHN", "RUS"))
    assert got and all(f == "planned" for _c, _a, _b, f in got), got


# --- lookalikes, descriptions, anchors: no event ---

NEGATIVE = [
    "普京接受美国媒体采访。",  # an interview accepted
    "截至2013年，中国累计对韩国投资12.4亿美元。",  # investment counted is a statistic
    "2014年，中国对菲律宾贸易呈现顺差。",  # a trade balance
    "中华人民共和国与大韩民国建交以来，两国政治关系取得很大进展。",  # relations since they were set up
    "2012年是中国与菲律宾的友好交流年。",  # a themed year
    "2017年4月是以色列和阿塞拜疆建立外交关系25周年。",  # an anniversary
    "以色列和阿塞拜疆之间的经济合作一直在大幅度增长。",  # a trend
    "阿塞拜疆和以色列在能源领域有着密切合作。",  # a standing state
    "2013年，中国对韩国直接投资2.5亿美元，同比增加121.4%。",  # (and its trend)
    "韩国是中国第四大外商直接投资来源国。",  # a ranking
    "两国关系解冻。",  # a thaw in relations is no act
    "这是约定俗成的说法。",  # 约定 inside an idiom
    "中国的铁路已经修好了。",
    "美国向土耳其增派医疗人员。",  # staff, not forces
    "俄罗斯外交部称，南千岛群岛是俄罗斯领土不容质疑。",  # `beyond question` accuses no one
    "俄罗斯的战略与美国的战场不同。",  # 战 inside other words
    "伊朗援引俄罗斯的例子说明美国的政策。",  # 援 in 援引
    "这是一篇关于俄罗斯和美国的访谈。",  # 访 in 访谈
    "大约有三万名俄罗斯人居住在美国。",  # 约 in 大约
    "俄罗斯和伊朗的贸易额达到二十亿美元。",  # a statistic
    "俄罗斯在巴库设有大使馆。",  # a standing presence
    "日本远征军的规模超过美国。",  # an expeditionary force named, no expedition
    "苏联的侵略者形象在美国流行。",  # 侵略者 names a person
    "中国获得了对美国的独立评价。",
    "美国是援助国，俄罗斯是受援国。",  # a kind of state, not an act
    "日本作为侵略國，與美國不同。",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_event(text: str) -> None:
    assert run(text) == []


def test_war_that_only_dates_is_no_event() -> None:
    assert not any(c == "ASSAULT" for c, _a, _b in acts("两伊战争期间，苏联向伊拉克出售武器。"))
    assert not any(c == "ASSAULT" for c, _a, _b in acts("在日俄战争后，俄国向日本割让了库页岛南部。"))
    assert not any(c == "ASSAULT" for c, _a, _b in acts("第一次世界大战期间，美国向英国出售粮食。"))


def test_defeat_that_only_dates_is_no_event() -> None:
    got = acts("日本战败后，苏联占领了千岛群岛。", ("SUN", "JPN"))
    assert not any(c == "ASSAULT" for c, _a, _b in got), got
