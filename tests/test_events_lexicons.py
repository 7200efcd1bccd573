"""The ko, zh and ru event lexicons on short hand-written sentences, run through the whole pipeline."""

from __future__ import annotations

import pytest

from dyad.events import lexicon
from dyad.model import Document
from dyad.pipeline import analyse


def events(text: str, lang: str) -> list[tuple[str, str, str, str]]:
    """(category, source, target, factuality) of every event dyad finds in a one-line document."""
    rows = analyse(Document(id="t", text=text, lang=lang))
    return [(e.category, e.source, e.target, e.factuality) for e in rows.events]


def acts(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(c, a, b) for c, a, b, _f in events(text, lang)}


CASES = [
    # (lang, sentence, expected (category, source, target, factuality))
    ("ru", "Россия и Иран подписали соглашение о сотрудничестве.", ("AGREE", "RUS", "IRN", "asserted")),
    ("ru", "Лавров провёл переговоры с министром иностранных дел Китая.", ("CONSULT", "RUS", "CHN", "asserted")),
    ("ru", "Германия объявила войну Франции.", ("ASSAULT", "DEU", "FRA", "asserted")),
    ("ru", "Россия ввела санкции против Турции.", ("SANCTION", "RUS", "TUR", "asserted")),
    ("ru", "Россия передала Ирану зенитные ракеты.", ("AID", "RUS", "IRN", "asserted")),
    ("ru", "Иран закупил у России истребители.", ("AID", "RUS", "IRN", "asserted")),
    ("ru", "Турция сбила российский самолёт.", ("ASSAULT", "TUR", "RUS", "asserted")),
    ("ru", "Япония оккупировала Корею.", ("COERCE", "JPN", "KOR", "asserted")),
    ("ru", "Россия не подписала договор с Грузией.", ("AGREE", "RUS", "GEO", "negated")),
    ("ru", "По данным ТАСС, Россия поставила Ирану оружие.", ("AID", "RUS", "IRN", "reported")),
    ("ru", "Россия планирует поставить Ирану самолёты.", ("AID", "RUS", "IRN", "planned")),
    ("zh", "2001年，中国与俄罗斯签署了友好条约。", ("AGREE", "CHN", "RUS", "asserted")),
    ("zh", "俄罗斯总统普京访问了北京。", ("CONSULT", "RUS", "CHN", "asserted")),
    ("zh", "德国向法国宣战。", ("ASSAULT", "DEU", "FRA", "asserted")),
    ("zh", "美国对伊朗实施制裁。", ("SANCTION", "USA", "IRN", "asserted")),
    ("zh", "伊朗从俄罗斯购买了导弹。", ("AID", "RUS", "IRN", "asserted")),
    ("zh", "俄罗斯从格鲁吉亚撤军。", ("RETREAT", "RUS", "GEO", "asserted")),
    ("zh", "中国没有承认科索沃。", ("AGREE", "CHN", "XKX", "negated")),
    ("zh", "据报道，俄罗斯向伊朗出售了导弹。", ("AID", "RUS", "IRN", "reported")),
    ("zh", "俄罗斯计划向印度出售导弹。", ("AID", "RUS", "IND", "planned")),
    ("ko", "2001년 러시아와 이란은 우호 조약을 체결했다.", ("AGREE", "RUS", "IRN", "asserted")),
    ("ko", "푸틴 대통령은 평양을 방문했다.", ("CONSULT", "RUS", "PRK", "asserted")),
    ("ko", "러시아는 일본에 전쟁을 선포했다.", ("ASSAULT", "RUS", "JPN", "asserted")),
    ("ko", "러시아군은 시리아에 공습을 단행했다.", ("ASSAULT", "RUS", "SYR", "asserted")),
    ("ko", "미국은 이란에 제재를 가했다.", ("SANCTION", "USA", "IRN", "asserted")),
    ("ko", "한국은 러시아와 접촉했다.", ("CONSULT", "KOR", "RUS", "asserted")),
    ("ko", "타스 통신은 러시아가 북한에 식량을 지원했다고 보도했다.", ("AID", "RUS", "PRK", "reported")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_category_direction_and_factuality(lang: str, text: str, expected: tuple[str, str, str, str]) -> None:
    found = events(text, lang)
    cat, src, tgt, fact = expected
    symmetric = cat in ("AGREE", "CONSULT", "COOPERATE")
    hits = [e for e in found if e[0] == cat and ((e[1], e[2]) == (src, tgt) or symmetric and (e[1], e[2]) == (tgt, src))]
    assert hits, found
    assert hits[0][3] == fact


def test_ru_reported_names_the_outlet() -> None:
    rows = analyse(Document(id="t", text="По данным ТАСС, Россия поставила Ирану оружие.", lang="ru"))
    assert [e.reported_by for e in rows.events if e.category == "AID"] == ["TASS"]


def test_ru_passive_with_instrumental_doer() -> None:
    assert ("ASSAULT", "FRA", "H.RUSEMP") in acts("В 1812 году Россия была атакована Францией.", "ru")


def test_ru_denied() -> None:
    assert [f for c, _a, _b, f in events("Иран отрицает, что получил оружие от России.", "ru") if c == "AID"] == ["denied"]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Египет при поддержке Сирии атаковал Израиль."),  # `with the support of` is no act of support
    ("ru", "Иран является союзником России."),  # a standing alliance, not its conclusion
    ("ru", "Санкционированная Турцией операция против Армении."),  # `sanctioned` = authorised
    ("zh", "苏联的驱逐舰抵达了中国。"),  # a destroyer is not an expulsion
    ("zh", "俄罗斯向伊朗出售了战斗机。"),  # a fighter jet is not a battle
])
def test_words_that_only_look_like_triggers(lang: str, text: str) -> None:
    bad = {"ru": {"SUPPORT", "AGREE", "SANCTION"}, "zh": {"SANCTION", "ASSAULT"}}[lang]
    assert not {c for c, *_ in events(text, lang)} & bad


def test_zh_refusal_to_recognise_is_reject() -> None:
    assert ("REJECT", "CHN", "MNG") in acts("中国不承认外蒙古独立。", "zh")


def test_zh_future_jiang_but_not_object_marker() -> None:
    lex = lexicon("zh")
    planned = lex.fact["planned"]["before"]
    assert planned.search("俄罗斯将在")
    assert not planned.search("并将该岛")


def test_topics_stems_are_word_initial() -> None:
    lex = lexicon("ru")
    named = {t for t, p in lex.topics if p.search("Государство открыло спортивную газету.")}
    assert "legal" not in named and "energy" not in named and "transport" not in named
    assert "energy" in {t for t, p in lex.topics if p.search("Поставки газа в Китай.")}
