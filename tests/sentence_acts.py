"""Test support: run one hand-written sentence through event extraction (not a test module)."""

from __future__ import annotations

from dyad.actors import default_gazetteer
from dyad.events import lexicon, sentence_events
from dyad.model import ActorMention, Sentence, TimeExpr


def year_date(year: int | None) -> TimeExpr | None:
    """The sentence date `year` (a whole year, stated), or None."""
    return TimeExpr(0, 4, str(year), f"{year}-01-01", f"{year}-12-31", "year", "explicit") if year else None


def sentence_acts(text: str, lang: str, year: int | None = None, pair: tuple[str, str] | None = None,
                  last: str | None = None, places: tuple[tuple[str, tuple[str, ...]], ...] = (),
                  date: TimeExpr | None = None) -> list[tuple[str, str, str, str, str | None]]:
    """(category, source, target, factuality, reported_by) of each act `text` states.

    Names are read at `year`, which is also the sentence's date unless `date` is given; `places` adds
    place mentions (name, codes); `last` is the previous sentence's doer."""
    mentions = default_gazetteer().find(text, lang, year=year) + [
        ActorMention(text.index(n), text.index(n) + len(n), n, codes, "place") for n, codes in places]
    s = Sentence(0, text, 0, len(text), lang, "")
    out = sentence_events(s, text, lexicon(lang), mentions, pair, date or year_date(year), last)
    return [(t.entry.category, a, b, fact, by) for t, a, b, _c, fact, by in out]
