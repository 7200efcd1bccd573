"""dyad.query over a synthetic store: filters, lineage matching, pages, timelines, index, network."""

from __future__ import annotations

import time

import pytest

from dyad import query
from dyad.query import EventFilter, format_date, parse_bound
from test_query_fixture import build_store, events


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = build_store(tmp_path_factory.mktemp("q") / "q.db")
    yield s
    s.close()


def test_timeline_matches_by_lineage_and_is_chronological(store):
    tl = query.timeline(store, "RUS", "PRK")
    dated = [e for e in tl if e["date_start"]]
    assert [e["date_start"] for e in dated] == sorted(e["date_start"] for e in dated)
    pairs = {(e["source"], e["target"]) for e in tl}
    # Soviet events and Joseon–Russian Empire (Joseon continues PRK by its second lineage) are in
    assert ("SUN", "PRK") in pairs and ("H.RUSEMP", "H.JOSEON") in pairs
    assert ("SUN", "KOR") not in pairs
    assert tl[0]["date"] == "1884" and tl[-1]["date_start"] is None  # undated last
    assert query.timeline(store, "PRK", "RUS") == tl  # order of the pair does not matter
    assert all(e["date_start"] for e in query.timeline(store, "RUS", "PRK", undated=False))


def test_dyad_of_historical_codes_is_the_lineage_dyad(store):
    a = [e["id"] for e in query.timeline(store, "RUS", "IRN")]
    b = [e["id"] for e in query.timeline(store, "H.RUSEMP", "H.PERSIA")]
    c = [e["id"] for e in query.timeline(store, "SUN", "IRN")]
    assert a == b == c and len(a) == 8
    kinds = {e["source"] for e in query.timeline(store, "RUS", "IRN")}
    assert {"H.RUSEMP", "SUN", "RUS", "IRN"} <= kinds


def test_korea_side_keeps_joseon(store):
    ids = {e["source"] + e["target"] for e in query.timeline(store, "RUS", "KOR")}
    assert "H.RUSEMPH.JOSEON" in ids and "SUNKOR" in ids and "SUNPRK" not in ids


def test_filters_combine(store):
    f = EventFilter(dyad="RUS-PRK", date_from="2019", date_to=2024)
    got = query.events(store, f, limit=None).items
    assert got and all("2019" <= e["date_start"][:4] <= "2024" for e in got)
    assert {e["category"] for e in query.events(store, f.replace(category="agree,consult"), limit=None).items} \
        == {"AGREE", "CONSULT"}
    mc = query.events(store, EventFilter(quad="material_conflict"), limit=None).items
    assert mc and all(e["quad"] == "material_conflict" for e in mc)
    rep = query.events(store, EventFilter(factuality=["reported"]), limit=None).items
    assert {e["factuality"] for e in rep} == {"reported"} and len(rep) == 2
    zh = query.events(store, EventFilter(lang="zh"), limit=None).items
    assert len(zh) == 3 and all(e["lang"] == "zh" for e in zh)
    assert query.count(store, EventFilter(topic="energy")) == 1
    assert query.count(store, EventFilter(actor="IGO.SCO")) == 1
    assert query.count(store, EventFilter(source="PRK", dyad="PRK-RUS")) == 5
    assert query.count(store, EventFilter(doc="ru-test-notes")) == 1


def test_date_range_overlap(store):
    # a decade-precise event (1950s) overlaps 1955; a range 1804–1813 overlaps 1810
    assert query.count(store, EventFilter(dyad="RUS-PRK", date_from=1955, date_to=1955)) == 1
    assert query.count(store, EventFilter(dyad="RUS-IRN", date_from="1810-05", date_to="1810-05")) == 1
    assert query.count(store, EventFilter(date_from="2024-06-19", date_to="2024-06-19")) == 2  # the day and the year


def test_free_text_over_quote_folds_case_in_any_script(store):
    assert query.count(store, EventFilter(q="россия декларацию")) == 1
    assert query.count(store, EventFilter(q="OIL-FOR-GOODS")) == 1
    assert query.count(store, EventFilter(q="평양")) == 2
    assert query.count(store, EventFilter(q="평양 예정")) == 1
    assert query.count(store, EventFilter(q="'; DROP TABLE events; --")) == 0
    assert query.count(store) == len(events())  # the table is still there


