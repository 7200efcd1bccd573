"""Score extracted events against `gold/events-*.jsonl`.

Gold lines are matched to stored sentences by position: the sentence that contains the gold
quote's start in the document's original text. Detection is scored per sentence (a gold line with
events vs one without); on sentences that both gold and dyad find events in, events are paired one
to one (best agreement first) and the pairs are scored on category, actor pair (unordered,
lineage-aware), direction, date (start, end and precision) and factuality.
"""

from __future__ import annotations

import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from dyad.actors.registry import same_lineage
from dyad.eval.gold import load_gold, locate

FIELDS = ("category", "pair", "direction", "date", "factuality")


def _cats() -> dict:
    from dyad.events import categories

    return categories()


def same_actor(a: str | None, b: str | None) -> bool:
    """Codes equal, or continuing the same current state (SUN ~ RUS, H.PERSIA ~ IRN)."""
    return bool(a and b) and same_lineage(a, b)


def same_pair(g: dict, p: dict) -> bool:
    """The unordered actor pairs agree (lineage-aware)."""
    gs, gt, ps, pt = g["source"], g["target"], p["source"], p["target"]
    return (same_actor(gs, ps) and same_actor(gt, pt)) or (same_actor(gs, pt) and same_actor(gt, ps))


def same_direction(g: dict, p: dict) -> bool:
    """The doer is right (either order for symmetric categories such as AGREE or CONSULT)."""
    cat = _cats().get(g["category"])
    if cat is not None and cat.symmetric:
        return same_pair(g, p)
    return same_actor(g["source"], p["source"]) and same_actor(g["target"], p["target"])


def same_date(g: dict, p: dict) -> bool:
    return (g.get("date_start"), g.get("date_end"), g.get("date_precision")) == (
        p.get("date_start"), p.get("date_end"), p.get("date_precision"))


def _agreement(g: dict, p: dict) -> int:
    # pair, category and direction decide; the date only breaks ties, so that two acts of one kind between
    # the same sides are matched by their dates and not by the order the store returns them in
    return 8 * same_pair(g, p) + 6 * (g["category"] == p["category"]) + 2 * same_direction(g, p) + same_date(g, p)


