"""Ingest: read -> segment -> mentions, dates -> events -> store, one document at a time."""

from __future__ import annotations

import hashlib
import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

from dyad.lang import load_yaml
from dyad.model import ActorMention, Document, TimeExpr
from dyad.store.sqlite import DocumentRows, Store
from dyad.text import Segmented, segment

# Bumped when analysis changes, so that re-ingesting unchanged text re-derives it once.
PIPELINE_VERSION = "2"


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


# years past a polity's end (or before its start) that a mention of it still fits: one names a state
# just gone (`the Soviet Union` in 1995) or about to be, but not one a century away
_GENERATION = 30


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
    from dyad.relations import document_dyad, document_focus, extract_catalog, markup_blocks
    from dyad.time import resolve_document

    seg = segment(doc)
    gz = default_gazetteer()
    nav = markup_blocks(doc.text) if "{{{" in doc.text else []
    # dates first: a name read at its sentence's date resolves to the polity or official of that time
    dates = resolve_document(seg.sentences, seg.sections, text=doc.text)
    per_sentence: list[list[ActorMention]] = []
    mentions: list[tuple[int, ActorMention]] = []
    for k, (s, d) in enumerate(zip(seg.sentences, dates, strict=True)):
        found = []
        hits = gz.find(s.text, s.lang, year=_year(d.event))
        if d.event is not None and d.event.source == "context" and _outlived(hits, d.event):
            # a date carried over from earlier sentences that a polity named here did not live to see
            # (`아라사` under a 2022 heading) is not this sentence's date; its names are read without it
            d = dates[k] = replace(d, event=None)
            hits = gz.find(s.text, s.lang)
        for m in hits:
            found.append(m)
            a, b = s.orig_span(m.start, m.end)
            mentions.append((s.index, replace(m, start=a, end=b)))
        per_sentence.append(found)
    # (the title's order for extraction: a pair word reads in it; the store keeps the pair sorted)
    said = document_dyad(seg.title, seg.sentences, seg.lang, nav, ordered=True)
    pair = tuple(sorted(said)) if said else None
    catalog = extract_catalog(doc.text, seg.lang, pair) if nav else []
    found = extract_events(seg, said, per_sentence, dates, document_focus(seg.title, seg.lang)) if events else []
    return DocumentRows(
        doc=doc, lang=seg.lang, title=_title(seg, pair, gz), content_hash=content_hash(doc, events), dyad=pair,
        sections=seg.sections, sentences=seg.sentences, sentence_dates=[d.event for d in dates],
        mentions=mentions, times=[(i, t) for i, d in enumerate(dates) for t in d.exprs],
        catalog=catalog, events=found,
    )


def _outlived(mentions: list[ActorMention], t: TimeExpr) -> bool:
    """Whether a past polity named among `mentions` ended (or began) a generation or more away from date `t`."""
    from dyad.actors.registry import registry

    if not t.date_start or not t.date_end:
        return False
    a, b = int(t.date_start[:4]), int(t.date_end[:4])
    reg = registry()
    for m in mentions:
        if m.kind != "historical" or len(m.codes) != 1 or m.codes[0] not in reg.actors:
            continue
        actor = reg.actors[m.codes[0]]
        start, end = actor.years
        if actor.kind == "historical" and ((end is not None and a > end + _GENERATION)
                                           or (start is not None and b < start - _GENERATION)):
            return True
    return False


def _year(t: TimeExpr | None) -> int | None:
    """The first year of a date, None when there is none."""
    if t is None or not t.date_start:
        return None
    try:
        return int(t.date_start[:4])
    except ValueError:
        return None


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
    lang = seg.lang if load_yaml(seg.lang, "text.yaml") else "en"
    pattern = (load_yaml(lang, "text.yaml") or {}).get("dyad_title", "{a}–{b} relations")
    return pattern.format(a=gz.name(pair[0], lang), b=gz.name(pair[1], lang))


def count_inputs(paths: Iterable[str | Path]) -> int:
    """How many files an ingest of `paths` will read (for a progress bar)."""
    from dyad.read import QUIET_SKIP

    n = 0
    for p in map(Path, paths):
        if p.is_dir():  # as read_path walks it: no hidden files, no documentation beside the corpus
            n += sum(1 for f in p.rglob("*")
                     if f.is_file() and f.suffix.lower() not in QUIET_SKIP
                     and not any(x.startswith(".") for x in f.relative_to(p).parts))
        elif p.exists():
            n += 1
    return n


