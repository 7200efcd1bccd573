"""The two leaders name the pair (`두 정상`, `the two leaders`), and a state where two meet together is only
the venue (`양국은 몰타에서 회담했다`), while one state meeting in another's land is received by it."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("1989년 12월 두 정상은 공동성명을 발표하였다.", "ko", ("USA", "SUN"), {("AGREE", "USA", "SUN")}),
    ("In 1972 both leaders met in Moscow.", "en", ("USA", "SUN"), {("CONSULT", "USA", "SUN")}),
    ("In 1989 the two leaders signed a joint declaration.", "en", ("USA", "SUN"), {("AGREE", "USA", "SUN")}),
    ("1989년 12월 양국은 몰타에서 회담했다.", "ko", ("USA", "SUN"), {("CONSULT", "USA", "SUN")}),
    ("2018년 북한과 미국은 싱가포르에서 정상회담을 가졌다.", "ko", None, {("CONSULT", "PRK", "USA")}),
    ("2018년 북한은 싱가포르에서 정상회담을 가졌다.", "ko", None, {("CONSULT", "PRK", "SGP")}),
]


@pytest.mark.parametrize(("text", "lang", "pair", "acts"), CASES)
def test_pair_leaders_and_venue(text: str, lang: str, pair: tuple[str, str] | None,
                                acts: set[tuple[str, str, str]]) -> None:
    got = {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, lang, 1989, pair)}
    assert got == acts
