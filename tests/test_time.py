"""Temporal tagger: explicit values, non-dates, partial dates and context resolution (hand-written snippets)."""

from __future__ import annotations

import pytest

from dyad.model import Document
from dyad.text import segment
from dyad.time import resolve_document, tag


def one(text: str, lang: str):
    found = tag(text, lang)
    assert len(found) == 1, [t.text for t in found]
    t = found[0]
    return t.text, t.date_start, t.date_end, t.precision, t.source


@pytest.mark.parametrize("text,lang,expected", [
    ("He came on 19 July 2022 to talk.", "en", ("19 July 2022", "2022-07-19", "2022-07-19", "day")),
    ("It was signed on July 6, 1945, in Moscow.", "en", ("July 6, 1945", "1945-07-06", "1945-07-06", "day")),
    ("Talks resumed in early February 2023.", "en", ("early February 2023", "2023-02-01", "2023-02-28", "month")),
    ("Trade grew in the 1920s.", "en", ("the 1920s", "1920-01-01", "1929-12-31", "decade")),
    ("Raids in the 9th–11th century AD.", "en", ("the 9th–11th century AD", "0800-01-01", "1099-12-31", "range")),
    ("raids between 864 and 1041 on the coast", "en", ("between 864 and 1041", "0864-01-01", "1041-12-31", "range")),
    ("a war (1804–1813) ended", "en", ("1804–1813", "1804-01-01", "1813-12-31", "range")),
    ("Ivan IV (r. 1533–84) ruled", "en", ("1533–84", "1533-01-01", "1584-12-31", "range")),
    ("a big expedition in 913 reached", "en", ("913", "0913-01-01", "0913-12-31", "year")),
    ("in the latter half of the 16th century", "en",
     ("the latter half of the 16th century", "1500-01-01", "1599-12-31", "century")),
    ("By the mid-1990s it changed.", "en", ("the mid-1990s", "1990-01-01", "1999-12-31", "decade")),
    ("In 2022/23 exports grew.", "en", ("2022/23", "2022-01-01", "2023-12-31", "range")),
    ("2024년 6월 19일 평양에서", "ko", ("2024년 6월 19일", "2024-06-19", "2024-06-19", "day")),
    ("2010년 ~ 2016년까지 지원", "ko", ("2010년 ~ 2016년", "2010-01-01", "2016-12-31", "range")),
    ("2017년 상반기 무역액", "ko", ("2017년 상반기", "2017-01-01", "2017-06-30", "season")),
    ("2024년 2분기 입국", "ko", ("2024년 2분기", "2024-04-01", "2024-06-30", "season")),
    ("2.4.1. 2020년대", "ko", ("2020년대", "2020-01-01", "2029-12-31", "decade")),
    ("9세기 무렵", "ko", ("9세기", "0800-01-01", "0899-12-31", "century")),
    ("2019년 3월 중순에는", "ko", ("2019년 3월 중순", "2019-03-01", "2019-03-31", "month")),
    ("2024년 6월 18일부터 19일까지 방문", "ko",
     ("2024년 6월 18일부터 19일까지", "2024-06-18", "2024-06-19", "range")),
    ("2001年6月，两国", "zh", ("2001年6月", "2001-06-01", "2001-06-30", "month")),
    ("十九世紀的俄國", "zh", ("十九世紀", "1800-01-01", "1899-12-31", "century")),
    ("90年代初", "zh", ("90年代初", "1990-01-01", "1999-12-31", "decade")),
    ("Договор от 19 июля 2022 г. вступил", "ru", ("19 июля 2022 г.", "2022-07-19", "2022-07-19", "day")),
    ("В XIX веке граница", "ru", ("XIX веке", "1800-01-01", "1899-12-31", "century")),
    ("весной 2022 года начались", "ru", ("весной 2022 года", "2022-03-01", "2022-05-31", "season")),
    ("в 1990-х годах", "ru", ("1990-х годах", "1990-01-01", "1999-12-31", "decade")),
])
def test_explicit_values(text, lang, expected):
    assert one(text, lang) == (*expected, "explicit")


