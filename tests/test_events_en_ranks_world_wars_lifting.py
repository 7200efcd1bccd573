"""English: ranks among trade partners, world wars and unnamed camps; lifting an embargo; `X-based`."""

from sentence_acts import sentence_acts


def test_rank_among_trade_partners_is_a_statistic():
    assert sentence_acts("China has become Mongolia's biggest trade partner and source of investment.", "en", 2015,
                         ("CHN", "MNG")) == []


def test_a_world_war_is_no_war_of_the_pair():
    assert sentence_acts("The history between the two powers was bitter up to World War I.", "en", 1910,
                         ("RUS", "TUR")) == []


def test_fighting_an_unnamed_camp_is_no_war_between_the_pair():
    assert sentence_acts("Both countries found themselves on the Allied side, fighting against the Axis powers.",
                         "en", 1943, ("SUN", "SYR")) == []


def test_lifting_a_long_embargo_concedes():
    assert sentence_acts("In 1994, the U.S. lifted its 30-year trade embargo on Vietnam.", "en", 1994) == [
        ("CONCEDE", "USA", "VNM", "asserted", None)]


def test_a_city_a_body_is_based_in_is_no_party():
    acts = sentence_acts("The Paris-based magazine Kultura, which was read widely, advocated for a rapprochement "
                         "with Ukraine.", "en", 1980, ("POL", "UKR"))
    assert [a[:3] for a in acts] == [("SUPPORT", "POL", "SUN")]  # (Ukraine in 1980 is Soviet)
