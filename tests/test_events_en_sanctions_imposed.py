"""en: an economic blockade imposed or enforced is a sanction; imposed in the passive with no one named it is the
document pair's, while an embargo only mentioned is none; embassies established by both set up relations."""

import pytest

from sentence_acts import sentence_acts


def acts(text, year, pair=None):
    return [(c, {a, b}) for c, a, b, _f, _r in sentence_acts(text, "en", year, pair)]


@pytest.mark.parametrize("text", [
    "Azerbaijan has continued to enforce a blockade of Armenia since 1989.",
    "In 1999 Azerbaijan imposed a blockade on Armenia.",
])
def test_a_blockade_imposed_or_enforced_is_a_sanction(text):
    assert acts(text, 2000) == [("SANCTION", {"AZE", "ARM"})]


def test_a_sanction_imposed_in_the_passive_with_no_one_named_is_the_pairs():
    assert acts("The blockade was imposed in the days following the promulgation.", 2015, ("IND", "NPL")) == [
        ("SANCTION", {"IND", "NPL"})]


def test_an_embargo_only_mentioned_is_no_act():
    assert acts("The embargo includes restrictions on all commercial, economic, and financial activity.", 2000,
                ("USA", "CUB")) == []


def test_embassies_established_by_both_set_up_relations():
    assert acts("The following year, both countries established embassies and consulates.", 1996,
                ("USA", "VNM")) == [("AGREE", {"USA", "VNM"})]


def test_a_naval_blockade_imposed_is_force_not_a_sanction():
    assert acts("Russia imposed a naval blockade on Georgia.", 2008) == [("COERCE", {"RUS", "GEO"})]
