"""HTML pages, rendered on the server (lists work without JavaScript); each has a JSON twin in api.py."""

from __future__ import annotations

from itertools import groupby

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from dyad.model import FACTUALITIES, QUADS
from dyad.query import CATEGORIES
from dyad.web import textview, views
from dyad.web.api import PAIR, FiltersDep, PageDep, StoreDep
from dyad.web.app import html, templates
from dyad.web.params import MAX_LIMIT, Filters, Page

router = APIRouter(include_in_schema=False)


def _groupby_year(events: list[dict]) -> list[tuple[str, list[dict]]]:
    return [(k, list(g)) for k, g in groupby(events, key=lambda e: e["group"])]


def _groupby_region(nodes: list[dict]) -> list[tuple[str, list[dict]]]:
    groups: dict[str, list[dict]] = {}
    for n in nodes:
        groups.setdefault((n.get("regions") or [""])[0], []).append(n)
    return list(groups.items())


templates.env.filters["groupby_year"] = _groupby_year
templates.env.filters["groupby_region"] = _groupby_region


def _langs(st) -> list[str]:
    return sorted({d.lang for d in st.documents() if d.lang})


@router.get("/", response_class=HTMLResponse)
def overview_page(*, request: Request, focus: str = Query("", max_length=30), st: StoreDep):
    return html(request, "overview.html", {"o": views.overview_page(st, focus or None)})


@router.get("/dyads", response_class=HTMLResponse)
def dyads_page(*, request: Request, pg: PageDep, st: StoreDep):
    return html(request, "dyads.html", {"r": views.dyads(st, pg)})


@router.get("/dyads/{pair}", response_class=HTMLResponse)
def dyad_page(*, request: Request, pair: str = PAIR, flt: FiltersDep, pg: PageDep,
              st: StoreDep):
    d = views.dyad_page(st, pair, flt, pg)
    if pair != d["pair"]:  # one address per dyad: rus-prk -> RUS-PRK
        qs = request.url.query
        return RedirectResponse(f"/dyads/{d['pair']}" + (f"?{qs}" if qs else ""), status_code=308)
    return html(request, "dyad.html", {
        "d": d, "f": flt, "categories": CATEGORIES, "quads": QUADS, "factualities": FACTUALITIES,
        "langs": _langs(st)})


@router.get("/events/{event_id}")
def event_page(*, event_id: int = Path(..., ge=1, le=2**62), st: StoreDep):
    return RedirectResponse(views.event(st, event_id)["href"], status_code=303)


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document_page(*, request: Request, doc_id: str = Path(..., max_length=300),
                  s: int | None = Query(None, ge=0, description="Sentence to mark"), st: StoreDep):
    doc, (text, sections, sentences, by_sentence) = views.document(st, doc_id)
    return html(request, "document.html", {
        "doc": doc, "sections": textview.layout(text, sections, sentences), "by_sentence": by_sentence,
        "current": s})


@router.get("/search", response_class=HTMLResponse)
def search_page(*, request: Request, q: str = Query("", max_length=200), actor: str = Query("", max_length=100),
                lang: str = Query("", pattern="^([a-z]{2,3})?$"), limit: int = Query(20, ge=1, le=MAX_LIMIT),
                offset: int = Query(0, ge=0, le=100_000), st: StoreDep):
    r = views.search(st, q.strip(), actor.strip(), lang, Page(limit, offset))

    def pager(off: int) -> str:
        return Filters().query_string(q=r["q"], actor=r["actor"], lang=r["lang"], offset=max(off, 0) or None,
                                      limit=limit if limit != 20 else None)

    return html(request, "search.html", {"r": r, "q": q, "langs": _langs(st), "pager": pager})
