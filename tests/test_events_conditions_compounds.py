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


@pytest.mark.parametrize("text", [
    "북한이 한국을 공격할 경우 미국이 개입한다.",
    "러시아가 우크라이나를 침공했을 경우 서방이 대응한다.",
    "러시아가 우크라이나를 침공하게 되면 서방이 대응한다.",
])
def test_ko_every_form_of_a_condition_supposes_its_act(text):
    assert not any(c == "ASSAULT" for c, _a, _b, _f in acts(text, "ko", 2020))


def test_ko_acts_after_a_condition_do_not_take_its_sides():
    # (the warner is unnamed: Russia warned no one, and Russia sanctioned no one)
    assert acts("러시아가 우크라이나를 침공한다면 제재를 가하겠다고 경고했다.", "ko", 2022) == []
    named = acts("러시아가 우크라이나를 침공한다면 제재를 가하겠다고 미국이 경고했다.", "ko", 2022)
    assert [(c, a) for c, a, _b, _f in named] == [("THREATEN", "USA")]


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


@pytest.mark.parametrize("text,lang", [
    ("В 2009 году разгорелся российско-украинский газовый конфликт.", "ru"),
    ("In 2018 the Sino-American trade war began.", "en"),
])
def test_a_hyphenated_pair_across_a_non_armed_modifier_is_no_attack(text, lang):
    assert not any(c == "ASSAULT" for c, _a, _b, _f in acts(text, lang, 2010))
