"""ko: an act denied as a fact (`…한 것은 아니었다`, `…되어 있는 것도 아니고`) is negated; stated as one, asserted."""

from sentence_acts import sentence_acts


def _facts(text):
    return [(c, f) for c, _a, _b, f, _r in sentence_acts(text, "ko", 1920, ("FRA", "KOR"))]


def test_an_act_denied_as_a_fact_is_negated():
    assert _facts("하지만 조선의 독립운동을 지지한 것은 아니었다.") == [("SUPPORT", "negated")]
    assert _facts("프랑스가 한국을 공격한 것은 아니다.") == [("ASSAULT", "negated")]


def test_an_act_stated_as_a_fact_stays_asserted():
    assert _facts("프랑스가 한국을 공격한 것이다.") == [("ASSAULT", "asserted")]
