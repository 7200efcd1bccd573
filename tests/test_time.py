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


# --- paired dates, mixed periods, era years, old style, apposition (hand-written snippets) ---

@pytest.mark.parametrize("text,lang,expected", [
    ("两国于2010年3月5日和9日分别签约", "zh", ("2010年3月5日和9日", "2010-03-05", "2010-03-09", "range")),
    ("19世纪60年代，边界", "zh", ("19世纪60年代", "1860-01-01", "1869-12-31", "decade")),
    ("1950年代至21世纪初，两国", "zh", ("1950年代至21世纪初", "1950-01-01", "2099-12-31", "range")),
    ("1870年至1890年代陆续", "zh", ("1870年至1890年代", "1870-01-01", "1899-12-31", "range")),
    ("光緒二十年，戰爭", "zh", ("光緒二十年", "1894-01-01", "1894-12-31", "year")),
    ("民國38年5月，政府", "zh", ("民國38年5月", "1949-05-01", "1949-05-31", "month")),
    ("他们在1700－1721年间作战", "zh", ("1700－1721年", "1700-01-01", "1721-12-31", "range")),
    ("1905年9月5日に調印", "ja", ("1905年9月5日", "1905-09-05", "1905-09-05", "day")),
    ("이듬해인 1990년 양국은", "ko", ("1990년", "1990-01-01", "1990-12-31", "year")),
    ("1950년 6월 25일 새벽", "ko", ("1950년 6월 25일", "1950-06-25", "1950-06-25", "day")),
    ("1945년 8월 9일 밤 소련군이", "ko", ("1945년 8월 9일", "1945-08-09", "1945-08-09", "day")),
    ("бои шли с 5 мая по 9 июня 1945 года", "ru", ("5 мая по 9 июня 1945 года", "1945-05-05", "1945-06-09", "range")),
    ("битва 26 августа (7 сентября) 1812 года", "ru", ("26 августа (7 сентября) 1812 года", "1812-09-07", "1812-09-07",
                                                    "day")),
    ("манифест 17 (30) октября 1905 года", "ru", ("17 (30) октября 1905 года", "1905-10-30", "1905-10-30", "day")),
    ("договор 25 июля (6 августа по новому стилю) 1851 года", "ru",
     ("25 июля (6 августа по новому стилю) 1851 года", "1851-08-06", "1851-08-06", "day")),
    ("подписан 12(24) февраля 1881 г. в", "ru", ("12(24) февраля 1881 г.", "1881-02-24", "1881-02-24", "day")),
    ("мир заключен 16 (28 мая) 1812 г. по", "ru", ("16 (28 мая) 1812 г.", "1812-05-28", "1812-05-28", "day")),
    ("акт 6 августа (25 июля по старому стилю) 1851 года", "ru",
     ("6 августа (25 июля по старому стилю) 1851 года", "1851-08-06", "1851-08-06", "day")),
    ("указ 13 января (31 декабря ст. ст.) 1918 г.", "ru", ("13 января (31 декабря ст. ст.) 1918 г.", "1918-01-13", "1918-01-13", "day")),
    ("В 1920-е и 1930-е годы торговля", "ru", ("1920-е и 1930-е годы", "1920-01-01", "1939-12-31", "range")),
    ("Talks on 3 and 4 May 2015 failed.", "en", ("3 and 4 May 2015", "2015-05-03", "2015-05-04", "range")),
    ("a poll taken from 2 to 9 May 2015 found", "en", ("2 to 9 May 2015", "2015-05-02", "2015-05-09", "range")),
])
def test_paired_and_mixed_values(text, lang, expected):
    assert one(text, lang) == (*expected, "explicit")


@pytest.mark.parametrize("text,lang", [
    ("甲午战争后同日本签约", "zh"),
    ("光明星4号卫星", "zh"),
    ("经过300天后才解决", "zh"),
    ("갑신정변 이후", "ko"),
    ("5세기 이상 유지된 왕국", "ko"),
    ("supported by 250 armoured vehicles", "en"),
    ("Around 300 prisoners were freed", "en"),
    ("Since the fall of the empire", "en"),
])
def test_more_not_dates(text, lang):
    assert tag(text, lang) == []


def test_a_season_name_is_not_part_of_the_year():
    assert one("北京2008年夏季奥运会期间", "zh")[:4] == ("2008年", "2008-01-01", "2008-12-31", "year")


@pytest.mark.parametrize("text,lang,found", [
    ("两天后的5月3日，双方", "zh", ["5月3日"]),
    ("한 달 전인 3월 2일에", "ko", ["3월 2일"]),
    ("A day later, on 5 May 2015, they", "en", ["5 May 2015"]),
])
def test_relative_phrase_with_a_date_in_apposition_tags_only_the_date(text, lang, found):
    assert [t.text for t in tag(text, lang)] == found


def test_ru_day_without_year_with_a_short_month_or_both_styles_takes_the_year_in_force():
    _seg, res = resolve("Пекинский договор 1860 года. Подписан 2 нояб. в Пекине. Ратифицирован 8 (20) декабря.", "ru")
    assert values(res)[1:] == [("2 нояб.", "1860-11-02", "day", "context"),
                               ("8 (20) декабря", "1860-12-20", "day", "context")]


