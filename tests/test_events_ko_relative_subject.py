"""Korean: the subject of a relative clause on an act's object is that clause's doer, not the sentence's."""
import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text,year,want", [
    # the topic does the act; the relative clause's subject receives a statement about what it did
    ("일본은 북한이 발사한 미사일을 규탄했다.", 2017, [("ACCUSE", "JPN", "PRK")]),
    ("북한이 발사한 미사일에 대해 일본은 강하게 비난했다.", 2017, [("ACCUSE", "JPN", "PRK")]),
    # a relative clause inside the object of a deed: the topic does the deeds
    ("대한민국은 중화인민공화국이 주장하는 하나의 중국 원칙을 받아들여 타이베이와 단교하고 중화인민공화국과 수교하였다.",
     1992, [("SANCTION", "KOR", "TWN"), ("AGREE", "KOR", "CHN")]),
])
def test_relative_clause_subject(text, year, want):
    assert [a[:3] for a in sentence_acts(text, "ko", year)] == want


@pytest.mark.parametrize("text,year,want", [
    # no other subject: the bound subject stays the doer
    ("러시아가 지원하는 반군이 우크라이나를 공격했다.", 2014, ("ASSAULT", "RUS", "UKR")),
    # a verb before a bound noun (`…한 것`) is no relative clause on the object
    ("러시아 외무부는 한국이 대러 제재에 동참한 것을 비판하였다.", 2022, ("ACCUSE", "RUS", "KOR")),
    # a name ending like an adnominal verb (`주한`) is no relative clause
    ("중국은 북한이 주한 미군을 공격했다고 비난했다.", 2000, ("ASSAULT", "PRK", "USA")),
    # determiners, adjectives and postpositional forms are no relative clause; a topic in a later clause
    # does not take the act from the clause's own subject
    ("1950년 북한이 모든 전선에서 한국을 침공하자 미국은 유엔군을 파병했다.", 1950, ("ASSAULT", "PRK", "KOR")),
    ("북한이 모든 전선에서 남한을 침공했으나 미국은 이를 예상하지 못했다.", 1950, ("ASSAULT", "PRK", "KOR")),
    ("미국은 소련이 모든 병력을 아프가니스탄에서 철수했다고 발표했다.", 1989, ("RETREAT", "SUN", "AFG")),
    ("1950년 북한이 서울을 비롯한 남한 전역을 공격하자 미국은 참전하였다.", 1950, ("ASSAULT", "PRK", "KOR")),
    ("2006년 북한이 핵실험을 포함한 도발로 일본을 위협하자 미국은 제재를 가했다.", 2006, ("THREATEN", "PRK", "JPN")),
    ("2015년 러시아가 시리아 정부를 지원하는 한편 이란과 협력하자 미국은 반발했다.", 2015, ("COOPERATE", "RUS", "IRN")),
    ("중국은 소련이 다른 공산국가들을 지원하는 것을 비판했다.", 1960, ("ACCUSE", "CHN", "SUN")),
    # a receiver inside the relative clause is not the statement's
    ("북한은 한국이 미국과 실시한 합동 군사 훈련을 비난했다.", 2016, ("ACCUSE", "PRK", "KOR")),
])
def test_what_keeps_the_bound_subject(text, year, want):
    assert want in [a[:3] for a in sentence_acts(text, "ko", year)]


def test_subject_of_a_clause_on_a_noun_is_not_the_doer():
    # `몽골이 공산주의 국가라는 이유로`: the clause before `라는` qualifies a noun; the topic did not establish ties
    acts = sentence_acts("대한민국은 몽골이 공산주의 국가라는 이유로 수교하지 않았다.", "ko", 1970, ("KOR", "MNG"))
    assert [a[:4] for a in acts] == [("AGREE", "KOR", "MNG", "negated")]


@pytest.mark.parametrize("text,lang,pair", [
    ("대한민국은 과거 몽골이 공산주의 국가라는 이유로 수교하지 않았으나 1990년 3월 26일에 수교하였다.", "ko", ("KOR", "MNG")),
    ("苏联起初没有承认以色列，但后来在1948年承认了以色列。", "zh", None),
])
def test_an_act_not_done_and_then_done_is_two(text, lang, pair):
    facts = [a[3] for a in sentence_acts(text, lang, 1990, pair) if a[0] == "AGREE"]
    assert facts == ["negated", "asserted"]


def test_a_negated_part_of_the_same_clause_is_the_same_act():
    # `без объявления войны напала`: the attack without a declaration is one act
    facts = [a[3] for a in sentence_acts("Германия без объявления войны напала на СССР.", "ru", 1941) if a[0] == "ASSAULT"]
    assert facts == ["asserted"]


def test_a_negated_participle_after_a_comma_is_the_same_act():
    acts = sentence_acts("Германия напала на СССР, не объявив войны.", "ru", 1941)
    assert [a[3] for a in acts if a[0] == "ASSAULT"] == ["asserted"]
