"""A trigger whose words would cover the receiver's name keeps the name outside its match (a lookahead), so the
name is still read as the receiver and the act is not dropped."""

import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text,year,want", [
    ("Russia took Ukrainian sailors prisoner in 2018.", 2018, ("COERCE", "RUS", "UKR")),
    ("In 1950 the Chinese took 200 American soldiers prisoner.", 1950, ("COERCE", "CHN", "USA")),
    ("China ordered the closure of the US consulate in Chengdu in 2020.", 2020, ("SANCTION", "CHN", "USA")),
    ("In 2014 Russia cancelled Cuba's Soviet-era debt.", 2014, ("AID", "RUS", "CUB")),
    ("In 1944 the Soviet Union drove the Germans out of Ukraine.", 1944, ("ASSAULT", "SUN", "H.NAZIGER")),
])
def test_an_act_whose_words_span_the_receivers_name_is_kept(text, year, want):
    assert [(c, a, b) for c, a, b, _f, _r in sentence_acts(text, "en", year)] == [want]
