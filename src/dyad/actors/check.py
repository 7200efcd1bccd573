"""Measure the gazetteer: speed over texts and actor recall on gold events.

python -m dyad.actors.check speed [FILES...] [--mb 5]
python -m dyad.actors.check recall [GOLD_EVENTS_JSONL...]
python -m dyad.actors.check recall --gold EVENTS.jsonl --corpus DIR [--misses N] [--no-year]

With `--gold`/`--corpus` the gold file may mix documents of several languages: each line's
`doc` is looked up in the corpus folder (`*.jsonl` with `id`/`lang`/`text` per line, or
`<lang>-*.txt` whose stem is the doc id) and recall is reported per language.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from .gazetteer import default_gazetteer
from .registry import same_lineage

SHARED = Path(__file__).resolve().parents[4] / "shared"


def _lang_of(path: Path) -> str:
    return path.name.split("-", 1)[0]


def speed(paths: list[Path], megabytes: float = 5.0) -> dict:
    """Time `find` over each text replicated to about `megabytes` in all; chars/second per language."""
    g = default_gazetteer()
    texts = [(p, _lang_of(p), p.read_text(encoding="utf-8")) for p in paths]
    total = sum(len(t) for *_, t in texts)
    reps = max(1, int(megabytes * 1_000_000 / max(total, 1)))
    for _, lang, t in texts:  # compile outside the timing
        g.find(t[:100], lang)
    out = {"chars": 0, "seconds": 0.0, "mentions": 0, "by_lang": {}}
    for _, lang, t in texts:
        lines = t.splitlines() * reps  # sentence-sized calls, as the pipeline makes them
        n = sum(len(x) for x in lines)
        t0 = time.perf_counter()
        found = sum(len(g.find(x, lang)) for x in lines)
        dt = time.perf_counter() - t0
        d = out["by_lang"].setdefault(lang, {"chars": 0, "seconds": 0.0})
        d["chars"] += n
        d["seconds"] += dt
        out["chars"] += n
        out["seconds"] += dt
        out["mentions"] += found
    out["chars_per_second"] = out["chars"] / out["seconds"]
    for d in out["by_lang"].values():
        d["chars_per_second"] = d["chars"] / d["seconds"]
    return out


def _found(code: str, found: set[str]) -> bool:
    return any(same_lineage(code, f) for f in found)


def corpus_docs(folder: Path) -> dict[str, tuple[str, str]]:
    """doc id -> (lang, text) for every document in a corpus folder (`*.jsonl` paragraphs, `*.txt` files)."""
    docs: dict[str, tuple[str, str]] = {}
    for p in sorted(folder.glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                docs[d["id"]] = (d.get("lang") or _lang_of(p), d["text"])
    for p in sorted(folder.glob("*.txt")):
        docs[p.stem] = (_lang_of(p), p.read_text(encoding="utf-8"))
    return docs


def _score(events: list[tuple[str, str, dict]], use_year: bool = True) -> dict:
    """Recall of (lang, quote, event) triples: source, target, both, either, and the codes missed."""
    g = default_gazetteer()
    n = src = tgt = both = either = 0
    missed: dict[str, int] = {}
    misses: list[dict] = []
    for lang, quote, ev in events:
        year = int(ev["date_start"][:4]) if use_year and ev.get("date_start") else None
        found = {c for m in g.find(quote, lang, year) for c in m.codes}
        s, t = _found(ev["source"], found), _found(ev["target"], found)
        n += 1
        src += s
        tgt += t
        both += s and t
        either += s or t
        for code, ok in ((ev["source"], s), (ev["target"], t)):
            if not ok:
                missed[code] = missed.get(code, 0) + 1
                misses.append({"code": code, "found": sorted(found), "quote": quote})
    return {
        "events": n,
        "source": src / n if n else 0.0,
        "target": tgt / n if n else 0.0,
        "both": both / n if n else 0.0,
        "either": either / n if n else 0.0,
        "missed": dict(sorted(missed.items(), key=lambda kv: -kv[1])),
        "misses": misses,
    }


def recall_corpus(gold: Path, corpus: Path, use_year: bool = True) -> dict:
    """Actor recall per language of a gold events file over the documents of a corpus folder.

    Lines whose doc is not in the corpus, or whose quote is not in the doc, are counted
    (`unknown_doc`, `quote_not_in_doc`) and still scored on the quote.
    """
    docs = corpus_docs(corpus)
    by_lang: dict[str, list[tuple[str, str, dict]]] = {}
    unknown = absent = 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        doc = docs.get(rec["doc"])
        if doc is None:
            unknown += 1
            lang = rec.get("lang") or rec["doc"].split("-", 1)[0]
        else:
            lang = doc[0]
            absent += rec["quote"] not in doc[1]
        by_lang.setdefault(lang, []).extend((lang, rec["quote"], ev) for ev in rec["events"])
    out = {lang: _score(evs, use_year) for lang, evs in sorted(by_lang.items())}
    out["all"] = _score([e for evs in by_lang.values() for e in evs], use_year)
    out["all"]["unknown_doc"] = unknown
    out["all"]["quote_not_in_doc"] = absent
    return out


def recall(paths: list[Path]) -> dict:
    """How often a gold event's source / target (or an actor of the same lineage) is among the mentions."""
    out = {}
    for p in paths:
        lang = p.name.removeprefix("events-").split("-", 1)[0]
        evs = [
            (lang, rec["quote"], ev)
            for line in p.read_text(encoding="utf-8").splitlines()
            if line.strip()
            for rec in [json.loads(line)]
            for ev in rec["events"]
        ]
        out[p.name] = _score(evs)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m dyad.actors.check")
    ap.add_argument("what", choices=["speed", "recall"])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--gold", type=Path, help="events gold file (any languages) to score with --corpus")
    ap.add_argument("--corpus", type=Path, help="folder holding the gold file's documents")
    ap.add_argument("--misses", type=int, default=0, help="print up to N missed actors with their quote")
    ap.add_argument("--no-year", action="store_true", help="do not pass the gold date's year to find()")
    a = ap.parse_args(argv)
    if a.what == "speed":
        paths = a.paths or sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
        r = speed(paths, a.mb)
        print(
            f"{r['chars']:,} chars in {r['seconds']:.2f} s = {r['chars_per_second']:,.0f} chars/s, {r['mentions']:,} mentions"
        )
        for lang, d in r["by_lang"].items():
            print(f"  {lang}: {d['chars']:,} chars, {d['chars_per_second']:,.0f} chars/s")
    else:
        if a.gold or a.corpus:
            if not (a.gold and a.corpus):
                ap.error("--gold and --corpus go together")
            res = recall_corpus(a.gold, a.corpus, not a.no_year)
            extra = res["all"]
            print(f"{a.gold}: unknown docs {extra['unknown_doc']}, quotes not in doc {extra['quote_not_in_doc']}")
        else:
            paths = a.paths or sorted((SHARED / "gold").glob("events-*.jsonl"))
            res = recall(paths)
        for name, d in res.items():
            print(
                f"{name}: {d['events']} events; source {d['source']:.1%}, target {d['target']:.1%}, "
                f"both {d['both']:.1%}, either {d['either']:.1%}; missed {d['missed']}"
            )
        if a.misses:
            shown = [m for name, d in res.items() if name != "all" for m in d["misses"]][: a.misses]
            for m in shown:
                print(f"  MISS {m['code']} (found {', '.join(m['found']) or '-'}): {m['quote'][:160]}")


if __name__ == "__main__":
    main()
