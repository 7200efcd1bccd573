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
    # a name ending like a verb (`일본`) is no relative clause
    ("일본 정부는 북한이 일본 어선을 나포했다고 비난했다.", 2000, ("COERCE", "PRK", "JPN")),
])
def test_what_keeps_the_bound_subject(text, year, want):
    assert want in [a[:3] for a in sentence_acts(text, "ko", year)]
