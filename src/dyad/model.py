"""Typed records that flow through the pipeline: reader -> text -> mentions -> events -> store.

Every offset (`start`, `end`) is a character offset into `Document.text`, the
original file as decoded, before any markup is removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dyad.text.offsets import OffsetMap

QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
PRECISIONS = ("day", "month", "season", "year", "decade", "century", "range")
FACTUALITIES = ("asserted", "reported", "denied", "planned", "negated")
TOPICS = ("diplomatic", "military", "economic", "energy", "nuclear", "humanitarian", "legal", "cyber",
          "migration", "culture", "transport", "territorial")


@dataclass
class Document:
    """One article as read from disk, before normalisation."""

    id: str
    text: str  # original decoded text; all offsets point into this
    lang: str = ""  # ISO 639-1; "" when the reader could not tell (detected later)
    title: str = ""
    url: str | None = None
    path: str = ""
    format: str = "txt"  # txt | wiki | html | jsonl


@dataclass
class Section:
    """A node of the heading tree. `path` is the heading path, e.g. `2. 역사 > 2.4. 김정은 시대`."""

    index: int
    title: str
    level: int
    path: str
    start: int  # offset of the heading line (or 0 for the lead)
    end: int  # offset where the next section at the same or a higher level starts
    body: bool = True  # False for references, see also, navigation boxes ...
    parent: int | None = None


@dataclass
class Sentence:
    """A sentence (or heading, or list item) with its span in the original text."""

    index: int
    text: str  # clean text (markup residue removed)
    start: int
    end: int
    lang: str
    section: str  # heading path of the enclosing section
    section_index: int = 0
    body: bool = True
    is_heading: bool = False
    kind: str = "text"  # text | heading | item | table
    # where `text` starts in the document's clean text, and the clean -> original map
    clean_start: int = 0
    map: OffsetMap | None = field(default=None, repr=False, compare=False)

    def orig(self, i: int) -> int:
        """Original offset of clean-text position `i` (0 <= i <= len(text))."""
        if self.map is None:
            return self.start + i
        return self.map.orig(self.clean_start + min(max(i, 0), len(self.text)))

    def orig_span(self, i: int, j: int) -> tuple[int, int]:
        """Original span of the clean-text slice `text[i:j]`."""
        if self.map is None:
            return self.start + i, self.start + max(i, j)
        return self.map.span(self.clean_start + i, self.clean_start + j)


@dataclass
class ActorMention:
    """A name in a text resolved to one or more actor codes (a compound like 북러 names two)."""

    start: int
    end: int
    text: str
    codes: tuple[str, ...]
    kind: str  # state | historical | org | unrecognised | official | capital | demonym | dyad | group | pronoun
    why: str = ""  # which data entry matched, for `dyad actors`


@dataclass
class TimeExpr:
    """A temporal expression and its normalised value (None values: found but not fixed)."""

    start: int
    end: int
    text: str
    date_start: str | None
    date_end: str | None
    precision: str | None
    source: str = "explicit"  # explicit | context


@dataclass
class Event:
    """One coded event, fields as in shared/SCHEMA.md."""

    doc: str
    lang: str
    section: str
    quote: str
    span: tuple[int, int]
    source: str
    target: str
    category: str
    quad: str
    intensity: float
    factuality: str = "asserted"
    reported_by: str | None = None
    topics: list[str] = field(default_factory=list)
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    date_source: str | None = None
    confidence: float = 0.5
    sentence_index: int | None = None
    id: int | None = None
