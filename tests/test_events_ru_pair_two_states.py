"""Russian: `между двумя государствами`, `оба гос-ва` name the article's pair; a regime in force
(`существует безвизовый режим`), cooperation said not to end and a treaty preamble's words are no acts."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

PAIR = ("RUS", "SRB")
CASES = [
    ("В 2008 году между двумя государствами было подписано соглашение о свободной торговле.",
     {("AGREE", "RUS", "SRB")}),
    ("Граница между обоими государствами была определена в 2008 году.", {("AGREE", "RUS", "SRB")}),
    ("С 2009 года между двумя государствами действует безвизовый режим.", set()),
    ("Военное сотрудничество двух стран отнюдь не прекращалось.", set()),
    ("Стороны закрепили в преамбуле договора стремление развивать дружественные отношения.", set()),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_ru_pair_two_states(text, acts):
    got = {(c, *sorted((a, b))) for c, a, b, _f, _r in sentence_acts(text, "ru", 2008, PAIR)}
    assert got == {(c, *sorted((a, b))) for c, a, b in acts}
