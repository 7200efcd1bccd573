"""Ingest throughput (the spine: read, segment, actors, dates, store) against a reading floor.

Replicates the seed articles to at least --mb megabytes (a folder, one document a copy),
then in one run measures:
  baseline: read every file, decode, split on lines;
  dyad:     `dyad.pipeline.ingest` into a fresh SQLite store, without event extraction
            (bench/events.py measures that stage).
Prints units per second for both, the ratio, and the peak resident memory of each (each
measured in a process of its own). Memory is measured for two corpus sizes (--mb and --mb / 4)
to show that it does not grow with the corpus.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from corpus import corpus_args, measure, replicate


def baseline(folder: Path) -> int:
    """Lines in every file of `folder`, read and split: the floor of any ingest."""
    lines = 0
    for f in sorted(folder.iterdir()):
        lines += len(f.read_bytes().decode("utf-8").splitlines())
    return lines


def run(tmp: Path, mb: float, name: str, jobs: int):
    from dyad.pipeline import ingest
    from dyad.store import open_store

    corpus = tmp / name
    corpus.mkdir()
    size = replicate(corpus, mb)
    lines, t_base, _, m_base = measure(lambda: baseline(corpus))

    def spine():
        with open_store(tmp / f"{name}.db") as store:
            return ingest([corpus], store, events=False, jobs=jobs)

    report, t_dyad, _, m_dyad = measure(spine)
    return size, lines, t_base, m_base, report, t_dyad, m_dyad


def main() -> None:
    args = corpus_args(__doc__)
    tmp = Path(tempfile.mkdtemp(prefix="dyad-bench-"))
    try:
        small = run(tmp, args.mb / 4, "small", args.jobs)
        size, lines, t_base, m_base, report, t_dyad, m_dyad = run(tmp, args.mb, "full", args.jobs)
        sents = report.sentences
        print(f"corpus: {size / 1e6:.1f} MB, {report.stored} documents, {sents} sentences, {lines} lines;"
              f" {args.jobs} analysis process(es)")
        print(f"{'':10} {'seconds':>9} {'units/s':>12} {'peak RSS MB':>12}")
        print(f"{'baseline':10} {t_base:9.2f} {lines / t_base:12,.0f} {m_base / 1e6:12.1f}   (lines read + split)")
        print(f"{'dyad':10} {t_dyad:9.2f} {sents / t_dyad:12,.0f} {m_dyad / 1e6:12.1f}   (sentences ingested)")
        print(f"ratio: dyad takes {t_dyad / t_base:.1f}x the baseline's time; "
              f"{size / 1e6 / t_dyad:.2f} MB/s")
        print(f"peak RSS of the ingest at {small[0] / 1e6:.1f} MB of text: {small[6] / 1e6:.1f} MB; "
              f"at {size / 1e6:.1f} MB: {m_dyad / 1e6:.1f} MB")
        if report.problems:
            print(f"problems: {len(report.problems)} (first: {report.problems[0]})", file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
