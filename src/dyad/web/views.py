"""The data behind each page: one function per page, returning what its JSON twin serves.

The numbers come from `dyad.query` (the CLI's functions); this module only adds what a page
needs to show them: links, year groups, a network layout.
"""

from __future__ import annotations

import threading
from urllib.parse import quote

from fastapi import HTTPException

from dyad import query
from dyad.model import QUADS
from dyad.query import actors
from dyad.store import Store
from dyad.web import network as netlayout
from dyad.web import textview
from dyad.web.cache import cached
from dyad.web.params import Filters, Page, parse_pair

YEAR_DAYS = 366  # an event whose date spans more than this is not placed in a single year


def _known(store: Store, code: str) -> bool:
    try:
        query.check_actor(store, code)
    except ValueError:
        return False
    return True


def check_pair(store: Store, pair: str) -> tuple[str, str]:
    """Two known actor codes from `RUS-PRK`; 404 with a message otherwise."""
    a, b = parse_pair(pair)
    for c in (a, b):
        if not _known(store, c):
            raise HTTPException(404, f"unknown actor {c!r} in dyad {pair!r}")
    return a, b


def doc_href(doc: str, sentence: int | None) -> str:
    """Link to a sentence in its document."""
    base = f"/documents/{quote(doc, safe='')}"
    return base if sentence is None else f"{base}?s={sentence}#s{sentence}"


def _group(e: dict) -> tuple[int | None, str]:
    ds, de = e.get("date_start"), e.get("date_end") or e.get("date_start")
    if not ds:
        return None, "undated"
    if ds[:4] == de[:4] or _days(ds, de) <= YEAR_DAYS:
        return int(ds[:4]), ds[:4]
    return None, e.get("date") or ds[:4]


def _days(a: str, b: str) -> int:
    import datetime as dt

    try:
        return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
    except ValueError:
        return YEAR_DAYS + 1


def shown_event(e: dict) -> dict:
    """An event dict from dyad.query with what the page needs: its year group and a link to its sentence."""
    year, group = _group(e)
    return {**e, "year": year, "group": group, "anchor": "y" + group.replace(" ", "_"),
            "href": doc_href(e["doc"], e.get("sentence"))}


# ---- pages --------------------------------------------------------------------------------------

@cached
def overview(store: Store, focus: str | None) -> dict:
    """Corpus counts and the relations network of the focal actor (`focus`, or the most documented one)."""
    if focus:
        try:
            focus = actors.lineage(actors.normalize_code(focus))
        except ValueError as exc:
            raise HTTPException(422, f"focus: {exc}") from None
        if not _known(store, focus):
            raise HTTPException(404, f"unknown actor {focus!r}")
    counts = query.overview(store)
    net = query.network(store, focus or None)
    f = net["focus"]
    for n in net["nodes"]:
        n["group"] = n["kind"] == "group"
        n["pair"] = f"{f}-{n['id']}" if not n["group"] else None
        n["href"] = (f"/search?q={quote(n['name'])}" if n["group"] else f"/dyads/{f}-{n['id']}")
        n["code"] = n["name"] if n["group"] else n["id"]
        n["intensity"] = n.get("mean_intensity")
    return {
        "documents": {"total": counts["documents"], "by_lang": counts["documents_by_lang"]},
        "events": {"total": counts["events"], "by_quad": {q: counts["events_by_quad"].get(q, 0) for q in QUADS},
                   "by_lang": counts["events_by_lang"], "by_category": counts["events_by_category"],
                   "undated": counts["undated"], "first": counts["first_date"], "last": counts["last_date"]},
        "dyads": counts["dyads"],
        "focus": f, "focus_name": net.get("focus_name") or (f or ""),
        "network": net,
    }


def overview_page(store: Store, focus: str | None) -> dict:
    """`overview` plus the network's SVG layout."""
    o = overview(store, focus)
    return {**o, "layout": _layout(store, o["focus"], focus), "actors": sorted({a for d in _dyad_rows(store)
                                                                                 for a in (d["a"], d["b"])})}


@cached
def _layout(store: Store, focus: str | None, asked: str | None) -> dict | None:
    return netlayout.layout(focus, overview(store, asked)["network"]["nodes"]) if focus else None


@cached
def _dyad_rows(store: Store) -> list[dict]:
    return query.dyads(store)


def dyads(store: Store, page: Page) -> dict:
    """Every dyad with its counts, most events first."""
    rows = _dyad_rows(store)
    return {"total": len(rows), "limit": page.limit, "offset": page.offset,
            "dyads": rows[page.offset:page.offset + page.limit]}


@cached
def dyad_events(store: Store, pair: str, flt: Filters, page: Page) -> dict:
    """One page of the dyad's events for the filters, in date order, with the total."""
    a, b = check_pair(store, pair)
    try:
        res = query.events(store, flt.event_filter(dyad=(a, b)), limit=page.limit, offset=page.offset)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    return {"dyad": f"{a}-{b}", "a": a, "b": b, "filters": flt.event_filter().to_dict(), "total": res.total,
            "limit": page.limit, "offset": page.offset, "events": [shown_event(e) for e in res.items]}


