"""Line classification and the heading tree.

Two heading styles are recognised: numbered headings (`2.4.1. 2020년대`,
namuwiki), also when glued to the end of the previous sentence, and the
short unpunctuated lines that scraped Wikipedia text leaves for its headings.
A numbered heading only counts when its number follows the previous one
(2.4 -> 2.4.1, 2.5 or 3), which keeps numbered list items out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyad.text.rules import boilerplate_lines, non_body_headings

_NUMBERED = re.compile(r"(?<![\d])(\d{1,2}(?:\.\d{1,2}){0,4})\.[ \t]+(\S[^\n]{0,80})$")
_FINAL_PUNCT = re.compile(r"[.!?。！？:;,，：；、…)\]]$")
_TABLE = re.compile(r"(?:^\s*\|)|(?:\s\|\s)|(?:\s\|\s*$)|(?:^-{3}\|)")
_ITEM = re.compile(r"^\s*(?:[-*•·]\s|\d{1,3}[.)]\s)")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_INNER_END = re.compile(r"[!?。！？]|\.\s+\S")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")


@dataclass
class Line:
    """A line of clean text with its kind (text | heading | item | table | blank | boilerplate)."""

    start: int
    end: int
    kind: str
    number: tuple[int, ...] | None = None  # numbered heading
    title: str = ""
    level: int = 0  # heading level given by markup


def _valid_next(prev: tuple[int, ...], nxt: tuple[int, ...]) -> bool:
    if not prev:
        return nxt == (1,)
    if len(nxt) == len(prev) + 1 and nxt[:-1] == prev and nxt[-1] == 1:
        return True
    for depth in range(len(prev), 0, -1):
        if len(nxt) == depth and nxt[:-1] == prev[: depth - 1] and nxt[-1] == prev[depth - 1] + 1:
            return True
    return False


def _plain_heading(text: str) -> bool:
    s = text.strip()
    if not s or _FINAL_PUNCT.search(s) or "|" in s or _ITEM.match(s) or not _HAS_LETTER.search(s):
        return False
    if _INNER_END.search(s):
        return False  # a sentence ends inside it: text, not a heading
    limit = 24 if _CJK.search(s) else 60
    if len(s) > limit or s[0].isdigit():
        return False
    if not _CJK.search(s) and s[0].isalpha() and not s[0].isupper():
        return False
    return len(s.split()) <= 9


def classify_lines(text: str, marked_heading=None) -> list[Line]:
    """Split clean text into classified lines; glued numbered headings become their own line.

    `marked_heading(start, end)`, when given, tells from the markup whether a line is a heading
    (its level) or not (None); guessing from the line's shape is then not needed.
    """
    raw: list[tuple[int, int]] = []
    pos = 0
    for m in re.finditer(r"\n", text):
        raw.append((pos, m.start()))
        pos = m.end()
    raw.append((pos, len(text)))

    numbered_mode = bool(re.search(r"(?m)^(?:1|\d{1,2}\.\d{1,2})\.[ \t]\S[^\n]{0,60}$", text))
    boiler = boilerplate_lines()
    lines: list[Line] = []
    current: tuple[int, ...] = ()
    for a, b in raw:
        s = text[a:b]
        if not s.strip():
            lines.append(Line(a, b, "blank"))
            continue
        if s.strip().lower() in boiler:
            lines.append(Line(a, b, "boilerplate"))
            continue
        if marked_heading is not None:
            a2, b2 = a + len(s) - len(s.lstrip()), b
            level = marked_heading(a2, b2)
            if level:
                lines.append(Line(a, b, "heading", None, s.strip(), level))
            else:
                lines.append(Line(a, b, _kind_of(s)))
            continue
        if numbered_mode:
            m = _NUMBERED.search(s)
            if m:
                number = tuple(int(x) for x in m.group(1).split("."))
                title = m.group(2).strip()
                head_start = a + m.start(1)
                glued = m.start(1) > 0
                if _valid_next(current, number) and not _FINAL_PUNCT.search(title) and (
                    not glued or re.search(r"[.!?。！？\]\)」』]$", s[: m.start(1)].rstrip())
                ) and len(title) <= 60:
                    if glued:
                        lines.append(Line(a, head_start, _kind_of(text[a:head_start])))
                    lines.append(Line(head_start, b, "heading", number, title))
                    current = number
                    continue
            lines.append(Line(a, b, _kind_of(s)))
            continue
        if _plain_heading(s):
            lines.append(Line(a, b, "heading", None, s.strip()))
        else:
            lines.append(Line(a, b, _kind_of(s)))
    return lines


def _kind_of(s: str) -> str:
    if _TABLE.search(s):
        return "table"
    if _ITEM.match(s):
        return "item"
    return "text"


def is_non_body_title(title: str) -> bool:
    """True for the headings of end matter (References, 관련 문서, 参考, Ссылки …)."""
    t = re.sub(r"^\d+(?:\.\d+)*\.\s*", "", title).strip().lower()
    return t in non_body_headings()
