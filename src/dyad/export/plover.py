"""PLOVER/POLECAT-shaped JSON Lines, so that tools built for POLECAT read dyad's events.

Field names follow the PLOVER data-interchange chapter (`id`, `date`, `enddate`, `source` /
`recipient` lists of actor objects with `code`, `event`, `quad_code`, `event_scale`, `mode`,
`context`, `event_text`, `text_info`, `cite_info`) and the names the NGEC coder behind POLECAT
writes (`event_type`, `actors` / `recipients`, `story_id`, `language`, `version`). dyad's own
fields (factuality, reported_by, confidence, date precision) are kept under their SCHEMA names.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO
from urllib.parse import urlparse

from dyad import __version__
from dyad.query import actors

QUAD_CODES = {"verbal_coop": 1, "material_coop": 2, "verbal_conflict": 3, "material_conflict": 4}
CODEBOOK = "plover-2.0"
# licences of the sites dyad reads, by host suffix; documents from elsewhere get null
SITE_LICENCES = {
    "wikipedia.org": "CC BY-SA 4.0",
    "namu.wiki": "CC BY-NC-SA 2.0 KR",
}


def licence(url: str | None) -> str | None:
    """The licence of a document's text, known from its site; None when the site is not known."""
    if not url:
        return None
    host = (urlparse(url).hostname or "").lower()
    for suffix, lic in SITE_LICENCES.items():
        if host == suffix or host.endswith("." + suffix):
            return lic
    return None


def _actor(code: str, lang: str) -> dict:
    kind = actors.kind(code)
    lineage = actors.lineage(code)
    return {
        "code": code,
        "country": None if kind == "org" else lineage,
        "name": actors.name(code, "en"),
        "actor_text": actors.name(code, lang) if lang else actors.name(code, "en"),
        "sector": "IGO" if kind == "org" else "GOV",
        "kind": kind,
    }


def record(e: dict) -> dict:
    """One event dict (dyad.query.event_dict) as a PLOVER/POLECAT record."""
    src, tgt = [_actor(e["source"], e["lang"])], [_actor(e["target"], e["lang"])]
    return {
        "id": f"dyad-{e['doc']}-{e['id']}",
        "date": e["date_start"],
        "enddate": e["date_end"],
        "date_precision": e["date_precision"],
        "date_source": e["date_source"],
        "event_type": e["category"],
        "event": [e["category"]],
        "mode": [],
        "context": list(e["topics"]),
        "quad_code": QUAD_CODES.get(e["quad"]),
        "quad": e["quad"],
        "event_scale": e["intensity"],
        "event_intensity": e["intensity"],
        "source": src,
        "recipient": tgt,
        "actors": src,
        "recipients": tgt,
        "event_text": e["quote"],
        "text_info": {"sequence": e["sentence"], "start": e["span"][0], "end": e["span"][1],
                      "section": e["section"]},
        "factuality": e["factuality"],
        "reported_by": e["reported_by"],
        "confidence": e["confidence"],
        "story_id": e["doc"],
        "headline": e["title"],
        "language": e["lang"],
        "url": e["url"],
        "cite_info": {
            "corpus": "dyad",
            "citation": e["doc"],
            "url": e["url"],
            "title": e["title"],
            "language": e["lang"],
            "license": licence(e["url"]),
            "coder": f"dyad {__version__}",
            "codebook": CODEBOOK,
        },
        "version": f"dyad-{__version__}",
    }


def write_plover(events: Iterable[dict], out: TextIO) -> int:
    """PLOVER records as JSON Lines (one record a line, as the PLOVER manual recommends)."""
    n = 0
    for e in events:
        out.write(json.dumps(record(e), ensure_ascii=False) + "\n")
        n += 1
    return n
