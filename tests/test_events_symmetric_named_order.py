"""A symmetric act of two named together takes the order of the sentence (gold README), also where the
coordinator reads as `with` (zh `戈尔巴乔夫和美国总统布什签订`)."""

from __future__ import annotations

from sentence_acts import sentence_acts


def test_symmetric_act_in_named_order():
    acts = sentence_acts("1991年7月31日，米哈伊尔·戈尔巴乔夫和美国总统乔治·H·W·布什签订《第一阶段削减战略武器条约》。", "zh", 1991)
    assert [a[:3] for a in acts] == [("AGREE", "SUN", "USA")]
    acts = sentence_acts("1991年，美国总统布什和戈尔巴乔夫签订条约。", "zh", 1991)
    assert [a[:3] for a in acts] == [("AGREE", "USA", "SUN")]
