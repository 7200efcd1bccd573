"""Request parameters shared by pages and API: a dyad pair, event filters, paging. Bad values -> 4xx.

The filters are `dyad.query.EventFilter`'s (the CLI's), read from the query string and checked
by building their WHERE clause once, so that a bad value is a 422 with the query layer's message.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from urllib.parse import urlencode

from fastapi import HTTPException, Query

from dyad.query.filters import EventFilter, parse_dyad

MAX_LIMIT = 500


def parse_pair(pair: str) -> tuple[str, str]:
    """`RUS-PRK` -> ("RUS", "PRK"); 404 for anything that is not two different actor codes."""
    try:
        a, b = parse_dyad(pair)
    except ValueError as exc:
        raise HTTPException(404, f"{pair!r} is not a dyad: {exc}") from None
    if a == b:
        raise HTTPException(404, f"{pair!r} is not a dyad: the two sides are the same actor")
    return a, b


@dataclass
class Filters:
    """Event filters as given in the URL (strings, so that forms can show them back)."""

    category: str = ""
    quad: str = ""
    factuality: str = ""
    lang: str = ""
    topic: str = ""
    date_from: str = ""
    date_to: str = ""
    q: str = ""

    def event_filter(self, **extra: object) -> EventFilter:
        """The query layer's filter for these values (plus `extra`, e.g. dyad=...)."""
        return EventFilter(**{k: (v or None) for k, v in asdict(self).items()}, **extra)

    def check(self) -> Filters:
        """Validate every field; raises 422 with a message."""
        try:
            self.event_filter().where()
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None
        return self

    def query_string(self, **extra: object) -> str:
        """The filters (and `extra`) as a URL query string."""
        d = {k: v for k, v in asdict(self).items() if v}
        d.update({k: v for k, v in extra.items() if v not in (None, "")})
        return urlencode(d)

    def active(self) -> bool:
        """Whether any filter is set."""
        return any(asdict(self).values())


def filters(
    category: str = Query("", max_length=300, description="PLOVER categories, comma-separated (AGREE,CONSULT)"),
    quad: str = Query("", max_length=200, description="Quad classes, comma-separated (verbal_coop, ...)"),
    factuality: str = Query("", max_length=200, description="asserted, reported, denied, planned, negated"),
    lang: str = Query("", max_length=50, description="Languages of the evidence, comma-separated (ko,zh)"),
    topic: str = Query("", max_length=300, description="Topics, comma-separated (military, energy, ...)"),
    date_from: str = Query("", max_length=12, description="Events ending on or after: YYYY, YYYY-MM, YYYY-MM-DD, 2010s"),
    date_to: str = Query("", max_length=12, description="Events starting on or before: YYYY, YYYY-MM, YYYY-MM-DD, 2010s"),
    q: str = Query("", max_length=200, description="Words the evidence sentence must all contain"),
) -> Filters:
    """Event filters from the query string, validated."""
    return Filters(category.strip(), quad.strip(), factuality.strip(), lang.strip(), topic.strip(),
                   date_from.strip(), date_to.strip(), q.strip()).check()


@dataclass
class Page:
    """A window of a result list."""

    limit: int
    offset: int


def page(
    limit: int = Query(100, ge=1, le=MAX_LIMIT, description=f"Results per page (1..{MAX_LIMIT})"),
    offset: int = Query(0, ge=0, le=10_000_000, description="Results to skip"),
) -> Page:
    """Paging from the query string."""
    return Page(limit, offset)