@cached
def dyad_index(store: Store, pair: str, flt: Filters) -> dict:
    """The dyad's yearly curve for the filters (years with events), with how many events it leaves out."""
    a, b = check_pair(store, pair)
    try:
        idx = query.index(store, a, b, by="year", filt=flt.event_filter())
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    idx["pair"] = f"{a}-{b}"
    idx["filters"] = flt.event_filter().to_dict()
    idx["charted"] = sum(p["events"] for p in idx["periods"])
    return idx


def dyad_page(store: Store, pair: str, flt: Filters, page: Page) -> dict:
    """Everything the dyad page shows."""
    ev = dyad_events(store, pair, flt, page)
    a, b = ev["a"], ev["b"]
    idx = {**dyad_index(store, pair, flt)}
    idx["left_out"] = max(0, ev["total"] - idx["charted"] - idx["coarse"] - idx["undated"])
    return {"pair": ev["dyad"], "a": a, "b": b, "a_name": actors.name(a), "b_name": actors.name(b),
            "events": ev, "index": idx}


def event(store: Store, event_id: int) -> dict:
    """One event with its context and a link to its sentence."""
    e = query.event(store, event_id)
    if e is None:
        raise HTTPException(404, f"no event {event_id}")
    return shown_event(e)


def document(store: Store, doc_id: str, page: Page | None = None) -> dict:
    """A document: metadata, outline, sentences (paged when `page` is given) with the ids of their events."""
    rec = store.document(doc_id)
    if rec is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    sections = store.sections(doc_id)
    sentences = store.sentences(doc_id)
    events = [shown_event(e) for e in query.iter_events(store, query.EventFilter(doc=[doc_id]))]
    by_sentence: dict[int, list[dict]] = {}
    for e in events:
        if e.get("sentence") is not None:
            by_sentence.setdefault(e["sentence"], []).append(e)
    shown = sentences[page.offset:page.offset + page.limit] if page else sentences
    # the events of the sentences on this page only: a page's size bounds the answer's
    shown_events = [e for s in shown for e in by_sentence.get(s.index, [])]
    return {
        "id": rec.id, "title": rec.title, "lang": rec.lang, "url": rec.url, "format": rec.format,
        "dyad": list(rec.dyad) if rec.dyad else None, "sentence_count": len(sentences), "event_count": len(events),
        "outline": textview.outline(sections),
        "limit": page.limit if page else None, "offset": page.offset if page else 0,
        "sentences": [
            {"index": s.index, "text": s.text, "lang": s.lang, "kind": s.kind, "section": s.section,
             "section_index": s.section_index, "body": s.body, "start": s.start, "end": s.end,
             "events": [e["id"] for e in by_sentence.get(s.index, [])]}
            for s in shown
        ],
        "events": shown_events,
    }, (store.document_text(doc_id) or "", sections, sentences, by_sentence)


@cached
def search(store: Store, q: str, actor: str, lang: str, page: Page) -> dict:
    """Full-text hits for `q` and the actors that `actor` (or else `q`) names, in any language."""
    words = textview.words_of(q)
    hits = []
    if words:
        for h in store.search(q, lang=lang or None, limit=page.limit + 1, offset=page.offset):
            h = dict(h)
            h.pop("snippet", None)
            h["marked"] = [{"text": t, "match": m} for t, m in textview.marked(h["text"], words)]
            h["href"] = doc_href(h["doc"], h["sentence"])
            hits.append(h)
    return {"q": q, "lang": lang, "actor": actor, "limit": page.limit, "offset": page.offset,
            "more": len(hits) > page.limit, "hits": hits[:page.limit], "actors": resolve_actors(store, actor or q)}


def resolve_actors(store: Store, name: str) -> list[dict]:
    """What a name in any language resolves to, with links to the actor's relations."""
    from dyad.actors import default_gazetteer

    name = name.strip()
    if not name or len(name) > 100:
        return []
    gz = default_gazetteer()
    focus = query.default_focus(store)
    out, seen = [], set()
    # today's reading first (朝鲜: North Korea, then Joseon), then any other
    import datetime as dt

    for r in [*gz.resolve(name, year=dt.date.today().year), *gz.resolve(name)]:
        if r.code in seen:
            continue
        seen.add(r.code)
        lin = actors.lineage(r.code)
        pair = f"{focus}-{lin}" if focus and focus != lin else None
        out.append({"code": r.code, "name": actors.name(r.code), "kind": r.kind, "lineage": lin, "why": r.why,
                    "overview": f"/?focus={quote(lin)}", "pair": pair, "dyad": f"/dyads/{pair}" if pair else None})
    return out


def warm(store: Store) -> threading.Thread:
    """Do before the first visit what the first visitor would wait for.

    The overview's aggregates over every event are computed now (then cached until the store changes).
    The name lookups of every language take seconds to compile, so they are compiled in a background
    thread (returned) and the server answers at once; a name search before they are ready compiles
    what it needs itself.
    """
    from dyad.actors import default_gazetteer

    overview(store, None)
    _dyad_rows(store)
    names = threading.Thread(target=default_gazetteer().resolve, args=("dyad",), daemon=True, name="dyad-warm-names")
    names.start()
    return names
