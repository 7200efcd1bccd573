"""Commands over stored events: events, timeline, index, dyads (each a few lines over dyad.query)."""

from __future__ import annotations

import sys
from enum import StrEnum

import typer
from rich.table import Table
from rich.text import Text

from dyad import query
from dyad.cli.output import Format, console, emit, err_console, user_errors
from dyad.query import EventFilter
from dyad.store import open_store

DB = typer.Option("dyad.db", "--db", help="SQLite knowledge base file.")


class EventFormat(StrEnum):
    """Output formats of the events command."""

    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class Period(StrEnum):
    """Period units of the index."""

    year = "year"
    decade = "decade"
    century = "century"


# filter options shared by events, timeline, index and export
FROM = typer.Option(None, "--from", help="From this date (YYYY, YYYY-MM, YYYY-MM-DD, 2010s).")
TO = typer.Option(None, "--to", help="Up to this date, inclusive.")
CATEGORY = typer.Option(None, "--category", "-c", help="PLOVER category (repeat or comma-separate).")
QUAD = typer.Option(None, "--quad", "-q", help="verbal_coop, material_coop, verbal_conflict, material_conflict.")
FACTUALITY = typer.Option(None, "--factuality", help="asserted, reported, denied, planned, negated.")
LANG = typer.Option(None, "--lang", "-l", help="Language of the evidence (en, ko, zh, ru ...).")
TOPIC = typer.Option(None, "--topic", help="Topic (military, economic, energy ...).")
TEXT = typer.Option(None, "--text", "-t", help="Words that must all occur in the evidence.")
DOC = typer.Option(None, "--doc", help="Only events from this document.")
DYAD = typer.Option(None, "--dyad", "-d", help="Two actors, e.g. RUS-PRK (by lineage).")
ACTOR = typer.Option(None, "--actor", "-a", help="Events involving this actor (by lineage).")
FMT = typer.Option(Format.table, "--format", "-f", help="Output format.")
EVENT_FMT = typer.Option(EventFormat.table, "--format", "-f", help="Output format.")
BY = typer.Option(Period.year, "--by", help="Period unit.")


def make_filter(dyad=None, actor=None, date_from=None, date_to=None, category=None, quad=None, factuality=None,
                lang=None, topic=None, text=None, doc=None) -> EventFilter:
    """An EventFilter from command-line options."""
    return EventFilter(dyad=dyad, actor=actor, date_from=date_from, date_to=date_to, category=category,
                       quad=quad, factuality=factuality, lang=lang, topic=topic, q=text, doc=doc)


def _snippet(s: str, width: int = 110) -> str:
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"


def events_cmd(
    dyad: str | None = DYAD, actor: str | None = ACTOR,
    date_from: str | None = FROM, date_to: str | None = TO, category: list[str] | None = CATEGORY,
    quad: list[str] | None = QUAD, factuality: list[str] | None = FACTUALITY, lang: list[str] | None = LANG,
    topic: list[str] | None = TOPIC, text: str | None = TEXT, doc: str | None = DOC,
    order: str = typer.Option("date", "--order", help="date, -date, intensity, -intensity or id."),
    limit: int = typer.Option(100, "--limit", "-n", min=0, help="At most this many (0 = all)."),
    offset: int = typer.Option(0, "--offset", min=0),
    fmt: EventFormat = EVENT_FMT,
    db: str = DB,
) -> None:
    """List coded events, filtered."""
    with user_errors(), open_store(db, create=False) as store:
        filt = make_filter(dyad, actor, date_from, date_to, category, quad, factuality, lang, topic, text, doc)
        if fmt == EventFormat.csv:
            from dyad.export import write_csv

            page = query.events(store, filt, limit=limit or None, offset=offset, order=order)
            write_csv(page.items, sys.stdout)
            _say_count(page)
            return
        page = query.events(store, filt, limit=limit or None, offset=offset, order=order)
    if fmt != EventFormat.table:
        emit(page.items, Format(fmt.value))
        _say_count(page)
        return
    rows = [{**e, "actors": f"{e['source']} → {e['target']}", "quote": _snippet(e["quote"])} for e in page.items]
    emit(rows, Format.table, ["id", "date", "actors", "category", "intensity", "factuality", "lang", "quote"])
    err_console.print(f"{len(page.items)} of {page.total} events", highlight=False)


def _say_count(page) -> None:
    """On stderr, so that the data on stdout stays clean."""
    more = "; `dyad export` writes all of them" if len(page.items) < page.total else ""
    err_console.print(f"{len(page.items)} of {page.total} events{more}", highlight=False)


