"""Benchmark: dyad's temporal tagger against `dateparser.search.search_dates` on the gold date sentences.

Both get the same sentences (the distinct gold `quote`s) and the sentence's language, one sentence at a
time with no document context. Printed side by side: sentences per second, the speed ratio, detection
F1 (span overlap with the gold expressions of the sentence) and value accuracy on explicit gold
expressions. dyad's value must equal gold exactly (start, end, precision); dateparser returns one
datetime, counted right when it falls inside the gold span (lenient to it).

    .venv/bin/python bench/dates.py [GOLD_DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections import defaultdict
from datetime import date

from dyad.eval.gold import find_all, load_gold
from dyad.time import tag

DEFAULT_GOLD = "../shared/gold"


def sentences(gold: list[dict]) -> list[tuple[str, str, list[dict]]]:
    """(quote, lang, gold lines inside it) for every distinct quote."""
    by_quote: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for g in gold:
        lang = g["doc"].split("-", 1)[0]
        by_quote[(g["quote"], lang)].append(g)
    return [(q, lang, lines) for (q, lang), lines in by_quote.items()]


def gold_spans(quote: str, lines: list[dict]) -> list[tuple[tuple[int, int], dict]]:
    out, used = [], set()
    for g in lines:
        for i in find_all(quote, g["text"]):
            if i not in used:
                used.add(i)
                out.append(((i, i + len(g["text"])), g))
                break
    return out


def score(preds: list[list[tuple[tuple[int, int], object]]], sents, value_ok) -> tuple[float, float]:
    tp = fp = fn = ok = n = 0
    for (quote, _lang, lines), pred in zip(sents, preds, strict=True):
        golds = gold_spans(quote, lines)
        used = [False] * len(pred)
        for span, g in golds:
            hit = None
            for j, (ps, _v) in enumerate(pred):
                if not used[j] and ps[0] < span[1] and span[0] < ps[1]:
                    hit = j
                    break
            explicit = g["date_source"] == "explicit" and g["date_start"] is not None
            n += explicit
            if hit is None:
                fn += 1
                continue
            used[hit] = True
            tp += 1
            ok += explicit and value_ok(pred[hit][1], g)
        fp += used.count(False)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return (2 * p * r / (p + r) if p + r else 0.0), (ok / n if n else 1.0)


def run_dyad(sents):
    return [[((t.start, t.end), t) for t in tag(q, lang)] for q, lang, _ in sents]


def run_dateparser(sents):
    from dateparser.search import search_dates

    out = []
    for q, lang, _ in sents:
        found = search_dates(q, languages=[lang]) or []
        pred, pos = [], 0
        for sub, dt in found:
            i = q.find(sub, pos)
            if i < 0:
                i = q.find(sub)
            if i < 0:
                continue
            pos = i + len(sub)
            pred.append(((i, i + len(sub)), dt))
        out.append(pred)
    return out


def dyad_ok(t, g) -> bool:
    return (t.date_start, t.date_end, t.precision) == (g["date_start"], g["date_end"], g["date_precision"])


def dp_ok(dt, g) -> bool:
    return date.fromisoformat(g["date_start"]) <= dt.date() <= date.fromisoformat(g["date_end"])


def timed(fn, sents, repeat: int):
    best, res = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        res = fn(sents)
        best = min(best, time.perf_counter() - t0)
    return res, best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=DEFAULT_GOLD)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    warnings.filterwarnings("ignore")
    sents = sentences(load_gold([a.gold], kind="dates"))
    tag("warm up 2020", "en")
    for lang in {s[1] for s in sents}:
        tag("1", lang)
    dy, t_dy = timed(run_dyad, sents, a.repeat)
    run_dateparser(sents[:3])  # load its language data before timing
    dp, t_dp = timed(run_dateparser, sents, max(1, a.repeat // 3))
    n = len(sents)
    f_dy, v_dy = score(dy, sents, dyad_ok)
    f_dp, v_dp = score(dp, sents, dp_ok)
    print(f"{n} gold sentences ({', '.join(sorted({s[1] for s in sents}))})")
    print(f"{'':12}{'sent/s':>12}{'detect F1':>12}{'value acc':>12}")
    print(f"{'dyad':12}{n / t_dy:12.0f}{f_dy:12.3f}{v_dy:12.3f}")
    print(f"{'dateparser':12}{n / t_dp:12.0f}{f_dp:12.3f}{v_dp:12.3f}")
    print(f"speed ratio dyad/dateparser: {t_dp / t_dy:.1f}x")


if __name__ == "__main__":
    main()
