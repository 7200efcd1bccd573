"""Shared by the benchmarks: the seeds replicated to a size, and timing with peak memory."""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"

T = TypeVar("T")


def replicate(out: Path, mb: float) -> int:
    """Copy the seed articles into `out` (one file a copy) until they hold `mb` megabytes; bytes written."""
    seeds = sorted(SEEDS.glob("*.txt"))
    if not seeds:
        raise SystemExit(f"no seed articles at {SEEDS}")
    total, i = 0, 0
    while total < mb * 1_000_000:
        for s in seeds:
            data = s.read_bytes()
            (out / f"{s.stem}-{i:04d}.txt").write_bytes(data)
            total += len(data)
        i += 1
    return total


def _child(fn, queue) -> None:
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    result = fn()
    dt = time.perf_counter() - t0
    # the largest of this process and any analysis worker it started
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    queue.put((result, dt, (peak - base) * 1024, peak * 1024))


def measure(fn: Callable[[], T]) -> tuple[T, float, int, int]:
    """(result, seconds, memory growth in bytes, peak RSS in bytes) of `fn`, run in a forked process.

    A process of its own gives each measurement its own peak RSS, and leaves the timing
    undisturbed (tracemalloc would slow Python code several times over).
    """
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(fn, queue))
    proc.start()
    out = queue.get()
    proc.join()
    return out


def corpus_args(doc: str | None) -> argparse.Namespace:
    """The options every ingest benchmark takes: corpus size and analysis processes."""
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size to build (MB)")
    ap.add_argument("--jobs", type=int, default=1, help="analysis processes (dyad ingest --jobs)")
    return ap.parse_args()
