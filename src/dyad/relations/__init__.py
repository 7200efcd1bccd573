"""What a document is about: its dyad, and the relation catalog of its navigation boxes."""

from dyad.relations.catalog import extract_catalog, markup_blocks
from dyad.relations.docdyad import document_dyad, document_focus

__all__ = ["document_dyad", "document_focus", "extract_catalog", "markup_blocks"]
