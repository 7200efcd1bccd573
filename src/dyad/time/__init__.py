"""Temporal tagging: a grammar over per-language data (`lang/<code>/dates.yaml`) plus context resolution."""

from dyad.time.tagger import Tagged, tag

__all__ = ["Tagged", "tag"]