@pytest.mark.parametrize("bad", [
    {"date_from": "2019-13"}, {"date_from": "19x9"}, {"date_to": "2023-02-30"}, {"date_from": 2024, "date_to": 2019},
    {"quad": "coop"}, {"category": "HUG"}, {"factuality": "maybe"}, {"dyad": "RUS"}, {"dyad": "RUS-P!K"},
    {"topic": "sports"}, {"min_confidence": 2},
])
def test_malformed_filters_raise_value_error(store, bad):
    with pytest.raises(ValueError) as exc:
        query.events(store, EventFilter(**bad))
    assert str(exc.value)


def test_parse_bound_messages():
    assert parse_bound("2019") == "2019-01-01"
    assert parse_bound("2019", end=True) == "2019-12-31"
    assert parse_bound("2024-02", end=True) == "2024-02-29"
    assert parse_bound("2010s", end=True) == "2019-12-31"
    assert parse_bound("913") == "0913-01-01"
    with pytest.raises(ValueError, match="YYYY"):
        parse_bound("June 2019")
    with pytest.raises(ValueError, match="no day 31"):
        parse_bound("2019-04-31")


def test_pagination_and_total(store):
    f = EventFilter(dyad="RUS-PRK")
    total = query.count(store, f)
    pages = [query.events(store, f, limit=5, offset=o) for o in range(0, total, 5)]
    assert all(p.total == total for p in pages)
    ids = [e["id"] for p in pages for e in p.items]
    assert len(ids) == len(set(ids)) == total
    assert ids == [e["id"] for e in query.timeline(store, "RUS", "PRK")]
    assert query.events(store, f, limit=5, offset=total).items == []
    newest = query.events(store, f, limit=1, order="-date").items[0]
    assert newest["date_start"] == "2025-01-01"
    with pytest.raises(ValueError):
        query.events(store, f, order="date; DROP TABLE events")
    with pytest.raises(ValueError):
        query.events(store, f, limit=-1)


def test_event_by_id_with_context(store):
    first = query.timeline(store, "RUS", "IRN")[1]
    e = query.event(store, first["id"], context=20)
    assert e["quote"] == first["quote"] and e["url"].startswith("https://en.wikipedia.org")
    assert len(e["before"]) <= 20 and len(e["after"]) <= 20 and e["span"][1] > e["span"][0]
    assert query.event(store, 10**9) is None


