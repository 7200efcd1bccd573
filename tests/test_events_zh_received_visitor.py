"""Chinese: the one received (`接待`, `接见`) is the visitor, who acts, as with `hosted` in English; where
the host is named with 由 and its leader (`由越南主席陈德良接待`) the state and its leader are one party."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("2001年1月，越南主席陳德良接待了俄羅斯總統普京。", None, {("CONSULT", "RUS", "VNM")}),
    ("2001年1月，俄羅斯總統普京正式訪問河內，由越南主席陳德良接待。", ("RUS", "VNM"), {("CONSULT", "RUS", "VNM")}),
    ("2001年，普京受到越南主席的接见。", None, {("CONSULT", "RUS", "VNM")}),
]


@pytest.mark.parametrize(("text", "pair", "acts"), CASES)
def test_received_is_the_visitor(text: str, pair: tuple[str, str] | None, acts: set[tuple[str, str, str]]) -> None:
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "zh", 2001, pair)} == acts
