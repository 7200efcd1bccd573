"""Presentation of stored text: a document as sections of paragraphs of sentences, search snippets.

Everything here returns plain strings in structures; templates escape them (never `|safe`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dyad.model import Section, Sentence


@dataclass
class Block:
    """A heading, paragraph, list item or table row of a document as shown."""

    kind: str  # heading | text | item | table
    level: int
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class ShownSection:
    """A section with its blocks, and whether it is part of the body."""

    section: Section
    body: bool
    blocks: list[Block] = field(default_factory=list)


def outline(sections: list[Section]) -> list[dict]:
    """The heading tree as nested dicts (index, title, level, body, children), lead section left out."""
    roots: list[dict] = []
    stack: list[dict] = []
    for s in sections:
        if s.index == 0 or not s.title:
            continue
        node = {"index": s.index, "title": s.title, "level": s.level, "body": s.body, "children": []}
        while stack and stack[-1]["level"] >= s.level:
            stack.pop()
        (stack[-1]["children"] if stack else roots).append(node)
        stack.append(node)
    return roots


def layout(text: str, sections: list[Section], sentences: list[Sentence]) -> list[ShownSection]:
    """Group sentences into sections and blocks; a new paragraph starts where the original has a newline."""
    by_index = {s.index: ShownSection(s, s.body) for s in sections}
    if not by_index:
        by_index[0] = ShownSection(Section(0, "", 0, "", 0, len(text)), True)
    order: list[ShownSection] = []
    seen: set[int] = set()
    prev: Sentence | None = None
    for s in sentences:
        shown = by_index.get(s.section_index) or by_index[min(by_index)]
        if id(shown) not in seen:
            seen.add(id(shown))
            order.append(shown)
            prev = None
        new_block = (
            prev is None or s.kind != "text" or prev.kind != "text" or "\n" in text[prev.end:s.start]
        )
        if new_block or not shown.blocks:
            shown.blocks.append(Block(s.kind, shown.section.level, []))
        shown.blocks[-1].sentences.append(s)
        prev = s
    return order


def words_of(query: str) -> list[str]:
    """The words of a search query."""
    return [w for w in re.split(r"\s+", query.strip()) if w]


def marked(text: str, words: list[str], width: int = 180) -> list[tuple[str, bool]]:
    """A window of `text` around the first matched word, cut into (piece, is_match) pairs."""
    words = sorted({w for w in words if w}, key=len, reverse=True)
    if not words:
        return [(text[:width] + ("…" if len(text) > width else ""), False)]
    rx = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    first = rx.search(text)
    a = max(0, (first.start() if first else 0) - width // 3)
    b = min(len(text), a + width)
    window = text[a:b]
    pieces: list[tuple[str, bool]] = [("…", False)] if a > 0 else []
    pos = 0
    for m in rx.finditer(window):
        if m.start() > pos:
            pieces.append((window[pos:m.start()], False))
        pieces.append((m.group(0), True))
        pos = m.end()
    if pos < len(window):
        pieces.append((window[pos:], False))
    if b < len(text):
        pieces.append(("…", False))
    return pieces
