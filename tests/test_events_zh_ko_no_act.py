"""Chinese and Korean sentences that hold no act: states that each (各国) set up ties are an unnamed group,
the state they became independent of (脱离X独立) no party; a Korean sentence that only gives another name."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("其次，脫離蘇聯獨立的中东欧和前苏联地区各国纷纷与以色列建交。", "zh", ("CHN", "ISR"), []),
    ("1992年，中国与以色列建交。", "zh", ("CHN", "ISR"), [("AGREE", "CHN", "ISR")]),
    ("미일화친조약 또는 페리 협정이라고도 한다.", "ko", ("JPN", "USA"), []),
    ("1854년 일본과 미국은 조약을 체결했다.", "ko", ("JPN", "USA"), [("AGREE", "JPN", "USA")]),
]


@pytest.mark.parametrize(("text", "lang", "pair", "acts"), CASES)
def test_acts(text: str, lang: str, pair: tuple[str, str], acts: list[tuple[str, str, str]]) -> None:
    assert [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, lang, 1992, pair)] == acts
