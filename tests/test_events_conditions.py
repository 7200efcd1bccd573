"""What a condition supposes did not happen; force or penalties held out on a condition threaten."""

from sentence_acts import sentence_acts


def test_en_force_held_out_on_a_condition_threatens():
    acts = sentence_acts("Putin said Russia would attack Ukraine if it joined NATO.", "en", 2008)
    assert acts == [("THREATEN", "RUS", "UKR", "asserted", None)]


def test_en_one_threat_for_a_warning_of_sanctions():
    acts = sentence_acts("Russia warned Georgia that it would impose sanctions if Georgia joined NATO.", "en", 2008)
    assert [a[:3] for a in acts] == [("THREATEN", "RUS", "GEO")]


def test_en_what_the_condition_supposes_is_no_event():
    acts = sentence_acts("Karim Khan Zand promised the Russians territories if they helped him against the Ottomans.",
                         "en", 1779)
    assert [a[0] for a in acts] == ["AGREE"]


def test_zh_annexation_held_out_on_a_condition_threatens():
    acts = sentence_acts("俄羅斯總統普京於2008年在北約會議上表示,如果烏克蘭加入北約,俄羅斯將會吞併烏克蘭東部和克里米亞半島。",
                         "zh", 2008, ("RUS", "UKR"))
    assert acts == [("THREATEN", "RUS", "UKR", "asserted", None)]


def test_zh_a_supposed_invasion_is_no_event():
    acts = sentence_acts("拜登表示如果俄羅斯入侵烏克蘭,美國將不會單方面出兵協助烏克蘭。", "zh", 2021, ("UKR", "USA"))
    assert "ASSAULT" not in [a[0] for a in acts]


def test_ru_force_held_out_on_a_condition_threatens():
    acts = sentence_acts("Путин заявил, что Россия будет бомбить Украину, если она вступит в НАТО.", "ru", 2008)
    assert ("THREATEN", "RUS", "UKR") in [a[:3] for a in acts]


def test_plans_without_a_condition_stay_planned():
    acts = sentence_acts("Russia will sign a treaty with Ukraine next year.", "en", 2008)
    assert acts == [("AGREE", "RUS", "UKR", "planned", None)]
