"""Sentence and section rules of a language, loaded from `lang/<code>/text.yaml`."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from dyad.lang import collect, load_yaml


@dataclass(frozen=True)
class TextRules:
    """What the splitter and the sectioner need to know of one language."""

    lang: str
    sentence_end: str
    abbreviations: frozenset[str]
    glued_period_after: str | None
    item_date_prefix: re.Pattern[str] | None  # a bare date before a full stop that opens a list item
    # what, after an abbreviation's full stop, still starts a new sentence (ru `2006 г. 23 января …`)
    new_after_abbreviation: re.Pattern[str] | None = None


@functools.cache
def rules(lang: str) -> TextRules:
    """Rules of `lang`, falling back to English ones for a language without data."""
    data = load_yaml(lang, "text.yaml") or load_yaml("en", "text.yaml") or {}
    return TextRules(
        lang=lang,
        sentence_end=data.get("sentence_end", ".!?"),
        abbreviations=frozenset(str(a).lower() for a in data.get("abbreviations", [])),
        glued_period_after=data.get("glued_period_after"),
        item_date_prefix=re.compile(data["item_date_prefix"]) if data.get("item_date_prefix") else None,
        new_after_abbreviation=(re.compile(data["new_after_abbreviation"], re.IGNORECASE)
                                if data.get("new_after_abbreviation") else None),
    )


def non_body_headings() -> frozenset[str]:
    """Headings of end matter in every language (an article may mix them)."""
    return frozenset(h.lower() for h in collect("text.yaml", "non_body_headings"))


def boilerplate_lines() -> frozenset[str]:
    """Lines that scraped pages carry in every article (site taglines)."""
    return frozenset(h.lower() for h in collect("text.yaml", "boilerplate"))
