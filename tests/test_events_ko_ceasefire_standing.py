"""Korean and Chinese: a ceasefire one side declares is its RETREAT (an agreed one stays AGREE); a mission
that stands opened (`개설되어 있다`) is a state of affairs, no act."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CI = ("CHN", "IND")

CASES = [
    ("중국은 11월 21일 0시를 기해 인도국경선상의 모든 중국군에 대해 휴전을 선포했다.", "ko", CI, [("RETREAT", "CHN", "IND")]),
    ("1953년 양국은 휴전에 합의했다.", "ko", CI, [("AGREE", "CHN", "IND")]),
    # (a ceasefire both declare is agreed between them)
    ("1953년 양국은 휴전을 선언했다.", "ko", CI, [("AGREE", "CHN", "IND")]),
    ("1953年双方宣布停火。", "zh", CI, [("AGREE", "CHN", "IND")]),
    ("1962年11月21日，中国宣布单方面停火。", "zh", CI, [("RETREAT", "CHN", "IND")]),
    ("1953年双方达成停火协议。", "zh", CI, [("AGREE", "CHN", "IND")]),
    ("양국의 수도에 각각 대사관이 개설되어 있다.", "ko", ("KOR", "THA"), []),
    ("1958년 양국은 대사관을 개설했다.", "ko", ("KOR", "THA"), [("COOPERATE", "KOR", "THA")]),
]


@pytest.mark.parametrize(("text", "lang", "pair", "acts"), CASES)
def test_acts(text: str, lang: str, pair: tuple[str, str], acts: list[tuple[str, str, str]]) -> None:
    assert [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, lang, 1962, pair)] == acts
