"""Demonyms and compound first parts of every state read in English and Russian, inflected in Russian,
with blockers for ethnic groups and seas that are no state."""

from __future__ import annotations

import pytest

from dyad.actors import default_gazetteer


@pytest.mark.parametrize(("text", "lang", "codes"), [
    ("Советско-албанские соглашения и индонезийско-российские отношения", "ru", ["SUN", "ALB", "IDN", "RUS"]),
    ("договор с албанской стороной", "ru", ["ALB"]),
    ("малийско-французские отношения", "ru", ["MLI", "FRA"]),
    ("лидер боснийских сербов", "ru", []),
    ("в Ирландском море", "ru", []),
    ("the Albanian government and Irish diplomats", "en", ["ALB", "IRL"]),
    ("the Irish Sea", "en", []),
    # the combining form of India, not the regions and peoples that share it
    ("the Indo-Pakistani War and the Indo-Soviet Treaty", "en", ["IND", "PAK", "IND", "SUN"]),
    ("the Indo-Pacific, Indo-China and the Indo-European languages", "en", []),
])
def test_demonyms(text: str, lang: str, codes: list[str]) -> None:
    assert [c for m in default_gazetteer().find(text, lang, year=1960) for c in m.codes] == codes
