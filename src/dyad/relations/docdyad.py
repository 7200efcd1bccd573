"""Which pair of states a document is about: from its title, its infobox, or its mentions."""

from __future__ import annotations

import re
from collections import Counter

from dyad.model import Sentence

MIN_MENTIONS = 2  # sentences naming the less-named state of a guessed pair
_LEAD = 2  # first body sentences read for a subject named as between two states
DOMINANCE = 0.4  # share of all state mentions the guessed pair must hold
_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]")  # an aside in brackets

_STATE_KINDS = {"state", "historical", "unrecognised", "dyad", "capital", "demonym", "official"}


def _states(gz, text: str, lang: str, named: Counter[tuple[str, str]] | None = None,
            as_named: bool = False) -> list[str]:
    """The states `text` names, one per lineage (`as_named`: by the first code it is named by, else by
    its lineage); `named` counts (lineage, code as named) pairs."""
    out: list[str] = []
    seen: set[str] = set()
    for m in gz.find(text, lang):
        if m.kind not in _STATE_KINDS:
            continue
        for code in m.codes:
            c = gz.lineage(code) or code
            if named is not None and m.kind != "capital":  # (a city names its state of today)
                named[(c, code)] += 1
            if c not in seen:
                seen.add(c)
                out.append(code if as_named and m.kind != "capital" else c)
    return out


def document_dyad(title: str, sentences: list[Sentence], lang: str,
                  nav_spans: list[tuple[int, int]] = (), ordered: bool = False) -> tuple[str, str] | None:
    """The document's pair of states as two codes in alphabetical order, or None when unclear.

    From the title, an infobox, or a title-like first line; failing those, from the two states
    the body names most, when they clearly dominate it. `ordered`: in the order the title, infobox
    or first line names them (the body's guess: the most named first), which is the order a pair
    word (`两国`, `both countries`) reads in.
    """
    pair = _document_dyad(title, sentences, lang, nav_spans)
    return pair if ordered or pair is None else tuple(sorted(pair))  # type: ignore[return-value]


def document_focus(title: str, lang: str) -> str | None:
    """The one state a title names (`Foreign relations of Japan`, `대한민국의 대외 관계`), or None.

    In such a document every act is the focus state's with another, sentence by sentence."""
    from dyad.actors import default_gazetteer

    codes = _states(default_gazetteer(), title, lang, as_named=True) if title else []
    return codes[0] if len(codes) == 1 else None


def _document_dyad(title: str, sentences: list[Sentence], lang: str,
                   nav_spans: list[tuple[int, int]]) -> tuple[str, str] | None:
    from dyad.actors import default_gazetteer

    gz = default_gazetteer()
    if title:
        # (a title in capitals, `СОВЕТСКО-ПОЛЬСКАЯ ВОЙНА 1920`, is read in sentence and in title case too)
        for t in dict.fromkeys([title] + ([title.capitalize(), title.title()] if title.isupper() else [])):
            codes = _states(gz, t, lang, as_named=True)
            if len(codes) == 2:
                return tuple(codes)  # type: ignore[return-value]

    def outside_nav(s: Sentence) -> bool:
        return not any(a <= s.start < b for a, b in nav_spans)

    # infobox: the first table outside navigation boxes whose leading cells are two states
    cells: list[str] = []
    for s in sentences:
        if s.kind != "table" or not outside_nav(s):
            if cells:
                break
            continue
        cells.extend(c.strip() for c in s.text.split("|") if c.strip())
        if len(cells) >= 2:
            pair = [_states(gz, c, lang) for c in cells[:2]]
            if all(len(p) == 1 for p in pair) and pair[0] != pair[1]:
                return pair[0][0], pair[1][0]
            cells = []
    # the first line as a title (`俄罗斯 - 阿塞拜疆关系`)
    for s in sentences:
        if s.kind == "heading" or s.kind == "text":
            codes = _states(gz, s.text, lang, as_named=True) if len(s.text) < 80 else []
            if len(codes) == 2:
                return tuple(codes)  # type: ignore[return-value]
            break
    # the lead that names its subject as between two (`… — соглашение, заключённое в 1667 между Россией и
    # Польшей`, `the war between Russia and Persia`)
    # (not in a one-state article: `Foreign relations of Mongolia` may say it lies between Russia and China)
    lead = [] if title and document_focus(title, lang) else [
        s for s in sentences if s.body and s.kind == "text" and outside_nav(s)][:_LEAD]
    for s in lead:
        between = _between_states(gz, s.text, lang)
        if between:
            return between
    # else the two states the body names most, when they clearly dominate it: a wrong pair would
    # lend its actors to every sentence that leaves its subject unsaid, so none beats a guess
    counts: Counter[str] = Counter()
    named: Counter[tuple[str, str]] = Counter()
    for s in sentences:
        if s.body:
            counts.update(_states(gz, s.text, lang, named))
    top = counts.most_common(3)
    if len(top) < 2 or top[1][1] < MIN_MENTIONS:
        return None
    if top[0][1] + top[1][1] < DOMINANCE * sum(counts.values()):
        return None
    if len(top) == 3 and top[2][1] * 2 > top[1][1]:
        return None  # a third state is named nearly as often: no clear pair

    def as_named(lin: str) -> str:
        # the code the body names that lineage by most (Carthage, not Tunisia, in a Punic war)
        return max(((n, code) for (c, code), n in named.items() if c == lin), default=(0, lin))[1]

    return as_named(top[0][0]), as_named(top[1][0])


def _between_states(gz, text: str, lang: str) -> tuple[str, str] | None:
    """The two states `text` names right after `between` (or before `之间`, `사이의`), as named, or None."""
    from dyad.events import lexicon
    from dyad.events.extract import between_pairs

    # (an aside in brackets is skipped: `between the United Kingdom (with aid from West Germany) and Iceland`)
    text = _ASIDE.sub("", text)
    ms = [(m.start, m.end, m.codes[0]) for m in gz.find(text, lang)
          if m.kind in ("state", "historical", "unrecognised") and m.codes]
    for (_s1, a), (_e2, b), mb, ma in between_pairs(text, ms, lexicon(lang)):
        if mb is not None or ma is not None:
            return a, b
    return None
