"""The JSON API: the twin of every page, with the CLI's filters, paged results and CSV downloads."""

from __future__ import annotations

import io
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response

from dyad.store import Store
from dyad.web import views
from dyad.web.params import MAX_LIMIT, Filters, Page, filters, page

router = APIRouter(prefix="/api", tags=["api"])


def store(request: Request):
    """The store of this worker thread."""
    return request.app.state.stores.get()


StoreDep = Annotated[Store, Depends(store)]
FiltersDep = Annotated[Filters, Depends(filters)]
PageDep = Annotated[Page, Depends(page)]
PAIR = Path(..., max_length=60, description="Two actor codes joined by '-', e.g. RUS-PRK (lineages match)")


@router.get("/overview", summary="Corpus counts and the focal actor's relations network")
def api_overview(*, focus: str = Query("", max_length=30, description="Focal actor code; default: the actor most "
                                    "documents involve"), st: StoreDep) -> dict:
    return views.overview(st, focus or None)


@router.get("/dyads", summary="Dyads with event counts per quad class, mean intensity, first and last dates")
def api_dyads(*, pg: PageDep, st: StoreDep) -> dict:
    return views.dyads(st, pg)


@router.get("/dyads/{pair}/events", summary="A dyad's events, filtered and paged (format=csv downloads them)")
def api_dyad_events(*, pair: str = PAIR, flt: FiltersDep, pg: PageDep,
                    format: str = Query("json", pattern="^(json|csv)$", description="json or csv (all pages)"),
                    st: StoreDep):
    if format == "csv":
        return csv_response(st, pair, flt)
    return views.dyad_events(st, pair, flt, pg)


@router.get("/dyads/{pair}/events.csv", summary="Every event of a dyad for the filters, as CSV")
def api_dyad_events_csv(*, pair: str = PAIR, flt: FiltersDep, st: StoreDep):
    return csv_response(st, pair, flt)


@router.get("/dyads/{pair}/index", summary="A dyad's yearly curve: events per quad class and net cooperation")
def api_dyad_index(*, pair: str = PAIR, flt: FiltersDep, st: StoreDep) -> dict:
    return views.dyad_index(st, pair, flt)


@router.get("/events/{event_id}", summary="One event with the text around its evidence")
def api_event(*, event_id: int = Path(..., ge=1, le=2**62), st: StoreDep) -> dict:
    return views.event(st, event_id)


@router.get("/documents/{doc_id:path}", summary="A document: outline, sentences (paged) and their events")
def api_document(*, doc_id: str = Path(..., max_length=300), st: StoreDep,
                 limit: int = Query(1000, ge=1, le=5000, description="Sentences per page"),
                 offset: int = Query(0, ge=0, description="Sentences to skip")) -> dict:
    data, _ = views.document(st, doc_id, Page(limit, offset))
    return data


@router.get("/search", summary="Full-text search over sentences in every language, and actor names")
def api_search(*, q: str = Query("", max_length=200, description="Words, any language (북한, 朝鲜, Iran)"),
               actor: str = Query("", max_length=100, description="An actor name in any language (КНДР -> PRK)"),
               lang: str = Query("", pattern="^([a-z]{2,3})?$", description="Only sentences in this language"),
               limit: int = Query(20, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0, le=100_000),
               st: StoreDep) -> dict:
    return views.search(st, q.strip(), actor.strip(), lang, Page(limit, offset))


def csv_response(st, pair: str, flt: Filters) -> Response:
    """Every event of the dyad for the filters as a CSV download (the export's columns)."""
    from dyad import query
    from dyad.export.tabular import write_csv

    a, b = views.check_pair(st, pair)
    out = io.StringIO()
    write_csv(query.iter_events(st, flt.event_filter(dyad=(a, b))), out)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="dyad-{a}-{b}.csv"'})
