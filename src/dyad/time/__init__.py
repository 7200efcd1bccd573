"""Temporal tagging: a grammar over per-language data (`lang/<code>/dates.yaml`) plus context resolution.

`tag(text, lang)` finds expressions in one string; `resolve_document(sentences, sections)` completes
partial ones from the surrounding text and gives every sentence its event date.
"""

from dyad.time.context import SentenceDates, choose_event, resolve_document
from dyad.time.tagger import Tagged, tag

__all__ = ["SentenceDates", "Tagged", "choose_event", "resolve_document", "tag"]
