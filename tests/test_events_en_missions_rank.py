"""English: missions recalled, downgraded or upgraded; ties reinstated; borders that meet; the War on Terror."""

from sentence_acts import sentence_acts


def test_ambassador_recalled_in_the_passive_is_his_states_act():
    assert sentence_acts("The Egyptian ambassador to Israel was recalled between 1982 and 1988.", "en", 1982) == [
        ("SANCTION", "EGY", "ISR", "asserted", None)]


def test_mission_downgraded_or_upgraded():
    assert sentence_acts("Turkey downgraded its legation in Israel to the level of Charge d'Affaires in 1956.",
                         "en", 1956, ("ISR", "TUR")) == [("SANCTION", "TUR", "ISR", "asserted", None)]
    acts = sentence_acts("The Turkish mission in Tel-Aviv was upgraded to the level of Embassy in January 1980.",
                         "en", 1980, ("ISR", "TUR"))
    assert [a[0] for a in acts] == ["COOPERATE"]


def test_ties_reinstated():
    assert sentence_acts("However, diplomatic ties were reinstated after a normalization initiative in 2022.",
                         "en", 2022, ("ISR", "TUR")) == [("AGREE", "ISR", "TUR", "asserted", None)]


def test_borders_that_meet_and_the_war_on_terror_hold_no_act():
    assert sentence_acts("The two countries' borders also meet at the shoreline of the Gulf of Aqaba.", "en", 2000,
                         ("EGY", "ISR")) == []
    assert sentence_acts("Pakistan assumed an important role in American interests during the subsequent War on "
                         "Terror.", "en", 2002, ("PAK", "USA")) == []
