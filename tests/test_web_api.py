"""JSON API and server-rendered pages over a small hand-written store (FastAPI TestClient)."""

from __future__ import annotations

import csv
import io
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from dyad.web import create_app
from test_web_support import EVIL, build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db), raise_server_exceptions=False)


def ids(res) -> list[int]:
    return [e["id"] for e in res.json()["events"]]


# ---- overview and network ---------------------------------------------------------------------

def test_overview_counts_and_network(client):
    o = client.get("/api/overview").json()
    assert o["documents"]["total"] == 4
    assert o["documents"]["by_lang"] == {"en": 2, "ko": 1, "zh": 1}
    assert o["events"]["total"] == 10
    assert sum(o["events"]["by_quad"].values()) == 10 and o["events"]["by_quad"]["material_conflict"] == 1
    assert o["focus"] == "RUS"  # every document involves Russia
    nodes = {n["id"]: n for n in o["network"]["nodes"]}
    assert nodes["PRK"]["events"] == 6 and nodes["IRN"]["events"] == 3 and nodes["AZE"]["events"] == 1
    assert nodes["PRK"]["href"] == "/dyads/RUS-PRK"
    # from the navigation box only: no events, shown apart
    assert nodes["CHN"]["events"] == 0 and nodes["CHN"]["catalog_only"]
    assert nodes["BLR"]["catalog_only"]
    groups = [n for n in o["network"]["nodes"] if n["group"]]
    assert groups and set(groups[0]["members"]) == {"PRK", "CHN"}


def test_overview_focus(client):
    o = client.get("/api/overview?focus=prk").json()
    assert o["focus"] == "PRK"
    assert [n["id"] for n in o["network"]["nodes"] if n["events"]] == ["RUS"]
    assert client.get("/api/overview?focus=ZZZ").status_code == 404
    r = client.get("/api/overview?focus=not a code")
    assert r.status_code == 422 and "actor code" in r.json()["detail"]


def test_overview_page_links_every_node(client):
    html = client.get("/").text
    for code in ("PRK", "IRN", "AZE", "CHN", "BLR"):
        assert f'href="/dyads/RUS-{code}"' in html
    assert 'id="catalog-only"' in html and "Belarus" in html
    assert "<td>ko</td>" in html  # documents per language


def test_dyads(client):
    r = client.get("/api/dyads").json()
    assert r["total"] == 3
    assert [d["dyad"] for d in r["dyads"]] == ["PRK-RUS", "IRN-RUS", "AZE-RUS"]
    assert client.get("/api/dyads?limit=1&offset=1").json()["dyads"][0]["dyad"] == "IRN-RUS"
    assert 'href="/dyads/PRK-RUS"' in client.get("/dyads").text


# ---- dyad events and curve ---------------------------------------------------------------------

def test_dyad_events_and_dates_at_their_precision(client):
    r = client.get("/api/dyads/RUS-PRK/events").json()
    assert r["total"] == 6 and r["dyad"] == "RUS-PRK"
    dates = [e["date"] for e in r["events"]]
    assert dates == ["2000-07", "2016", "2019-04", "2020s", "2024-06-19", "2024-10"] or \
        set(dates) >= {"2000-07", "2019-04", "2020s", "2024-06-19", "2024-10"}
    e = next(e for e in r["events"] if e["date"] == "2024-06-19")
    assert e["category"] == "AGREE" and e["lang"] == "ko" and "조약" in e["quote"]
    assert e["href"].startswith("/documents/ko-test-prk-rus?s=") and e["href"].endswith(f"#s{e['sentence']}")
    # the pair in either order, in any case
    assert ids(client.get("/api/dyads/PRK-RUS/events")) == ids(client.get("/api/dyads/rus-prk/events"))


@pytest.mark.parametrize("query,expected", [
    ("category=AGREE", 1),
    ("category=agree,consult", 4),
    ("quad=material_coop", 2),
    ("factuality=reported", 1),
    ("lang=zh", 1),
    ("date_from=2024", 3),  # the 2020s event overlaps 2024
    ("date_from=2019&date_to=2019-12", 1),
    ("date_to=2010s", 2),
    ("q=조약", 1),
    ("category=CONSULT&lang=ko&date_from=2010", 1),
])
def test_dyad_filters(client, query, expected):
    r = client.get(f"/api/dyads/RUS-PRK/events?{query}")
    assert r.status_code == 200, r.text
    assert r.json()["total"] == expected == len(r.json()["events"])


def test_lineage_reaches_historical_polities(client):
    r = client.get("/api/dyads/RUS-IRN/events").json()
    first = r["events"][0]
    assert (first["source"], first["target"], first["date"]) == ("H.PERSIA", "H.RUSEMP", "1828")


def test_paging(client):
    all_ids = ids(client.get("/api/dyads/RUS-PRK/events"))
    page = client.get("/api/dyads/RUS-PRK/events?limit=2&offset=2").json()
    assert page["total"] == 6 and [e["id"] for e in page["events"]] == all_ids[2:4]
    html = client.get("/dyads/RUS-PRK?limit=2").text
    assert 'rel="next"' in html and "offset=2" in html


