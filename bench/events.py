"""Whole-pipeline throughput (with event extraction) against the ingest-only spine, in one run.

Replicates the seeds to at least --mb megabytes, ingests them into fresh stores twice —
without events (the spine, as bench/ingest.py measures it) and with events — and prints
sentences per second for each and the cost of the events stage.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from corpus import corpus_args, measure, replicate


def main() -> None:
    args = corpus_args(__doc__)
    from dyad.pipeline import ingest
    from dyad.store import open_store

    tmp = Path(tempfile.mkdtemp(prefix="dyad-bench-"))
    try:
        corpus = tmp / "corpus"
        corpus.mkdir()
        size = replicate(corpus, args.mb)
        results = {}
        for label, with_events in (("ingest only", False), ("with events", True)):
            def run(e=with_events):
                with open_store(tmp / f"{e}.db") as store:
                    return ingest([corpus], store, events=e, jobs=args.jobs)

            report, secs, _, peak = measure(run)
            results[label] = (report, secs, peak)
        print(f"corpus: {size / 1e6:.1f} MB, {results['ingest only'][0].stored} documents")
        print(f"{'':12} {'seconds':>9} {'sentences/s':>12} {'events':>8} {'peak RSS MB':>12}")
        for label, (report, secs, peak) in results.items():
            print(f"{label:12} {secs:9.2f} {report.sentences / secs:12,.0f} {report.events:8} {peak / 1e6:12.1f}")
        base, full = results["ingest only"][1], results["with events"][1]
        print(f"ratio: the whole pipeline runs at {base / full:.2f}x the ingest-only speed "
              f"(events add {100 * (full - base) / base:.0f}% time)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
