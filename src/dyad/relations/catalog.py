"""Relation catalogs from navigation boxes (namuwiki `{{{#!folding …}}}` tables of a country's relations).

A box is a table: rows whose only cell names no actor are region headers
(`유럽`, `다자관계`, `과거의 대외관계`); every other cell is a counterpart,
resolved to actor codes (`러시아·인도·중국` names three, `북중러` three, `소련` one).
"""

from __future__ import annotations

import re

from dyad.lang import languages, load_yaml

_CELL_SPLIT = re.compile(r"\s*\|+\s*")
_MARKUP = re.compile(r"\{\{\{#![a-z]+(?:\s+style=\"[^\"]*\")?(?:\s+\[[^\]]*\])?|\}\}\}|\[clearfix\]")


def markup_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the outermost `{{{#!…` … `}}}` blocks of namuwiki markup (linear scan)."""
    spans = []
    depth = 0
    start = 0
    for m in re.finditer(r"\{\{\{|\}\}\}", text):
        if m.group(0) == "{{{":
            if depth == 0:
                start = m.start()
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                spans.append((start, m.end()))
    if depth > 0:
        # an unclosed box (scrapes drop closing braces): it runs to the end of its table lines
        end = start
        for line in re.finditer(r"[^\n]*\n?", text[start:]):
            if "|" not in line.group(0) or not line.group(0):
                break
            end = start + line.end()
        spans.append((start, end))
    return spans


def _former_words() -> tuple[str, ...]:
    words: list[str] = []
    for lang in languages():
        data = load_yaml(lang, "catalog.yaml") or {}
        words.extend(data.get("former_region_words", []))
    return tuple(words)


def extract_catalog(text: str, lang: str, doc_dyad: tuple[str, str] | None) -> list[dict]:
    """Catalog entries (region, label, members, kind, focus) from the navigation boxes of `text`."""
    from dyad.actors import default_gazetteer

    gz = default_gazetteer()
    former = _former_words()
    entries: list[dict] = []
    for a, b in markup_blocks(text):
        block = _MARKUP.sub(" ", text[a:b])
        box: list[dict] = []
        region = ""
        for raw in block.split("\n"):
            cells = [c.strip() for c in _CELL_SPLIT.split(raw) if c.strip()]
            if not cells:
                continue
            resolved = [(c, _members(gz, c, lang)) for c in cells]
            if len(cells) == 1 and _coverage(gz, cells[0], lang) < 0.6:
                region = cells[0]  # a header names a region or kind (`유럽`, `러시아 연방 내 공화국`)
                continue
            for label, members in resolved:
                kind = "multilateral" if len(members) > 1 or "·" in label else "bilateral"
                if any(w in region for w in former):
                    kind = "former"
                box.append({"region": region, "label": label, "members": members, "kind": kind})
        if len(box) < 3:
            continue
        focus = _focus(box, doc_dyad)
        for e in box:
            e["focus"] = focus
        entries.extend(box)
    return entries


def _coverage(gz, label: str, lang: str) -> float:
    """Share of the label's letters that actor names cover."""
    letters = sum(1 for ch in label if ch.isalnum())
    covered = sum(sum(1 for ch in m.text if ch.isalnum()) for m in gz.find(label, lang) if m.kind != "place")
    return covered / letters if letters else 0.0


def _members(gz, label: str, lang: str) -> list[str]:
    out: list[str] = []
    for m in gz.find(label, lang):
        if m.kind == "place":
            continue  # a region of a state (`체첸`) is no counterpart in a box of relations
        for c in m.codes:
            if c not in out:
                out.append(c)
    return out


def _focus(box: list[dict], doc_dyad: tuple[str, str] | None) -> str | None:
    """Whose relations the box lists: the dyad member that is less often a counterpart in it."""
    if not doc_dyad:
        return None
    n = {c: sum(1 for e in box if e["members"] == [c] and e["kind"] != "multilateral") for c in doc_dyad}
    a, b = doc_dyad
    if n[a] == n[b]:
        return None
    return a if n[a] < n[b] else b
