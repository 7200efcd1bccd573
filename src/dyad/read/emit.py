"""Line-aware output for markup strippers: collapses whitespace, inserts line breaks, marks headings.

Breaks and spaces are held back ("pending") until the next visible text, so a run of
block tags gives one newline, a line never starts or ends with a space, and a heading
span covers exactly its visible characters. Every emitted character is recorded in a
CleanBuilder, so the clean text maps back to the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dyad.text.offsets import CleanBuilder, OffsetMap

_NONE, _SPACE, _SEP, _BREAK = 0, 1, 2, 3

# whitespace that is not a single plain space between two words
_HTML_WS_RE = re.compile(r"[ \t\n\r\f\v\u00a0]{2,}|[\t\n\r\f\v\u00a0]")
_LINE_WS_RE = re.compile(r"[ \t\r\f\v\u00a0]*\n[ \t\n\r\f\v\u00a0]*|[ \t\r\f\v\u00a0]{2,}|[\t\r\f\v\u00a0]")


@dataclass
class Stripped:
    """Clean text of a marked-up document, its map to the original, and its headings."""

    text: str
    map: OffsetMap
    headings: list[tuple[int, int]] = field(default_factory=list)  # clean spans
    levels: list[int] = field(default_factory=list)  # heading level of each span (1 = top)


class Emitter:
    """Collects clean text; `keep_lines` makes newlines in text runs line breaks (wikitext)."""

    def __init__(self, original: str, keep_lines: bool = False) -> None:
        self.original = original
        self.b = CleanBuilder(original)
        self._ws = _LINE_WS_RE if keep_lines else _HTML_WS_RE
        self.line_start = True
        self.pend = _NONE
        self.pa = self.pb = 0
        self.ptext = ""
        self.heading_start = -1
        self.heading_level = 0
        self.headings: list[tuple[int, int]] = []
        self.levels: list[int] = []

    # -- separators --------------------------------------------------------
    def brk(self, a: int, b: int) -> None:
        """A line break caused by original[a:b] (a block tag, a newline ...)."""
        if self.line_start or self.pend == _BREAK:
            return
        self.pend, self.pa, self.pb, self.ptext = _BREAK, a, b, "\n"

    def space(self, a: int, b: int) -> None:
        """Whitespace at original[a:b]: at most one space, never at a line start."""
        if self.line_start or self.pend != _NONE:
            return
        self.pend, self.pa, self.pb, self.ptext = _SPACE, a, b, " "

    def sep(self, a: int, b: int, text: str = " | ") -> None:
        """A separator inside a line (table cells), only between two pieces of text."""
        if self.line_start or self.pend >= _SEP:
            return
        self.pend, self.pa, self.pb, self.ptext = _SEP, a, b, text

    def _flush(self) -> None:
        if self.pend != _NONE:
            a, b, t = self.pa, self.pb, self.ptext
            if b <= a:  # an inserted separator must still cover an original character
                a, b = (a, a + 1) if a < len(self.original) else (a - 1, a)
            if self.original[a:b] == t:
                self.b.keep(a, b)
            else:
                self.b.replace(a, b, t)
            self.pend = _NONE
        if self.heading_start == -2:
            self.heading_start = self.b.pos
        self.line_start = False

    # -- text ----------------------------------------------------------------
    def lit(self, a: int, b: int, text: str) -> None:
        """Replacement text (an entity, a link target) standing for original[a:b]."""
        if not text:
            return
        if text.isspace():
            if "\n" in text:
                self.brk(a, b)
            else:
                self.space(a, b)
            return
        self._flush()
        self.b.replace(a, b, text)

    def text(self, a: int, b: int) -> None:
        """Copy original[a:b] as text, collapsing whitespace."""
        if b <= a:
            return
        ws = self._ws
        orig = self.original
        pos = a
        for m in ws.finditer(orig, a, b):
            s, e = m.span()
            if s > pos:
                self._run(pos, s)
            if "\n" in orig[s:e] and ws is _LINE_WS_RE:
                self.brk(s, e)
            else:
                self.space(s, e)
            pos = e
        if pos < b:
            self._run(pos, b)

    def _run(self, a: int, b: int) -> None:
        # original[a:b] holds no whitespace but single spaces between words
        orig = self.original
        if orig[a] == " ":
            self.space(a, a + 1)
            a += 1
            if a >= b:
                return
        end = b - 1 if orig[b - 1] == " " else b
        if end > a:
            self._flush()
            self.b.keep(a, end)
        if end < b:
            self.space(end, b)

    # -- headings ------------------------------------------------------------
    def begin_heading(self, a: int, b: int, level: int) -> None:
        """Start a heading line; its span starts at its first visible character."""
        self.brk(a, b)
        self.heading_start = -2
        self.heading_level = level

    def end_heading(self, a: int, b: int) -> None:
        """End the heading started last (if it had any text) and break the line."""
        if self.heading_start >= 0 and self.b.pos > self.heading_start:
            self.headings.append((self.heading_start, self.b.pos))
            self.levels.append(self.heading_level)
        self.heading_start = -1
        self.brk(a, b)

    def in_heading(self) -> bool:
        """True between begin_heading and end_heading."""
        return self.heading_start != -1

    def result(self) -> Stripped:
        """The clean text, its map and the heading spans."""
        if self.heading_start >= 0:
            self.end_heading(len(self.original), len(self.original))
        text, omap = self.b.build()
        return Stripped(text, omap, self.headings, self.levels)
