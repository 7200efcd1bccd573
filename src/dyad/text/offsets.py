"""Clean text with a compact map back to original offsets.

A markup stripper emits pieces: kept runs of the original (copied 1:1) and
replacements (an original span becomes other text, e.g. `&amp;` -> `&`, or
nothing). The map stores one anchor per piece, not one per character, so a
50 MB document costs memory in proportion to its markup, not its length.
"""

from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Maps positions of a clean text to positions of the original text."""

    __slots__ = ("clean_starts", "orig_starts", "lengths", "clean_len", "orig_len")

    def __init__(self, clean_starts: list[int], orig_starts: list[int], lengths: list[int],
                 clean_len: int, orig_len: int) -> None:
        self.clean_starts = clean_starts
        self.orig_starts = orig_starts
        self.lengths = lengths  # original length of each piece (1:1 pieces: same as clean length)
        self.clean_len = clean_len
        self.orig_len = orig_len

    @classmethod
    def identity(cls, n: int) -> OffsetMap:
        """The map of a text that was not changed."""
        return cls([0], [0], [n], n, n)

    def orig(self, i: int) -> int:
        """Original offset of clean position `i` (0 <= i <= clean length)."""
        if i >= self.clean_len:
            return self.orig_len if not self.clean_starts else self._end_of_last()
        k = bisect_right(self.clean_starts, i) - 1
        if k < 0:
            return 0
        delta = i - self.clean_starts[k]
        return self.orig_starts[k] + min(delta, max(self.lengths[k] - 1, 0))

    def _end_of_last(self) -> int:
        return self.orig_starts[-1] + self.lengths[-1] if self.orig_starts else self.orig_len

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Original span covering the clean slice [i, j)."""
        if j <= i:
            o = self.orig(i)
            return o, o
        return self.orig(i), self.orig_end(j - 1)

    def orig_end(self, i: int) -> int:
        """Original end offset of the clean character at `i` (a replaced span ends where it ended)."""
        if i >= self.clean_len:
            return self._end_of_last()
        k = bisect_right(self.clean_starts, i) - 1
        if k < 0:
            return 1
        if self._is_one_to_one(k):
            return self.orig_starts[k] + (i - self.clean_starts[k]) + 1
        return self.orig_starts[k] + self.lengths[k]

    def compose(self, inner: OffsetMap) -> OffsetMap:
        """Map of a second cleaning pass: `inner` maps text2 -> text1, `self` maps text1 -> original."""
        cs, os_, ls = [], [], []
        for k, c in enumerate(inner.clean_starts):
            o1 = inner.orig_starts[k]
            n1 = inner.lengths[k]
            n2 = (inner.clean_starts[k + 1] if k + 1 < len(inner.clean_starts) else inner.clean_len) - c
            if n1 == n2 and n2 > 0:
                # a 1:1 run of text1: split it where self's pieces change
                pos = o1
                while pos < o1 + n1:
                    j = bisect_right(self.clean_starts, pos) - 1
                    seg_end = self.clean_starts[j + 1] if j + 1 < len(self.clean_starts) else self.clean_len
                    run = min(seg_end, o1 + n1) - pos
                    if run <= 0:
                        run = o1 + n1 - pos
                    seg_1to1 = self._is_one_to_one(j)
                    cs.append(c + (pos - o1))
                    os_.append(self.orig(pos))
                    ls.append(run if seg_1to1 else self.span(pos, pos + run)[1] - self.orig(pos))
                    pos += run
            else:
                a, b = self.span(o1, o1 + n1)
                cs.append(c)
                os_.append(a)
                ls.append(b - a)
        return OffsetMap(cs, os_, ls, inner.clean_len, self.orig_len)

    def _is_one_to_one(self, k: int) -> bool:
        if k < 0:
            return True
        nxt = self.clean_starts[k + 1] if k + 1 < len(self.clean_starts) else self.clean_len
        return nxt - self.clean_starts[k] == self.lengths[k]


class CleanBuilder:
    """Builds a clean text and its OffsetMap piece by piece, in original order."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.parts: list[str] = []
        self.clean_starts: list[int] = []
        self.orig_starts: list[int] = []
        self.lengths: list[int] = []
        self.pos = 0  # clean length so far

    def keep(self, a: int, b: int) -> None:
        """Copy original[a:b] unchanged."""
        if b <= a:
            return
        self._piece(self.original[a:b], a, b - a)

    def replace(self, a: int, b: int, text: str) -> None:
        """Put `text` in place of original[a:b] (text may be empty: a deletion)."""
        if not text:
            return
        self._piece(text, a, b - a)

    def _piece(self, text: str, orig_start: int, orig_len: int) -> None:
        # merge with the previous 1:1 piece when contiguous, so plain text costs one anchor
        if (self.lengths and len(text) == orig_len and self._last_one_to_one()
                and self.orig_starts[-1] + self.lengths[-1] == orig_start):
            self.lengths[-1] += orig_len
        else:
            self.clean_starts.append(self.pos)
            self.orig_starts.append(orig_start)
            self.lengths.append(orig_len)
        self.parts.append(text)
        self.pos += len(text)

    def _last_one_to_one(self) -> bool:
        return self.pos - self.clean_starts[-1] == self.lengths[-1]

    def build(self) -> tuple[str, OffsetMap]:
        """The clean text and its map."""
        if not self.clean_starts:
            return "", OffsetMap([0], [0], [0], 0, len(self.original))
        return "".join(self.parts), OffsetMap(self.clean_starts, self.orig_starts, self.lengths,
                                               self.pos, len(self.original))