def test_dyads_counts(store):
    ds = {d["dyad"]: d for d in query.dyads(store)}
    assert ds["PRK-RUS"]["events"] == 17
    assert ds["IRN-RUS"]["events"] == 8 and ds["IRN-RUS"]["first"] == "1521-01-01"
    assert ds["AZE-RUS"]["documents"] == 2
    assert ds["KOR-RUS"]["events"] == 2
    d = ds["PRK-RUS"]
    assert sum(d[q] for q in ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")) == 17


def test_index_shows_rapprochement(store):
    curve = query.index(store, "RUS", "PRK", by="year")
    by = {p["period"]: p for p in curve["periods"]}
    assert by[2016]["net_coop"] == -1 and by[2017]["net_coop"] == -1
    assert all(by[y]["net_coop"] == 1 for y in (2022, 2023, 2024))
    assert by[2024]["events"] == 2  # the denied event is left out
    assert 1950 not in by and curve["coarse"] == 1  # the 1950s are not a year
    assert curve["undated"] == 1
    assert by[2017]["mean_intensity"] == -6 and by[2017]["goldstein"] == -6
    assert "net_coop" in curve["definition"]
    dec = {p["label"]: p for p in query.index(store, "RUS", "PRK", by="decade")["periods"]}
    assert dec["1950s"]["material_coop"] == 1 and dec["2010s"]["net_coop"] < 0 < dec["2020s"]["net_coop"]
    filled = query.index(store, "RUS", "PRK", by="year", fill=True)["periods"]
    years = [p["period"] for p in filled]
    assert years == list(range(years[0], years[-1] + 1))
    assert next(p for p in filled if p["period"] == 2020)["net_coop"] is None
    # a range of ten years is known to the decade (and counted at its start), not to the year
    rus_irn = {p["label"]: p for p in query.index(store, "RUS", "IRN", by="decade")["periods"]}
    assert rus_irn["1800s"]["material_conflict"] == 1
    with pytest.raises(ValueError):
        query.index(store, "RUS", "PRK", by="week")


def test_network_focus_nodes_and_catalog(store):
    net = query.network(store)
    assert net["focus"] == "RUS"  # in all three documents with a dyad
    nodes = {n["id"]: n for n in net["nodes"]}
    assert nodes["PRK"]["events"] == 17 and nodes["PRK"]["catalog"] and not nodes["PRK"]["catalog_only"]
    assert nodes["IRN"]["events"] == 8 and not nodes["IRN"]["catalog"]
    assert nodes["BLR"]["catalog_only"] and nodes["BLR"]["events"] == 0
    assert nodes["CHN"]["catalog_only"]
    group = nodes["group:북중러"]
    assert group["kind"] == "group" and set(group["members"]) == {"PRK", "CHN"}
    assert "RUS" not in nodes  # the Soviet Union of the catalog is the focus itself
    assert {e["target"] for e in net["edges"]} == {n for n, v in nodes.items() if v["events"]}
    iran = query.network(store, focus="IRN")
    inodes = {n["id"]: n for n in iran["nodes"]}
    assert inodes["RUS"]["events"] == 8 and inodes["IGO.SCO"]["kind"] == "org"
    assert not any(n["catalog_only"] for n in iran["nodes"])
    recent = {n["id"]: n for n in query.network(store, "RUS", EventFilter(date_from=2019))["nodes"]}
    assert recent["PRK"]["events"] == 8


def test_overview(store):
    ov = query.overview(store)
    assert ov["documents"] == 4 and ov["documents_by_lang"]["ko"] == 1
    assert sum(ov["events_by_quad"].values()) == ov["events"] == len(events())
    assert ov["undated"] == 1 and ov["first_date"] == "1521-01-01"
    assert ov["dyads"] == len(query.dyads(store))


@pytest.mark.parametrize("args,want", [
    (("2024-06-19", "2024-06-19", "day"), "2024-06-19"),
    (("2024-06-01", "2024-06-30", "month"), "2024-06"),
    (("2024-01-01", "2024-12-31", "year"), "2024"),
    (("2020-01-01", "2029-12-31", "decade"), "2020s"),
    (("1800-01-01", "1899-12-31", "century"), "19th c."),
    (("2000-01-01", "2099-12-31", "century"), "21st c."),
    (("1804-01-01", "1813-12-31", "range"), "1804–1813"),
    (("0800-01-01", "1099-12-31", "range"), "9th–11th c."),
    (("2024-06-18", "2024-06-19", "range"), "2024-06-18–19"),
    (("2010-01-01", "2016-12-31", "range"), "2010–2016"),
    (("2024-03-01", "2024-05-31", "season"), "2024 spring"),
    (("2023-12-01", "2024-02-29", "season"), "2023/24 winter"),
    (("2024-04-01", "2024-06-30", "season"), "2024 Q2"),
    (("2024-07-01", "2024-12-31", "season"), "2024 H2"),
    (("0913-01-01", "0913-12-31", "year"), "0913"),
    ((None, None, None), ""),
])
def test_format_date(args, want):
    assert format_date(*args) == want


def test_queries_are_fast_on_a_larger_store(tmp_path):
    """20,000 events: a filtered page with its total and a yearly curve stay well under a second."""
    from dyad.store.events_sql import insert_rows
    from test_query_fixture import DOCUMENTS

    s = build_store(tmp_path / "big.db")
    base = events()
    many = []
    for i in range(20000):
        e = dict(base[i % len(base)])
        if e["date_start"]:
            y = 1900 + i % 125
            e["date_start"] = f"{y:04d}" + e["date_start"][4:]
            e["date_end"] = f"{y:04d}" + e["date_end"][4:]
        many.append(e)
    insert_rows(s.conn, [], many)
    assert len(DOCUMENTS) == 4
    t = time.perf_counter()
    page = query.events(s, EventFilter(dyad="RUS-PRK", date_from=1950, date_to=2000, q="러시아"), limit=50)
    curve = query.index(s, "RUS", "PRK", by="year")
    net = query.network(s)
    elapsed = time.perf_counter() - t
    s.close()
    assert page.total > 50 and len(page.items) == 50 and curve["periods"] and net["nodes"]
    assert elapsed < 1.5, elapsed
