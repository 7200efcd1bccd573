"""zh text whose commas were stored as ASCII: a year after a comma is a date, and each clause keeps its own date."""

from dyad.model import Document
from dyad.pipeline import analyse
from dyad.time import tag


def test_a_year_after_an_ascii_comma_is_a_date_but_not_a_thousands_group():
    assert [t.text for t in tag("1996年,两国建立伙伴关系,2001年签署条约。", "zh")] == ["1996年", "2001年"]
    assert [t.text for t in tag("两国交往共有1,500年历史。", "zh")] == []


def test_each_clause_after_an_ascii_comma_takes_its_own_year():
    text = "1996年,中国与俄罗斯建立战略协作伙伴关系,2001年签署《中俄睦邻友好合作条约》,2019年提升两国关系。\n"
    rows = analyse(Document(id="t", text=text, lang="zh", format="text"))
    agree = sorted(e.date_start for e in rows.events if e.category == "AGREE")
    assert agree[:2] == ["1996-01-01", "2001-01-01"]