def test_relative_year_with_month_is_one_expression():
    _seg, res = resolve("2006年3月，两国会谈。同年8月，双方签约。隔年2月再次会面。", "zh")
    assert values(res)[1:] == [("同年8月", "2006-08-01", "month", "context"),
                               ("隔年2月", "2007-02-01", "month", "context")]
    _seg, res = resolve("2006년 3월 회담이 열렸다. 같은 해 10월 조약이 맺어졌다.", "ko")
    assert values(res)[1] == ("같은 해 10월", "2006-10-01", "month", "context")


def test_prose_looks_back_where_a_list_rolls_over():
    # in running prose an earlier date of the same year is a look back
    _seg, res = resolve("2011년 3월 14일 구조대가 도착했다. 3월 12일에는 선발대가 출발했다.", "ko")
    assert values(res)[1] == ("3월 12일", "2011-03-12", "day", "context")
    _seg, res = resolve("On 20 June 1944 the offensive began. On 10 June the talks had failed.", "en")
    assert values(res)[1][:2] == ("10 June", "1944-06-10")
    # consecutive lines opening with their dates are a chronological list: earlier means next year
    _seg, res = resolve("2019年12月3日，双方会谈。\n3月5日，双方签约。\n", "zh")
    assert values(res)[1][:2] == ("3月5日", "2020-03-05")


def test_season_in_prose_moves_on_after_a_later_month():
    _seg, res = resolve("In late September 2022 the front moved. In the winter it held, and in the spring it "
                        "dug in.", "en")
    vals = values(res)
    assert ("the winter", "2022-12-01", "season", "context") in vals
    assert ("the spring", "2023-03-01", "season", "context") in vals


def test_partial_date_before_any_year_takes_the_next_one_when_it_fits():
    text = "5月8日，会议召开。双方进行了讨论。1945年8月14日，条约签订。"
    _seg, res = resolve(text, "zh")
    assert values(res)[0] == ("5月8日", "1945-05-08", "day", "context")
    # a partial date later in the year than the next explicit date is not fixed by it
    _seg, res = resolve("12月31日，会议召开。1943年5月29日，守军覆灭。", "zh")
    assert values(res)[0] == ("12月31日", None, "day", "context")


def test_period_inside_one_year_gives_partial_dates_their_year():
    _seg, res = resolve("1945年8月至10月，双方谈判。双方于10月10日签署纪要，决定在年底开会。", "zh")
    vals = values(res)
    assert ("10月10日", "1945-10-10", "day", "context") in vals
    assert ("年底", "1945-01-01", "year", "context") in vals


def test_a_limit_does_not_move_the_date_in_force():
    text = "In 2022 the war began. A map shows the front through 5 December 2022. On 24 February the attack began."
    _seg, res = resolve(text, "en")
    assert values(res)[-1][:2] == ("24 February", "2022-02-24")


def test_russian_relative_words_and_seasons():
    text = "В середине 2013 года прошли выборы. Позже летом президент посетил Китай. 4 марта 2014 года начались " \
           "переговоры. На следующий день стороны подписали заявление. Через два дня они встретились снова."
    _seg, res = resolve(text, "ru")
    vals = values(res)
    assert ("летом", "2013-06-01", "season", "context") in vals
    assert ("На следующий день", "2014-03-05", "day", "context") in vals
    assert ("Через два дня", "2014-03-07", "day", "context") in vals


def test_era_year_then_partial_dates():
    _seg, res = resolve("宣統三年7月，代表团出访。11月30日，军队包围衙门。", "zh")
    assert values(res) == [("宣統三年7月", "1911-07-01", "month", "explicit"),
                           ("11月30日", "1911-11-30", "day", "context")]


SNIPPETS = {
    "en": ["On 3 and 4 May 2015 talks failed.", "between 864 and 1041", "the 9th–11th century AD",
           "In the spring it dug in.", "Three days later, the 1990s ended", "from 2 to 9 May 2015", "Q2 2023"],
    "ko": ["2024년 6월 18일부터 19일까지", "같은 해 10월", "이틀 뒤인 20일", "9~11세기", "2020년대", "지난 3분기"],
    "zh": ["6月13日和18日", "20世纪80年代末", "宣統三年7月", "同年8月", "三日後", "1990年代至21世紀初"],
    "ru": ["с 10 июля по 10 сентября 1941 года", "24 июля (4 августа) 1783 года", "1960-е и 1970-е годы",
           "ЛЕТОМ 2013 ГОДА", "На следующий день", "XIX веке"],
}


@pytest.mark.parametrize("lang", sorted(SNIPPETS))
def test_pattern_needs_are_necessary(lang):
    from dyad.time.grammar import grammar

    g = grammar(lang)
    for text in SNIPPETS[lang]:
        low = text.lower()
        for pat, nd in zip(g.patterns, g.needs, strict=True):
            if nd is not None and pat.search(text):
                assert any(x in (low if nd[1] else text) for x in nd[0]), (text, pat.pattern[:60], nd)
        assert tag(text, lang), text


def test_an_earlier_year_in_prose_dates_its_sentence():
    """English prose: `held talks in 2019` after a 2020 sentence happened in 2019."""
    _seg, res = resolve("They signed a deal in March 2020. They had held talks in 2019.\n", "en")
    assert res[1].event.date_start == "2019-01-01" and res[1].event.source == "explicit"


def test_an_earlier_bare_year_inside_a_chronology_item_is_background():
    """A Korean chronology item that mentions an earlier year as background keeps the item's date."""
    text = "2019년 4월 25일 두 정상이 회담했다.\n이 자리에서 2014년 합병을 거론하며 협력을 약속했다.\n"
    _seg, res = resolve(text, "ko")
    assert res[1].event.date_start[:4] == "2019"
