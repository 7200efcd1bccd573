"""Versioned schema migrations; `PRAGMA user_version` records how far a store has come."""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[str] = [
    # 1: documents, sections, sentences with a trigram full-text index, mentions, dates, catalog, events
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        path TEXT NOT NULL DEFAULT '',
        url TEXT,
        lang TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL DEFAULT 'txt',
        content_hash TEXT NOT NULL,
        dyad_a TEXT,
        dyad_b TEXT,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE sections (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        title TEXT NOT NULL,
        level INTEGER NOT NULL,
        path TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        body INTEGER NOT NULL,
        parent INTEGER,
        PRIMARY KEY (doc, idx)
    );
    CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        lang TEXT NOT NULL,
        section TEXT NOT NULL,
        section_idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        body INTEGER NOT NULL,
        kind TEXT NOT NULL,
        date_start TEXT,
        date_end TEXT,
        date_precision TEXT,
        date_source TEXT,
        UNIQUE (doc, idx)
    );
    CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content='sentences', content_rowid='id', tokenize='trigram'
    );
    -- indexed with a trailing newline, so that every occurrence of a word, even one ending the
    -- sentence, starts a trigram: two-character words (조약, 签署) are found through the trigrams
    -- that start with them (sentences_vocab)
    CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text || char(10));
    END;
    CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text || char(10));
    END;
    CREATE VIRTUAL TABLE sentences_vocab USING fts5vocab(sentences_fts, 'row');
    -- one small transaction per document: merging index segments less often makes ingest faster
    INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('automerge', 16);
    CREATE TABLE mentions (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentence_idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        code TEXT NOT NULL,
        kind TEXT NOT NULL
    );
    CREATE INDEX mentions_code ON mentions(code);
    CREATE INDEX mentions_doc ON mentions(doc, sentence_idx);
    CREATE TABLE times (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentence_idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        date_start TEXT,
        date_end TEXT,
        date_precision TEXT,
        date_source TEXT NOT NULL
    );
    CREATE INDEX times_doc ON times(doc, sentence_idx);
    CREATE TABLE catalog (
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        region TEXT NOT NULL,
        label TEXT NOT NULL,
        members TEXT NOT NULL,
        kind TEXT NOT NULL,
        focus TEXT
    );
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentence_idx INTEGER,
        lang TEXT NOT NULL,
        section TEXT NOT NULL,
        quote TEXT NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        date_start TEXT,
        date_end TEXT,
        date_precision TEXT,
        date_source TEXT,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        source_lineage TEXT,
        target_lineage TEXT,
        category TEXT NOT NULL,
        quad TEXT NOT NULL,
        intensity REAL NOT NULL,
        factuality TEXT NOT NULL,
        reported_by TEXT,
        topics TEXT NOT NULL DEFAULT '[]',
        confidence REAL NOT NULL DEFAULT 0.5
    );
    CREATE INDEX events_doc ON events(doc);
    CREATE INDEX events_pair ON events(source_lineage, target_lineage);
    CREATE INDEX events_target ON events(target_lineage);
    CREATE INDEX events_date ON events(date_start);
    """,
]


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the store to the newest schema; returns the version it is at."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for i in range(version, len(MIGRATIONS)):
        with conn:
            conn.executescript("BEGIN;" + MIGRATIONS[i] + f"; PRAGMA user_version = {i + 1}; COMMIT;")
    return len(MIGRATIONS)
