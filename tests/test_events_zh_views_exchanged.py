"""Chinese: views exchanged are talks, with 了 or a topic between (`就…问题交换了意见`, `交换了看法`); information
exchanged stays cooperation."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("2019年,双方就朝鲜半岛局势和中东问题交换了意见。", ("CHN", "RUS"), {("CONSULT", "CHN", "RUS")}),
    ("2019年,两国外长就地区局势交换了看法。", ("CHN", "RUS"), {("CONSULT", "CHN", "RUS")}),
    ("2019年,两国情报部门交换了情报。", ("CHN", "RUS"), {("COOPERATE", "CHN", "RUS")}),
]


@pytest.mark.parametrize(("text", "pair", "acts"), CASES)
def test_zh_views_exchanged(text, pair, acts):
    assert {(c, *sorted((a, b))) for c, a, b, _f, _r in sentence_acts(text, "zh", 2019, pair)} == {
        (c, *sorted((a, b))) for c, a, b in acts}
