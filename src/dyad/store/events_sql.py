"""SQL over the events table for dyad.query: filters as bound parameters, pages, aggregates.

Every function takes a `sqlite3.Connection` (`store.conn`) and returns plain rows or dicts;
the meaning (lineage, periods, networks) lives in dyad.query.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

# whitelisted orderings: user input never reaches the SQL text
ORDERS = {
    "date": "e.date_start IS NULL, e.date_start, e.date_end, e.id",
    "-date": "e.date_start IS NULL, e.date_start DESC, e.date_end DESC, e.id DESC",
    "intensity": "e.intensity, e.id",
    "-intensity": "e.intensity DESC, e.id",
    "id": "e.id",
}

# period key (integer start year of the period) per unit
PERIOD_SQL = {
    "year": "CAST(substr(e.date_start, 1, 4) AS INTEGER)",
    "decade": "(CAST(substr(e.date_start, 1, 4) AS INTEGER) / 10) * 10",
    "century": "(CAST(substr(e.date_start, 1, 4) AS INTEGER) / 100) * 100",
}
# longest extent (days from start to end) of a date that is known to the unit; coarser dates are left out
PERIOD_MAX_DAYS = {"year": 366, "decade": 3653, "century": 36525}

EVENT_COLUMNS = (
    "e.id, e.doc, e.sentence_idx, e.lang, e.section, e.quote, e.span_start, e.span_end, e.date_start,"
    " e.date_end, e.date_precision, e.date_source, e.source, e.target, e.source_lineage, e.target_lineage,"
    " e.category, e.quad, e.intensity, e.factuality, e.reported_by, e.topics, e.confidence,"
    " d.url, d.title, d.lang AS doc_lang"
)


@dataclass
class Side:
    """One side of a dyad as SQL sees it: the lineage code plus codes continuing into it by a secondary lineage."""

    lineage: str
    extra: tuple[str, ...] = ()
    extra_lineages: tuple[str, ...] = ()  # the lineage each extra code is stored with

    def alternatives(self) -> list[tuple[str, str | None]]:
        """(stored lineage, code or None for any code) pairs that make up this side."""
        return [(self.lineage, None), *zip(self.extra_lineages, self.extra, strict=True)]


@dataclass
class Where:
    """A WHERE clause under construction: SQL fragments joined by AND, with their bound parameters."""

    parts: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)

    def add(self, sql: str, *params: object) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def sql(self) -> str:
        return " AND ".join(f"({p})" for p in self.parts) if self.parts else "1 = 1"


def _ensure_functions(conn: sqlite3.Connection) -> None:
    # SQLite's lower() folds ASCII only; Cyrillic and Greek need Python's casefold
    conn.create_function("dyad_fold", 1, lambda s: s.casefold() if isinstance(s, str) else s, deterministic=True)


def side_sql(side: Side, col: str) -> tuple[str, list]:
    """SQL matching `col` ('source' or 'target') to a side: by lineage column, or by code for the extras."""
    terms, params = [], []
    for lineage, code in side.alternatives():
        if code is None:
            terms.append(f"e.{col}_lineage = ?")
            params.append(lineage)
        else:
            terms.append(f"(e.{col}_lineage = ? AND e.{col} = ?)")
            params += [lineage, code]
    return (terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"), params


def dyad_sql(a: Side, b: Side) -> tuple[str, list]:
    """SQL matching events between two sides in either direction.

    Written as a disjunction of `source_lineage = ? AND target_lineage = ? [AND code = ?]` terms
    so that SQLite answers each from the (source_lineage, target_lineage) index.
    """
    terms, params = [], []
    for x, y in ((a, b), (b, a)):
        for sl, sc in x.alternatives():
            for tl, tc in y.alternatives():
                t = "e.source_lineage = ? AND e.target_lineage = ?"
                p = [sl, tl]
                if sc:
                    t += " AND e.source = ?"
                    p.append(sc)
                if tc:
                    t += " AND e.target = ?"
                    p.append(tc)
                terms.append(f"({t})")
                params += p
    return " OR ".join(terms), params


def add_in(where: Where, column: str, values: Sequence[str] | None) -> None:
    """`column IN (values)` when values are given."""
    if values:
        where.add(f"{column} IN ({','.join('?' * len(values))})", *values)


def build_where(
    *,
    dyad: tuple[Side, Side] | None = None,
    actor: Side | None = None,
    source: Side | None = None,
    target: Side | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    categories: Sequence[str] | None = None,
    quads: Sequence[str] | None = None,
    factualities: Sequence[str] | None = None,
    langs: Sequence[str] | None = None,
    docs: Sequence[str] | None = None,
    topics: Sequence[str] | None = None,
    words: Sequence[str] | None = None,
    min_confidence: float | None = None,
    dated: bool | None = None,
) -> Where:
    """The WHERE clause for a filter; dates are inclusive ISO bounds and match events that overlap them."""
    w = Where()
    if dyad:
        d, pd = dyad_sql(*dyad)
        w.add(d, *pd)
    if actor:
        s, ps = side_sql(actor, "source")
        t, pt = side_sql(actor, "target")
        w.add(f"{s} OR {t}", *ps, *pt)
    if source:
        s, ps = side_sql(source, "source")
        w.add(s, *ps)
    if target:
        t, pt = side_sql(target, "target")
        w.add(t, *pt)
    if date_from:
        w.add("coalesce(e.date_end, e.date_start) >= ?", date_from)
    if date_to:
        w.add("e.date_start <= ?", date_to)
    add_in(w, "e.category", categories)
    add_in(w, "e.quad", quads)
    add_in(w, "e.factuality", factualities)
    add_in(w, "e.lang", langs)
    add_in(w, "e.doc", docs)
    for t in topics or ():
        w.add("e.topics LIKE ?", '%"' + t.replace("%", "").replace("_", "") + '"%')
    for word in words or ():
        if any(c.lower() != c.upper() for c in word):
            w.add("instr(dyad_fold(e.quote), ?) > 0", word.casefold())
        else:  # a word without case (Hangul, Han, digits) matches the quote as it is, without a Python call
            w.add("instr(e.quote, ?) > 0", word)
    if min_confidence is not None:
        w.add("e.confidence >= ?", min_confidence)
    if dated is True:
        w.add("e.date_start IS NOT NULL")
    elif dated is False:
        w.add("e.date_start IS NULL")
    return w


def select_events(conn: sqlite3.Connection, where: Where, order: str = "date", limit: int | None = None,
                  offset: int = 0) -> list[sqlite3.Row]:
    """Event rows (with document url and title) matching `where`, one page."""
    return list(iter_events(conn, where, order, limit, offset))


def iter_events(conn: sqlite3.Connection, where: Where, order: str = "date", limit: int | None = None,
                offset: int = 0) -> Iterator[sqlite3.Row]:
    """Stream event rows matching `where` (for exports: no list is built)."""
    if order not in ORDERS:
        raise ValueError(f"unknown order {order!r}; use one of {', '.join(ORDERS)}")
    _ensure_functions(conn)
    params = list(where.params)
    if limit is None and not offset:
        yield from conn.execute(f"SELECT {EVENT_COLUMNS} FROM events e JOIN documents d ON d.id = e.doc"
                                f" WHERE {where.sql()} ORDER BY {ORDERS[order]}", params)
        return
    # page over ids first: the sorter then carries sort keys, not every quote, and skips the join
    params += [-1 if limit is None else int(limit), int(offset)]
    yield from conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM (SELECT e.id FROM events e WHERE {where.sql()}"
        f" ORDER BY {ORDERS[order]} LIMIT ? OFFSET ?) AS page"
        f" JOIN events e ON e.id = page.id JOIN documents d ON d.id = e.doc ORDER BY {ORDERS[order]}",
        params,
    )


def count_events(conn: sqlite3.Connection, where: Where) -> int:
    """How many events match `where`."""
    _ensure_functions(conn)
    return conn.execute(f"SELECT count(*) FROM events e WHERE {where.sql()}", where.params).fetchone()[0]


def event_row(conn: sqlite3.Connection, event_id: int, context: int = 0) -> sqlite3.Row | None:
    """One event by id, with `context` characters of the document before and after its span."""
    return conn.execute(
        f"SELECT {EVENT_COLUMNS},"
        " substr(d.text, max(1, e.span_start + 1 - ?), e.span_start - max(0, e.span_start - ?)) AS before,"
        " substr(d.text, e.span_end + 1, ?) AS after"
        " FROM events e JOIN documents d ON d.id = e.doc WHERE e.id = ?",
        (context, context, context, int(event_id)),
    ).fetchone()


def pair_groups(conn: sqlite3.Connection, where: Where) -> list[sqlite3.Row]:
    """Event counts, intensity sums and date bounds per (source, target, their lineages, quad, document).

    Small enough to expand in Python by secondary lineages, exact for distinct-document counts.
    """
    _ensure_functions(conn)
    return conn.execute(
        "SELECT e.source, e.target, e.source_lineage, e.target_lineage, e.quad, e.doc, count(*) AS n,"
        " sum(e.intensity) AS total, min(e.date_start) AS first, max(coalesce(e.date_end, e.date_start)) AS last"
        f" FROM events e WHERE {where.sql()}"
        " GROUP BY e.source, e.target, e.source_lineage, e.target_lineage, e.quad, e.doc",
        where.params,
    ).fetchall()


def period_rows(conn: sqlite3.Connection, where: Where, unit: str) -> tuple[list[sqlite3.Row], int]:
    """Counts and intensity sums per (period, quad) for dates known to `unit`; also how many were too coarse."""
    if unit not in PERIOD_SQL:
        raise ValueError(f"unknown period {unit!r}; use one of {', '.join(PERIOD_SQL)}")
    _ensure_functions(conn)
    extent = "julianday(coalesce(e.date_end, e.date_start)) - julianday(e.date_start)"
    rows = conn.execute(
        f"SELECT {PERIOD_SQL[unit]} AS period, e.quad AS quad, count(*) AS n, sum(e.intensity) AS total"
        f" FROM events e WHERE {where.sql()} AND e.date_start IS NOT NULL AND {extent} <= ?"
        " GROUP BY period, quad ORDER BY period",
        [*where.params, PERIOD_MAX_DAYS[unit]],
    ).fetchall()
    coarse = conn.execute(
        f"SELECT count(*) FROM events e WHERE {where.sql()} AND e.date_start IS NOT NULL AND {extent} > ?",
        [*where.params, PERIOD_MAX_DAYS[unit]],
    ).fetchone()[0]
    return rows, coarse


def document_dyads(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Documents with their language and dyad."""
    return conn.execute("SELECT id, lang, dyad_a, dyad_b FROM documents ORDER BY id").fetchall()