def _analyse_safely(doc: Document, events: bool) -> DocumentRows | str:
    """Rows of `doc`, or the reason it could not be analysed (a string pickles across processes)."""
    try:
        return analyse(doc, events)
    except Exception as exc:  # one document's failure must not stop the batch
        return f"could not be analysed: {exc!r}"


def _analysed(items: Iterator[Document], events: bool, jobs: int) -> Iterator[tuple[Document, DocumentRows | str]]:
    """(document, rows or reason) in input order; analysis in `jobs` worker processes when jobs > 1.

    At most two documents per worker are in flight, so memory stays flat however large the corpus.
    """
    if jobs <= 1 or "fork" not in mp.get_all_start_methods():
        for doc in items:
            yield doc, _analyse_safely(doc, events)
        return
    from dyad.actors import default_gazetteer

    default_gazetteer()  # built once here, inherited by the forked workers
    window: deque[tuple[Document, Future]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context("fork")) as pool:
        for doc in items:
            try:
                fut = pool.submit(_analyse_safely, doc, events)
            except BrokenProcessPool:  # the pool lost a worker: finish the batch in this process
                fut = Future()
                fut.set_result(_analyse_safely(doc, events))
            window.append((doc, fut))
            if len(window) >= 2 * jobs:
                yield _outcome(*window.popleft())
        while window:
            yield _outcome(*window.popleft())


def _outcome(doc: Document, fut: Future) -> tuple[Document, DocumentRows | str]:
    try:
        return doc, fut.result()
    except Exception as exc:  # a worker died (out of memory, a crash): this document fails, not the batch
        return doc, f"analysis process failed: {exc!r}"


def ingest(paths: Iterable[str | Path], store: Store, *, force: bool = False, events: bool = True,
           jobs: int = 1, on_document: Callable[[str], None] | None = None) -> IngestReport:
    """Read every file under `paths` and store what dyad derives from each document.

    A bad file or document is reported and skipped; the rest of the batch goes on. Each
    document is written in one transaction, so an interrupted ingest leaves every stored
    document whole and a second run completes the rest. `jobs` > 1 analyses documents in
    that many processes; writing stays in this one.
    """
    from dyad.read import read_path

    report = IngestReport()
    seen: set[str] = set()
    old_hash: dict[str, str | None] = {}

    def tick(path: str) -> None:
        if on_document:
            on_document(path)

    def todo() -> Iterator[Document]:
        for path in paths:
            for item in read_path(path):
                if not isinstance(item, Document):
                    report.problems.append(Problem(item.path, item.message))
                    tick(item.path)
                    continue
                if item.id in seen:
                    report.problems.append(Problem(item.path, f"document id {item.id!r} occurs twice; kept the first"))
                    tick(item.path)
                    continue
                seen.add(item.id)
                stored = store.stored(item.id)
                if stored and stored[1] != item.path and not force:
                    # same id from another file: replacing it would lose the stored article
                    report.problems.append(Problem(item.path, f"document id {item.id!r} is already stored from "
                                                              f"{stored[1]}; rename the file or use --force"))
                    tick(item.path)
                    continue
                if stored and stored[0] == content_hash(item, events) and not force:
                    report.unchanged += 1
                    report.doc_ids.append(item.id)
                    tick(item.path)
                    continue
                old_hash[item.id] = stored[0] if stored else None
                yield item

    for doc, rows in _analysed(todo(), events, jobs):
        try:
            if isinstance(rows, str):
                report.problems.append(Problem(doc.path or doc.id, rows))
                continue
            store.replace_document(rows)
            old = old_hash.pop(doc.id, None)
            report.added += old is None
            report.replaced += old is not None
            report.doc_ids.append(doc.id)
            report.sentences += len(rows.sentences)
            report.mentions += len(rows.mentions)
            report.times += len(rows.times)
            report.events += len(rows.events)
        except Exception as exc:  # a failed write leaves the previous version whole; go on
            report.problems.append(Problem(doc.path or doc.id, f"could not be stored: {exc!r}"))
        finally:
            tick(doc.path)
    return report
