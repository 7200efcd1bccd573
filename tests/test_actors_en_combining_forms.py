"""English combining forms name their states in hyphenated war and treaty names (Greco-Turkish, Italo-Ethiopian)."""

import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text, year, want", [
    ("In 1897 the Greco-Turkish War broke out.", 1897, ("GRC", "H.OTTOMAN")),
    ("The Italo-Ethiopian War began in 1935.", 1935, ("ITA", "ETH")),
])
def test_combining_forms(text, year, want):
    assert [a[1:3] for a in sentence_acts(text, "en", year)] == [want]


def test_languages_and_antiquity_are_no_states():
    assert sentence_acts("Serbo-Croatian was declared the official language in 1954.", "en", 1954) == []
