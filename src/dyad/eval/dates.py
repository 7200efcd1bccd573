"""Score temporal expressions against `gold/dates-*.jsonl`: detection (span overlap) and value accuracy."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from dyad.eval.gold import locate, overlaps
from dyad.model import Document, TimeExpr


@dataclass
class _Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    ok: dict = field(default_factory=lambda: {"explicit": 0, "context": 0})
    n: dict = field(default_factory=lambda: {"explicit": 0, "context": 0})

    def add(self, o: _Tally) -> None:
        self.tp, self.fp, self.fn = self.tp + o.tp, self.fp + o.fp, self.fn + o.fn
        for k in self.n:
            self.ok[k] += o.ok[k]
            self.n[k] += o.n[k]

    def report(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0

        def acc(ok: int, n: int) -> float:
            return round(ok / n, 4) if n else 1.0

        n_all, ok_all = sum(self.n.values()), sum(self.ok.values())
        return {
            "detection": {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)},
            "value_accuracy": {
                "explicit": acc(self.ok["explicit"], self.n["explicit"]),
                "context": acc(self.ok["context"], self.n["context"]),
                "all": acc(ok_all, n_all),
            },
        }


def match_dates(gold_lines: list[dict], predicted: dict[str, list[TimeExpr]], texts: dict[str, str],
                ) -> list[tuple[str, dict | None, TimeExpr | None]]:
    """Pair gold lines with predicted expressions by span overlap, one to one.

    Returns (doc, gold line or None, prediction or None) triples: both set for a hit, gold only for a
    miss, prediction only for a false positive. Documents without a text are skipped.
    """
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for g in gold_lines:
        by_doc[g["doc"]].append(g)
    out: list[tuple[str, dict | None, TimeExpr | None]] = []
    for doc, golds in by_doc.items():
        text = texts.get(doc)
        if text is None:
            continue
        preds = sorted(predicted.get(doc, []), key=lambda t: (t.start, t.end))
        used = [False] * len(preds)
        cands = [locate(text, g["quote"], g["text"]) for g in golds]
        # lines with fewer possible places first, so that repeated quotes share the occurrences
        order = sorted(range(len(golds)), key=lambda i: (len(cands[i]), cands[i][:1]))
        for i in order:
            best, best_ov = None, 0
            for span in cands[i]:
                for j, p in enumerate(preds):
                    if used[j] or p.start >= span[1]:
                        continue
                    if overlaps(span, (p.start, p.end)):
                        ov = min(span[1], p.end) - max(span[0], p.start)
                        if ov > best_ov:
                            best, best_ov = j, ov
            if best is None:
                out.append((doc, golds[i], None))
            else:
                used[best] = True
                out.append((doc, golds[i], preds[best]))
        out.extend((doc, None, p) for j, p in enumerate(preds) if not used[j])
    return out


def value_ok(g: dict, p: TimeExpr) -> bool:
    """True when start, end and precision all equal the gold line's."""
    return (p.date_start, p.date_end, p.precision) == (g["date_start"], g["date_end"], g["date_precision"])


def score_dates(gold_lines: list[dict], predicted: dict[str, list[TimeExpr]], texts: dict[str, str],
                langs: dict[str, str]) -> dict:
    """Detection P/R/F1 and value accuracy (explicit, context, all), overall and per language.

    `predicted`: doc id -> expressions with offsets into the original text (body only);
    `texts`: doc id -> original text; `langs`: doc id -> language. Gold lines whose value is null
    count for detection only.
    """
    per_lang: dict[str, _Tally] = defaultdict(_Tally)
    for doc, g, p in match_dates(gold_lines, predicted, texts):
        t = per_lang[langs.get(doc, "")]
        if g is None:
            t.fp += 1
            continue
        if p is None:
            t.fn += 1
        else:
            t.tp += 1
        if g.get("date_start") is None:
            continue
        src = "context" if g.get("date_source") == "context" else "explicit"
        t.n[src] += 1
        if p is not None and value_ok(g, p):
            t.ok[src] += 1
    total = _Tally()
    for t in per_lang.values():
        total.add(t)
    res = total.report()
    res["by_lang"] = {lang: per_lang[lang].report() for lang in sorted(per_lang)}
    return res


