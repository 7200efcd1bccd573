"""Sentence boundaries inside one line of clean text."""

from __future__ import annotations

import re
from bisect import bisect_right

from dyad.text.rules import TextRules

_CLOSERS = "\"'”’»)]）」』"
_END_RUN = re.compile(r"[.!?。！？]+[" + re.escape(_CLOSERS) + r"]*")
_TOKEN_BEFORE = re.compile(r"([\w.]+)$")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _is_abbreviation(line: str, dot: int, rules: TextRules) -> bool:
    m = _TOKEN_BEFORE.search(line, max(0, dot - 40), dot)  # a bounded look back keeps long lines linear
    if not m:
        return False
    token = m.group(1).lower().strip(".")
    if token in rules.abbreviations:
        return True
    # initials and dotted acronyms: "J.", "U.S.", "U.S.S.R."
    if len(token) == 1 and token.isalpha():
        return True
    return bool(re.fullmatch(r"(?:\w\.)+\w", token)) and len(token) <= 9


_QUOTED = re.compile(r'"[^"\n]{1,400}"|“[^”\n]{1,400}”|«[^»\n]{1,400}»|「[^」\n]{1,400}」|『[^』\n]{1,400}』')


def _quoted_regions(line: str) -> list[tuple[int, int]]:
    if not any(q in line for q in '"“«「『'):
        return []
    return [(m.start(), m.end()) for m in _QUOTED.finditer(line)]


def _inside(regions: list[tuple[int, int]], a: int, b: int) -> bool:
    k = bisect_right(regions, (a, _FAR)) - 1
    return k >= 0 and regions[k][0] < a and b < regions[k][1]


_FAR = 1 << 62  # larger than any offset: sorts after every region starting at a


def split_line(line: str, rules: TextRules) -> list[tuple[int, int]]:
    """Spans of the sentences of `line` (whitespace trimmed).

    A full stop inside a quotation does not end the sentence that quotes it, nor
    does one after a bare date that opens a chronology item (`9월 28일. …`).
    """
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(line)
    quoted = _quoted_regions(line)
    for m in _END_RUN.finditer(line):
        punct = m.group(0)
        end = m.end()
        if end >= n:
            break
        if quoted and _inside(quoted, m.start(), end):
            continue
        if rules.item_date_prefix and rules.item_date_prefix.fullmatch(line, start, m.start()):
            continue
        first = punct[0]
        if first not in rules.sentence_end and first not in ".!?":
            continue
        nxt = line[end]
        if first in "。！？":
            if first not in rules.sentence_end:
                continue
            spans.append((start, end))
            start = end
            continue
        if first not in rules.sentence_end:
            continue
        prev = line[m.start() - 1] if m.start() > 0 else ""
        if nxt.isspace():
            if (first == "." and len(punct.rstrip(_CLOSERS)) == 1 and _is_abbreviation(line, m.start(), rules)
                    and not (rules.new_after_abbreviation and rules.new_after_abbreviation.match(line, end + 1))):
                continue
            rest = line[end:].lstrip()
            if rest and rest[0].islower() and rest[0].isalpha() and not _HANGUL.match(rest[0]):
                continue  # "c. the" / a lower-case continuation is not a new sentence
            spans.append((start, end))
            start = end
        else:
            # glued: "했으니.두만강", "relations.The" ; never "2.5", "U.S."
            if prev.isdigit() and nxt.isdigit():
                continue
            glued_ko = rules.glued_period_after and re.match(rules.glued_period_after, prev) and (
                _HANGUL.match(nxt) or nxt.isdigit() or nxt in "\"'“‘(["
            )
            glued_latin = prev.islower() and nxt.isupper() and not _is_abbreviation(line, m.start(), rules)
            if glued_ko or glued_latin:
                spans.append((start, end))
                start = end
    spans.append((start, n))
    out = []
    for a, b in spans:
        while a < b and line[a].isspace():
            a += 1
        while b > a and line[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out
