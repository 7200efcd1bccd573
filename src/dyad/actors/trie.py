"""Compile a set of literal strings into one prefix-factored regular expression.

A plain alternation of thousands of names makes `re` try every alternative at
every position; factoring the alternatives by common prefixes (a trie) lets
the C regex engine walk the names character by character instead. Optional
tails are greedy, so at a given start the longest literal is tried first and
shorter ones only on backtracking (when a boundary assertion after it fails).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

_END = ""  # key marking "a literal ends here"


def _insert(trie: dict, word: str) -> None:
    node = trie
    for ch in word:
        node = node.setdefault(ch, {})
    node[_END] = {}


def _pattern(node: dict) -> str:
    ends = _END in node
    branches = []
    singles = []
    for ch in sorted(k for k in node if k != _END):
        child = node[ch]
        if list(child) == [_END]:
            singles.append(ch)
        else:
            branches.append(re.escape(ch) + _pattern(child))
    if singles:
        if len(singles) == 1:
            branches.append(re.escape(singles[0]))
        else:
            branches.append("[" + "".join(class_escape(c) for c in singles) + "]")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        if len(branches) == 1 and len(body) == 1 or (body.startswith("[") and body.endswith("]")):
            return body + "?"
        return "(?:" + body + ")?"
    return body


def class_escape(ch: str) -> str:
    """`ch` escaped for use inside a regex character class."""
    return "\\" + ch if ch in "\\]^-[" else ch


def trie_regex(words: Iterable[str]) -> str:
    """Regex source (no groups) matching any of `words`, preferring the longest at a position."""
    trie: dict = {}
    n = 0
    for w in words:
        if w:
            _insert(trie, w)
            n += 1
    if not n:
        return r"(?!x)x"  # matches nothing
    return _pattern(trie)


def trie_branches(words: Iterable[str]) -> list[tuple[str, str]]:
    """(first character, regex source of the rest) for `words`, one pair per first character.

    The rest matches the empty string when the character alone is one of the words. Joined as
    `(?:a<rest>|b<rest>|...)` the branches match what `trie_regex` matches, in the same order
    at a position; since every branch starts with a literal, `re` can skip positions whose
    character starts no word without entering the pattern.
    """
    trie: dict = {}
    for w in words:
        if w:
            _insert(trie, w)
    return [(ch, _pattern(trie[ch])) for ch in sorted(trie)]


def trie_dispatch(words: Iterable[str], after: str = "") -> str:
    """Regex source matching what `trie_regex(words)` matches, in the same order at a position, shaped
    for speed on texts where few positions start a word.

    It starts with the class of the first characters, so `re` skips other positions in C; then comes
    `after` (a zero-width assertion such as a left boundary, checked one character late); then
    lookbehinds pick the branch of the first character, by buckets of characters. Trying hundreds of
    branches one after another at every candidate position is what makes a plain trie slow for
    scripts with many first characters (Hangul, Chinese).
    """
    branches = trie_branches(words)
    if not branches:
        return r"(?!x)x"
    first = "[" + "".join(class_escape(c) for c, _ in branches) + "]" + after
    if len(branches) == 1:
        return re.escape(branches[0][0]) + after + branches[0][1]
    size = max(4, min(32, round(1.5 * math.sqrt(len(branches)))))
    parts = []
    for i in range(0, len(branches), size):
        chunk = branches[i : i + size]
        alts = "|".join(f"(?<={re.escape(c)}){rest}" for c, rest in chunk)
        if len(chunk) == len(branches):
            return f"{first}(?:{alts})"
        bucket = "".join(class_escape(c) for c, _ in chunk)
        parts.append(f"(?<=[{bucket}])(?:{alts})")
    return f"{first}(?:{'|'.join(parts)})"
