"""Normalised text, sections and sentences of a document, every span mapped to the original."""

from __future__ import annotations

from dataclasses import dataclass, field

from dyad.model import Document, Section, Sentence
from dyad.text.langid import detect, detect_document
from dyad.text.normalize import remove_residue
from dyad.text.offsets import OffsetMap
from dyad.text.rules import rules
from dyad.text.sections import Line, classify_lines, is_non_body_title
from dyad.text.sentences import split_line


@dataclass
class Segmented:
    """A document cut into sections and sentences."""

    doc: Document
    lang: str
    title: str
    clean: str
    map: OffsetMap = field(repr=False)
    lines: list[Line] = field(repr=False)
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)


def segment(doc: Document) -> Segmented:
    """Normalise `doc`, build its heading tree and split its sentences."""
    from dyad.read import strip

    stripped = strip(doc)
    clean, map2 = remove_residue(stripped.text)
    omap = stripped.map.compose(map2)
    lang = doc.lang or detect_document(clean)
    marked = None
    if doc.format in ("html", "wiki"):
        # markup says which lines are headings: map each back to the stripped text to look it up
        levels = {a: lvl for (a, _b), lvl in zip(stripped.headings, stripped.levels, strict=False)}
        marked = lambda a, b: levels.get(map2.orig(a))  # noqa: E731
    lines = classify_lines(clean, marked)

    sections = [Section(index=0, title="", level=0, path="", start=0, end=len(doc.text), body=True)]
    stack: list[Section] = [sections[0]]
    in_end_matter = False
    sentences: list[Sentence] = []

    def add(a: int, b: int, kind: str, sec: Section, slang: str) -> None:
        start, end = omap.span(a, b)
        body = sec.body and kind in ("text", "item", "heading")
        sentences.append(Sentence(
            index=len(sentences), text=clean[a:b], start=start, end=end, lang=slang, section=sec.path,
            section_index=sec.index, body=body, is_heading=kind == "heading", kind=kind,
            clean_start=a, map=omap,
        ))

    for line in lines:
        if line.kind in ("blank", "boilerplate"):
            continue
        if line.kind == "heading":
            level = len(line.number) if line.number else (line.level or 1)
            while len(stack) > 1 and stack[-1].level >= level:
                closed = stack.pop()
                closed.end = omap.orig(line.start)
            title = clean[line.start:line.end].strip()
            if is_non_body_title(title):
                in_end_matter = True
            parent = stack[-1]
            path = f"{parent.path} > {title}" if parent.path else title
            sec = Section(index=len(sections), title=title, level=level, path=path,
                          start=omap.orig(line.start), end=len(doc.text), body=not in_end_matter,
                          parent=parent.index)
            sections.append(sec)
            stack.append(sec)
            a, b = _trim(clean, line.start, line.end)
            add(a, b, "heading", sec, detect(clean[a:b], lang))
            continue
        sec = stack[-1]
        seg = clean[line.start:line.end]
        if line.kind == "table":
            a, b = _trim(clean, line.start, line.end)
            if b > a:
                add(a, b, "table", sec, detect(clean[a:b], lang))
            continue
        line_lang = detect(seg, lang)
        for a, b in split_line(seg, rules(line_lang)):
            text = seg[a:b]
            add(line.start + a, line.start + b, line.kind, sec, detect(text, line_lang))
    return Segmented(doc=doc, lang=lang, title=doc.title or _title(lines, clean), clean=clean, map=omap,
                     lines=lines, sections=sections, sentences=sentences)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _title(lines: list[Line], clean: str) -> str:
    for line in lines:
        if line.kind in ("blank", "boilerplate"):
            continue
        s = clean[line.start:line.end].strip()
        return s if line.kind == "heading" and line.number is None else ""
    return ""
