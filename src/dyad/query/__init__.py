"""Queries over stored events: pure functions that the CLI, the web app and the exports all call.

    from dyad.query import EventFilter, events, timeline, index, network
    page = events(store, EventFilter(dyad="RUS-PRK", date_from=2019, quad="material_coop"), limit=20)
"""

from dyad.query.core import (
    NET_COOP_DEFINITION,
    Page,
    check_actor,
    count,
    default_focus,
    dyads,
    event,
    event_dict,
    events,
    index,
    iter_events,
    network,
    overview,
    period_label,
    timeline,
)
from dyad.query.dates import format_date, parse_bound
from dyad.query.filters import CATEGORIES, TOPICS, EventFilter, parse_dyad

__all__ = [
    "CATEGORIES",
    "NET_COOP_DEFINITION",
    "TOPICS",
    "EventFilter",
    "Page",
    "check_actor",
    "count",
    "default_focus",
    "dyads",
    "event",
    "event_dict",
    "events",
    "format_date",
    "index",
    "iter_events",
    "network",
    "overview",
    "parse_bound",
    "parse_dyad",
    "period_label",
    "timeline",
]
