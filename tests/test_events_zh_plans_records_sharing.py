"""Chinese: plans announced for later; what a record shows; sharing intelligence; thanks for aid."""

from sentence_acts import sentence_acts


def test_later_on_is_planned():
    assert sentence_acts("塞尔维亚还宣布晚些时候在叶卡捷琳堡开设总领事馆。", "zh", 2020, ("RUS", "SRB")) == [
        ("COOPERATE", "SRB", "RUS", "planned", None)]


def test_what_a_record_shows_is_reported():
    acts = sentence_acts("當時有一份錄音顯示,烏克蘭曾向伊拉克轉讓了一套先進的防禦系統。", "zh", 2002)
    assert [(a[0], a[1], a[2], a[3]) for a in acts] == [("AID", "UKR", "IRQ", "reported")]


def test_sharing_intelligence_cooperates_and_thanks_for_aid_support():
    acts = sentence_acts("美國開始與烏克蘭軍方共享情報。", "zh", 2014)
    assert [a[:3] for a in acts] == [("COOPERATE", "USA", "UKR")]
    acts = sentence_acts("烏克蘭總統再次對美國的援助表示感謝。", "zh", 2022)
    assert [a[:3] for a in acts] == [("SUPPORT", "UKR", "USA")]


def test_colonial_authorities_are_no_act():
    assert sentence_acts("和美国存在联系的并非法国殖民当局。", "zh", 1944) == []
