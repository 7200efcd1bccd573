"""English: a capitalised `Cooperation`, `Partnership` or `Dialogue` in a body's name introduced with its
acronym names the body, no act; a summit so named is still a meeting."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("In 2002 India is a member of the Asia Cooperation Dialogue (ACD) initiated by Thailand.", set()),
    ("In 2005 India attended the East Asia Summit (EAS) with Thailand.", {("CONSULT", "IND", "THA")}),
    ("In 2002 India and Thailand signed an agreement on cooperation.", {("AGREE", "IND", "THA")}),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_body_names_with_acronyms(text: str, acts: set[tuple[str, str, str]]) -> None:
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", 2002)} == acts