def test_index_curve(client):
    idx = client.get("/api/dyads/RUS-PRK/index").json()
    periods = {p["period"]: p for p in idx["periods"]}
    assert periods[2024]["events"] == 2 and periods[2024]["verbal_coop"] == 1
    assert periods[2024]["material_coop"] == 1 and periods[2024]["net_coop"] == 1.0
    assert 2010 not in periods
    assert idx["coarse"] == 1  # the 2020s event is in the timeline, not on a yearly curve
    assert idx["charted"] == 5
    idx = client.get("/api/dyads/RUS-PRK/index?category=CONSULT").json()
    assert idx["charted"] == 3


def test_dyad_page_without_javascript(client):
    html = client.get("/dyads/RUS-PRK?category=AGREE").text
    assert 'id="y2024"' in html and "2024-06-19" in html and "조약" in html
    assert "2000-07" not in html.split('id="timeline"')[1]  # filtered out of the list
    assert '<option selected>AGREE</option>' in html
    assert "<noscript>" in html  # the curve as a table
    html = client.get("/dyads/RUS-PRK").text
    assert 'id="y2020s"' in html  # decade-precise events grouped under their decade


def test_unknown_actor_known_pair_without_events(client):
    r = client.get("/api/dyads/RUS-CHN/events")
    assert r.status_code == 200 and r.json()["total"] == 0
    assert client.get("/dyads/RUS-CHN").status_code == 200


def test_csv_download(client):
    r = client.get("/api/dyads/RUS-PRK/events.csv?category=CONSULT")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert 'filename="dyad-RUS-PRK.csv"' in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 3 and {x["category"] for x in rows} == {"CONSULT"}
    assert client.get("/api/dyads/RUS-PRK/events?format=csv").text.count("\n") == 7


# ---- events, documents, search ------------------------------------------------------------------

def test_event(client):
    e = client.get("/api/events/3").json()
    assert e["id"] == 3 and e["date"] == "2024-06-19" and "before" in e
    r = client.get("/events/3", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == e["href"]


def test_document(client):
    d = client.get("/api/documents/ko-test-prk-rus").json()
    assert d["title"] == "북한-러시아 관계" and d["event_count"] == 5
    assert [n["title"] for n in d["outline"]] == ["1. 역사", "2. 2020년대", "3. 같이 보기"]
    with_events = [s for s in d["sentences"] if s["events"]]
    assert len(with_events) == 5
    assert client.get("/api/documents/ko-test-prk-rus?limit=3&offset=2").json()["sentences"][0]["index"] == 2
    html = client.get("/documents/ko-test-prk-rus?s=5").text
    assert re.search(r'class="s ev q-verbal_coop current" id="s5"', html)
    assert 'href="#sec1"' in html


def test_search_across_languages(client):
    r = client.get("/api/search?q=북한").json()
    assert r["hits"] and {h["doc"] for h in r["hits"]} == {"ko-test-prk-rus"}
    assert r["actors"][0]["code"] == "PRK" and r["actors"][0]["dyad"] == "/dyads/RUS-PRK"
    r = client.get("/api/search?q=朝鲜").json()
    assert {h["doc"] for h in r["hits"]} == {"zh-test-prk-rus"}
    assert any(p["match"] and p["text"] == "朝鲜" for p in r["hits"][0]["marked"])
    for name in ("북한", "朝鲜", "КНДР", "North Korea"):
        assert client.get("/api/search", params={"actor": name}).json()["actors"][0]["code"] == "PRK"
    html = client.get("/search?q=조약").text
    assert "<mark>조약</mark>" in html
    assert client.get("/api/search?q=treaty&lang=en").json()["hits"][0]["lang"] == "en"


# ---- bad parameters: 4xx with a message, never a 500 ---------------------------------------------

@pytest.mark.parametrize("url,status,message", [
    ("/api/dyads/RUS-ZZZ/events", 404, "unknown actor"),
    ("/api/dyads/RUSPRK/events", 404, "not a dyad"),
    ("/api/dyads/RUS-RUS/events", 404, "same actor"),
    ("/api/dyads/RUS-PRK-CHN/index", 404, "not a dyad"),
    ("/api/dyads/RUS-PRK/events?date_from=2024-13", 422, "month 13"),
    ("/api/dyads/RUS-PRK/events?date_from=yesterday", 422, "malformed date"),
    ("/api/dyads/RUS-PRK/events?date_from=2024-02-30", 422, "no day 30"),
    ("/api/dyads/RUS-PRK/events?date_from=2025&date_to=2020", 422, "before it starts"),
    ("/api/dyads/RUS-PRK/index?category=HUG", 422, "unknown category"),
    ("/api/dyads/RUS-PRK/events?quad=warm", 422, "unknown quad"),
    ("/api/dyads/RUS-PRK/events?offset=-1", 422, "offset"),
    ("/api/dyads/RUS-PRK/events?limit=0", 422, "limit"),
    ("/api/dyads/RUS-PRK/events?limit=100000", 422, "limit"),
    ("/api/dyads/RUS-PRK/events?format=xml", 422, "format"),
    ("/api/events/0", 422, "event_id"),
    ("/api/events/abc", 422, "event_id"),
    ("/api/events/99999", 404, "no event"),
    ("/api/documents/nope", 404, "no document"),
    ("/api/search?lang=english", 422, "lang"),
    ("/api/search?q=" + "x" * 300, 422, "q"),
    ("/api/dyads?offset=-5", 422, "offset"),
])
def test_bad_parameters(client, url, status, message):
    r = client.get(url)
    assert r.status_code == status, r.text
    assert message in r.json()["detail"]


@pytest.mark.parametrize("url,status", [
    ("/dyads/RUS-ZZZ", 404), ("/dyads/RUS-PRK?date_to=2024-99", 422), ("/dyads/RUS-PRK?offset=-1", 422),
    ("/documents/nope", 404), ("/events/99999", 404), ("/?focus=ZZZ", 404), ("/nowhere", 404),
])
def test_bad_parameters_on_pages_are_html(client, url, status):
    r = client.get(url)
    assert r.status_code == status and r.headers["content-type"].startswith("text/html")
    assert 'class="error"' in r.text


# ---- safety: document text never becomes markup -----------------------------------------------------

@pytest.mark.parametrize("url", ["/documents/en-test-evil", "/dyads/AZE-RUS", "/search?q=hostile",
                                 "/search?q=%3Cscript%3E", "/dyads", "/"])
def test_untrusted_text_is_escaped(client, url):
    html = client.get(url).text
    assert "<script>document.title" not in html and "<img src=x" not in html
    assert "<b>Evil</b>" not in html and "<i>Section</i>" not in html
    assert 'href="javascript:' not in html.lower()
    if "evil" in url or "AZE" in url:
        assert "&lt;script&gt;" in html


def test_document_url_only_linked_when_http(client):
    html = client.get("/documents/en-test-evil").text
    assert "javascript:alert" not in html
    assert 'href="https://example.org/ko"' in client.get("/documents/ko-test-prk-rus").text


def test_evil_json_is_data(client):
    d = client.get("/api/documents/en-test-evil").json()
    assert EVIL in d["title"]  # kept as data, escaped only when shown


# ---- offline: no CDN --------------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["/", "/dyads", "/dyads/RUS-PRK", "/documents/ko-test-prk-rus", "/search?q=x",
                                 "/docs", "/docs/plain"])
