"""A small result cache for the read-mostly store: emptied whenever the database files change.

Aggregates over every event (overview, network, dyad list) take a few hundred milliseconds on a
large store while the store changes only when `dyad ingest` runs; the files' size and mtime
(the main file and its write-ahead log) tell when that happened.
"""

from __future__ import annotations

import functools
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
MAX_ENTRIES = 512

_lock = threading.Lock()
_entries: OrderedDict[tuple, Any] = OrderedDict()
_versions: dict[str, tuple] = {}


def version(path: str) -> tuple:
    """Size and mtime of the store's files; any write changes it."""
    out = []
    for p in (path, path + "-wal"):
        try:
            st = os.stat(p)
            out.append((st.st_size, st.st_mtime_ns))
        except OSError:
            out.append(None)
    return tuple(out)


def cached(fn: Callable[..., T]) -> Callable[..., T]:
    """Cache `fn(store, *args)` by its arguments' repr until the store's files change.

    Cached values are shared between requests: callers must not change them.
    """
    @functools.wraps(fn)
    def wrapper(store, *args: Any) -> T:
        path = store.path
        key = (fn.__qualname__, path, repr(args))
        now = version(path)
        with _lock:
            if _versions.get(path) != now:
                for k in [k for k in _entries if k[1] == path]:
                    del _entries[k]
                _versions[path] = now
            elif key in _entries:
                _entries.move_to_end(key)
                return _entries[key]
        value = fn(store, *args)
        with _lock:
            if _versions.get(path) == now:
                _entries[key] = value
                while len(_entries) > MAX_ENTRIES:
                    _entries.popitem(last=False)
        return value

    return wrapper


def clear() -> None:
    """Forget everything (tests)."""
    with _lock:
        _entries.clear()
        _versions.clear()
