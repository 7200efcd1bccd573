"""ko: an act denied as a fact (`…한 것은 아니었다`, `…되어 있는 것도 아니고`) is negated; stated as one, asserted."""

from sentence_acts import sentence_acts


def _facts(text):
    return [(c, f) for c, _a, _b, f, _r in sentence_acts(text, "ko", 1920, ("FRA", "KOR"))]


def test_an_act_denied_as_a_fact_is_negated():
    assert _facts("하지만 조선의 독립운동을 지지한 것은 아니었다.") == [("SUPPORT", "negated")]
    assert _facts("프랑스가 한국을 공격한 것은 아니다.") == [("ASSAULT", "negated")]


def test_an_act_stated_as_a_fact_stays_asserted():
    assert _facts("프랑스가 한국을 공격한 것이다.") == [("ASSAULT", "asserted")]


def test_not_a_but_b_and_not_only_keep_the_act_made():
    assert _facts("프랑스는 한국과 조약을 체결한 것이 아니라 협정을 맺었다.") == [("AGREE", "asserted")]
    assert ("AID", "asserted") in _facts("프랑스는 한국을 지원한 것만 아니라 훈련도 시켰다.")


def test_an_act_said_not_to_have_been_done_is_denied():
    assert _facts("프랑스는 한국을 공격한 것이 아니라고 주장했다.") == [("ASSAULT", "denied")]
