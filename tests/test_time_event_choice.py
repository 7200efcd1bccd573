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
