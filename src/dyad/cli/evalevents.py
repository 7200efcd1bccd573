"""`dyad eval events`: score extracted events against gold sentences."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from dyad.cli.output import Format, emit, emit_scores, err_console

FMT = typer.Option(Format.table, "--format", "-f", help="Output format.")


def eval_events_cmd(
    gold: list[Path] = typer.Argument(..., help="Gold files (events-*.jsonl) or a folder of them."),
    corpus: Path = typer.Option(..., "--corpus", help="Folder (or file) of the gold documents."),
    fmt: Format = FMT,
    errors: bool = typer.Option(False, "--errors", help="Print each gold line with what dyad found (JSONL)."),
) -> None:
    """Score events against gold: detection P/R/F1, category, pair, direction, date, factuality, per language."""
    from dyad.eval.events import eval_events, format_confusion

    details: list | None = [] if errors else None
    if not corpus.exists():
        err_console.print(f"{corpus}: no such file or folder", highlight=False)
        raise typer.Exit(2)
    res = eval_events(corpus, [str(g) for g in gold], details=details)
    if errors:
        for d in details or []:
            print(json.dumps(d, ensure_ascii=False, default=str))
        return
    if fmt != Format.table:
        emit_scores(res, fmt)
        return
    keys = ["category_accuracy", "pair_accuracy", "direction_accuracy", "date_accuracy", "factuality_accuracy"]
    rows = []
    for lang, r in [("all", res), *res["by_lang"].items()]:
        d = r["detection"]
        rows.append({"lang": lang, "P": f"{d['p']:.3f}", "R": f"{d['r']:.3f}", "F1": f"{d['f1']:.3f}",
                     **{k.replace("_accuracy", ""): f"{r[k]:.3f}" for k in keys}})
    emit(rows, fmt, ["lang", "P", "R", "F1", *[k.replace("_accuracy", "") for k in keys]], title="events vs gold")
    print("category confusion (rows gold, columns predicted):")
    print(format_confusion(res))
