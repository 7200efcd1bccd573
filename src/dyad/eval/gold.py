"""Gold files (`gold/*.jsonl`): loading, and locating a gold `quote` (and a `text` inside it) in a document."""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Iterable


def load_gold(paths: Iterable[str], kind: str | None = None) -> list[dict]:
    """Lines of the gold files named by `paths` (files, directories or globs).

    `kind` ("dates", "events") keeps, in a directory, only the files named `<kind>-*.jsonl`.
    """
    files: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            pat = f"{kind}-*.jsonl" if kind else "*.jsonl"
            files.extend(sorted(glob.glob(os.path.join(p, pat))))
        elif any(ch in p for ch in "*?["):
            files.extend(sorted(glob.glob(p)))
        else:
            files.append(p)
    out: list[dict] = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.strip()
                if not line:
                    continue
                row = json.loads(line)
                row.setdefault("_file", f)
                row.setdefault("_line", n)
                out.append(row)
    return out


def find_all(text: str, needle: str) -> list[int]:
    """Every start offset of `needle` in `text` (overlapping occurrences included)."""
    out, i = [], text.find(needle) if needle else -1
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def locate(text: str, quote: str, inner: str | None = None) -> list[tuple[int, int]]:
    """Spans of `inner` inside every occurrence of `quote` in `text` (of `quote` itself without `inner`).

    A quote may occur several times in a document (a repeated refrain, a repeated list item); every
    occurrence is returned so that the caller can pair gold lines with predictions one to one.
    Whitespace differences are tolerated as a fallback when the exact quote is absent.
    """
    starts = find_all(text, quote)
    qlen = len(quote)
    if not starts:
        spans = _loose_find(text, quote)
    else:
        spans = [(s, s + qlen) for s in starts]
    if inner is None:
        return spans
    out: list[tuple[int, int]] = []
    for qs, qe in spans:
        seg = text[qs:qe]
        for i in find_all(seg, inner):
            out.append((qs + i, qs + i + len(inner)))
    if not out and spans:
        for i in find_all(text, inner):
            out.append((i, i + len(inner)))
    return sorted(set(out))


def _loose_find(text: str, quote: str) -> list[tuple[int, int]]:
    """Occurrences of `quote` allowing any run of whitespace where it has whitespace."""
    import re

    parts = [re.escape(p) for p in quote.split()]
    if not parts:
        return []
    pat = re.compile(r"\s+".join(parts))
    return [m.span() for m in pat.finditer(text)]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """True when two half-open spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]
