"""Chinese: after 被 the coordinated doers are all doers (`被英国和法国联军击败`); 和 there joins them and
is no `with`."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("1855年，沙俄被英國和法國聯軍擊敗。", {("ASSAULT", "GBR", "H.RUSEMP"), ("ASSAULT", "FRA", "H.RUSEMP")}),
    ("1950年，美国被苏联和中国谴责。", {("ACCUSE", "SUN", "USA"), ("ACCUSE", "CHN", "USA")}),
    ("1855年，俄国被英国击败。", {("ASSAULT", "GBR", "H.RUSEMP")}),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_coordinated_doers_after_bei(text: str, acts: set[tuple[str, str, str]]) -> None:
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "zh", 1855 if "185" in text else 1950)} == acts
