"""Date forms found on relation articles dyad had not seen (hand-written snippets)."""

from __future__ import annotations

import pytest

from dyad.time import tag


@pytest.mark.parametrize("text,lang,expected", [
    # a space before 年代 in edited text
    ("1950 年代初期,两国关系恶化。", "zh", ("1950-01-01", "1959-12-31", "decade")),
    # a range of centuries, each with its part
    ("17世纪末到19世纪初,两国多次交战。", "zh", ("1600-01-01", "1899-12-31", "range")),
    # two months of one year
    ("Кризис продолжался в марте — апреле 2008 года.", "ru", ("2008-03-01", "2008-04-30", "range")),
    ("From the early 17th until the late 19th centuries they fought.", "en", ("1600-01-01", "1899-12-31", "range")),
    # spaces between the numbers and their units in text copied from print
    ("2010 年 9 月 15 日签署。", "zh", ("2010-09-15", "2010-09-15", "day")),
    ("1932 年沙特首相访苏。", "zh", ("1932-01-01", "1932-12-31", "year")),
    # `the 1800s` names a century; `the 2000s` a decade
    ("It was annexed in the late 1800s.", "en", ("1800-01-01", "1899-12-31", "century")),
    ("Trade grew in the 2000s.", "en", ("2000-01-01", "2009-12-31", "decade")),
    # two decades named together span both
    ("1940和1950年代,两国关系紧密。", "zh", ("1940-01-01", "1959-12-31", "range")),
    ("In the 1940s and 1950s the two were close.", "en", ("1940-01-01", "1959-12-31", "range")),
    ("1940년대와 1950년대에 양국은 가까웠다.", "ko", ("1940-01-01", "1959-12-31", "range")),
    # a year of the last century by its two last digits (namuwiki style)
    ("91년에 소련이 해체된 뒤에 수교했다.", "ko", ("1991-01-01", "1991-12-31", "year")),
])
def test_one_expression(text, lang, expected):
    found = [(t.date_start, t.date_end, t.precision) for t in tag(text, lang)]
    assert found == [expected]


def test_a_year_glued_to_its_month():
    assert [(t.date_start, t.precision) for t in tag("Отношения установлены 2 февраля1920 года.", "ru")] == [
        ("1920-02-02", "day")]


def test_old_and_new_style_dates_with_a_slash_take_the_new_style():
    assert [(t.date_start, t.precision) for t in tag("Грамоты вручены 25 июня / 7 июля 1879 г.", "ru")] == [
        ("1879-07-07", "day")]
    assert [(t.date_start, t.precision) for t in tag("Приказ от 13 / 25 сентября 1878 г.", "ru")] == [
        ("1878-09-25", "day")]


@pytest.mark.parametrize("text", ["30년 전쟁 동안 싸웠다.", "70년간 이어졌다.", "두 나라는 50년 만에 만났다."])
def test_korean_counts_of_years_are_no_two_digit_years(text):
    assert [t.date_start for t in tag(text, "ko") if t.date_start] == []
