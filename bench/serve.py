"""Latency of the web app over a store of the seeds replicated x100 (loopback only).

Analyses each seed article once, stores the result under --copies document ids (so the store
holds copies x the seed events), starts `dyad serve` on 127.0.0.1, sends --requests requests to
each API endpoint and page in turn, and prints median and p95 latency per endpoint against
the target p95 < 100 ms. Parametrised endpoints cycle through varied pages, filters and search
words, so most requests are new to the app's result cache; the first request to each endpoint
(an empty cache) is shown apart. Every request goes to 127.0.0.1; the loop is bounded in count.
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


# words to search for: each request asks another, so most are answered by the index, not the cache
QUERIES = ["북한", "러시아", "조약", "회담", "방문", "협력", "제재", "俄罗斯", "签署", "访问", "两国", "阿塞拜疆",
           "treaty", "Iran", "nuclear", "sanctions", "visit", "Moscow", "agreement", "oil"]
CATEGORIES = ["AGREE", "CONSULT", "COOPERATE", "AID", "ACCUSE", "SANCTION", "ASSAULT", "SUPPORT"]


def endpoints(client: httpx.Client) -> list[tuple[str, list[str]]]:
    """(name, paths) of every API endpoint and page; requests cycle through the paths.

    Parametrised endpoints get varied parameters (pages, filters, words), so that the timing
    shows the store's work rather than the app's result cache.
    """
    evs = client.get("/api/dyads/RUS-PRK/events", params={"limit": 100}).json()["events"]
    ev = evs[0]
    doc = ev["doc"]
    docs = sorted({e["doc"] for e in evs})
    years = [str(y) for y in range(1990, 2025)]
    return [
        ("api overview", ["/api/overview"]),
        ("api dyads", ["/api/dyads"]),
        ("api dyad events", [f"/api/dyads/RUS-PRK/events?offset={50 * i}" for i in range(40)]),
        ("api dyad events filtered", [f"/api/dyads/RUS-PRK/events?category={c}&date_from={y}"
                                      for c in CATEGORIES for y in years[::5]]),
        ("api dyad index", [f"/api/dyads/{p}/index" for p in ("RUS-PRK", "RUS-IRN", "RUS-IRQ", "AZE-RUS")]
         + [f"/api/dyads/RUS-PRK/index?category={c}" for c in CATEGORIES]),
        ("api dyad csv (filtered)", [f"/api/dyads/RUS-PRK/events.csv?category={c}" for c in CATEGORIES]),
        ("api event", [f"/api/events/{e['id']}" for e in evs]),
        ("api document", [f"/api/documents/{d}" for d in docs]),
        ("api search", [f"/api/search?q={q}" for q in QUERIES]),
        ("api search actor", [f"/api/search?actor={a}" for a in ("КНДР", "북한", "朝鲜", "Iran", "俄罗斯")]),
        ("page overview", ["/"]),
        ("page dyads", ["/dyads"]),
        ("page dyad", [f"/dyads/{p}" for p in ("RUS-PRK", "RUS-IRN", "RUS-IRQ", "AZE-RUS")]),
        ("page dyad filtered", [f"/dyads/RUS-PRK?category={c}&date_from={y}" for c in CATEGORIES
                                for y in years[::7]]),
        ("page document", [f"/documents/{doc}?s={e['sentence']}" for e in evs]),
        ("page search", [f"/search?q={q}" for q in QUERIES]),
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
                for name, paths in endpoints(client):
                    t0 = time.perf_counter()
                    client.get(paths[0])  # the very first request finds the app's result cache empty
                    cold = (time.perf_counter() - t0) * 1000
                    times = []
                    for i in range(n_req):
                        path = paths[(i + 1) % len(paths)]
                        t0 = time.perf_counter()
                        r = client.get(path)
                        times.append((time.perf_counter() - t0) * 1000)
                        if r.status_code != 200:
                            print(f"{name} {path}: HTTP {r.status_code} {r.text[:200]}")
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
