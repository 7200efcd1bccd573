"""zh: passives with 了, words inside an unbracketed treaty name, views and popularity, closed bases, terror."""
import pytest

from dyad.actors import default_gazetteer
from sentence_acts import sentence_acts


@pytest.mark.parametrize("text,year,pair,want", [
    # `遭到了X的V` is as passive as `遭到X的V`, also with a pair word as the sufferer
    ("1956年，匈牙利遭到了苏联的入侵。", 1956, None, [("ASSAULT", "SUN", "HUN")]),
    ("1979年，两国都遭到了苏联的入侵。", 1979, ("AFG", "IRN"), [("ASSAULT", "SUN", "AFG"), ("ASSAULT", "SUN", "IRN")]),
    # a word of an unbracketed treaty name names the treaty: the signing is the act
    ("1960年，两国签订经济技术援助协定。", 1960, ("CHN", "MNG"), [("AGREE", "CHN", "MNG")]),
    ("1954年，两国缔结了共同防御条约。", 1954, ("USA", "TWN"), [("AGREE", "USA", "TWN")]),
    ("1960年，美国与日本签定美日安保條約。", 1960, None, [("AGREE", "USA", "JPN")]),
    # (an act before the treaty noun with a clause between is its own act)
    ("1960年，日本向印度提供援助，并签订协定。", 1960, None, [("AID", "JPN", "IND"), ("AGREE", "JPN", "IND")]),
    # what one regards another as, and how popular one is, are no acts
    ("美国视苏联为最大的威胁。", 1960, ("USA", "TWN"), []),
    ("1960年，美国威胁苏联。", 1960, None, [("THREATEN", "USA", "SUN")]),
    ("美国被列为最受泰国欢迎的国家。", 2002, ("USA", "PHL"), []),
    # a base that closes is no sanction; the troops that leave withdraw
    ("1976年，美国在泰国的空军基地关闭，美军撤离。", 1976, ("USA", "THA"), [("RETREAT", "USA", "THA")]),
    ("1991年，苏联关闭了驻越南大使馆。", 1991, None, [("SANCTION", "SUN", "VNM")]),
    # a terrorist attack is no state's; allies against a third state describe the pair
    ("两国联合演习，援助受恐怖攻击骚扰的棉兰老岛。", 2002, ("USA", "PHL"), None),
    ("二战中，两国是反对德国的盟友。", 1943, ("USA", "TWN"), []),
])
def test_zh_acts(text, year, pair, want):
    acts = [a[:3] for a in sentence_acts(text, "zh", year, pair)]
    if want is None:
        assert not any(a[0] == "ASSAULT" for a in acts)
    else:
        assert acts == want


def test_zh_again_after_a_date_goes_on_with_the_last_doer():
    acts = sentence_acts("2024年1月又进行第二次联合巡逻。", "zh", 2024, ("USA", "PHL"), last="PHL")
    assert [a[:3] for a in acts] == [("COOPERATE", "PHL", "USA")]


@pytest.mark.parametrize("text,lang,code", [
    ("美国与以色列在波斯湾举行联合军演。", "zh", "H.PERSIA"),
    ("美国与以色列在波斯灣举行联合军演。", "zh", "H.PERSIA"),
    ("미국은 페르시아만에 항모를 파견했다.", "ko", "H.PERSIA"),
    ("两国在巴西兰省举行演习。", "zh", "BRA"),
])
def test_seas_and_islands_are_not_the_state_inside_their_name(text, lang, code):
    found = [c for m in default_gazetteer().find(text, lang, year=2000) for c in m.codes]
    assert code not in found


def test_zh_a_name_glued_to_another_name_of_the_same_actor_shares_its_role():
    acts = sentence_acts("1765年，清朝與緬甸貢榜王朝激戰。", "zh", 1765)
    assert [a[:3] for a in acts] == [("ASSAULT", "H.QING", "H.KONBAUNG")]
