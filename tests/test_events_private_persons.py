"""Private persons are no actors (gold README: non-state groups and persons acting for themselves): a named
activist, billionaire or traveller with a demonym acts for no state (en, ru), nor do hijackers; unnamed
persons an act is done to (`expelled two American journalists`) stand for their state."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("In 2011 Saudi activist Iyad el-Baghdadi criticized the United Arab Emirates.", "en", set()),
    ("In 2003 Britain granted political asylum to Russian billionaire Boris Berezovsky.", "en", set()),
    ("In 2001 Saudi hijackers attacked the United States.", "en", set()),
    ("В 2011 году российский журналист Иванов раскритиковал Великобританию.", "ru", set()),
    ("In 1986 the Soviet Union expelled two American journalists.", "en", {("SANCTION", "SUN", "USA")}),
    ("In 2011 Russia criticized Britain over the jailing of a Russian journalist.", "en", {("ACCUSE", "RUS", "GBR")}),
    ("В 2011 году Россия раскритиковала Великобританию.", "ru", {("ACCUSE", "RUS", "GBR")}),
]


@pytest.mark.parametrize(("text", "lang", "acts"), CASES)
def test_private_persons_are_no_actors(text: str, lang: str, acts: set[tuple[str, str, str]]) -> None:
    year = 1986 if "1986" in text else 2011
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, lang, year)} == acts
