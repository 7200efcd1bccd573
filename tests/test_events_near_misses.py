"""A war that nearly happened or was avoided did not happen (gold README: `negated`, the text says it did not):
en `almost caused a war`, `came close to war`, `on the brink of war`, `avoided war`; ru `на грани войны`; an
attack that happened stays asserted, and so does a blockade one's ships avoided."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("en", "In 1981 border incidents almost caused a war between Nigeria and Cameroon.", "negated"),
    ("en", "In 1981 Nigeria and Cameroon came close to war over the peninsula.", "negated"),
    ("en", "In 1981 the crisis brought Nigeria and Cameroon to the brink of war.", "negated"),
    ("en", "In 1981 Nigeria narrowly averted war with Cameroon.", "negated"),
    ("en", "In 1981 Nigeria attacked Cameroon to avoid a defeat at home.", "asserted"),
    ("ko", "1981년 나이지리아는 카메룬을 공격했다.", "asserted"),
    ("ru", "В 1981 году Нигерия и Камерун оказались на грани войны.", "negated"),
    ("ru", "В 1981 году Нигерия атаковала Камерун.", "asserted"),
    ("en", "In 1981 Nigerian ships changed course to avoid the Cameroonian attack on the port.", "asserted"),
]


@pytest.mark.parametrize(("lang", "text", "fact"), CASES)
def test_war_nearly_fought(lang, text, fact):
    acts = [(c, f) for c, _a, _b, f, _r in sentence_acts(text, lang, 1981, ("NGA", "CMR")) if c == "ASSAULT"]
    assert acts == [("ASSAULT", fact)]
