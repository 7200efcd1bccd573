"""Context resolution over a document: complete partial dates, bound them by dated headings, pick event dates.

The state carried from sentence to sentence is the *date in force*: the last fixed day, month,
season or year that the text moved to (ranges, decades and centuries state a period, not a point,
and retrospective mentions such as `지난 3분기` look back without moving the narrative).
A partial date earlier in the year than the date in force starts the next year only in a chronological
list (consecutive lines opening with their dates) or when it is far back (`PROSE_ROLL_MONTHS`); in
running prose it looks back. Before any date is in force, a partial date takes the year of the next
explicit date when it fits before it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from dyad.model import Section, Sentence, TimeExpr
from dyad.time.grammar import grammar
from dyad.time.tagger import Tagged, tag
from dyad.time.values import SEASONS, century_span, iso, shift, unit_span

_POINT = ("day", "month", "season", "year")
_FINE = {"day": 0, "month": 1, "season": 2, "year": 3, "range": 4, "decade": 5, "century": 6}
# a heading "states a period" when, beyond its numbering and the date, little else is left
# a partial date this many months before the date in force, in running prose, starts the next year
PROSE_ROLL_MONTHS = 6
# how far ahead a partial date with nothing in force before it looks for its year
LOOKAHEAD_SENTENCES = 15
_NUMBERING = re.compile(r"^\s*(?:\d+\.)*\d*\.?\s*")


@dataclass
class SentenceDates:
    """The expressions of one sentence (original offsets) and the date of what it states."""

    exprs: list[TimeExpr]
    event: TimeExpr | None


@dataclass
class _Anchor:
    start: date
    end: date
    precision: str


def _anchor_of(t: TimeExpr) -> _Anchor | None:
    if t.date_start is None or t.date_end is None or t.precision is None:
        return None
    return _Anchor(date.fromisoformat(t.date_start), date.fromisoformat(t.date_end), t.precision)


def _in_bound(y: int, bound: tuple[int, int] | None) -> bool:
    return bound is None or bound[0] <= y <= bound[1]


def _complete(p: dict, a: _Anchor | None, bound: tuple[int, int] | None) -> tuple[date, date, str] | None:
    """Value of a partial expression given the date in force and the section's period."""
    if a is None and bound is not None:
        a = _Anchor(date(bound[0], 1, 1), date(bound[0], 12, 31), "year")
    if a is None:
        return None
    if "rel" in p and p["rel"][0] == "year" and any(k in p for k in ("m", "d", "season")):
        y = a.start.year + p["rel"][1]
        r = unit_span(y, p.get("m"), p.get("d"), p.get("season"))
        return r if r and (p.get("m") is not None or p.get("d") is None) else None
    if "rel" in p:
        unit, off = p["rel"]
        if unit == "period":
            return a.start, a.end, a.precision
        if unit == "year":
            return unit_span(a.start.year + off)
        if unit == "century":
            return century_span(a.start.year // 100 + 1 + off)
        if unit == "month" and a.precision in ("day", "month"):
            x = shift(a.start.replace(day=1), "month", off)
            return unit_span(x.year, x.month)
        if unit in ("day", "week") and a.precision == "day":
            x = shift(a.start, unit, off)
            return unit_span(x.year, x.month, x.day)
        if unit == "quarter" and a.precision == "season":
            return a.start, a.end, a.precision
        return None
    y = a.start.year
    if not _in_bound(y, bound):
        y = bound[0]
        a = _Anchor(date(y, 1, 1), date(y, 12, 31), "year")
    m, d = p.get("m"), p.get("d")
    roll = p.get("roll", True)
    if m is None and d is not None:
        if a.precision not in ("day", "month"):
            return None
        x = a.start
        # a bare day before the day in force is in the next month (`이틀 뒤인 2일`)
        if a.precision == "day" and d < x.day:
            x = shift(x.replace(day=1), "month", 1)
        r = unit_span(x.year, x.month, d)
        if r and p.get("d2") is not None:
            e = unit_span(x.year, x.month, p["d2"])
            return (r[0], e[1], "range") if e else None
        return r
    if m is not None:
        if a.precision in ("day", "month", "season"):
            key = (m, d or 0)
            akey = (a.start.month, a.start.day if a.precision == "day" and d is not None else 0)
            if p.get("past"):
                if key > akey and a.precision != "season":
                    y -= 1
            elif key < akey and not p.get("background") and (roll or _far_back(key, akey)):
                y += 1
        r = unit_span(y, m, d)
        if r and (p.get("m2") is not None or p.get("d2") is not None):
            e = unit_span(y, p.get("m2", m), p.get("d2"))
            if e is None:
                return None
            if e[1] < r[0]:
                e = unit_span(y + 1, p.get("m2", m), p.get("d2"))
            return (r[0], e[1], "range") if e else None
        return r
    if p.get("season"):
        start = SEASONS[p["season"]][0]
        if a.precision in ("day", "month", "season"):
            if start == 12 and a.start.month <= 2:
                y -= 1  # in January, `the winter` is the one that began in December
            elif start < a.start.month and not p.get("background") and not p.get("past") and (roll or _far_back((start, 0), (
                    a.start.month, 0))):
                y += 1
        return unit_span(y, None, None, p["season"])
    return None


def _far_back(key: tuple[int, int], akey: tuple[int, int]) -> bool:
    """In running prose a date earlier in the year than the one in force is a look back, unless it is
    so much earlier that the narrative has more likely crossed into the next year (December, then March)."""
    return akey[0] - key[0] >= PROSE_ROLL_MONTHS


def _named(name: str | None, history: list[tuple[str, list[Tagged]]]) -> _Anchor | None:
    """The date stated right after (or before) `name` in the nearest earlier sentence that has one."""
    if not name:
        return None
    for text, exprs in reversed(history[-200:]):
        i = text.rfind(name)
        if i < 0:
            continue
        j = i + len(name)
        for t in exprs:
            if t.date_start and (0 <= t.start - j <= 8 or 0 <= i - t.end <= 4):
                return _anchor_of(t)
    return None


def _opens(text: str, t: TimeExpr) -> bool:
    """True when the expression opens its sentence (`In 1907, …`, `2019년에 …`, `2001年，…`)."""
    head = text[: t.start].strip()
    return len(head) <= 6 and len(head.split()) <= 1


def _moves(t: Tagged, anchor: _Anchor | None, text: str = "") -> bool:
    """Whether an expression moves the date in force.

    Points in time do (a day, a month, a year); periods (ranges, decades, centuries), retrospective
    mentions (`지난 1월`), quarters or seasons completed from context (comparisons) and, once a date is
    in force, starting points and limits (`until 2034`) do not. A bare
    year before the year in force moves it only when it opens the sentence (a new item of the
    narrative); inside a sentence it recalls the past. The same year does not replace a finer date.
    """
    a = _anchor_of(t)
    if a is None or a.precision not in _POINT or t.parts.get("past"):
        return False
    if t.background and anchor is not None:
        return False  # a starting point or a limit (`since 1991`, `until 2034`) is not the narrative's date
    if t.source == "context" and a.precision == "season":
        return False
    if anchor is not None and a.precision == "year":
        if a.start.year == anchor.start.year:
            return anchor.precision == "year"
        return a.start.year > anchor.start.year or _opens(text, t)
    return True


def _inherit(t: TimeExpr) -> TimeExpr:
    """The event date a sentence without its own takes from the one in force: its year (or coarser)."""
    if t.precision in ("day", "month", "season") and t.date_start:
        y = t.date_start[:4]
        return replace(t, date_start=f"{y}-01-01", date_end=f"{y}-12-31", precision="year", source="context")
    return replace(t, source="context")


def _looks_back(t: TimeExpr, anchor: _Anchor | None) -> bool:
    """A bare year before the date in force, alone in its sentence, recalls the past: the event is later."""
    if anchor is None or t.precision != "year" or t.source != "explicit" or anchor.precision == "year":
        return False
    return int(t.date_start[:4]) < anchor.start.year


def _aside(t: TimeExpr, anchor: _Anchor | None, text: str) -> bool:
    """A bare year before the date in force, inside its sentence (`which Israel had captured in 1967`),
    recalls the past: it dates its sentence, but the sentences after it go on from the date in force."""
    # (only under a day or month in force: a year in force may be stale, from a section before)
    return (anchor is not None and anchor.precision in ("day", "month") and isinstance(t, Tagged)
            and t.precision == "year" and t.source == "explicit"
            and int(t.date_start[:4]) < anchor.start.year and not _opens(text, t))


def _recalls(t: TimeExpr, anchor: _Anchor | None) -> bool:
    """A period that ended before the year in force: it does not become the date in force."""
    return (anchor is not None and t.precision not in _POINT and t.date_end is not None
            and int(t.date_end[:4]) < anchor.start.year)


def _heading_period(s: Sentence, exprs: list[TimeExpr]) -> tuple[int, int] | None:
    """Years a heading's items are bound to, when the heading states a period (`2.4.1. 2020년대`)."""
    fixed = [t for t in exprs if t.date_start and t.date_end]
    if len(fixed) != 1:
        return None
    t = fixed[0]
    rest = (s.text[: t.start] + s.text[t.end:]) if isinstance(t, Tagged) else s.text
    rest = _NUMBERING.sub("", rest).strip(" .:-–—()")
    if len(rest) > 3:
        return None
    return int(t.date_start[:4]), int(t.date_end[:4])


def choose_event(exprs: list[Tagged]) -> Tagged | None:
    """The sentence's event date among its (resolved) expressions.

    Background mentions (`since 1991`, `~까지` deadlines) are passed over when something else is there;
    among the rest the first wins, unless a finer date inside it follows.
    """
    fixed = [t for t in exprs if t.date_start is not None]
    if not fixed:
        return None
    fore = [t for t in fixed if not t.background] or fixed
    first = fore[0]
    # a finer date inside the first one refines it: `9월. … 17일`, `In 2014 … in August 2014`
    inner = [t for t in fore[1:] if _FINE.get(t.precision, 9) < _FINE.get(first.precision, 9)
             and first.date_start <= t.date_start and t.date_end <= first.date_end]
    return min(inner, key=lambda t: _FINE.get(t.precision, 9)) if inner else first


def resolve_document(sentences: list[Sentence], sections: list[Section], text: str | None = None,
                     ) -> list[SentenceDates]:
    """Tag every sentence, complete partial dates from context and choose each sentence's event date.

    Sentences come in document order. Offsets of the returned expressions are in the original text.
    A sentence without a date of its own takes the one in force: whole when it continues the same
    line (list item, paragraph) as the sentence that set it, else only its year. `text` (the original
    document text) tells where lines break; without it every sentence counts as a new line.
    """
    bounds: dict[int, tuple[int, int] | None] = {}
    parent = {s.index: s.parent for s in sections}
    anchor: _Anchor | None = None
    in_force: TimeExpr | None = None
    out: list[SentenceDates] = []
    prev: Sentence | None = None
    history: list[tuple[str, list[Tagged]]] = []
    line_dated = False
    list_run = False
    all_tags = _tag_all(sentences)
    for k, s in enumerate(sentences):
        tags = all_tags[k]
        if s.is_heading:
            period = _heading_period(s, tags)
            bounds[s.section_index] = period
        bound = _bound(s.section_index, bounds, parent)
        if bound is not None and anchor is not None and not (
                bound[0] <= anchor.start.year <= bound[1]):
            anchor, in_force = None, None
        resolved: list[Tagged] = []
        anchor_before = anchor
        same_line = text is not None and prev is not None and "\n" not in text[prev.end:s.start]
        for t in tags:
            if t.date_start is None and t.parts is not None and t.source == "context":
                named = _named(t.parts.get("named"), history)
                # a chronological list (each item on its own line) rolls into the next year when a
                # date falls earlier than the item before it; running prose looks back instead
                roll = not same_line and list_run and _opens(s.text, t)
                parts = {**t.parts, "background": t.background, "roll": roll}
                a = named or anchor
                if a is None and bound is None:
                    a = _ahead(parts, sentences, all_tags, k, t.end)
                v = _complete(parts, a, bound)
                if v is not None:
                    t = replace(t, date_start=iso(v[0]), date_end=iso(v[1]), precision=v[2])
            resolved.append(t)
            if _moves(t, anchor, s.text) or (s.is_heading and t.date_start and t.precision in _POINT):
                anchor = _anchor_of(t)
            elif _one_year(t) and (anchor is None or anchor.start.year < int(t.date_start[:4])):
                # a period inside one year (`1945年8月-10月`) gives later partial dates their year
                y = int(t.date_start[:4])
                anchor = _Anchor(date(y, 1, 1), date(y, 12, 31), "year")
        event = choose_event(resolved)
        after = _glued_bracket(sentences, all_tags, k, text)
        if after is not None and (event is None or event.source != "explicit"):
            event = after
        g = grammar(s.lang)
        if (event is not None and event.start > 3 and g is not None and g.bare_year_recalls
                and _looks_back(event, anchor_before)):
            event = None
        if event is None and in_force is not None and not s.is_heading and not (
                g is not None and g.up_to_now is not None and g.up_to_now.search(s.text)):
            event = replace(in_force, source="context") if same_line and line_dated else _inherit(in_force)
        elif event is not None and not _recalls(event, anchor_before):
            if g is not None and g.revealed is not None and g.revealed.search(s.text):
                anchor = anchor_before  # a disclosure looks back from later: the narrative's date stays
            elif in_force is None or not _aside(event, anchor_before, s.text):
                in_force = event
        if not same_line:
            line_dated = False
            if tags:
                # consecutive lines that open with their date make a chronological list
                list_run = _opens(s.text, tags[0])
        if event is not None and event.source == "explicit" or any(t.date_start for t in resolved):
            line_dated = True
        prev = s
        history.append((s.text, resolved))
        exprs = []
        for t in resolved:
            a, b = s.orig_span(t.start, t.end)
            exprs.append(replace(t, start=a, end=b))
        ev = None
        if event is not None:
            a, b = s.orig_span(event.start, event.end) if event in resolved else (event.start, event.end)
            ev = replace(event, start=a, end=b)
        out.append(SentenceDates(exprs=exprs, event=ev))
    return out


def _glued_bracket(sentences: list[Sentence], tags: list[list[Tagged]], k: int, text: str | None,
                   ) -> TimeExpr | None:
    """An explicit date in brackets glued to the sentence's final stop (`…순방했다.(1969년 2월)`) that
    the segmenter put at the head of the next sentence: it dates this one. Offsets are original."""
    if text is None or k + 1 >= len(sentences):
        return None
    s, n = sentences[k], sentences[k + 1]
    if text[s.end:n.start] or not n.text.startswith(("(", "（")) or not tags[k + 1]:
        return None
    t = tags[k + 1][0]
    if t.start != 1 or t.source != "explicit" or t.date_start is None or n.text[t.end:t.end + 1] not in ")）":
        return None
    a, b = n.orig_span(t.start, t.end)
    return replace(t, start=a, end=b)


def _tag_all(sentences: list[Sentence]) -> list[list[Tagged]]:
    """Expressions of every sentence; a sentence in a language without a grammar (a quotation, a
    misdetected line) is read with the document's main language."""
    langs = Counter(s.lang for s in sentences if grammar(s.lang) is not None)
    main = langs.most_common(1)[0][0] if langs else None
    out = []
    for s in sentences:
        lang = s.lang if main is None or grammar(s.lang) is not None else main
        out.append([t for t in tag(s.text, lang) if isinstance(t, Tagged)])
    return out


def _one_year(t: TimeExpr) -> bool:
    return (t.source == "explicit" and t.precision == "range" and t.date_start is not None
            and t.date_end is not None and t.date_start[:4] == t.date_end[:4])


def _ahead(p: dict, sentences: list[Sentence], tags: list[list[Tagged]], k: int, after: int,
           ) -> _Anchor | None:
    """Before any date is in force: the year of the next explicit date of the same section, when the
    partial date falls no later in that year (`8月8日 … 1945年8月14日`); else nothing fixes it."""
    if p.get("m") is None or "rel" in p:
        return None
    sec = sentences[k].section_index
    for j in range(k, min(len(sentences), k + LOOKAHEAD_SENTENCES)):
        if sentences[j].section_index != sec:
            return None
        for t in tags[j]:
            if (j == k and t.start < after) or t.source != "explicit" or t.precision not in _POINT:
                continue
            a = _anchor_of(t)
            if a is None:
                continue
            if (p["m"], p.get("d") or 0) <= (a.start.month, a.start.day if a.precision == "day" else 31):
                return _Anchor(date(a.start.year, 1, 1), date(a.start.year, 12, 31), "year")
            return None
    return None


def _bound(idx: int, bounds: dict[int, tuple[int, int] | None], parent: dict[int, int | None],
           ) -> tuple[int, int] | None:
    seen = 0
    cur: int | None = idx
    while cur is not None and seen < 50:
        b = bounds.get(cur)
        if b is not None:
            return b
        cur = parent.get(cur)
        seen += 1
    return None
