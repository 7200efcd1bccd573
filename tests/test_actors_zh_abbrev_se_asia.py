"""Chinese one-character names of Myanmar, Cambodia, the Philippines and Thailand (缅, 柬, 菲, 泰) read in
compounds (中缅), after a prefix (访缅) and before a suffix (缅方), not inside ordinary words."""

from __future__ import annotations

import pytest

from dyad.actors import default_gazetteer
from sentence_acts import sentence_acts


@pytest.mark.parametrize(("text", "codes"), [
    ("中缅共同倡导和平共处五项原则", ["CHN", "MMR"]),
    ("中柬两国", ["CHN", "KHM"]),
    ("菲方表示反对", ["PHL"]),
    ("泰山是中国名山。", ["CHN"]),
    ("国泰民安", []),
])
def test_names(text: str, codes: list[str]) -> None:
    assert [c for m in default_gazetteer().find(text, "zh", year=1960) for c in m.codes] == codes


def test_a_visit_to_one_named_by_its_abbreviation() -> None:
    acts = sentence_acts("刘少奇主席、周恩来总理等中国领导人都曾访缅。", "zh", 1960, ("CHN", "MMR"))
    assert [(c, a, b) for c, a, b, _f, _by in acts] == [("CONSULT", "CHN", "MMR")]
