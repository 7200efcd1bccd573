"""A ko condition read after its verb (`방문하려면`, `침공한다면`) supposes an act that did not happen; a hyphenated pair
before an act noun names both sides across one modifier (`российско-грузинский вооружённый конфликт`); ru `не
просто X, но и Y` (not only) negates nothing; a partnership raised to a level is an agreement."""

import pytest

from sentence_acts import sentence_acts


def acts(text, lang, year, pair=None):
    return [(c, a, b, f) for c, a, b, f, _r in sentence_acts(text, lang, year, pair)]


def test_ko_what_a_condition_supposes_is_no_event():
    assert acts("우크라이나는 무비자를 실시하고 있지만, 우크라이나인이 한국을 방문하려면 비자가 필요하다.", "ko", 2020,
                ("KOR", "UKR")) == []


def test_ko_force_held_out_on_a_condition_is_one_threat():
    assert acts("러시아가 우크라이나를 침공한다면 제재를 가하겠다고 경고했다.", "ko", 2022) == [
        ("THREATEN", "RUS", "UKR", "asserted")]


@pytest.mark.parametrize("text", [
    "2019년 김정은은 러시아를 방문하면서 푸틴과 회담했다.",
    "2019년 김정은은 러시아를 방문했다.",
])
def test_ko_while_is_no_condition(text):
    assert ("CONSULT", "PRK", "RUS", "asserted") in acts(text, "ko", 2019)


def test_a_hyphenated_pair_names_both_sides_across_one_modifier():
    assert acts("В 2008 году вспыхнул российско-грузинский вооружённый конфликт.", "ru", 2008) == [
        ("ASSAULT", "RUS", "GEO", "asserted")]


def test_zh_a_compound_pair_still_needs_the_act_noun_right_after_it():
    assert acts("1998年，美菲签署菲律宾-美国访问部队协议。", "zh", 1998) == [("AGREE", "USA", "PHL", "asserted")]


def test_ru_not_only_negates_nothing():
    assert acts("В этом конфликте Москва не просто встала на сторону Дели, но и активно поддержала своего союзника.",
                "ru", 1971) == [("SUPPORT", "SUN", "IND", "asserted")]


def test_ru_a_partnership_raised_to_a_level_is_an_agreement_of_the_pair():
    assert acts("В декабре 2010 года наше стратегическое партнерство было поднято до уровня особого и "
                "привилегированного.", "ru", 2010, ("RUS", "IND")) == [("AGREE", "RUS", "IND", "asserted")]