@pytest.mark.parametrize("text,lang", [
    ("a US$20 billion oil deal", "en"),
    ("having arrived on 500 ships", "en"),
    ("the S-400 and Su-35 systems", "en"),
    ("15 million barrels a day", "en"),
    ("Security Council Resolution 1929 was adopted", "en"),
    ("총 1696명으로", "ko"),
    ("331억원을 지원하였다", "ko"),
    ("4년여 만에 열렸다", "ko"),
    ("2년8개월 동안 중단된", "ko"),
    ("수교 70주년을 맞아", "ko"),
    ("코로나19 확산", "ko"),
    ("2일만에 석방되었다", "ko"),
    ("것으로 전해졌다", "ko"),
    ("超过五十万人", "zh"),
    ("500 человек и С-400", "ru"),
])
def test_not_dates(text, lang):
    assert tag(text, lang) == []


@pytest.mark.parametrize("text,lang,precision", [
    ("10월 15일, 러시아군이", "ko", "day"),
    ("The revolution in November spread", "en", "month"),
    ("Then on 14 July he arrived", "en", "day"),
    ("11月，两国", "zh", "month"),
    ("작년에 이어서", "ko", "year"),
])
def test_partial_dates_have_no_value_until_resolved(text, lang, precision):
    t = tag(text, lang)[0]
    assert (t.date_start, t.date_end, t.precision, t.source) == (None, None, precision, "context")


def test_may_the_verb_is_not_a_month():
    assert tag("They may agree later.", "en") == []


def resolve(text: str, lang: str):
    seg = segment(Document(id="t", text=text, lang=lang))
    res = resolve_document(seg.sentences, seg.sections, text)
    return seg, res


def values(res):
    return [(t.text, t.date_start, t.precision, t.source) for r in res for t in r.exprs]


def test_partial_dates_take_year_from_the_list_and_roll_over():
    text = "2019년 12월 3일, 첫 회담이 열렸다.\n7월 18일, 두 번째 회담이 열렸다.\n이틀 뒤인 20일 양국은 합의했다.\n"
    _seg, res = resolve(text, "ko")
    assert values(res) == [
        ("2019년 12월 3일", "2019-12-03", "day", "explicit"),
        ("7월 18일", "2020-07-18", "day", "context"),
        ("이틀 뒤인 20일", "2020-07-20", "day", "context"),
    ]


def test_heading_period_bounds_items_and_relative_words_resolve():
    text = "1. 역사\n2018년 5월 3일 양국이 만났다.\n1.1. 2020년대\n3월 4일 회담이 열렸다.\n작년에 이어 다시 나포되었다.\n"
    _seg, res = resolve(text, "ko")
    vals = values(res)
    assert ("3월 4일", "2020-03-04", "day", "context") in vals
    assert ("작년", "2019-01-01", "year", "context") in vals


def test_english_relative_and_named_reference():
    text = ("In 1907, Russia and Britain signed the Anglo-Russian Convention of 1907. The war began in 1914. "
            "Starting in the same year as the Anglo-Russian Convention, taxes rose. The following year it ended.")
    _seg, res = resolve(text, "en")
    vals = values(res)
    assert ("the same year", "1907-01-01", "year", "context") in vals
    assert ("The following year", "1915-01-01", "year", "context") in vals


def test_event_date_skips_background_and_inherits_year():
    text = ("2017년 8월 24일, 양국은 협정을 맺었다. 관계가 악화되었다.\n"
            "북한은 2000년 이후 러시아와 2017년 9월 5일 회담을 가졌다.\n"
            "러시아는 제재를 해제했다.\n")
    seg, res = resolve(text, "ko")
    events = [(s.text[:8], r.event and (r.event.date_start, r.event.precision, r.event.source))
              for s, r in zip(seg.sentences, res, strict=True)]
    assert events[0][1] == ("2017-08-24", "day", "explicit")
    # same line: the whole date carries over; a new line keeps only the year
    assert events[1][1] == ("2017-08-24", "day", "context")
    assert events[2][1] == ("2017-09-05", "day", "explicit")
    assert events[3][1] == ("2017-01-01", "year", "context")


def test_offsets_point_into_the_original_text():
    text = "'''Intro'''\n\nThe treaty of [[Gulistan]] was signed on 12 October 1813 in Gulistan.\n"
    seg = segment(Document(id="w", text=text, lang="en", format="wiki"))
    res = resolve_document(seg.sentences, seg.sections, text)
    found = [t for r in res for t in r.exprs]
    assert found and all(text[t.start:t.end] == t.text for t in found)
