"""Ingest: read -> segment -> mentions, dates -> events -> store, one document at a time."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from dyad.model import ActorMention, Document
from dyad.store.sqlite import DocumentRows, Store
from dyad.text import Segmented, segment

# Bumped when analysis changes, so that re-ingesting unchanged text re-derives it once.
PIPELINE_VERSION = "1"


@dataclass
class Problem:
    """A file or document that could not be ingested, and why."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class IngestReport:
    """What one ingest did."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    sentences: int = 0
    mentions: int = 0
    times: int = 0
    events: int = 0
    problems: list[Problem] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)

    @property
    def stored(self) -> int:
        """Documents written or found up to date."""
        return self.added + self.replaced + self.unchanged


def content_hash(doc: Document, events: bool = True) -> str:
    """Hash of everything analysis depends on."""
    h = hashlib.sha256()
    for part in (PIPELINE_VERSION, "events" if events else "no-events", doc.lang, doc.title, doc.url or "",
                 doc.format, doc.text):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def analyse(doc: Document, events: bool = True) -> DocumentRows:
    """Everything dyad derives from one document, ready to store (`events=False`: stop before events)."""
    from dyad.actors import default_gazetteer
    from dyad.events import extract_events
    from dyad.relations import document_dyad, extract_catalog, markup_blocks
    from dyad.time import resolve_document

    seg = segment(doc)
    gz = default_gazetteer()
    nav = markup_blocks(doc.text) if "{{{" in doc.text else []
    per_sentence: list[list[ActorMention]] = []
    mentions: list[tuple[int, ActorMention]] = []
    for s in seg.sentences:
        found = []
        for m in gz.find(s.text, s.lang):
            found.append(m)
            a, b = s.orig_span(m.start, m.end)
            mentions.append((s.index, replace(m, start=a, end=b)))
        per_sentence.append(found)
    pair = document_dyad(seg.title, seg.sentences, seg.lang, nav)
    catalog = extract_catalog(doc.text, seg.lang, pair) if nav else []
    dates = resolve_document(seg.sentences, seg.sections, text=doc.text)
    found = extract_events(seg, pair, per_sentence, dates) if events else []
    return DocumentRows(
        doc=doc, lang=seg.lang, title=_title(seg, pair, gz), content_hash=content_hash(doc, events), dyad=pair,
        sections=seg.sections, sentences=seg.sentences, sentence_dates=[d.event for d in dates],
        mentions=mentions, times=[(i, t) for i, d in enumerate(dates) for t in d.exprs],
        catalog=catalog, events=found,
    )


def _title(seg: Segmented, pair: tuple[str, str] | None, gz) -> str:
    """The reader's title; else the first line when it names the dyad; else one made from the dyad."""
    if seg.doc.title:
        return seg.doc.title
    if not pair:
        return seg.title or seg.doc.id
    if seg.title:
        named = {gz.lineage(c) or c for m in gz.find(seg.title, seg.lang) for c in m.codes}
        if set(pair) <= named:
            return seg.title
    return f"{gz.name(pair[0])}–{gz.name(pair[1])} relations"


def count_inputs(paths: Iterable[str | Path]) -> int:
    """How many files an ingest of `paths` will read (for a progress bar)."""
    n = 0
    for p in map(Path, paths):
        if p.is_dir():
            n += sum(1 for f in p.rglob("*")
                     if f.is_file() and not any(x.startswith(".") for x in f.relative_to(p).parts))
        elif p.exists():
            n += 1
    return n


def ingest(paths: Iterable[str | Path], store: Store, *, force: bool = False, events: bool = True,
           on_document: Callable[[str], None] | None = None) -> IngestReport:
    """Read every file under `paths` and store what dyad derives from each document.

    A bad file or document is reported and skipped; the rest of the batch goes on. Each
    document is written in one transaction, so an interrupted ingest leaves every stored
    document whole and a second run completes the rest.
    """
    from dyad.read import read_path

    report = IngestReport()
    seen: set[str] = set()
    for path in paths:
        for item in read_path(path):
            if not isinstance(item, Document):
                report.problems.append(Problem(item.path, item.message))
                if on_document:
                    on_document(item.path)
                continue
            doc = item
            try:
                if doc.id in seen:
                    report.problems.append(Problem(doc.path, f"document id {doc.id!r} occurs twice; kept the first"))
                    continue
                seen.add(doc.id)
                old = store.stored_hash(doc.id)
                if old == content_hash(doc, events) and not force:
                    report.unchanged += 1
                    report.doc_ids.append(doc.id)
                    continue
                rows = analyse(doc, events)
                store.replace_document(rows)
                report.added += old is None
                report.replaced += old is not None
                report.doc_ids.append(doc.id)
                report.sentences += len(rows.sentences)
                report.mentions += len(rows.mentions)
                report.times += len(rows.times)
                report.events += len(rows.events)
            except Exception as exc:  # one document's failure must not stop the batch
                report.problems.append(Problem(doc.path or doc.id, f"could not be analysed: {exc!r}"))
            finally:
                if on_document:
                    on_document(doc.path)
    return report
