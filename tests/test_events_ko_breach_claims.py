"""Korean: saying that another broke or does not keep a treaty accuses it. The breaker is the subject of
the clause said (`북한이 … 위반했다고`), so the subject of the sentence is the doer; a breach named as a noun
(`조약 위반이라고 주장했다`) is aimed at the one it names."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("2019년 미국은 북한이 합의를 위반했다고 주장했다.", {("ACCUSE", "USA", "PRK")}),
    ("2019년 미국은 북한이 합의를 위반했다고 비난했다.", {("ACCUSE", "USA", "PRK")}),
    ("2018년 미국 트럼프 대통령은 러시아와 중국이 INF 조약을 준수하지 않는다면서 같은 무기를 개발하겠다고 말했다.",
     {("ACCUSE", "USA", "RUS"), ("ACCUSE", "USA", "CHN")}),
    ("2017년 러시아 외무부 대변인은 일본에 설치하기로 한 포대는 INF 조약 위반이라고 주장했다.", {("ACCUSE", "RUS", "JPN")}),
    # (a breach stated as a fact is no accusation)
    ("2019년 북한은 휴전협정을 위반했다.", set()),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_breach_claims_accuse(text: str, acts: set[tuple[str, str, str]]) -> None:
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "ko", 2019)} == acts
