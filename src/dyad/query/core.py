"""Events, timelines, dyads, index curves, networks and overviews over a store: pure functions.

Every function takes a `Store` and an optional `EventFilter`, and returns plain dicts and lists
that print as JSON unchanged (the CLI, the web app and the exports all call these).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from dyad.model import QUADS
from dyad.query import actors
from dyad.query.dates import century_label, format_date
from dyad.query.filters import EventFilter, parse_dyad
from dyad.store import events_sql as sql

COOP = ("verbal_coop", "material_coop")
CONFLICT = ("verbal_conflict", "material_conflict")
# facts that did not happen (or are denied) say nothing about how relations went
INDEX_FACTUALITIES = ("asserted", "reported", "planned")
NET_COOP_DEFINITION = (
    "net_coop = (cooperative events - conflictual events) / all events in the period, from -1 (all conflict)"
    " to +1 (all cooperation); cooperative = verbal_coop + material_coop, conflictual = verbal_conflict +"
    " material_conflict. goldstein = sum of intensities (-10..+10 each), mean_intensity = goldstein / events."
    " Events count in the period where they start, when their date is known at least to the period's unit"
    " (a decade-precise date is left out of a yearly curve and counted as `coarse`)."
    " Negated and denied events are left out unless a factuality filter is given."
)
MAX_LIMIT = 10000


@dataclass
class Page:
    """One page of events with the total that match."""

    items: list[dict]
    total: int
    limit: int | None
    offset: int

    def to_dict(self) -> dict:
        return {"items": self.items, "total": self.total, "limit": self.limit, "offset": self.offset}


def _filter(filt: EventFilter | None) -> EventFilter:
    return filt if filt is not None else EventFilter()


def event_dict(row, lang: str = "en") -> dict:
    """An event row as a dict: SCHEMA fields, display date, actor names, document title and url."""
    return {
        "id": row["id"],
        "date": format_date(row["date_start"], row["date_end"], row["date_precision"]),
        "date_start": row["date_start"],
        "date_end": row["date_end"],
        "date_precision": row["date_precision"],
        "date_source": row["date_source"],
        "source": row["source"],
        "source_name": actors.name(row["source"], lang),
        "target": row["target"],
        "target_name": actors.name(row["target"], lang),
        "source_lineage": row["source_lineage"],
        "target_lineage": row["target_lineage"],
        "category": row["category"],
        "quad": row["quad"],
        "intensity": row["intensity"],
        "factuality": row["factuality"],
        "reported_by": row["reported_by"],
        "topics": json.loads(row["topics"] or "[]"),
        "confidence": row["confidence"],
        "lang": row["lang"],
        "doc": row["doc"],
        "title": row["title"],
        "url": row["url"],
        "section": row["section"],
        "sentence": row["sentence_idx"],
        "span": [row["span_start"], row["span_end"]],
        "quote": row["quote"],
    }


def events(store, filt: EventFilter | None = None, *, limit: int | None = 50, offset: int = 0,
           order: str = "date", lang: str = "en") -> Page:
    """A page of events matching `filt` (`order`: date, -date, intensity, -intensity, id) and the total."""
    if limit is not None and not 0 <= int(limit) <= MAX_LIMIT:
        raise ValueError(f"limit must be within 0..{MAX_LIMIT}, not {limit}")
    if int(offset) < 0:
        raise ValueError(f"offset must not be negative, not {offset}")
    where = _filter(filt).where()
    rows = sql.select_events(store.conn, where, order, limit, offset)
    return Page([event_dict(r, lang) for r in rows], sql.count_events(store.conn, where), limit, offset)


def iter_events(store, filt: EventFilter | None = None, order: str = "date", lang: str = "en") -> Iterator[dict]:
    """Every event matching `filt`, streamed (for exports)."""
    for r in sql.iter_events(store.conn, _filter(filt).where(), order):
        yield event_dict(r, lang)


def count(store, filt: EventFilter | None = None) -> int:
    """How many events match `filt`."""
    return sql.count_events(store.conn, _filter(filt).where())


def event(store, event_id: int, context: int = 240, lang: str = "en") -> dict | None:
    """One event by id, with `context` characters of its document before and after the evidence."""
    row = sql.event_row(store.conn, int(event_id), context)
    if row is None:
        return None
    out = event_dict(row, lang)
    out["before"] = row["before"] or ""
    out["after"] = row["after"] or ""
    return out


def timeline(store, a: str, b: str, filt: EventFilter | None = None, lang: str = "en",
             undated: bool = True) -> list[dict]:
    """The chronology of dyad a–b (by lineage): dated events in date order, then undated ones if asked."""
    f = _filter(filt).replace(dyad=(a, b))
    if not undated:
        f = f.replace(dated=True)
    return list(iter_events(store, f, "date", lang))


class _Agg:
    """Running totals of one dyad or counterpart."""

    __slots__ = ("events", "quads", "total", "first", "last", "docs", "codes", "forward")

    def __init__(self) -> None:
        self.events = 0
        self.quads = dict.fromkeys(QUADS, 0)
        self.total = 0.0
        self.first: str | None = None
        self.last: str | None = None
        self.docs: set[str] = set()
        self.codes: set[str] = set()
        self.forward = 0  # events done by the first member of the pair

    def add(self, r, forward: bool, code: str | None = None) -> None:
        self.events += r["n"]
        self.quads[r["quad"]] = self.quads.get(r["quad"], 0) + r["n"]
        self.total += r["total"] or 0.0
        if r["first"] and (self.first is None or r["first"] < self.first):
            self.first = r["first"]
        if r["last"] and (self.last is None or r["last"] > self.last):
            self.last = r["last"]
        self.docs.add(r["doc"])
        if code:
            self.codes.add(code)
        if forward:
            self.forward += r["n"]

    def as_dict(self) -> dict:
        coop = sum(self.quads[q] for q in COOP)
        conflict = sum(self.quads[q] for q in CONFLICT)
        return {
            "events": self.events, **self.quads,
            "mean_intensity": round(self.total / self.events, 3) if self.events else None,
            "net_coop": round((coop - conflict) / self.events, 3) if self.events else None,
            "first": self.first, "last": self.last, "documents": len(self.docs),
        }


def _expanded_pairs(rows) -> Iterator[tuple[str, str, object]]:
    """(source lineage, target lineage, row) for every lineage pair a grouped row belongs to.

    An actor with several continuing states (H.JOSEON: KOR and PRK) counts in each of their dyads,
    as timelines match it: the Joseon–Russian Empire events are in both KOR–RUS and PRK–RUS.
    """
    for r in rows:
        for x in actors.lineages(r["source"], r["source_lineage"]):
            for y in actors.lineages(r["target"], r["target_lineage"]):
                yield x, y, r


def dyads(store, filt: EventFilter | None = None, lang: str = "en") -> list[dict]:
    """Dyads (unordered lineage pairs) with event counts per quad, mean intensity, net cooperation, dates.

    `a_to_b` counts the events `a` did, `b_to_a` those `b` did.
    """
    aggs: dict[tuple[str, str], _Agg] = {}
    for x, y, r in _expanded_pairs(sql.pair_groups(store.conn, _filter(filt).where())):
        a, b = min(x, y), max(x, y)
        aggs.setdefault((a, b), _Agg()).add(r, forward=(x == a))
    out = []
    for (a, b), agg in aggs.items():
        d = {"dyad": f"{a}-{b}", "a": a, "b": b, "a_name": actors.name(a, lang), "b_name": actors.name(b, lang),
             **agg.as_dict(), "a_to_b": agg.forward, "b_to_a": agg.events - agg.forward}
        out.append(d)
    out.sort(key=lambda d: (-d["events"], d["a"], d["b"]))
    return out


def _round(x: float | None, n: int = 3) -> float | None:
    return None if x is None else round(x, n)


def period_label(start: int, unit: str) -> str:
    """`2022`, `2020s` or `21st c.` for a period starting in `start`."""
    if unit == "decade":
        return f"{start:04d}s"
    if unit == "century":
        return century_label(start)
    return f"{start:04d}"


def index(store, a: str, b: str, by: str = "year", filt: EventFilter | None = None,
          fill: bool = False) -> dict:
    """The relation's curve: per period, events per quad, mean intensity, Goldstein sum and net cooperation.

    See NET_COOP_DEFINITION. With `fill`, periods without events between the first and the last
    appear with zero counts (net_coop and mean_intensity None), so the curve has no gaps.
    """
    f = _filter(filt).replace(dyad=(a, b))
    if not f.factuality:
        f = f.replace(factuality=list(INDEX_FACTUALITIES))
    where = f.where()
    rows, coarse = sql.period_rows(store.conn, where, by)
    undated = sql.count_events(store.conn, f.replace(dated=False).where())
    periods: dict[int, dict] = {}
    for r in rows:
        p = periods.setdefault(r["period"], {q: 0 for q in QUADS} | {"total": 0.0})
        p[r["quad"]] = p.get(r["quad"], 0) + r["n"]
        p["total"] += r["total"] or 0.0
    step = {"year": 1, "decade": 10, "century": 100}[by]
    keys = sorted(periods)
    if fill and keys:
        keys = list(range(keys[0], keys[-1] + step, step))
    out = []
    for k in keys:
        p = periods.get(k, {q: 0 for q in QUADS} | {"total": 0.0})
        n = sum(p[q] for q in QUADS)
        coop = sum(p[q] for q in COOP)
        conflict = sum(p[q] for q in CONFLICT)
        out.append({
            "period": k,
            "label": period_label(k, by),
            "events": n,
            **{q: p[q] for q in QUADS},
            "coop": coop,
            "conflict": conflict,
            "goldstein": round(p["total"], 3),
            "mean_intensity": round(p["total"] / n, 3) if n else None,
            "net_coop": round((coop - conflict) / n, 3) if n else None,
        })
    ca, cb = parse_dyad((a, b))
    return {"dyad": [actors.lineage(ca), actors.lineage(cb)], "by": by, "periods": out, "coarse": coarse,
            "undated": undated, "definition": NET_COOP_DEFINITION}


def default_focus(store) -> str | None:
    """The actor (lineage) that most documents are about; failing that, the one in most events."""
    counts: dict[str, int] = {}
    for r in sql.document_dyads(store.conn):
        for c in (r["dyad_a"], r["dyad_b"]):
            if c:
                lin = actors.lineage(c)
                counts[lin] = counts.get(lin, 0) + 1
    if not counts:
        for d in dyads(store):
            for c in (d["a"], d["b"]):
                counts[c] = counts.get(c, 0) + d["events"]
    if not counts:
        return None
    return min(counts, key=lambda c: (-counts[c], c))


def network(store, focus: str | None = None, filt: EventFilter | None = None, lang: str = "en") -> dict:
    """The focal actor's relations: counterpart nodes with event counts, quads and mean intensity.

    `focus` defaults to the actor most documents involve. Counterparts named only in the
    documents' relation catalogs (navigation boxes) are added with `catalog_only`; multilateral
    catalog entries (북중러, 6자회담 당사국 …) become `group` nodes with their members.
    """
    if focus is None:
        focus = default_focus(store)
        if focus is None:
            return {"focus": None, "focus_name": "", "nodes": [], "edges": []}
    focus = actors.lineage(actors.normalize_code(focus))
    aggs: dict[str, _Agg] = {}
    for x, y, r in _expanded_pairs(sql.pair_groups(store.conn, _filter(filt).replace(actor=focus).where())):
        if x == focus and y != focus:
            aggs.setdefault(y, _Agg()).add(r, forward=True, code=r["target"])
        elif y == focus and x != focus:
            aggs.setdefault(x, _Agg()).add(r, forward=False, code=r["source"])
    nodes: dict[str, dict] = {}
    edges = []
    for other, agg in sorted(aggs.items(), key=lambda kv: (-kv[1].events, kv[0])):
        stats = agg.as_dict()
        nodes[other] = {"id": other, "name": actors.name(other, lang), "kind": actors.kind(other), **stats,
                        "codes": sorted(agg.codes), "catalog": False, "catalog_only": False, "members": [],
                        "regions": []}
        edges.append({"source": focus, "target": other, **stats, "from_focus": agg.forward,
                      "to_focus": agg.events - agg.forward})
    for entry in _catalog_for(store, focus):
        members = [actors.lineage(m) for m in entry["members"]]
        members = [m for m in dict.fromkeys(members) if m != focus]
        if not members:
            continue
        if len(members) == 1 and entry["kind"] != "multilateral":
            m = members[0]
            node = nodes.get(m)
            if node is None:
                node = nodes[m] = {
                    "id": m, "name": actors.name(m, lang), "kind": actors.kind(m), **_Agg().as_dict(),
                    "codes": [m], "catalog": True, "catalog_only": True, "members": [], "regions": [],
                }
            node["catalog"] = True
            if entry["kind"] == "former":
                node["former"] = True
        else:
            gid = "group:" + entry["label"]
            node = nodes.setdefault(gid, {
                "id": gid, "name": entry["label"], "kind": "group", **_Agg().as_dict(), "codes": [],
                "catalog": True, "catalog_only": True, "members": members, "regions": [],
            })
        if entry["region"] and entry["region"] not in node["regions"]:
            node["regions"].append(entry["region"])
    ordered = sorted(nodes.values(), key=lambda n: (-n["events"], n["kind"] == "group", n["id"]))
    return {"focus": focus, "focus_name": actors.name(focus, lang), "focus_kind": actors.kind(focus),
            "nodes": ordered, "edges": edges}


def _catalog_for(store, focus: str) -> list[dict]:
    """Catalog entries whose box lists `focus`'s relations.

    A box belongs to the member of its document's dyad that is not itself one of the box's single
    counterparts (a North Korea–Russia article's box of Russia's relations lists North Korea).
    """
    by_doc: dict[str, list[dict]] = {}
    for e in store.catalog():
        by_doc.setdefault(e["doc"], []).append(e)
    if not by_doc:
        return []
    doc_dyad = {r["id"]: (r["dyad_a"], r["dyad_b"]) for r in sql.document_dyads(store.conn)}
    out = []
    for doc, entries in by_doc.items():
        owner = entries[0].get("focus")
        if owner is None:
            dy = doc_dyad.get(doc)
            if not dy or not dy[0]:
                continue
            singles = {e["members"][0] for e in entries if len(e["members"]) == 1}
            rest = [c for c in dy if c not in singles]
            owner = rest[0] if len(rest) == 1 else None
        if owner and actors.lineage(owner) == focus:
            out.extend(entries)
    return out


def overview(store) -> dict:
    """Documents per language, events per quad, language, category and factuality, date range, dyads."""
    out = sql.overview_counts(store.conn)
    out["dyads"] = len(dyads(store))
    return out


def check_actor(store, code: str) -> str:
    """`code` as stored when it names a known actor or one with stored events; ValueError otherwise."""
    c = actors.normalize_code(code)
    if c in actors.known_codes() or count(store, EventFilter(actor=c)) > 0:
        return c
    raise ValueError(f"unknown actor {code!r}")
