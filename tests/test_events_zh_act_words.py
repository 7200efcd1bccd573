"""zh act words found missing on development text: ties set up, visas waived, seizures, campaigns, strikes,
consulates opened, audiences and contacts; and the look-alikes that are no act."""

import pytest

from sentence_acts import sentence_acts


def _acts(text, year, pair=None):
    return [(c, {a, b}) for c, a, b, _f, _r in sentence_acts(text, "zh", year, pair)]


@pytest.mark.parametrize("text,year,pair,want", [
    ("然而兩國直到1972年2月24日才樹立邦交。", 1972, ("JPN", "MNG"), ("AGREE", {"JPN", "MNG"})),
    ("1991年，两国之间重建了外交关系。", 1991, ("POL", "LTU"), ("AGREE", {"POL", "LTU"})),
    ("2010年4月1日，蒙古對日本國籍者實行免簽入境，可停留30日。", 2010, None, ("CONCEDE", {"MNG", "JPN"})),
    ("1975年6月4日，越軍強占柬埔寨的威島。", 1975, None, ("COERCE", {"VNM", "KHM"})),
    ("1964年蒙古驱赶全部中国员工。", 1964, None, ("COERCE", {"MNG", "CHN"})),
    ("1284年，元朝曾出征斯里兰卡。", 1284, None, ("ASSAULT", {"H.YUAN", "LKA"})),
    ("2022年9月28日，伊朗打击伊拉克境内的库尔德组织。", 2022, None, ("ASSAULT", {"IRN", "IRQ"})),
    ("清政府于1909年在澳大利亚设立领事馆。", 1909, None, ("COOPERATE", {"H.QING", "AUS"})),
    ("1971年，韩朝双方进行了首次接触。", 1971, ("KOR", "PRK"), ("CONSULT", {"KOR", "PRK"})),
    ("從1977年起，越柬邊境不斷發生沖突事件。", 1977, ("VNM", "KHM"), ("ASSAULT", {"VNM", "KHM"})),
    ("2014年6月10日，中华人民共和国与孟加拉人民共和国联合公布《关于深化全面合作伙伴关系的联合声明》。", 2014, None,
     ("AGREE", {"CHN", "BGD"})),
    ("两国于2000年发表《联合声明》。", 2000, ("CHN", "RUS"), ("AGREE", {"CHN", "RUS"})),
    ("2006年1月起，中国向孟加拉84种商品提供零关税待遇。", 2006, None, ("COOPERATE", {"CHN", "BGD"})),
    ("1980年美国给予中国最惠国待遇。", 1980, None, ("COOPERATE", {"USA", "CHN"})),
])
def test_zh_act_words(text, year, pair, want):
    assert _acts(text, year, pair) == [want]


def test_zh_look_alikes_are_no_acts():
    # a fight against terror is no attack on a state
    assert all(c != "ASSAULT" for c, _p in _acts("2015年，中国和巴基斯坦共同打击恐怖主义势力。", 2015, ("CHN", "PAK")))
    # how far back contact goes is no meeting
    assert _acts("日本與朝鮮半島的最早的接觸可以追溯到公元前3世紀。", 2000, ("JPN", "KOR")) == []
    # a share of spoils not taken part in is no seizure
    assert all(c != "COERCE" for c, _p in _acts("1919年，美国并没有参与这次战利品的瓜分。", 1919, ("USA", "JPN")))


@pytest.mark.parametrize("text", [
    "美国的制裁对俄罗斯经济造成沉重打击。",  # a blow to an economy is no strike
    "这一事件沉重打击了中日关系。",
    "1969年，中苏两军在珍宝岛发生接触。",  # armed contact is no meeting
    "日本是俄罗斯的免签国家之一。",  # a standing visa-free status is no act
    "俄罗斯与中国瓜分中亚市场。",  # sharing a market is no seizure
])
def test_zh_senses_that_are_no_such_act(text):
    assert not any(c in ("ASSAULT", "CONSULT", "CONCEDE", "COERCE") for c, _p in _acts(text, 2000, ("RUS", "CHN")))
