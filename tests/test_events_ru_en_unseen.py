"""General ru and en event rules (lexicon data) on short hand-written sentences, one sentence at a time."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts


def acts(text: str, lang: str, pair: tuple[str, str] | None = None) -> set[tuple[str, str, str]]:
    """(category, source, target) of the events one sentence yields."""
    return {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, lang, pair=pair)}


FOUND = [
    # joining a war is an attack, not joining a bloc
    ("ru", "Италия вступила в войну против Франции.", None, ("ASSAULT", "ITA", "FRA")),
    ("ru", "Япония развязала войну с Китаем.", None, ("ASSAULT", "JPN", "CHN")),
    # a noun subject before a passive is no governor of it
    ("ru", "Договор был подписан Россией и Японией.", None, ("AGREE", "RUS", "JPN")),
    # a leader arriving in a capital visits the state
    ("ru", "Президент Китая прибыл в Москву.", None, ("CONSULT", "CHN", "RUS")),
    # Egypt's oblique cases drop the е of the nominative
    ("ru", "Франция продала Египту корабли.", None, ("AID", "FRA", "EGY")),
    ("ru", "Советский Союз направил военных советников в Корею.", None, ("AID", "SUN", "H.JOSEON")),
    # the state behind `к` annexes
    ("ru", "Присоединение Крыма к России осудили многие.", ("RUS", "UKR"), ("COERCE", "RUS", "UKR")),
    # `подвергся нападению со стороны X`: X attacked
    ("ru", "Польша подверглась нападению со стороны Германии.", None, ("ASSAULT", "DEU", "POL")),
    # troops as the subject of a passive belong to the doer
    ("ru", "Российские войска были выведены из Германии.", ("RUS", "DEU"), ("RETREAT", "RUS", "DEU")),
    ("ru", "Отношения между Китаем и Индией были установлены давно.", None, ("AGREE", "CHN", "IND")),
    ("ru", "Китай заявил решительный протест Японии.", None, ("ACCUSE", "CHN", "JPN")),
    ("ru", "Наступательная операция советских войск началась утром.", ("SUN", "FIN"), ("ASSAULT", "SUN", "FIN")),
    ("en", "Russia built up its forces near the border.", ("RUS", "UKR"),
     ("MOBILIZE", "RUS", "UKR")),
    ("en", "The alliance issued a statement agreeing with Japan on the plan.", ("JPN", "USA"),
     ("AGREE", "USA", "JPN")),
    ("en", "France pushed for an embargo against Iraq, and Germany advocated talks with Iraq.", None,
     ("SUPPORT", "FRA", "IRQ")),
    ("en", "China abandoned the siege of the town in March.", ("CHN", "VNM"), ("RETREAT", "CHN", "VNM")),
    ("en", "Turkey agreed on a deal, after which Russia put pressure on Syria.", None, ("REQUEST", "RUS", "SYR")),
]

NOT_FOUND = [
    # `начала войны` (the war's start) only dates what follows
    ("ru", "За неделю до начала войны Китай направил ноту Вьетнаму.", ("CHN", "VNM"), "ASSAULT"),
    ("ru", "Товарооборот между Китаем и Россией в прошлом году составил сто миллиардов долларов.", None, "COOPERATE"),
    ("ru", "Объём торговли России с Китаем вырос на десять процентов.", None, "COOPERATE"),
    # troops or ships arriving are no talks
    ("ru", "Российские войска прибыли в Сирию.", None, "CONSULT"),
    # non-state groups act for themselves
    ("en", "Armed separatists seized buildings in eastern Ukraine.", ("RUS", "UKR"), "COERCE"),
    ("en", "Russia supported separatists fighting in Georgia.", ("RUS", "GEO"), "SUPPORT"),
    ("en", "The president and the leaders of the opposition signed a settlement.", ("RUS", "UKR"), "AGREE"),
    ("en", "Several former Eastern Bloc countries joined the alliance.", ("RUS", "UKR"), "AGREE"),
    ("en", "Western European countries opposed the plan.", ("RUS", "USA"), "REJECT"),
]


@pytest.mark.parametrize(("lang", "text", "pair", "want"), FOUND, ids=[f"{c[0]}-{i}" for i, c in enumerate(FOUND)])
def test_act_found(lang: str, text: str, pair: tuple[str, str] | None, want: tuple[str, str, str]) -> None:
    got = acts(text, lang, pair)
    cat, a, b = want
    symmetric = cat in ("AGREE", "CONSULT", "COOPERATE")
    assert want in got or (symmetric and (cat, b, a) in got), got


@pytest.mark.parametrize(("lang", "text", "pair", "cat"), NOT_FOUND,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_FOUND)])
def test_no_act(lang: str, text: str, pair: tuple[str, str] | None, cat: str) -> None:
    assert not any(c == cat for c, _a, _b in acts(text, lang, pair))


def test_separatist_movements_still_coerce() -> None:
    # the singular is a modifier, not a group acting for itself
    got = acts("The Soviet Union developed separatist movements in Iran.", "en", ("SUN", "H.PERSIA"))
    assert any(c == "COERCE" for c, _a, _b in got), got
