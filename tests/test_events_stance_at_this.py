"""A stance `at this` (zh `对此表示反对`, ko `이에 반발`) answers the act told before it; its doer receives it."""

from sentence_acts import sentence_acts


def test_stance_at_this_answers_the_earlier_doer():
    acts = sentence_acts("2016年，韩国决定部署萨德系统，中国对此表示强烈反对。", "zh", 2016)
    assert [a[:3] for a in acts] == [("REJECT", "CHN", "KOR")]
    acts = sentence_acts("日本首相安倍晋三参拜靖国神社，中国和韩国对此表示强烈不满。", "zh", 2013)
    assert sorted(a[:3] for a in acts) == [("ACCUSE", "CHN", "JPN"), ("ACCUSE", "KOR", "JPN")]


def test_no_earlier_doer_no_act():
    assert sentence_acts("中国对此表示欢迎。", "zh", 2016) == []


def test_ko_stance_at_this():
    acts = sentence_acts("2016년 한국이 사드 배치를 결정하자 중국은 이에 강하게 반발하였다.", "ko", 2016)
    assert ("REJECT", "CHN", "KOR") in [a[:3] for a in acts]
