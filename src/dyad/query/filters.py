"""Event filters: what the CLI options, the web form and the export flags all describe."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields

from dyad.events.lexicon import categories
from dyad.model import FACTUALITIES, QUADS, TOPICS
from dyad.query import actors
from dyad.query.dates import check_range, parse_bound
from dyad.store.events_sql import Where, build_where

CATEGORIES = tuple(categories())  # the PLOVER types of events/data/categories.yaml
_SPLIT = re.compile(r"\s*,\s*")


def parse_dyad(text: str | Sequence[str]) -> tuple[str, str]:
    """`RUS-PRK`, `RUS–PRK`, `RUS,PRK` or ("RUS", "PRK") -> ("RUS", "PRK"); ValueError otherwise."""
    parts = [p for p in re.split(r"\s*[-–—,/ ]\s*", text.strip()) if p] if isinstance(text, str) else list(text)
    if len(parts) != 2:
        raise ValueError(f"a dyad is two actor codes such as RUS-PRK, not {text!r}")
    return actors.normalize_code(parts[0]), actors.normalize_code(parts[1])


def _values(v: str | Sequence[str] | None) -> list[str]:
    if v is None or v == "":
        return []
    items = _SPLIT.split(v.strip()) if isinstance(v, str) else [x for s in v for x in _SPLIT.split(s.strip())]
    return [x for x in items if x]


def _checked(name: str, values: list[str], allowed: Sequence[str], fold=str.lower) -> list[str]:
    out = [fold(v) for v in values]
    bad = [v for v in out if v not in allowed]
    if bad:
        raise ValueError(f"unknown {name} {', '.join(map(repr, bad))}; use one of {', '.join(allowed)}")
    return out


@dataclass
class EventFilter:
    """Which events to select. Every field is optional; lists may also be given comma-separated.

    Dyads and actors match by lineage (RUS includes SUN and H.RUSEMP). `date_from`/`date_to`
    take `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `2010s`, and keep events whose dates overlap the
    range. `q` holds words that must all occur in the evidence quote (case-insensitive).
    """

    dyad: str | Sequence[str] | None = None
    actor: str | None = None
    source: str | None = None
    target: str | None = None
    date_from: str | int | None = None
    date_to: str | int | None = None
    category: str | Sequence[str] | None = None
    quad: str | Sequence[str] | None = None
    factuality: str | Sequence[str] | None = None
    lang: str | Sequence[str] | None = None
    doc: str | Sequence[str] | None = None
    topic: str | Sequence[str] | None = None
    q: str | None = None
    min_confidence: float | None = None
    dated: bool | None = None

    def where(self) -> Where:
        """The SQL WHERE clause with bound parameters; ValueError for any malformed value."""
        date_from = parse_bound(self.date_from)
        date_to = parse_bound(self.date_to, end=True)
        check_range(date_from, date_to)
        dyad = None
        if self.dyad:
            a, b = parse_dyad(self.dyad)
            dyad = (actors.side(a), actors.side(b))
        if self.min_confidence is not None and not 0 <= float(self.min_confidence) <= 1:
            raise ValueError(f"min_confidence must be within 0..1, not {self.min_confidence}")
        return build_where(
            dyad=dyad,
            actor=actors.side(self.actor) if self.actor else None,
            source=actors.side(self.source) if self.source else None,
            target=actors.side(self.target) if self.target else None,
            date_from=date_from,
            date_to=date_to,
            categories=_checked("category", _values(self.category), CATEGORIES, str.upper),
            quads=_checked("quad", _values(self.quad), QUADS),
            factualities=_checked("factuality", _values(self.factuality), FACTUALITIES),
            langs=[v.lower() for v in _values(self.lang)],
            docs=_values(self.doc),
            topics=_checked("topic", _values(self.topic), TOPICS),
            words=[w for w in re.split(r"\s+", self.q.strip()) if w] if self.q else None,
            min_confidence=float(self.min_confidence) if self.min_confidence is not None else None,
            dated=self.dated,
        )

    def replace(self, **changes: object) -> EventFilter:
        """A copy with some fields changed."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return EventFilter(**values)

    def to_dict(self) -> dict:
        """The fields that are set (for echoing a query back, e.g. in JSON responses)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) not in (None, "", [])}