def test_every_asset_is_served_locally(client, url):
    html = client.get(url).text
    refs = re.findall(r'(?:src|href)=["\']?([^"\'\s>]+)', html) + re.findall(r"url:\s*'([^']+)'", html)
    for ref in refs:
        if ref.startswith(("http://", "https://", "//")):
            assert ref.startswith(("https://example.org/",)), f"{url} loads {ref}"
    for asset in re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html):
        assert asset.startswith("/"), asset
        assert client.get(asset).status_code == 200, asset


def test_openapi_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/overview", "/api/dyads", "/api/dyads/{pair}/events", "/api/dyads/{pair}/index",
              "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/search"):
        assert p in paths
    assert "date_from" in client.get("/docs/plain").text


# ---- dyad serve ---------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_command(db):
    exe = Path(sys.executable).parent / "dyad"
    port = _free_port()
    proc = subprocess.Popen([str(exe), "serve", "--db", str(db), "--port", str(port)], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}/"
        for _ in range(100):
            try:
                r = httpx.get(url + "api/dyads", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert r.status_code == 200 and r.json()["total"] == 3
    finally:
        proc.terminate()
        out = proc.communicate(timeout=10)[0]
    assert url in out


def test_serve_without_store(tmp_path):
    exe = Path(sys.executable).parent / "dyad"
    r = subprocess.run([str(exe), "serve", "--db", str(tmp_path / "none.db")], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2 and "dyad ingest" in r.stderr


def test_document_ids_with_slashes_and_spaces_open(tmp_path):
    import json as _json

    from fastapi.testclient import TestClient

    from dyad.pipeline import ingest
    from dyad.store import open_store
    from dyad.web import create_app

    line = {"id": "en/a b", "title": "A b", "lang": "en", "text": "Russia and Iran signed a treaty in 2001."}
    (tmp_path / "d.jsonl").write_text(_json.dumps(line) + "\n", encoding="utf-8")
    db = tmp_path / "k.db"
    with open_store(db) as store:
        ingest([tmp_path / "d.jsonl"], store)
    client = TestClient(create_app(db))
    r = client.get("/api/documents/en%2Fa%20b")
    assert r.status_code == 200 and "en/a b" in r.text
    assert client.get("/documents/en%2Fa%20b").status_code == 200
