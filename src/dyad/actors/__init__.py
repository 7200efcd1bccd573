"""Actor gazetteer: names in text -> SCHEMA actor codes, with lineage and officials' terms.

Names of current states come from CLDR through Babel; curated names (short forms,
compounds, demonyms, historical polities, organisations, capitals, organs, officials)
are data files in `lang/<code>/actors_*` and `actors/data/`.
"""

from .gazetteer import Gazetteer, Resolution, default_gazetteer
from .registry import canonical, lineage, lineages, resolve_at, same_lineage

__all__ = [
    "Gazetteer",
    "Resolution",
    "canonical",
    "default_gazetteer",
    "lineage",
    "lineages",
    "resolve_at",
    "same_lineage",
]
