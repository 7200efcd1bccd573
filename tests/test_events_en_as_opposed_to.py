"""English: `as opposed to` only contrasts; it is no rejection."""

from sentence_acts import sentence_acts


def test_as_opposed_to_contrasts():
    acts = sentence_acts("After 1954, the U.S. supported the capitalist South Vietnam as opposed to communist North Vietnam.",
                         "en", 1955)
    assert acts == [("SUPPORT", "USA", "H.SVIETNAM", "asserted", None)]
    assert sentence_acts("The Ottomans opposed the plans of Greece.", "en", 1850)[0][0] == "REJECT"