def timeline_cmd(
    a: str = typer.Argument(..., help="One actor code (RUS)."),
    b: str = typer.Argument(..., help="The other actor code (PRK)."),
    date_from: str | None = FROM, date_to: str | None = TO, category: list[str] | None = CATEGORY,
    quad: list[str] | None = QUAD, factuality: list[str] | None = FACTUALITY, lang: list[str] | None = LANG,
    topic: list[str] | None = TOPIC, text: str | None = TEXT, doc: str | None = DOC,
    undated: bool = typer.Option(True, "--undated/--dated-only", help="List undated events at the end."),
    fmt: Format = FMT,
    db: str = DB,
) -> None:
    """The chronology of a dyad (historical predecessors included: RUS–IRN has the Russian Empire–Persia)."""
    with user_errors(), open_store(db, create=False) as store:
        a, b = query.check_actor(store, a), query.check_actor(store, b)
        filt = make_filter(None, None, date_from, date_to, category, quad, factuality, lang, topic, text, doc)
        tl = query.timeline(store, a, b, filt, undated=undated)
    if fmt != Format.table:
        emit(tl, fmt)
        return
    t = Table(title=f"{a.upper()}–{b.upper()}: {len(tl)} events", show_lines=False)
    t.add_column("date", style="bold", min_width=10)
    t.add_column("event", min_width=14)
    t.add_column("evidence", overflow="fold", ratio=3)
    t.add_column("document", style="dim", overflow="fold", ratio=1, max_width=28)
    for e in tl:
        cat = e["category"] if e["factuality"] == "asserted" else f"{e['category']} ({e['factuality']})"
        t.add_row(Text(e["date"] or "undated"), Text(f"{e['source']} → {e['target']}\n{cat}"),
                  Text(_snippet(e["quote"], 160)), Text(e["doc"]))
    console.print(t)


def _bar(x: float | None, width: int = 5) -> str:
    """A bar from the middle: left for conflict, right for cooperation."""
    if x is None:
        return " " * (2 * width + 1)
    n = round(abs(x) * width)
    left = (" " * (width - n) + "█" * n) if x < 0 else " " * width
    right = ("█" * n + " " * (width - n)) if x > 0 else " " * width
    return left + "│" + right


def index_cmd(
    a: str = typer.Argument(..., help="One actor code (RUS)."),
    b: str = typer.Argument(..., help="The other actor code (PRK)."),
    by: Period = BY,
    fill: bool = typer.Option(False, "--fill", help="Show periods without events too."),
    date_from: str | None = FROM, date_to: str | None = TO, factuality: list[str] | None = FACTUALITY,
    lang: list[str] | None = LANG, topic: list[str] | None = TOPIC, doc: str | None = DOC,
    fmt: Format = FMT,
    db: str = DB,
) -> None:
    """The relation's curve: per period the events per quad class, mean intensity and net cooperation."""
    with user_errors(), open_store(db, create=False) as store:
        filt = make_filter(None, None, date_from, date_to, None, None, factuality, lang, topic, None, doc)
        a, b = query.check_actor(store, a), query.check_actor(store, b)
        curve = query.index(store, a, b, by.value, filt, fill=fill)
    if fmt != Format.table:
        emit(curve if fmt == Format.json else curve["periods"], fmt)
        return
    t = Table(title=f"{'–'.join(curve['dyad'])} by {by.value}")
    for col in ("period", "n", "v+", "m+", "v-", "m-", "mean", "net"):
        t.add_column(col, justify="right", no_wrap=True)
    t.add_column("- net +", no_wrap=True)
    for p in curve["periods"]:
        t.add_row(p["label"], str(p["events"]), str(p["verbal_coop"]), str(p["material_coop"]),
                  str(p["verbal_conflict"]), str(p["material_conflict"]),
                  "" if p["mean_intensity"] is None else f"{p['mean_intensity']:+.2f}",
                  "" if p["net_coop"] is None else f"{p['net_coop']:+.2f}", Text(_bar(p["net_coop"])))
    console.print(t)
    console.print(Text("v+ verbal_coop, m+ material_coop, v- verbal_conflict, m- material_conflict;"
                       " mean = mean intensity"), style="dim")
    console.print(Text(f"{curve['coarse']} events dated too coarsely for a {by.value}, {curve['undated']} undated"
                       " (not shown)."), style="dim")
    console.print(Text(curve["definition"]), style="dim")


def dyads_cmd(
    actor: str | None = ACTOR,
    date_from: str | None = FROM, date_to: str | None = TO, lang: list[str] | None = LANG,
    fmt: Format = FMT,
    db: str = DB,
) -> None:
    """Dyads with events: counts per quad class, mean intensity, first and last dates."""
    with user_errors(), open_store(db, create=False) as store:
        rows = query.dyads(store, make_filter(None, actor, date_from, date_to, lang=lang))
    if fmt != Format.table:
        emit(rows, fmt)
        return
    short = [{"dyad": d["dyad"], "events": d["events"], "v.coop": d["verbal_coop"], "m.coop": d["material_coop"],
              "v.confl": d["verbal_conflict"], "m.confl": d["material_conflict"], "mean": d["mean_intensity"],
              "net": d["net_coop"], "first": (d["first"] or "")[:4], "last": (d["last"] or "")[:4],
              "docs": d["documents"]} for d in rows]
    emit(short, fmt)


def register(app: typer.Typer) -> None:
    """Add the event commands to `app`."""
    app.command("events")(events_cmd)
    app.command("timeline")(timeline_cmd)
    app.command("index")(index_cmd)
    app.command("dyads")(dyads_cmd)
