"""Chinese: a treaty or talks one leaves, annuls or breaks is not signed (`退出了核协议` is no AGREE); a war
one supports (`支持越南人民的解放战争`) is not fought by the one who supports it; a survey's shares of a people
(`一项调查…有13%的伊朗人持赞成态度`) state no act."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("2018年,美国退出了伊朗核协议。", 2018, ("USA", "IRN"), {("SANCTION", "USA", "IRN")}),
    ("2019年,美国废除了中导条约。", 2019, ("USA", "RUS"), {("SANCTION", "USA", "RUS")}),
    ("2018年,美国宣布退出与伊朗的谈判。", 2018, ("USA", "IRN"), {("SANCTION", "USA", "IRN")}),
    ("1965年,中国坚决支持越南人民的抗美战争。", 1965, ("CHN", "VNM"), {("SUPPORT", "CHN", "VNM")}),
    ("根据2020年的一项调查,有40%的日本人对中国持好感。", 2020, ("JPN", "CHN"), set()),
    # (signing stays signing)
    ("2015年,伊朗与美国签署了核协议。", 2015, ("IRN", "USA"), {("AGREE", "IRN", "USA")}),
]


@pytest.mark.parametrize(("text", "year", "pair", "acts"), CASES)
def test_zh_treaty_left_polls(text, year, pair, acts):
    got = {(c, a, b) for c, a, b, _f, _r in sentence_acts(text, "zh", year, pair)}
    assert got == acts
