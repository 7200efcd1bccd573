"""English: entering another's airspace; presenting credentials; relations set up in a clause naming no one."""

from sentence_acts import sentence_acts


def test_entering_airspace_mobilizes():
    acts = sentence_acts("In 2003, Egyptian Air Force UAVs entered Israeli airspace.", "en", 2003)
    assert acts == [("MOBILIZE", "EGY", "ISR", "asserted", None)]


def test_credentials_presented_consult():
    acts = sentence_acts("The Turkish envoy presented his credentials to the President of Israel.", "en", 1950)
    assert acts == [("CONSULT", "TUR", "ISR", "asserted", None)]


def test_relations_set_up_in_a_clause_naming_no_one_are_the_pairs():
    text = ("Full diplomatic relations were established on January 26, 1980, and the exchange of ambassadors took "
            "place later, with Ben-Elissar serving as the first Israeli Ambassador to Egypt.")
    assert ("AGREE", "EGY", "ISR", "asserted", None) in sentence_acts(text, "en", 1980, ("EGY", "ISR"))
