"""The actor table: codes, kinds, lineage, eras, officials' terms (language-neutral data in `actors/data/`)."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

DATA = Path(str(resources.files(__package__))) / "data"

# sections of actors.yaml -> actor kind
_SECTION_KIND = {
    "dissolved": "historical",
    "historical": "historical",
    "unrecognised": "unrecognised",
    "orgs": "org",
}


@dataclass(frozen=True)
class Actor:
    """One actor code with its kind and the current state(s) that continue it."""

    code: str
    kind: str  # state | territory | historical | unrecognised | org
    lineage: tuple[str, ...] = ()
    years: tuple[int | None, int | None] = (None, None)
    iso2: str | None = None  # CLDR territory code whose names are this actor's
    note: str = ""


class YearSpan:
    """Mixin of records valid from `start` to `end` (inclusive years; None leaves a side open)."""

    start: int | None
    end: int | None

    def covers(self, year: int) -> bool:
        """True when `year` lies within the span."""
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)

    def distance(self, year: int) -> int:
        """Years between `year` and the span (0 inside it)."""
        if self.covers(year):
            return 0
        if self.start is not None and year < self.start:
            return self.start - year
        return year - (self.end if self.end is not None else year)


@dataclass(frozen=True)
class Term(YearSpan):
    """A period in office: the official acted for `code` from `start` to `end` (None = open)."""

    code: str
    role: str
    start: int | None
    end: int | None


    def label(self) -> str:
        end = "" if self.end is None else str(self.end)
        return f"{self.role} {self.start}-{end}"


@dataclass
class Registry:
    """All actors, eras and officials' terms."""

    actors: dict[str, Actor] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # other code -> canonical code
    by_iso2: dict[str, str] = field(default_factory=dict)
    eras: dict[str, list[tuple[int | None, int | None, str]]] = field(default_factory=dict)
    officials: dict[str, tuple[Term, ...]] = field(default_factory=dict)


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [
            [c.strip() for c in row]
            for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            if row and row[0].strip() and not row[0].startswith("#")
        ]


def _year(s: str | int | None) -> int | None:
    if s is None or s == "":
        return None
    return int(s)


@functools.cache
def registry() -> Registry:
    """The actor registry, loaded once from `actors/data/`."""
    reg = Registry()
    for a2, a3, kind, *_ in _rows(DATA / "iso3166.tsv"):
        reg.actors[a3] = Actor(a3, kind, (a3,), iso2=a2)
        reg.by_iso2[a2] = a3
    data = yaml.safe_load((DATA / "actors.yaml").read_text(encoding="utf-8"))
    for section, kind in _SECTION_KIND.items():
        for code, info in (data.get(section) or {}).items():
            info = info or {}
            years = tuple(info.get("years") or (None, None))
            lineage = () if kind == "org" else tuple(info.get("lineage") or ())
            reg.actors[code] = Actor(
                code,
                info.get("kind", kind),
                lineage,
                (years[0], years[1]),
                info.get("cldr"),
                info.get("note", ""),
            )
            for alias in info.get("aliases") or ():
                reg.aliases[alias] = code
            if info.get("cldr"):
                reg.by_iso2[info["cldr"]] = code
    for code, start, end, polity, *_ in _rows(DATA / "eras.tsv"):
        reg.eras.setdefault(code, []).append((_year(start), _year(end), polity))
    officials = yaml.safe_load((DATA / "officials.yaml").read_text(encoding="utf-8"))
    for oid, terms in officials.items():
        reg.officials[oid] = tuple(Term(t[0], t[1], _year(t[2]), _year(t[3])) for t in terms)
    return reg


def canonical(code: str) -> str:
    """The code itself, or the code an alias stands for (H.AUSTHUNG -> H.AUSTRIAHUNGARY)."""
    return registry().aliases.get(code, code)


def lineages(code: str) -> tuple[str, ...]:
    """All current states continuing `code` (empty for organisations and unknown codes)."""
    a = registry().actors.get(canonical(code))
    return a.lineage if a else ()


def lineage(code: str) -> str | None:
    """The main current state continuing `code`; the code itself for a current state; None for IGOs."""
    lin = lineages(code)
    return lin[0] if lin else None


def same_lineage(a: str, b: str) -> bool:
    """True when `a` and `b` are the same actor or share a continuing state (SUN ~ RUS, H.PERSIA ~ IRN)."""
    if a == b or canonical(a) == canonical(b):
        return True
    return bool(set(lineages(a)) & set(lineages(b)))


def resolve_at(code: str, year: int | None) -> str:
    """The polity a current state's name stood for in `year` (RUS in 1850 -> H.RUSEMP, in 1950 -> SUN)."""
    if year is None:
        return code
    for start, end, polity in registry().eras.get(code, ()):
        if (start is None or start <= year) and (end is None or year <= end):
            return polity
    return code


def term_at(official: str, year: int | None) -> tuple[Term, bool]:
    """The term of `official` in force in `year` (the latest when `year` is None) and whether it covers it."""
    terms = registry().officials[official]
    if year is None:
        return terms[-1], True
    best = min(terms, key=lambda t: (t.distance(year), -(t.start or 0)))
    return best, best.covers(year)
