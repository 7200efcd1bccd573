"""Chinese: cooperation as a goal or a field of relations (`促进合作`, `有利于…合作`, `的相互合作`) is no act."""

import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text", [
    "冷戰結束後,由於經濟改革因素,雙方都開始改善兩國之間的外交關係和促進合作。",
    "两国关系体现在金融、技术等领域的相互合作。",
    "这有利于开展两国经济合作。",
])
def test_cooperation_as_goal_or_field(text):
    assert sentence_acts(text, "zh", 2010, ("CHN", "RUS")) == []


def test_cooperation_carried_out_stays():
    assert sentence_acts("2010年，两国在能源领域开展合作。", "zh", 2010, ("CHN", "RUS"))[0][0] == "COOPERATE"
