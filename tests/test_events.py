"""Event extraction on short hand-written sentences (the real gazetteer names the actors)."""

from __future__ import annotations

import pytest

from dyad.actors import default_gazetteer
from dyad.events import categories, intensity, lexicon, sentence_events
from dyad.model import QUADS, Sentence, TimeExpr


def run(text: str, lang: str, pair: tuple[str, str] | None = None, date: TimeExpr | None = None):
    s = Sentence(0, text, 0, len(text), lang, "")
    mentions = default_gazetteer().find(text, lang)
    out = sentence_events(s, text, lexicon(lang), mentions, pair, date, None)
    return [(t.entry.category, a, b, fact, by) for t, a, b, _c, fact, by in out]


def test_categories_data_is_complete():
    cats = categories()
    assert len(cats) == 16
    assert {c.quad for c in cats.values()} <= set(QUADS)
    assert cats["SANCTION"].quad == "material_conflict" and cats["ASSAULT"].base == -9.0


def test_intensity_modifiers_move_toward_the_pole():
    assert intensity("AGREE", {"treaty", "defence"}) > intensity("AGREE", set()) == 2.5
    assert intensity("CONSULT", {"phone"}) < intensity("CONSULT", set())
    assert intensity("ASSAULT", {"massive", "lethal", "nuclear"}) == -10.0
    assert intensity("REQUEST", {"treaty"}) == 0.0


def test_en_active_voice():
    ev = run("In 2001 Russia signed a treaty with Iran.", "en")
    assert ("AGREE", "RUS", "IRN", "asserted", None) in ev


def test_en_passive_voice_takes_the_doer_from_by():
    ev = run("Georgia was invaded by Russia.", "en")
    assert [(c, a, b) for c, a, b, *_ in ev] == [("ASSAULT", "RUS", "GEO")]


def test_en_arms_purchase_is_aid_from_the_supplier():
    ev = run("India bought fighter jets from France.", "en")
    assert ("AID", "FRA", "IND") in [(c, a, b) for c, a, b, *_ in ev]


def test_en_reported_with_outlet():
    ev = run("According to Reuters, Russia sold missiles to Iran.", "en")
    assert ("AID", "RUS", "IRN", "reported", "Reuters") in ev


def test_en_planned():
    ev = run("Japan will send aid to Italy.", "en")
    assert [(c, f) for c, _a, _b, f, _ in ev] == [("AID", "planned")]


def test_en_statistics_and_polls_hold_no_event():
    assert run("According to a poll, 60% of Germans view France positively.", "en") == []
    assert run("Canada has an embassy in Mexico.", "en") == []


def test_en_named_war_as_time_anchor_is_not_an_event():
    assert run("During the Iran–Iraq War, trade in the region fell.", "en") == []


def test_ko_particles_give_direction():
    ev = run("러시아는 북한에 밀을 지원했다.", "ko")
    assert [(c, a, b) for c, a, b, *_ in ev] == [("AID", "RUS", "PRK")]


def test_ko_dropped_subject_is_filled_from_the_pair():
    ev = run("11월, 양국은 새 조약을 체결했다.", "ko", pair=("PRK", "RUS"))
    assert [(c, {a, b}) for c, a, b, *_ in ev] == [("AGREE", {"PRK", "RUS"})]


def test_ko_passive_reverses_roles():
    ev = run("일본 어선이 러시아에 나포되었다.", "ko")
    assert ("COERCE", "RUS", "JPN") in [(c, a, b) for c, a, b, *_ in ev]


def test_ko_reported_by_outlet_and_planned():
    ev = run("러시아가 북한에 보리를 보낸다고 인테르팍스가 보도했다.", "ko")
    assert ev and ev[0][:3] == ("AID", "RUS", "PRK") and ev[0][4] in (None, "Interfax")
    ev = run("러시아는 2019년 말까지 북한 노동자를 송환할 것이라고 밝혔다.", "ko")
    assert ("RETREAT", "planned") in [(c, f) for c, _a, _b, f, _ in ev]


def test_ko_statement_that_is_the_act_is_asserted():
    ev = run("중국은 미국의 제재에 반대한다고 밝혔다.", "ko")
    assert ("REJECT", "CHN", "USA", "asserted", None) in ev


def test_zh_preposition_gives_the_receiver():
    ev = run("俄罗斯向阿塞拜疆提供援助。", "zh")
    assert ("AID", "RUS", "AZE") in [(c, a, b) for c, a, b, *_ in ev]


def test_zh_bei_passive():
    ev = run("格鲁吉亚被俄罗斯占领。", "zh")
    assert ("COERCE", "RUS", "GEO") in [(c, a, b) for c, a, b, *_ in ev]


def test_era_names_follow_the_date():
    date = TimeExpr(0, 4, "1850", "1850-01-01", "1850-12-31", "year")
    ev = run("Russia attacked Persia.", "en", date=date)
    assert ("ASSAULT", "H.RUSEMP", "H.PERSIA") in [(c, a, b) for c, a, b, *_ in ev]


@pytest.mark.parametrize("lang", ["en", "ko", "zh", "ru"])
def test_every_language_has_triggers_for_every_category(lang):
    cats = {e.category for e in lexicon(lang).entries.values()}
    assert cats == set(categories())
