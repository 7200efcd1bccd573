"""The knowledge base: SQLite by default (one file), the only place that writes SQL."""

from dyad.store.sqlite import DocumentRecord, Store, StoreMissing, open_store

__all__ = ["DocumentRecord", "Store", "StoreMissing", "open_store"]