def overview_counts(conn: sqlite3.Connection) -> dict:
    """Counts for a store overview: documents per language, events per quad, language and category."""
    one = conn.execute(
        "SELECT count(*), min(date_start), max(coalesce(date_end, date_start)), sum(date_start IS NULL)"
        " FROM events"
    ).fetchone()

    def grouped(sql: str) -> dict:
        return {r[0]: r[1] for r in conn.execute(sql)}

    return {
        "documents": conn.execute("SELECT count(*) FROM documents").fetchone()[0],
        "documents_by_lang": grouped("SELECT lang, count(*) FROM documents GROUP BY lang ORDER BY count(*) DESC"),
        "events": one[0],
        "events_by_quad": grouped("SELECT quad, count(*) FROM events GROUP BY quad ORDER BY count(*) DESC"),
        "events_by_lang": grouped("SELECT lang, count(*) FROM events GROUP BY lang ORDER BY count(*) DESC"),
        "events_by_category": grouped(
            "SELECT category, count(*) FROM events GROUP BY category ORDER BY count(*) DESC"),
        "events_by_factuality": grouped(
            "SELECT factuality, count(*) FROM events GROUP BY factuality ORDER BY count(*) DESC"),
        "first_date": one[1],
        "last_date": one[2],
        "undated": one[3] or 0,
    }


