"""English words for joining a body, hosting a meeting and calling by telephone: becoming a member of a
body is joining it (AGREE, state -> body), being admitted to it is the body's act (AGREE, body -> state); a state hosting a body's conference
consults with it, and hosting another's leader is that leader's visit; helping to settle is no aid; `telephoned` and `withdraws` are
read in every form."""

from __future__ import annotations

import pytest

from sentence_acts import sentence_acts

CASES = [
    ("In 1965 Singapore is admitted into the United Nations as the 117th member.", {("AGREE", "IGO.UN", "SGP")}),
    ("Japan was admitted to the United Nations in 1956.", {("AGREE", "IGO.UN", "JPN")}),
    ("In 1965 Singapore becomes the 22nd member of the Commonwealth.", {("AGREE", "SGP", "IGO.COMMONWEALTH")}),
    ("In 1967 Singapore becomes a founding member of ASEAN.", {("AGREE", "SGP", "IGO.ASEAN")}),
    ("In 1973 Singapore joins the General Agreement on Tariffs and Trade.", {("AGREE", "SGP", "IGO.GATT")}),
    ("In 1996 Singapore hosts the first WTO Ministerial Conference.", {("CONSULT", "SGP", "IGO.WTO")}),
    ("In 2005 Russia hosted China's president.", {("CONSULT", "CHN", "RUS")}),
    ("In 2011 King Abdullah of Saudi Arabia telephoned President Hosni Mubarak of Egypt.",
     {("CONSULT", "SAU", "EGY")}),
    ("In 1971 the last British military force withdraws from Singapore.", {("RETREAT", "GBR", "SGP")}),
    # (helping to settle is taking part in the settling, no aid)
    ("In 1994 Russia helped to settle the conflict between Armenia and Azerbaijan.",
     {("AGREE", "RUS", "ARM"), ("AGREE", "RUS", "AZE")}),
    ("In 1994 Russia helped Armenia.", {("AID", "RUS", "ARM")}),
    # (a member described, a US state's style and a sports event are no act and no body)
    ("In 1990 Norway is a member of NATO.", set()),
    ("In 1990 the Commonwealth of Massachusetts signed a deal with Canada.", set()),
    ("In 2002 Manchester hosted the Commonwealth Games.", set()),
    # (`hosts` says how things stand unless a meeting is hosted)
    ("In 2005 Japan hosts US military bases.", set()),
    ("In 2005 Japan hosted US troops.", set()),
    ("In 2005 Russia is hosting many Chinese students who attend sessions in Moscow.", set()),
    # (admitted to a body, not to a country)
    ("In 1980 Vietnamese refugees were admitted to Australia.", set()),
]


@pytest.mark.parametrize(("text", "acts"), CASES)
def test_membership_hosting_and_calls(text: str, acts: set[tuple[str, str, str]]) -> None:
    assert {(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "en", 2000)} == acts
