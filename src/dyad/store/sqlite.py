"""SQLite store: documents and everything derived from them, replaced per document in one transaction."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dyad.model import ActorMention, Document, Event, Section, Sentence, TimeExpr
from dyad.store.migrations import migrate


@dataclass
class DocumentRecord:
    """A stored document with its counts."""

    id: str
    path: str
    url: str | None
    lang: str
    title: str
    format: str
    content_hash: str
    dyad: tuple[str, str] | None
    sentences: int = 0
    events: int = 0
    ingested_at: str = ""


@dataclass
class DocumentRows:
    """Everything derived from one document, written together."""

    doc: Document
    lang: str
    title: str
    content_hash: str
    dyad: tuple[str, str] | None
    sections: list[Section]
    sentences: list[Sentence]
    sentence_dates: list[TimeExpr | None]
    mentions: list[tuple[int, ActorMention]]  # (sentence index, mention with original offsets)
    times: list[tuple[int, TimeExpr]]
    catalog: list[dict]
    events: list[Event]


class StoreMissing(FileNotFoundError):
    """A command that only reads was pointed at a store that does not exist."""


def open_store(path: str | Path = "dyad.db", create: bool = True) -> Store:
    """Open (creating when `create`, and migrating) the store at `path`."""
    if not create and not Path(path).is_file():
        raise StoreMissing(f"no knowledge base at {path}; run `dyad ingest PATH --db {path}` first")
    return Store(path)


class Store:
    """A dyad knowledge base in one SQLite file."""

    def __init__(self, path: str | Path = "dyad.db") -> None:
        self.path = str(path)
        self.conn = sqlite3.connect(self.path, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        migrate(self.conn)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- writing -------------------------------------------------------------------------------

    def stored(self, doc_id: str) -> tuple[str, str] | None:
        """(content hash, source path) of a stored document, None when it is not stored."""
        row = self.conn.execute("SELECT content_hash, path FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def replace_document(self, rows: DocumentRows) -> None:
        """Store a document and all its rows, replacing any earlier version, in one transaction."""
        d = rows.doc
        c = self.conn
        with c:
            c.execute("DELETE FROM documents WHERE id = ?", (d.id,))
            c.execute(
                "INSERT INTO documents (id, path, url, lang, title, format, content_hash, dyad_a, dyad_b, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (d.id, d.path, d.url, rows.lang, rows.title, d.format, rows.content_hash,
                 rows.dyad[0] if rows.dyad else None, rows.dyad[1] if rows.dyad else None, d.text),
            )
            c.executemany(
                "INSERT INTO sections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(d.id, s.index, s.title, s.level, s.path, s.start, s.end, int(s.body), s.parent)
                 for s in rows.sections],
            )
            c.executemany(
                "INSERT INTO sentences (doc, idx, text, lang, section, section_idx, start, end, body, kind,"
                " date_start, date_end, date_precision, date_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(d.id, s.index, s.text, s.lang, s.section, s.section_index, s.start, s.end, int(s.body), s.kind,
                  t.date_start if t else None, t.date_end if t else None, t.precision if t else None,
                  t.source if t else None)
                 for s, t in zip(rows.sentences, rows.sentence_dates, strict=True)],
            )
            c.executemany(
                "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(d.id, i, m.start, m.end, m.text, code, m.kind) for i, m in rows.mentions for code in m.codes],
            )
            c.executemany(
                "INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(d.id, i, t.start, t.end, t.text, t.date_start, t.date_end, t.precision, t.source)
                 for i, t in rows.times],
            )
            c.executemany(
                "INSERT INTO catalog VALUES (?, ?, ?, ?, ?, ?)",
                [(d.id, e["region"], e["label"], json.dumps(e["members"], ensure_ascii=False), e["kind"],
                  e.get("focus")) for e in rows.catalog],
            )
            self._insert_events(rows.events)

    def _insert_events(self, events: Iterable[Event]) -> None:
        from dyad.actors import default_gazetteer

        gz = default_gazetteer()
        self.conn.executemany(
            "INSERT INTO events (doc, sentence_idx, lang, section, quote, span_start, span_end, date_start, date_end,"
            " date_precision, date_source, source, target, source_lineage, target_lineage, category, quad,"
            " intensity, factuality, reported_by, topics, confidence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(e.doc, e.sentence_index, e.lang, e.section, e.quote, e.span[0], e.span[1], e.date_start, e.date_end,
              e.date_precision, e.date_source, e.source, e.target, gz.lineage(e.source) or e.source,
              gz.lineage(e.target) or e.target, e.category, e.quad, e.intensity, e.factuality, e.reported_by,
              json.dumps(e.topics), e.confidence) for e in events],
        )

    # ---- reading -------------------------------------------------------------------------------

    def documents(self) -> list[DocumentRecord]:
        """All stored documents with sentence and event counts."""
        rows = self.conn.execute(
            "SELECT d.id, d.path, d.url, d.lang, d.title, d.format, d.content_hash, d.dyad_a, d.dyad_b,"
            " d.ingested_at,"
            " (SELECT count(*) FROM sentences s WHERE s.doc = d.id) AS n_sent,"
            " (SELECT count(*) FROM events e WHERE e.doc = d.id) AS n_ev"
            " FROM documents d ORDER BY d.id"
        ).fetchall()
        return [self._record(r) for r in rows]

    @staticmethod
    def _record(r: sqlite3.Row) -> DocumentRecord:
        return DocumentRecord(
            id=r["id"], path=r["path"], url=r["url"], lang=r["lang"], title=r["title"], format=r["format"],
            content_hash=r["content_hash"], dyad=(r["dyad_a"], r["dyad_b"]) if r["dyad_a"] else None,
            sentences=r["n_sent"], events=r["n_ev"], ingested_at=r["ingested_at"],
        )

    def document(self, doc_id: str) -> DocumentRecord | None:
        """One stored document, or None."""
        for r in self.conn.execute(
            "SELECT d.*, (SELECT count(*) FROM sentences s WHERE s.doc = d.id) AS n_sent,"
            " (SELECT count(*) FROM events e WHERE e.doc = d.id) AS n_ev FROM documents d WHERE d.id = ?",
            (doc_id,),
        ):
            return self._record(r)
        return None

    def document_text(self, doc_id: str) -> str | None:
        """The original decoded text of a stored document."""
        row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def sections(self, doc_id: str) -> list[Section]:
        """The heading tree of a document, in order."""
        return [
            Section(index=r["idx"], title=r["title"], level=r["level"], path=r["path"], start=r["start"],
                    end=r["end"], body=bool(r["body"]), parent=r["parent"])
            for r in self.conn.execute("SELECT * FROM sections WHERE doc = ? ORDER BY idx", (doc_id,))
        ]

    def sentences(self, doc_id: str, body_only: bool = False) -> list[Sentence]:
        """The sentences of a document, in order."""
        q = "SELECT * FROM sentences WHERE doc = ?" + (" AND body = 1" if body_only else "") + " ORDER BY idx"
        return [self._sentence(r) for r in self.conn.execute(q, (doc_id,))]

    @staticmethod
    def _sentence(r: sqlite3.Row) -> Sentence:
        return Sentence(index=r["idx"], text=r["text"], start=r["start"], end=r["end"], lang=r["lang"],
                        section=r["section"], section_index=r["section_idx"], body=bool(r["body"]),
                        is_heading=r["kind"] == "heading", kind=r["kind"])

    def time_expressions(self, doc_id: str, body_only: bool = False) -> list[TimeExpr]:
        """Temporal expressions of a document (original offsets), in order."""
        sql = ("SELECT t.* FROM times t JOIN sentences s ON s.doc = t.doc AND s.idx = t.sentence_idx"
               " WHERE t.doc = ?" + (" AND s.body = 1" if body_only else "") + " ORDER BY t.start")
        return [
            TimeExpr(r["start"], r["end"], r["text"], r["date_start"], r["date_end"], r["date_precision"],
                     r["date_source"])
            for r in self.conn.execute(sql, (doc_id,))
        ]

    def events_of(self, doc_id: str) -> list[dict]:
        """The stored events of one document, in sentence order."""
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM events WHERE doc = ? ORDER BY sentence_idx, id", (doc_id,))]

    def mention_counts(self, doc_id: str | None = None) -> dict[str, int]:
        """How often each actor code is mentioned (in one document or all); places that stand for a state
        (`Kharkiv`) are not mentions of it."""
        q = "SELECT code, count(*) FROM mentions WHERE kind != 'place'" + (" AND doc = ?" if doc_id else "") + " GROUP BY code"
        return {r[0]: r[1] for r in self.conn.execute(q, (doc_id,) if doc_id else ())}

    def catalog(self) -> list[dict]:
        """Relation catalog entries from all documents' navigation boxes."""
        return [
            {"doc": r["doc"], "focus": r["focus"], "region": r["region"], "label": r["label"],
             "members": json.loads(r["members"]), "kind": r["kind"]}
            for r in self.conn.execute("SELECT * FROM catalog ORDER BY doc, rowid")
        ]

    # a one- or two-character word expands to at most this many trigrams; beyond it, a scan is cheaper
    MAX_EXPANSION = 400

    def search(self, query: str, lang: str | None = None, limit: int = 20, offset: int = 0) -> list[dict]:
        """Sentences matching `query` (every word must occur), best first, with a snippet.

        Words of three or more characters are trigrams of the index; shorter ones (`조약`, `签署`)
        match through the indexed trigrams that start with them.
        """
        words = [w for w in re.split(r"\s+", query.strip()) if w]
        if not words:
            return []
        groups, scan = [], []
        for w in words:
            if len(w) >= 3:
                groups.append(_fts_phrase(w))
                continue
            terms = self._trigrams_starting(w)
            if terms is None:
                scan.append(w)
            elif not terms:
                return []  # no indexed sentence holds the word
            else:
                groups.append("(" + " OR ".join(_fts_phrase(t) for t in terms) + ")")
        where, params = [], []
        for w in scan:
            where.append("instr(lower(s.text), ?) > 0")
            params.append(w.lower())
        if lang:
            where.append("s.lang = ?")
            params.append(lang)
        cond = (" AND " + " AND ".join(where)) if where else ""
        cols = ("s.doc, s.idx, s.text, s.lang, s.section, s.start, s.end, s.body, d.title,"
                " d.dyad_a, d.dyad_b")
        if groups:
            sql = (f"SELECT {cols}, bm25(sentences_fts) AS score FROM sentences_fts"
                   " JOIN sentences s ON s.id = sentences_fts.rowid JOIN documents d ON d.id = s.doc"
                   f" WHERE sentences_fts MATCH ?{cond} ORDER BY s.body DESC, score LIMIT ? OFFSET ?")
            rows = self.conn.execute(sql, [" AND ".join(groups), *params, limit, offset]).fetchall()
        else:
            sql = (f"SELECT {cols}, length(s.text) AS score FROM sentences s JOIN documents d ON d.id = s.doc"
                   f" WHERE 1 = 1{cond} ORDER BY s.body DESC, score LIMIT ? OFFSET ?")
            rows = self.conn.execute(sql, [*params, limit, offset]).fetchall()
        return [
            {"doc": r["doc"], "sentence": r["idx"], "text": r["text"], "lang": r["lang"], "section": r["section"],
             "start": r["start"], "end": r["end"], "body": bool(r["body"]), "title": r["title"],
             "dyad": [r["dyad_a"], r["dyad_b"]] if r["dyad_a"] else None,
             "snippet": snippet(r["text"], words)}
            for r in rows
        ]

    def _trigrams_starting(self, word: str) -> list[str] | None:
        """Indexed trigrams that start with `word` (the index folds case), None when too many."""
        w = word.lower()
        terms = [r[0] for r in self.conn.execute(
            "SELECT term FROM sentences_vocab WHERE term >= ? AND term < ? LIMIT ?",
            (w, w + "\U0010ffff", self.MAX_EXPANSION + 1))]
        return None if len(terms) > self.MAX_EXPANSION else terms


def _fts_phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def snippet(text: str, words: list[str], width: int = 160) -> str:
    """A window of `text` around the first matched word, with the words marked by [ ]."""
    low = text.lower()
    pos = min((p for p in (low.find(w.lower()) for w in words) if p >= 0), default=0)
    a = max(0, pos - width // 3)
    b = min(len(text), a + width)
    out = ("…" if a > 0 else "") + text[a:b] + ("…" if b < len(text) else "")
    for w in sorted(set(words), key=len, reverse=True):
        out = re.sub(re.escape(w), lambda m: f"[{m.group(0)}]", out, flags=re.IGNORECASE)
    return out