def match_events(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """Pair gold and predicted events of one sentence one to one, best agreement first."""
    cand = sorted(((_agreement(g, p), -i, -j, i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
                  reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for *_, i, j in cand:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((gold[i], pred[j]))
    return out


@dataclass
class Tally:
    """Counts behind the scores of one language (or of all)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    matched: int = 0
    ok: Counter = field(default_factory=Counter)
    n: Counter = field(default_factory=Counter)
    gold_events: int = 0
    pred_events: int = 0
    exact: int = 0  # matched with category and pair right

    def add(self, o: Tally) -> None:
        for k in ("tp", "fp", "fn", "tn", "matched", "gold_events", "pred_events", "exact"):
            setattr(self, k, getattr(self, k) + getattr(o, k))
        self.ok.update(o.ok)
        self.n.update(o.n)

    def report(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        out: dict = {"detection": {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4),
                                   "tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn}}
        for k in FIELDS:
            out[f"{k}_accuracy"] = round(self.ok[k] / self.n[k], 4) if self.n[k] else 1.0
        ep = self.exact / self.pred_events if self.pred_events else 1.0
        er = self.exact / self.gold_events if self.gold_events else 1.0
        out["events"] = {"gold": self.gold_events, "predicted": self.pred_events, "matched": self.matched,
                         "p": round(ep, 4), "r": round(er, 4),
                         "f1": round(2 * ep * er / (ep + er), 4) if ep + er else 0.0}
        return out


def _row(r) -> dict:
    return {k: r[k] for k in ("source", "target", "category", "factuality", "reported_by", "date_start", "date_end",
                              "date_precision", "sentence_idx", "lang")}


def score_events(gold_lines: list[dict], store, details: list | None = None) -> dict:
    """Scores of the events in `store` against gold lines (see the module docstring).

    Returns `{"detection": {"p", "r", "f1", ...}, "<field>_accuracy"..., "events": {...},
    "by_lang": {lang: {...}}, "confusion": {gold_cat: {pred_cat: n}}, "unlocated": n}`. When `details`
    is a list, one dict per gold line is appended to it (for error analysis).
    """
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for g in gold_lines:
        by_doc[g["doc"]].append(g)
    tallies: dict[str, Tally] = defaultdict(Tally)
    confusion: dict[str, Counter] = defaultdict(Counter)
    unlocated = 0
    for doc, golds in by_doc.items():
        text = store.document_text(doc)
        if text is None:
            unlocated += len(golds)
            continue
        sents = [s for s in store.sentences(doc)]
        starts = sorted((s.start, s.end, s.index, s.lang) for s in sents)
        preds: dict[int, list[dict]] = defaultdict(list)
        for r in store.events_of(doc):
            preds[r["sentence_idx"]].append(_row(r))
        used: set[int] = set()
        for g in golds:
            where = None
            for a, _b in locate(text, g["quote"]):
                hits = [x for x in starts if x[0] <= a < x[1] and x[2] not in used]
                if hits:
                    where = hits[-1]
                    break
            if where is None:
                unlocated += 1
                continue
            used.add(where[2])
            lang = where[3] or "?"
            t = tallies[lang]
            gev, pev = g.get("events") or [], preds.get(where[2], [])
            t.gold_events += len(gev)
            t.pred_events += len(pev)
            if gev and pev:
                t.tp += 1
            elif pev:
                t.fp += 1
            elif gev:
                t.fn += 1
            else:
                t.tn += 1
            pairs = match_events(gev, pev) if gev and pev else []
            for ge, pe in pairs:
                t.matched += 1
                checks = {"category": ge["category"] == pe["category"], "pair": same_pair(ge, pe),
                          "direction": same_direction(ge, pe), "factuality": ge.get("factuality") == pe["factuality"]}
                if ge.get("date_start") is not None or ge.get("date_end") is not None:
                    checks["date"] = same_date(ge, pe)
                for k, v in checks.items():
                    t.n[k] += 1
                    t.ok[k] += bool(v)
                t.exact += checks["category"] and checks["pair"]
                confusion[ge["category"]][pe["category"]] += 1
            if details is not None:
                details.append({"doc": doc, "lang": lang, "quote": g["quote"], "gold": gev, "pred": pev,
                                "pairs": pairs})
    total = Tally()
    for t in tallies.values():
        total.add(t)
    out = total.report()
    out["by_lang"] = {lang: t.report() for lang, t in sorted(tallies.items())}
    out["confusion"] = {g: dict(c) for g, c in sorted(confusion.items())}
    out["unlocated"] = unlocated
    return out


def confusion_matrix(report: dict) -> tuple[list[str], list[list[int]]]:
    """Category labels and the gold x predicted count matrix of a `score_events` report."""
    conf = report.get("confusion", {})
    labels = sorted(set(conf) | {p for row in conf.values() for p in row})
    return labels, [[conf.get(g, {}).get(p, 0) for p in labels] for g in labels]


def format_confusion(report: dict) -> str:
    """The confusion matrix as aligned text (rows gold, columns predicted)."""
    labels, m = confusion_matrix(report)
    short = [lab[:5] for lab in labels]
    lines = ["gold\\pred  " + " ".join(f"{s:>5}" for s in short)]
    for lab, row in zip(labels, m, strict=True):
        lines.append(f"{lab:<10} " + " ".join(f"{v:>5}" if v else "    ." for v in row))
    return "\n".join(lines)


def eval_events(corpus_dir: str | Path, gold_paths: list[str], details: list | None = None) -> dict:
    """Ingest `corpus_dir` into a temporary store and score its events against the gold files."""
    from dyad.pipeline import ingest
    from dyad.store import open_store

    gold = load_gold([str(p) for p in gold_paths], kind="events")
    with tempfile.TemporaryDirectory(prefix="dyad-eval-") as tmp:
        store = open_store(Path(tmp) / "eval.db")
        try:
            report = ingest([corpus_dir], store)
            out = score_events(gold, store, details)
            out["problems"] = [str(p) for p in report.problems]
        finally:
            store.close()
    return out
