"""Korean: a treaty defined by who made it (`…은 A와 B가 맺은 합의이다`) states the act; a bare copula still describes."""

from sentence_acts import sentence_acts


def test_treaty_defined_by_its_makers():
    acts = sentence_acts("제네바 합의는 조선민주주의인민공화국과 미국이 1994년 10월 21일 맺은 외교적 국제 합의이다.", "ko", 1994)
    assert acts == [("AGREE", "PRK", "USA", "asserted", None)]


def test_bare_copula_describes():
    assert sentence_acts("이것은 도시에 대한 최초의 폭격이었다.", "ko", 1941, ("DEU", "GBR")) == []
