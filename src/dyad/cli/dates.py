"""`dyad dates` (temporal expressions of a text or a stored document) and `dyad eval dates`."""

from __future__ import annotations

from pathlib import Path

import typer

from dyad.cli.output import Format, emit, emit_scores, err_console, user_errors

FMT = typer.Option(Format.table, "--format", "-f", help="Output format.")
GOLD = typer.Argument(..., help="Gold files (dates-*.jsonl) or a folder of them.")
CORPUS = typer.Option(..., "--corpus", help="Folder (or file) of the gold documents.")
COLUMNS = ["sentence", "text", "date_start", "date_end", "precision", "source", "event", "span"]


def _rows_for_sentences(sentences, sections, text: str | None) -> list[dict]:
    from dyad.time import resolve_document

    rows = []
    for s, r in zip(sentences, resolve_document(sentences, sections, text), strict=True):
        for t in r.exprs:
            rows.append({"sentence": s.index, "text": t.text, "date_start": t.date_start, "date_end": t.date_end,
                         "precision": t.precision, "source": t.source,
                         "event": r.event is not None and (r.event.start, r.event.end) == (t.start, t.end),
                         "span": [t.start, t.end]})
        if r.event is not None and not r.exprs:
            e = r.event
            rows.append({"sentence": s.index, "text": "", "date_start": e.date_start, "date_end": e.date_end,
                         "precision": e.precision, "source": e.source, "event": True, "span": None})
    return rows


def _plain_sentences(text: str, lang: str):
    """Sections and sentences of a plain string (for `dyad dates TEXT`), cut by the text stage."""
    from dyad.model import Document
    from dyad.text import segment

    seg = segment(Document(id="text", text=text, lang=lang))
    return seg.sentences, seg.sections


def dates_cmd(
    text: str = typer.Argument(None, help="Text to tag (one sentence or list item a line)."),
    lang: str = typer.Option("en", "--lang", "-l", help="Language of TEXT (en, ko, zh, ru)."),
    doc: str = typer.Option(None, "--doc", help="A stored document id instead of TEXT."),
    db: str = typer.Option("dyad.db", "--db", help="SQLite knowledge base file."),
    fmt: Format = FMT,
) -> None:
    """Temporal expressions with their values, and each sentence's event date."""
    if doc:
        from dyad.store import open_store

        with user_errors(), open_store(db, create=False) as store:
            if store.document(doc) is None:
                err_console.print(f"no document {doc!r} in {db}", highlight=False)
                raise typer.Exit(2)
            rows = _rows_for_sentences(store.sentences(doc), store.sections(doc), store.document_text(doc))
    elif text:
        sents, secs = _plain_sentences(text, lang)
        rows = _rows_for_sentences(sents, secs, text)
    else:
        err_console.print("give a TEXT or --doc DOC", highlight=False)
        raise typer.Exit(2)
    emit(rows, fmt, COLUMNS)


def eval_dates_cmd(
    gold: list[Path] = GOLD,
    corpus: Path = CORPUS,
    fmt: Format = FMT,
    errors: bool = typer.Option(False, "--errors", help="List misses, false positives and wrong values."),
) -> None:
    """Score the temporal tagger against gold: detection P/R/F1 and value accuracy, per language."""
    from dyad.eval.dates import date_errors, predict_corpus, score_dates
    from dyad.eval.gold import load_gold

    lines = load_gold([str(g) for g in gold], kind="dates")
    try:
        predicted, texts, langs = predict_corpus(str(corpus), {g["doc"] for g in lines})
    except ValueError as exc:  # nothing in the corpus could be ingested
        err_console.print(str(exc), highlight=False)
        raise typer.Exit(2) from exc
    if errors:
        emit(date_errors(lines, predicted, texts), Format.jsonl if fmt == Format.table else fmt)
        return
    res = score_dates(lines, predicted, texts, langs)
    if fmt != Format.table:
        emit_scores(res, fmt)
        return
    rows = []
    for lang, r in [("all", res), *res["by_lang"].items()]:
        d, v = r["detection"], r["value_accuracy"]
        rows.append({"lang": lang, "P": d["p"], "R": d["r"], "F1": d["f1"], "explicit": v["explicit"],
                     "context": v["context"], "all": v["all"]})
    emit(rows, fmt, ["lang", "P", "R", "F1", "explicit", "context", "all"], title="dates vs gold")


def register(app: typer.Typer) -> None:
    """Add `dyad dates` to `app` (`eval_dates_cmd` is mounted by the `eval` group)."""
    app.command("dates")(dates_cmd)
