"""Measure the gazetteer: speed over texts and actor recall on gold events.

python -m dyad.actors.check speed [FILES...] [--mb 5]
python -m dyad.actors.check recall [GOLD_EVENTS_JSONL...]
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


def recall(paths: list[Path]) -> dict:
    """How often a gold event's source / target (or an actor of the same lineage) is among the mentions."""
    g = default_gazetteer()
    out = {}
    for p in paths:
        lang = p.name.removeprefix("events-").split("-", 1)[0]
        n = src = tgt = both = either = 0
        missed: dict[str, int] = {}
        for line in p.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            for ev in rec["events"]:
                year = int(ev["date_start"][:4]) if ev.get("date_start") else None
                found = {c for m in g.find(rec["quote"], lang, year) for c in m.codes}
                s, t = _found(ev["source"], found), _found(ev["target"], found)
                n += 1
                src += s
                tgt += t
                both += s and t
                either += s or t
                for code, ok in ((ev["source"], s), (ev["target"], t)):
                    if not ok:
                        missed[code] = missed.get(code, 0) + 1
        out[p.name] = {
            "events": n,
            "source": src / n if n else 0.0,
            "target": tgt / n if n else 0.0,
            "both": both / n if n else 0.0,
            "either": either / n if n else 0.0,
            "missed": dict(sorted(missed.items(), key=lambda kv: -kv[1])),
        }
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m dyad.actors.check")
    ap.add_argument("what", choices=["speed", "recall"])
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--mb", type=float, default=5.0)
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
        paths = a.paths or sorted((SHARED / "gold").glob("events-*.jsonl"))
        for name, d in recall(paths).items():
            print(
                f"{name}: {d['events']} events; source {d['source']:.1%}, target {d['target']:.1%}, "
                f"both {d['both']:.1%}, either {d['either']:.1%}; missed {d['missed']}"
            )


if __name__ == "__main__":
    main()
