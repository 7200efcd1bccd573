"""Ingest throughput against the floor of merely reading and splitting the same text on lines.

Replicates the seed articles to at least --mb megabytes (one document per copy, as a
folder of files), then in one run measures:
  baseline: read every file, decode, split on lines;
  dyad:     `dyad.pipeline.ingest` into a fresh SQLite store.
Prints sentences per second for both, the ratio, and peak memory (tracemalloc) of each.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


def replicate(out: Path, mb: float) -> int:
    """Copy the seeds into `out` until they hold `mb` megabytes; returns bytes written."""
    seeds = sorted(SEEDS.glob("*.txt"))
    total, i = 0, 0
    while total < mb * 1_000_000:
        for s in seeds:
            data = s.read_bytes()
            (out / f"{s.stem}-{i:04d}.txt").write_bytes(data)
            total += len(data)
        i += 1
    return total


def baseline(folder: Path) -> int:
    lines = 0
    for f in sorted(folder.iterdir()):
        lines += len(f.read_bytes().decode("utf-8").splitlines())
    return lines


def measure(fn):
    tracemalloc.start()
    t0 = time.perf_counter()
    result = fn()
    dt = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result, dt, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size to build (MB)")
    args = ap.parse_args()
    from dyad.pipeline import ingest
    from dyad.store import open_store

    tmp = Path(tempfile.mkdtemp(prefix="dyad-bench-"))
    try:
        corpus = tmp / "corpus"
        corpus.mkdir()
        size = replicate(corpus, args.mb)
        lines, t_base, m_base = measure(lambda: baseline(corpus))
        store = open_store(tmp / "bench.db")
        report, t_dyad, m_dyad = measure(lambda: ingest([corpus], store))
        store.close()
        sents = report.sentences
        print(f"corpus: {size / 1e6:.1f} MB, {report.stored} documents, {sents} sentences, {lines} lines")
        print(f"{'':10} {'seconds':>9} {'units/s':>12} {'peak MB':>9}")
        print(f"{'baseline':10} {t_base:9.2f} {lines / t_base:12,.0f} {m_base / 1e6:9.1f}   (lines read+split)")
        print(f"{'dyad':10} {t_dyad:9.2f} {sents / t_dyad:12,.0f} {m_dyad / 1e6:9.1f}   (sentences ingested)")
        print(f"ratio: dyad takes {t_dyad / t_base:.1f}x the baseline's time "
              f"({sents / t_dyad:,.0f} sentences/s); events: {report.events}")
        if report.problems:
            print(f"problems: {len(report.problems)} (first: {report.problems[0]})", file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
