"""Commands over the corpus: ingest, docs, show, sentences, search, actors, catalog."""

from __future__ import annotations

import os
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from dyad.cli.output import Format, console, emit, err_console, user_errors
from dyad.store import open_store

DB = typer.Option("dyad.db", "--db", help="SQLite knowledge base file.")
FMT = typer.Option(Format.table, "--format", "-f", help="Output format.")


def ingest_cmd(
    paths: list[Path] = typer.Argument(..., help="Files or folders of articles (txt, wiki, html, jsonl)."),
    db: str = DB,
    force: bool = typer.Option(False, help="Re-analyse documents even when their content is unchanged."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, help="Worker processes for analysis (0: one per core)."),
) -> None:
    """Read articles into the knowledge base."""
    from dyad.pipeline import count_inputs, ingest

    total = count_inputs(paths)
    with open_store(db) as store, Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.description}"), console=err_console, transient=False,
    ) as progress:
        task = progress.add_task("", total=total or None)
        last = {"path": None}

        def advance(path: str) -> None:
            if path != last["path"]:
                last["path"] = path
                progress.update(task, advance=1, description=Path(path).name if path else "")

        report = ingest([str(p) for p in paths], store, force=force, jobs=jobs or os.cpu_count() or 1,
                        on_document=advance)
    for p in report.problems:
        err_console.print(Text.assemble(("skipped ", "yellow"), f"{p.path}: {p.message}"), highlight=False)
    console.print(
        f"{report.stored} documents ({report.added} new, {report.replaced} replaced, {report.unchanged} unchanged),"
        f" {report.sentences} sentences, {report.mentions} actor mentions, {report.times} dates,"
        f" {report.events} events; {len(report.problems)} skipped",
        highlight=False,
    )
    if report.stored == 0:
        raise typer.Exit(1)


def docs_cmd(db: str = DB, fmt: Format = FMT) -> None:
    """List stored documents."""
    with user_errors(), open_store(db, create=False) as store:
        rows = [
            {"id": d.id, "lang": d.lang, "title": d.title, "dyad": list(d.dyad) if d.dyad else None,
             "format": d.format, "sentences": d.sentences, "events": d.events, "path": d.path, "url": d.url}
            for d in store.documents()
        ]
    emit(rows, fmt, ["id", "lang", "title", "dyad", "sentences", "events"])


def _doc_or_exit(store, doc_id: str):
    d = store.document(doc_id)
    if d is None:
        err_console.print(f"no document {doc_id!r} in {store.path}; `dyad docs` lists them", highlight=False)
        raise typer.Exit(2)
    return d


def show_cmd(doc: str = typer.Argument(..., help="Document id."), db: str = DB, fmt: Format = FMT) -> None:
    """A document's outline, dyad and counts."""
    with user_errors(), open_store(db, create=False) as store:
        d = _doc_or_exit(store, doc)
        sections = store.sections(doc)
        counts = store.mention_counts(doc)
        info = {
            "id": d.id, "title": d.title, "lang": d.lang, "format": d.format, "path": d.path, "url": d.url,
            "dyad": list(d.dyad) if d.dyad else None, "sentences": d.sentences, "events": d.events,
            "sections": [{"index": s.index, "level": s.level, "title": s.title, "path": s.path, "body": s.body}
                         for s in sections if s.index > 0],
            "actors": dict(sorted(counts.items(), key=lambda kv: -kv[1])[:15]),
        }
    if fmt != Format.table:
        emit(info, fmt)
        return
    console.print(f"[bold]{_esc(d.title)}[/] ({_esc(d.id)}, {d.lang}, {d.format})", highlight=False)
    console.print(f"dyad: {'–'.join(d.dyad) if d.dyad else '?'}   sentences: {d.sentences}   events: {d.events}",
                  highlight=False)
    for s in info["sections"]:
        mark = "" if s["body"] else "  [dim](not body)[/]"
        console.print("  " * s["level"] + _esc(s["title"]) + mark, highlight=False)
    console.print("actors: " + ", ".join(f"{c} {n}" for c, n in info["actors"].items()), highlight=False)


def _esc(s: str) -> str:
    from rich.markup import escape

    return escape(s)


def sentences_cmd(doc: str = typer.Argument(..., help="Document id."), db: str = DB, fmt: Format = FMT,
                  body_only: bool = typer.Option(False, "--body", help="Only body sentences.")) -> None:
    """A document's sentences with language, section and original offsets."""
    with user_errors(), open_store(db, create=False) as store:
        _doc_or_exit(store, doc)
        rows = [
            {"index": s.index, "text": s.text, "lang": s.lang, "section": s.section, "start": s.start,
             "end": s.end, "kind": s.kind, "body": s.body}
            for s in store.sentences(doc, body_only=body_only)
        ]
    emit(rows, fmt, ["index", "lang", "section", "start", "end", "text"])


def search_cmd(query: str = typer.Argument(..., help="Words to find (any language)."), db: str = DB,
               lang: str | None = typer.Option(None, help="Only sentences in this language."),
               limit: int = typer.Option(20, min=1, max=500), fmt: Format = FMT) -> None:
    """Full-text search over sentences (Korean and Chinese substrings work)."""
    with user_errors(), open_store(db, create=False) as store:
        hits = store.search(query, lang=lang, limit=limit)
    emit(hits, fmt, ["doc", "section", "lang", "snippet"])


def actors_cmd(name: str = typer.Argument(..., help="A name in any language."),
               lang: str | None = typer.Option(None, help="Language of the name."),
               year: int | None = typer.Option(None, help="Year, for officials and changing names."),
               fmt: Format = FMT) -> None:
    """What a name resolves to, and why."""
    from dyad.actors import default_gazetteer

    gz = default_gazetteer()
    rows = [{"name": name, "code": r.code, "kind": r.kind, "display": gz.name(r.code),
             "lineage": gz.lineage(r.code), "why": r.why} for r in gz.resolve(name, lang=lang, year=year)]
    if not rows and fmt == Format.table:
        console.print(f"{_esc(name)!s}: no actor known by that name", highlight=False)
        raise typer.Exit(1)
    emit(rows, fmt, ["name", "code", "display", "kind", "lineage", "why"])


def catalog_cmd(db: str = DB, fmt: Format = FMT) -> None:
    """Relation catalog from the navigation boxes of the stored documents."""
    with user_errors(), open_store(db, create=False) as store:
        rows = store.catalog()
    emit(rows, fmt, ["focus", "region", "label", "members", "kind", "doc"])


def register(app: typer.Typer) -> None:
    """Add the corpus commands to `app`."""
    app.command("ingest")(ingest_cmd)
    app.command("docs")(docs_cmd)
    app.command("show")(show_cmd)
    app.command("sentences")(sentences_cmd)
    app.command("search")(search_cmd)
    app.command("actors")(actors_cmd)
    app.command("catalog")(catalog_cmd)
