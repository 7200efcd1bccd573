"""Latency of the web app over a store of the seeds replicated x100 (loopback only).

Analyses each seed article once, stores the result under --copies document ids (so the store
holds copies x the seed events), starts `dyad serve` on 127.0.0.1, sends --requests requests to
each API endpoint and page in turn, and prints median and p95 latency per endpoint against
the target p95 < 100 ms. The first request to each endpoint is timed apart: it fills the app's
result cache, which later requests hit until the store changes. Every request goes to
127.0.0.1; the loop is bounded in count.
"""

from __future__ import annotations

import argparse
import dataclasses
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
TARGET_MS = 100.0


def fill(db: Path, copies: int) -> tuple[int, float]:
    """Store every seed `copies` times (ids suffixed); returns the number of events and seconds taken."""
    from dyad.pipeline import analyse
    from dyad.read import read_path
    from dyad.store import open_store

    t0 = time.perf_counter()
    analysed = [analyse(doc) for doc in read_path(SEEDS)]
    n = 0
    with open_store(db) as store:
        for i in range(copies):
            for rows in analysed:
                doc_id = f"{rows.doc.id}-{i:03d}"
                events = [dataclasses.replace(e, doc=doc_id) for e in rows.events]
                store.replace_document(dataclasses.replace(rows, doc=dataclasses.replace(rows.doc, id=doc_id),
                                                           events=events))
                n += len(events)
    return n, time.perf_counter() - t0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def endpoints(client: httpx.Client) -> list[tuple[str, str]]:
    """(name, path) of every API endpoint and page, with ids taken from the running app."""
    ev = client.get("/api/dyads/RUS-PRK/events", params={"limit": 1}).json()["events"][0]
    doc = ev["doc"]
    return [
        ("api overview", "/api/overview"),
        ("api dyads", "/api/dyads"),
        ("api dyad events", "/api/dyads/RUS-PRK/events"),
        ("api dyad events filtered", "/api/dyads/RUS-PRK/events?category=AGREE&date_from=2019&lang=ko"),
        ("api dyad events page 20", "/api/dyads/RUS-PRK/events?offset=2000"),
        ("api dyad index", "/api/dyads/RUS-PRK/index"),
        ("api dyad csv (filtered)", "/api/dyads/RUS-PRK/events.csv?category=AGREE"),
        ("api event", f"/api/events/{ev['id']}"),
        ("api document", f"/api/documents/{doc}"),
        ("api search ko", "/api/search?q=북한"),
        ("api search zh", "/api/search?q=俄罗斯"),
        ("api search en", "/api/search?q=treaty"),
        ("api search actor", "/api/search?actor=КНДР"),
        ("page overview", "/"),
        ("page dyads", "/dyads"),
        ("page dyad", "/dyads/RUS-PRK"),
        ("page dyad filtered", "/dyads/RUS-PRK?category=CONSULT&date_from=2000"),
        ("page document", f"/documents/{doc}?s={ev['sentence']}"),
        ("page search", "/search?q=조약"),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=100, help="copies of each seed article (default 100)")
    ap.add_argument("--requests", type=int, default=40, help="requests per endpoint (default 40, at most 500)")
    ap.add_argument("--db", type=Path, help="use this store as it is instead of filling a new one")
    args = ap.parse_args()
    n_req = max(1, min(args.requests, 500))
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "bench.db"
            n, secs = fill(db, args.copies)
            print(f"store: {args.copies} x {len(list(SEEDS.glob('*.txt')))} seed articles, {n} events ({secs:.1f} s)")
        port = free_port()
        exe = Path(sys.executable).parent / "dyad"
        server = subprocess.Popen([str(exe), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
                for _ in range(200):
                    try:
                        client.get("/api/dyads", params={"limit": 1})
                        break
                    except httpx.TransportError:
                        time.sleep(0.05)
                rows = []
                for name, path in endpoints(client):
                    t0 = time.perf_counter()
                    client.get(path)  # the first request fills the app's result cache
                    cold = (time.perf_counter() - t0) * 1000
                    times = []
                    for _ in range(n_req):
                        t0 = time.perf_counter()
                        r = client.get(path)
                        times.append((time.perf_counter() - t0) * 1000)
                        if r.status_code != 200:
                            print(f"{name}: HTTP {r.status_code} {r.text[:200]}")
                            return 1
                    times.sort()
                    p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
                    rows.append((name, cold, statistics.median(times), p95, len(r.content)))
        finally:
            server.terminate()
            server.wait(10)
    print(f"{'endpoint':28} {'first ms':>9} {'median ms':>10} {'p95 ms':>8} {'bytes':>9}"
          f"  (target p95 < {TARGET_MS:.0f} ms, {n_req} requests each after the first)")
    slow = 0
    for name, cold, med, p95, size in rows:
        flag = "" if p95 < TARGET_MS else "  SLOW"
        slow += p95 >= TARGET_MS
        print(f"{name:28} {cold:9.1f} {med:10.1f} {p95:8.1f} {size:9d}{flag}")
    print(f"{len(rows) - slow}/{len(rows)} endpoints within target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
