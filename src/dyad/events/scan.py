"""A fast `finditer` for a large alternation of named patterns, with the same matches.

Python's `re` tries every alternative of `(?P<t0>…)|(?P<t1>…)|…` at every position of the text.
`AltScanner` derives from the parse tree of each alternative the characters a match of it can
start with, finds candidate positions with one character-class search (C speed), and at each
candidate tries only the alternatives that can start with the character there, in their original
order. Matches are those of `re.compile("|".join(alts)).finditer`: leftmost, first alternative wins,
non-overlapping.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

try:  # Python >= 3.11
    import re._constants as _c
    import re._parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_CATEGORY = {
    _c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


class _Any(Exception):
    """The first character of a match is not known (any character may start one)."""


def _char(c: int) -> str:
    return f"\\U{c:08x}"


def _in_items(av) -> list[str]:
    out = []
    for op, a in av:
        if op is _c.LITERAL:
            out.append(_char(a))
        elif op is _c.RANGE:
            out.append(f"{_char(a[0])}-{_char(a[1])}")
        elif op is _c.CATEGORY and a in _CATEGORY:
            out.append(_CATEGORY[a])
        else:  # NEGATE, odd categories: give up on this alternative
            raise _Any
    return out


def _first(seq) -> tuple[list[str], bool]:
    """Class items a match of the parsed sequence can start with, and whether it can match empty."""
    items: list[str] = []
    for op, av in seq:
        if op is _c.LITERAL:
            return items + [_char(av)], False
        if op is _c.IN:
            return items + _in_items(av), False
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: a superset of the start characters is still right
        if op is _c.SUBPATTERN:
            _group, add, delete, sub = av
            if add or delete:
                raise _Any  # local flags could change what the outer flags' class matches
            sub_items, nullable = _first(sub)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            sub_items, nullable = _first(av)
        elif op is _c.BRANCH:
            sub_items, nullable = [], False
            for alt in av[1]:
                a_items, a_null = _first(alt)
                sub_items += a_items
                nullable = nullable or a_null
        elif op in _REPEATS:
            lo, _hi, sub = av
            sub_items, nullable = _first(sub)
            nullable = nullable or lo == 0
        else:  # ANY, NOT_LITERAL, back references, conditionals
            raise _Any
        items += sub_items
        if not nullable:
            return items, False
    return items, True


class AltScanner:
    """`finditer` over `(?P<name>pattern)|…` (in the given order) without trying every alternative everywhere.

    `lead` is a zero-width condition that every alternative starts with (such as `(?<!\\w)`); it
    narrows the candidate positions. The matches yielded are `re.Match` objects of a smaller
    alternation, so `span()`, `group()` and `lastgroup` read as with the full pattern.
    """

    def __init__(self, alts: list[tuple[str, str]], flags: int = 0, lead: str = ""):
        self.alts = alts
        self.flags = flags
        self.full = re.compile("|".join(f"(?P<{n}>{p})" for n, p in alts), flags)
        self._classes: list[re.Pattern | None] = []
        items: list[str] = []
        self._naive = False
        for _n, p in alts:
            try:
                it, nullable = _first(_p.parse(p, flags))
            except _Any:
                self._classes.append(None)
                continue
            if nullable or not it:
                self._naive = True  # empty matches follow finditer's own rules: leave them to it
                break
            self._classes.append(re.compile("[" + "".join(it) + "]", flags))
            items += it
        if self._naive:
            return
        if any(c is None for c in self._classes):
            cls = r"(?s:.)"
        else:
            cls = "[" + "".join(dict.fromkeys(items)) + "]"
        self._scan = re.compile(f"{lead}{cls}", flags)
        self._by_char: dict[str, re.Pattern | None] = {}
        self._by_key: dict[tuple[int, ...], re.Pattern] = {}

    def _bucket(self, ch: str) -> re.Pattern | None:
        try:
            return self._by_char[ch]
        except KeyError:
            pass
        key = tuple(i for i, c in enumerate(self._classes) if c is None or c.match(ch))
        pat = None
        if key:
            pat = self._by_key.get(key)
            if pat is None:
                pat = re.compile("|".join(f"(?P<{self.alts[i][0]}>{self.alts[i][1]})" for i in key), self.flags)
                self._by_key[key] = pat
        self._by_char[ch] = pat
        return pat

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match]:
        """The matches of the full alternation in `text` from `pos`, left to right."""
        if self._naive:
            yield from self.full.finditer(text, pos)
            return
        scan, n = self._scan.search, len(text)
        while pos < n:
            c = scan(text, pos)
            if c is None:
                return
            p = c.start()
            bucket = self._bucket(text[p])
            mo = bucket.match(text, p) if bucket is not None else None
            if mo is not None:
                yield mo
                pos = mo.end()
            else:
                pos = p + 1

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        """The first match from `pos` (as `full.search`; `start()`/`end()` agree, group numbers do not)."""
        return next(self.finditer(text, pos), None)
