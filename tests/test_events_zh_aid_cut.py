"""Chinese: aid that shrinks or ends is a sanction; a war named in a museum's name or as the history one
rewrites is no attack; investment described by where it goes or what it covers is a statistic; a
Korean relation raised to a quoted new level is AGREE."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CJ = ("CHN", "JPN")

FOUND = [
    ("中苏决裂后，苏联对中国的援助也大大减少直至终止。", "zh", ("CHN", "SUN"), ("SANCTION", "SUN", "CHN")),
    ("苏联向中国提供了大量援助。", "zh", ("CHN", "SUN"), ("AID", "SUN", "CHN")),
    ("1937年，日本发动侵略战争。", "zh", CJ, ("ASSAULT", "JPN", "CHN")),
    ("2017년 11월부터는 양국 관계가 '전략적 동반자 관계'에서 '특별 전략적 동반자 관계'로 격상되었다.", "ko",
     ("KOR", "IDN"), ("AGREE", "KOR", "IDN")),
]

NONE = [
    ("1995年5月2日，日本首相村山富市参观了中国人民抗日战争纪念馆。", CJ, "ASSAULT"),
    ("1982年6月，日本文部省修改日本在二战期间发动侵略战争的历史，引起中國政府的抗议。", CJ, "ASSAULT"),
    ("2004年中国成为日本第三大对外投资目的地。", CJ, "COOPERATE"),
    ("日本对中国投资主要涉及电子、纤维、汽车制造等领域。", CJ, "COOPERATE"),
]


@pytest.mark.parametrize(("text", "lang", "pair", "act"), FOUND)
def test_act_found(text: str, lang: str, pair: tuple[str, str], act: tuple[str, str, str]) -> None:
    assert act in [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, lang, 1990, pair)]


@pytest.mark.parametrize(("text", "pair", "category"), NONE)
def test_no_such_act(text: str, pair: tuple[str, str], category: str) -> None:
    assert category not in [c for c, *_ in sentence_acts(text, "zh", 1990, pair)]


CUTS = [
    ("1991년 소련은 북한에 대한 경제 원조를 대폭 줄였다.", "ko", ("SUN", "PRK"), [("SANCTION", "SUN", "PRK")]),
    ("소련은 북한에 경제 원조를 제공했다.", "ko", ("SUN", "PRK"), [("AID", "SUN", "PRK")]),
    ("В 2013 году США приостановили часть военной помощи Египту.", "ru", ("USA", "EGY"), [("SANCTION", "USA", "EGY")]),
    ("США сократили помощь Египту.", "ru", ("USA", "EGY"), [("SANCTION", "USA", "EGY")]),
    ("США оказали помощь Египту.", "ru", ("USA", "EGY"), [("AID", "USA", "EGY")]),
]


@pytest.mark.parametrize(("text", "lang", "pair", "acts"), CUTS)
def test_aid_cut_is_a_sanction(text: str, lang: str, pair: tuple[str, str], acts: list[tuple[str, str, str]]) -> None:
    assert [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, lang, 1991, pair)] == acts


def test_willingness_to_improve_relations_is_an_offer() -> None:
    acts = sentence_acts("1982年3月24日，勃列日涅夫在塔什干发表讲话，表示愿意改善对华关系。", "zh", 1982, ("SUN", "CHN"))
    assert [(c, a, b) for c, a, b, _f, _by in acts] == [("AGREE", "SUN", "CHN")]