def insert_rows(conn: sqlite3.Connection, documents: Iterable[dict] = (), events: Iterable[dict] = (),
                catalog: Iterable[dict] = ()) -> None:
    """Load pre-coded rows (imports, fixtures): documents, events with explicit lineages, catalog entries.

    Events take the SCHEMA field names plus `source_lineage`/`target_lineage` (default: the codes),
    `span` and `sentence_index`.
    """
    with conn:
        conn.executemany(
            "INSERT INTO documents (id, path, url, lang, title, format, content_hash, dyad_a, dyad_b, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(d["id"], d.get("path", ""), d.get("url"), d["lang"], d.get("title", ""), d.get("format", "txt"),
              d.get("content_hash", ""), *(d.get("dyad") or (None, None)), d.get("text", ""))
             for d in documents],
        )
        conn.executemany(
            "INSERT INTO events (doc, sentence_idx, lang, section, quote, span_start, span_end, date_start,"
            " date_end, date_precision, date_source, source, target, source_lineage, target_lineage, category,"
            " quad, intensity, factuality, reported_by, topics, confidence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(e["doc"], e.get("sentence_index"), e["lang"], e.get("section", ""), e["quote"],
              *(e.get("span") or (0, len(e["quote"]))), e.get("date_start"), e.get("date_end"),
              e.get("date_precision"), e.get("date_source"), e["source"], e["target"],
              e.get("source_lineage") or e["source"], e.get("target_lineage") or e["target"], e["category"],
              e["quad"], float(e["intensity"]), e.get("factuality", "asserted"), e.get("reported_by"),
              json.dumps(e.get("topics") or [], ensure_ascii=False), float(e.get("confidence", 0.5)))
             for e in events],
        )
        conn.executemany(
            "INSERT INTO catalog (doc, region, label, members, kind) VALUES (?, ?, ?, ?, ?)",
            [(c["doc"], c.get("region", ""), c["label"], json.dumps(c["members"], ensure_ascii=False),
              c.get("kind", "bilateral")) for c in catalog],
        )