def date_errors(gold_lines: list[dict], predicted: dict[str, list[TimeExpr]], texts: dict[str, str]) -> list[dict]:
    """Misses, false positives and wrong values, for inspection (`dyad eval dates --errors`)."""
    errs = []
    for doc, g, p in match_dates(gold_lines, predicted, texts):
        if g is None:
            errs.append({"doc": doc, "kind": "fp", "text": p.text, "span": [p.start, p.end],
                         "context": texts[doc][max(0, p.start - 30):p.end + 30]})
        elif p is None:
            errs.append({"doc": doc, "kind": "miss", "text": g["text"], "quote": g["quote"]})
        elif g.get("date_start") is not None and not value_ok(g, p):
            errs.append({"doc": doc, "kind": "value", "text": g["text"], "pred_text": p.text,
                         "gold": [g["date_start"], g["date_end"], g["date_precision"], g.get("date_source")],
                         "pred": [p.date_start, p.date_end, p.precision, p.source], "quote": g["quote"]})
    return errs


def predict_corpus(corpus: str, doc_ids: set[str] | None = None) -> tuple[dict, dict, dict]:
    """Ingest `corpus` into a temporary store and read back the body's dates: (predicted, texts, langs)."""
    from dyad.eval.corpus import ingested

    with ingested(corpus) as store:
        return predict_store(store, doc_ids)


def predict_store(store, doc_ids: set[str] | None = None) -> tuple[dict, dict, dict]:
    """Stored temporal expressions of body sentences: (predicted, texts, langs) by document id."""
    predicted, texts, langs = {}, {}, {}
    for d in store.documents():
        if doc_ids is not None and d.id not in doc_ids:
            continue
        predicted[d.id] = store.time_expressions(d.id, body_only=True)
        texts[d.id] = store.document_text(d.id)
        langs[d.id] = d.lang
    return predicted, texts, langs


def eval_dates(corpus: str, gold_paths: list[str]) -> dict:
    """Score the corpus against the gold date files (documents named in the gold only)."""
    from dyad.eval.gold import load_gold

    gold = load_gold(gold_paths, kind="dates")
    predicted, texts, langs = predict_corpus(corpus, {g["doc"] for g in gold})
    return score_dates(gold, predicted, texts, langs)


def score_event_dates(events_gold: list[dict], corpus: str) -> dict:
    """Accuracy of the per-sentence event date against the dates of `gold/events-*.jsonl`.

    For every gold sentence with a dated event, the sentence's event date (start, end, precision)
    must equal the first dated gold event's. Returns {"n", "correct", "accuracy", "by_lang"}.
    """
    from dyad.read import read_path
    from dyad.text import segment
    from dyad.time import resolve_document

    wanted = {g["doc"] for g in events_gold}
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for d in read_path(corpus):
        if not isinstance(d, Document) or d.id not in wanted:
            continue
        seg = segment(d)
        res = resolve_document(seg.sentences, seg.sections, d.text)
        for g in events_gold:
            if g["doc"] != d.id:
                continue
            evs = [e for e in g.get("events", []) if e.get("date_start")]
            spans = locate(d.text, g["quote"])
            if not evs or not spans:
                continue
            q0 = spans[0][0]
            k = next((i for i, s in enumerate(seg.sentences) if s.start <= q0 < s.end), None)
            if k is None:
                continue
            ev = res[k].event
            want = (evs[0]["date_start"], evs[0]["date_end"], evs[0]["date_precision"])
            got = (ev.date_start, ev.date_end, ev.precision) if ev else None
            t = per[seg.lang or d.lang]
            t[0] += 1
            t[1] += got == want
    n, ok = sum(v[0] for v in per.values()), sum(v[1] for v in per.values())
    return {"n": n, "correct": ok, "accuracy": round(ok / n, 4) if n else 1.0,
            "by_lang": {k: {"n": v[0], "accuracy": round(v[1] / v[0], 4) if v[0] else 1.0}
                        for k, v in sorted(per.items())}}
