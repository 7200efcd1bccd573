"""Event extraction: every sentence that says one actor did something to or with another becomes an `Event`.

Trigger lexicons, role cues, factuality and topic vocabularies are data (`lang/<code>/events.yaml`,
`factuality.yaml`, `topics.yaml`; `events/data/` for the PLOVER categories and intensity modifiers).
"""

from __future__ import annotations

from dyad.model import ActorMention, Event

from .extract import extract, intensity, sentence_events
from .lexicon import categories, lexicon, modifiers


def extract_events(seg, pair: tuple[str, str] | None, mentions: list[list[ActorMention]], dates,
                   focus: str | None = None) -> list[Event]:
    """Events of one segmented document.

    `mentions[i]` are the gazetteer mentions of `seg.sentences[i]` (offsets into its clean text),
    `pair` the document's dyad (or None), `dates[i].event` the sentence's event date. Only body
    sentences of kind text/item yield events; `quote` and `span` give the sentence in the original text.
    `focus`: the one state the title names (`Foreign relations of Japan`): a sentence that names one other
    actor is read as that pair's, and a doer left unsaid (or named by a pronoun) with nothing before it is
    the focus state.
    """
    return extract(seg, pair, mentions, dates, focus)


__all__ = ["categories", "extract_events", "intensity", "lexicon", "modifiers", "sentence_events"]
