"""English demonyms of divided states name their own state (North Vietnamese, South Vietnamese, East German)."""

from sentence_acts import sentence_acts


def test_divided_state_demonyms():
    assert sentence_acts("In 1957 China ceded White Dragon Tail Island to the North Vietnamese.", "en", 1957) == [
        ("CONCEDE", "CHN", "VDR", "asserted", None)]
    acts = sentence_acts("In January 1974, a clash between Chinese and South Vietnamese forces broke out.", "en", 1974)
    assert acts and acts[0][1:3] == ("CHN", "H.SVIETNAM")
    assert sentence_acts("East German troops took part in the invasion of Czechoslovakia.", "en", 1968)[0][1] == "DDR"
