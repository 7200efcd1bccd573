"""Which of a sentence's dates dates an event (hand-written snippets, full pipeline)."""

from __future__ import annotations

from dyad.model import Document
from dyad.pipeline import analyse


def _dates(text: str, lang: str) -> list[tuple[str, str | None]]:
    rows = analyse(Document(id="t", text=text, lang=lang, format="text"))
    return sorted((e.category, e.date_start) for e in rows.events)


def test_zh_clause_without_date_takes_the_date_leading_the_clause_before():
    # the treaty clause is undated: it continues from the later year, not the sentence's first date
    got = _dates("1950年甲事發生，1953年中國與蘇聯簽訂條約，蘇聯承認中國的主權。\n", "zh")
    assert ("AGREE", "1953-01-01") in got
    assert all(d != "1950-01-01" for c, d in got if c == "AGREE")


def test_zh_date_inside_a_clause_does_not_lead_the_next():
    # `以1911年` names an era inside the clause; the recognition is dated by the sentence's date
    got = _dates("1924年11月26日，蘇聯宣布以1911年為紀元，承認蒙古獨立。\n", "zh")
    assert got and all(d != "1911-01-01" for _c, d in got)


def _events(text: str, lang: str) -> list[tuple[str, str | None]]:
    from dyad.text import segment
    from dyad.time import resolve_document

    seg = segment(Document(id="t", text=text, lang=lang, format="text"))
    res = resolve_document(seg.sentences, seg.sections, text)
    return [(s.text, r.event and r.event.date_start) for s, r in zip(seg.sentences, res, strict=True)]


def test_bracket_date_glued_to_the_stop_dates_the_sentence_before():
    got = _events("2001년 3월 회의가 열렸다. 장관은 이어 독일을 방문했다.(2001년 5월) 그 뒤 귀국했다.\n", "ko")
    assert got[1][1] == "2001-05-01"
    got = _events("2001年3月召開會議。部長隨後訪問德國。(2001年5月)其後回國。\n", "zh")
    assert got[1][1] == "2001-05-01"


def test_bracket_after_a_space_opens_its_own_sentence():
    # a bracket separated from the stop heads the next sentence; the one before keeps the date in force
    got = _events("2001년 3월 회의가 열렸다. 장관은 독일을 방문했다. (2001년 5월) 그 뒤 귀국했다.\n", "ko")
    assert got[1][1] == "2001-03-01"


def test_zh_respectively_hands_each_day_of_a_pair_to_its_act():
    text = ("1995年3月兩國開始談判。\n"
            "法國分別於4月2日和9日與英國和德國簽訂了條約。\n")
    rows = analyse(Document(id="t", text=text, lang="zh", format="text"))
    got = {(e.source, e.target): (e.date_start, e.date_precision) for e in rows.events}
    by_other = {next(iter({a, b} - {"FRA"})): v for (a, b), v in got.items() if "FRA" in (a, b)}
    assert by_other.get("GBR") == ("1995-04-02", "day")
    assert by_other.get("DEU") == ("1995-04-09", "day")


def test_zh_pair_of_days_without_respectively_stays_a_range():
    text = "1995年3月兩國開始談判。\n法國於4月2日和9日與英國和德國簽訂了條約。\n"
    rows = analyse(Document(id="t", text=text, lang="zh", format="text"))
    assert rows.events and all(e.date_precision == "range" for e in rows.events)


def test_ko_act_takes_the_date_before_its_verb_not_the_next_clause_one():
    text = "2003년 5월 러시아는 중국과 협정을 체결했지만 6월 2일에 일본을 비난했다.\n"
    rows = analyse(Document(id="t", text=text, lang="ko", format="text"))
    got = {e.category: e.date_start for e in rows.events}
    assert got.get("AGREE") == "2003-05-01"
    assert got.get("ACCUSE") == "2003-06-02"


def test_a_date_after_a_lead_word_dates_the_clauses_after_it():
    text = "2010年兩國關係得到改善;但在2014年,由于俄国入侵克里米亞,烏克蘭中斷了與俄羅斯的合作。\n"
    assert {d for _c, d in _dates(text, "zh")} == {"2014-01-01"}
    text = "Relations improved in 1995, but in 1997, Russia signed a treaty with Ukraine.\n"
    assert _dates(text, "en") == [("AGREE", "1997-01-01")]


def test_names_are_read_at_the_date_of_their_own_act():
    # 1990 reads Russia and Ukraine as the Soviet Union; the act of 1997 is between the two states
    text = "Relations improved in 1990, but in 1997, Russia signed a treaty with Ukraine.\n"
    rows = analyse(Document(id="t", text=text, lang="en", format="text"))
    assert [(e.category, e.source, e.target, e.date_start) for e in rows.events] == [
        ("AGREE", "RUS", "UKR", "1997-01-01")]


def test_a_disclosure_dates_its_sentence_but_leaves_the_narrative_date_in_force():
    text = ("In April 1982, the United States sided with Britain. "
            "In 2012, declassified files showed that Haig wanted to side with Argentina. "
            "The United States supplied Britain with missiles.\n")
    got = _events(text, "en")
    assert [d for _t, d in got] == ["1982-04-01", "2012-01-01", "1982-04-01"]
    got = _events("1950年中国与苏联签订条约。2012年解密的档案显示，苏联曾考虑撤军。苏联向中国提供贷款。\n", "zh")
    assert got[2][1] == "1950-01-01"
    got = _events("1950년 중국과 소련은 조약을 체결했다. 2012년 기밀 해제된 문서에 따르면 소련은 철수를 검토했다. "
                  "소련은 중국에 차관을 제공했다.\n", "ko")
    assert got[2][1] == "1950-01-01"
    got = _events("В 1950 году Китай и СССР подписали договор. В 2012 году рассекреченные документы показали, "
                  "что СССР рассматривал вывод войск. СССР предоставил Китаю кредит.\n", "ru")
    assert got[2][1] == "1950-01-01"


def test_a_later_report_without_disclosure_moves_the_date():
    got = _events("In 1982, the United States sided with Britain. In 2012, Argentina protested. "
                  "Britain rejected the protest.\n", "en")
    assert got[2][1] == "2012-01-01"


def test_a_year_recalled_inside_a_sentence_dates_it_but_not_the_sentences_after():
    text = ("The treaty was signed on 26 March 1979. "
            "It provided for the withdrawal from the Sinai, which Israel had captured in 1967. "
            "Egypt agreed to leave the area demilitarized.\n")
    got = _events(text, "en")
    assert [d for _t, d in got] == ["1979-03-26", "1967-01-01", "1979-03-26"]


def test_a_limit_after_the_act_does_not_date_it():
    # `the first … since 1979`: 1979 bounds the record; the visit is in March 2008
    got = _dates("In March 2008, the Iranian president became the first Iranian head of state to visit Iraq "
                 "since 1979.\n", "en")
    assert got == [("CONSULT", "2008-03-01")]
    got = _dates("In December 2010 Kazakhstan hosted talks with Russia, the first such summit since 1999.\n", "en")
    assert got and all(d == "2010-12-01" for _c, d in got)


def test_ko_a_starting_point_dates_the_act_that_began_then():
    got = _dates("러시아가 크림반도를 합병한 2014년부터 두 나라는 전쟁을 치르고 있으며, 2022년에는 러시아가 우크라이나를 "
                 "침공했다.\n", "ko")
    assert ("ASSAULT", "2022-01-01") in got and any(d == "2014-01-01" for _c, d in got)
