"""A corpus ingested into a temporary store, as `dyad eval` scores it."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dyad.store import Store, open_store


@contextmanager
def ingested(corpus: str | Path) -> Iterator[Store]:
    """Ingest `corpus` into a fresh temporary store, yield it, then remove it."""
    from dyad.pipeline import ingest

    with tempfile.TemporaryDirectory(prefix="dyad-eval-") as tmp:
        store = open_store(Path(tmp) / "eval.db")
        try:
            report = ingest([str(corpus)], store)
            if report.stored == 0:
                raise ValueError(f"{corpus}: nothing could be ingested"
                                 + (f" ({report.problems[0]})" if report.problems else ""))
            yield store
        finally:
            store.close()
