"""Private persons are no actors (gold README: non-state groups and persons acting for themselves): an
activist, a journalist, a billionaire or a traveller named with a demonym acts for no state (en, ru)."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("In 2011 Saudi activist Iyad el-Baghdadi criticized the United Arab Emirates.", "en", set()),
    ("In 2011 a Russian journalist criticized Britain.", "en", set()),
    ("In 2003 Britain granted political asylum to Russian billionaire Boris Berezovsky.", "en", set()),
    ("В 2011 году российский журналист раскритиковал Великобританию.", "ru", set()),
    # (the state itself, and a state acting over such a person, still act)
    ("In 2011 Russia criticized Britain over the jailing of a Russian journalist.", "en", {("ACCUSE", "RUS", "GBR")}),
    ("В 2011 году Россия раскритиковала Великобританию.", "ru", {("ACCUSE", "RUS", "GBR")}),
]


@pytest.mark.parametrize(("text", "lang", "acts"), CASES)
def test_private_persons_are_no_actors(text: str, lang: str, acts: set[tuple[str, str, str]]) -> None:
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, lang, 2011)} == acts
