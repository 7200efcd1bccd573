"""Actor codes as the query layer needs them: lineage sides, display names, kinds (cached)."""

from __future__ import annotations

import functools
import re

from dyad.store.events_sql import Side

_CODE = re.compile(r"^(?:[A-Z]{3}|[HX]\.[A-Z0-9]+|IGO\.[A-Z0-9]+)$")


@functools.cache
def _gazetteer():
    from dyad.actors import default_gazetteer

    return default_gazetteer()


def normalize_code(code: str) -> str:
    """An actor code as stored (`rus` -> `RUS`, `h.persia` -> `H.PERSIA`); ValueError when it is not one."""
    c = code.strip().upper()
    if not _CODE.match(c):
        raise ValueError(f"{code!r} is not an actor code (RUS, PRK, SUN, H.PERSIA, X.DPR, IGO.UN ...)")
    return c


@functools.cache
def known_codes() -> frozenset[str]:
    """Every actor code the gazetteer knows."""
    return frozenset(_gazetteer().codes())


@functools.lru_cache(maxsize=4096)
def lineage(code: str) -> str:
    """The current state continuing `code` (the code itself for states, organisations and unknown codes)."""
    return _gazetteer().lineage(code) or code


@functools.lru_cache(maxsize=4096)
def lineages(code: str, stored: str | None = None) -> tuple[str, ...]:
    """Every current state continuing `code` (H.JOSEON -> KOR, PRK); else the stored lineage or the code."""
    return _gazetteer().lineages(code) or (stored or lineage(code),)


@functools.lru_cache(maxsize=1024)
def side(code: str) -> Side:
    """A dyad side for `code`: its lineage, plus codes that continue into it only by a secondary lineage.

    H.JOSEON continues KOR first and PRK second; it is stored with lineage KOR, so a PRK side
    lists it as an extra code to match.
    """
    code = normalize_code(code)
    lin = lineage(code)
    gz = _gazetteer()
    extra = tuple(c for c in gz.codes() if lin in gz.lineages(c) and (gz.lineage(c) or c) != lin)
    return Side(lin, extra, tuple(gz.lineage(c) or c for c in extra))


@functools.lru_cache(maxsize=4096)
def name(code: str | None, lang: str = "en") -> str:
    """Display name of an actor code in `lang` (the code when none is known)."""
    if not code:
        return ""
    return _gazetteer().name(code, lang)


@functools.lru_cache(maxsize=4096)
def kind(code: str) -> str:
    """state | territory | historical | unrecognised | org, from the registry or the code's shape."""
    k = _gazetteer().kind(code)
    if k:
        return k
    if code.startswith("IGO."):
        return "org"
    if code.startswith("H."):
        return "historical"
    if code.startswith("X."):
        return "unrecognised"
    return "state"
