"""Reserving the right to respond threatens (en, ru, ko, zh); diplomats made to leave a state are expelled
by it (ru); in a document about a pair, an exchange of embassies and a treaty signed with no one named
(ru, verb before its subject: `был подписан договор`) are the pair's."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("In 2007 Russia reserved the right to retaliate against the United Kingdom.", "en", None,
     {("THREATEN", "RUS", "GBR")}),
    ("В 2021 году Москва оставляет за собой право на ответные меры против Словакии.", "ru", None,
     {("THREATEN", "RUS", "SVK")}),
    ("2018년 러시아는 미국에 대한 대응 조치를 취할 권리를 보유한다고 밝혔다.", "ko", None, {("THREATEN", "RUS", "USA")}),
    ("2018年中方保留对美国采取反制措施的权利。", "zh", None, {("THREATEN", "CHN", "USA")}),
    ("В 2021 году несколько российских дипломатов должны будут покинуть территорию Словакии.", "ru", None,
     {("SANCTION", "SVK", "RUS")}),
    ("В 1977 году состоялся обмен посольствами.", "ru", ("PHL", "SUN"), {("AGREE", "PHL", "SUN")}),
    ("В 1977 году был подписан договор о дружбе.", "ru", ("PHL", "SUN"), {("AGREE", "PHL", "SUN")}),
    # (a treaty that lapses is no act)
    ("Договор утратил силу в 2000 году.", "ru", ("PHL", "SUN"), set()),
]


@pytest.mark.parametrize(("text", "lang", "pair", "acts"), CASES)
def test_reserve_right_leave_and_pair_acts(text: str, lang: str, pair: tuple[str, str] | None,
                                          acts: set[tuple[str, str, str]]) -> None:
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, lang, 2000, pair)} == acts
