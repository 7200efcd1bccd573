"""The web UI in a real browser: Playwright driving Debian's Chromium over the ingested seeds.

Each test saves a screenshot under artifacts/. Skipped only when /usr/bin/chromium is missing.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium is not at /usr/bin/chromium "
                       "(apt-get install chromium)"),
]


@contextmanager
def serve(db: str | Path) -> Iterator[str]:
    """Run the app on a free loopback port in a thread; yields its base URL."""
    import uvicorn

    from dyad.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def base(seeds_store) -> Iterator[str]:
    with serve(seeds_store.path) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    requests: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("request", lambda r: requests.append(r.url))
    yield pg
    ctx.close()
    assert not errors, errors
    # offline: every script, style, font and image comes from the app itself
    outside = [u for u in requests if not u.startswith(("http://127.0.0.1:", "data:", "about:"))]
    assert not outside, outside


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"browser-{name}.png"), full_page=True)


def all_events(base: str, pair: str, params: dict) -> list[dict]:
    out, offset = [], 0
    while True:
        r = httpx.get(f"{base}/api/dyads/{pair}/events", params={**params, "limit": 500, "offset": offset}).json()
        out += r["events"]
        offset += 500
        if offset >= r["total"]:
            return out


def yearly(events: list[dict]) -> dict[int, int]:
    """Events per year as the curve counts them: dated to the year, neither denied nor negated."""
    c: Counter[int] = Counter()
    for e in events:
        if not e["date_start"] or e["factuality"] in ("denied", "negated"):
            continue
        days = (dt.date.fromisoformat(e["date_end"] or e["date_start"]) - dt.date.fromisoformat(e["date_start"])).days
        if days <= 366:
            c[int(e["date_start"][:4])] += 1
    return dict(c)


def test_overview_network_leads_to_the_dyad(page, base):
    page.goto(base + "/")
    assert page.locator("#by-lang").inner_text().count("ko") == 1
    node = page.locator('#network a[data-code="PRK"]')
    assert int(node.get_attribute("data-events")) > 0
    shot(page, "overview")
    node.click()
    page.wait_for_url("**/dyads/RUS-PRK")
    assert "North Korea" in page.locator("h1").inner_text()
    assert page.locator("#curve svg .bars a").count() > 0
    shot(page, "dyad")


def test_filters_update_list_and_chart_together(page, base):
    page.goto(base + "/dyads/RUS-PRK")
    cats = Counter(e["category"] for e in all_events(base, "RUS-PRK", {}) if (e["date_start"] or "") >= "2000")
    category = cats.most_common(1)[0][0]
    params = {"category": category, "date_from": "2000"}
    expected = all_events(base, "RUS-PRK", params)
    assert expected

    page.select_option("select[name=category]", category)
    page.fill("input[name=date_from]", "2000")
    page.press("input[name=date_from]", "Enter")
    page.wait_for_function(
        "([n]) => document.getElementById('timeline').dataset.total === String(n)"
        " && location.search.includes('date_from=2000')", arg=[len(expected)])
    page.wait_for_function("() => !document.getElementById('dyad').hasAttribute('aria-busy')")

    # the list: the first page of the API's events, in its order
    shown = [int(x) for x in page.locator("#timeline li[data-id]").evaluate_all("els => els.map(e => e.dataset.id)")]
    assert shown == [e["id"] for e in expected[:100]]
    assert set(page.locator("#timeline .cat").all_inner_texts()) == {category}
    # the chart: one bar per year, as many events as the API lists for that year
    bars = page.locator("#curve svg .bars a").evaluate_all(
        "els => els.map(e => [Number(e.dataset.year), Number(e.dataset.count)])")
    assert dict(bars) == yearly(expected)
    assert min(y for y, _ in bars) >= 2000
    assert "category=" + category in page.url
    shot(page, "dyad-filtered")

    # the same address without JavaScript's help renders the same list
    page.reload()
    shown_again = page.locator("#timeline li[data-id]").evaluate_all("els => els.map(e => Number(e.dataset.id))")
    assert shown_again == shown


def test_event_opens_its_sentence_highlighted(page, base):
    page.goto(base + "/dyads/RUS-PRK?category=AGREE")
    item = page.locator("#timeline li[data-id]").first
    event = httpx.get(f"{base}/api/events/{item.get_attribute('data-id')}").json()
    item.locator(".ev-quote a").click()
    page.wait_for_url("**/documents/**")
    sid = page.url.rsplit("#", 1)[1]
    assert sid == f"s{event['sentence']}" and event["doc"] in page.url
    target = page.locator(f"#{sid}")
    classes = target.get_attribute("class").split()
    assert {"ev", "current", "q-" + event["quad"]} <= set(classes)
    # the sentence as shown (markup residue removed) opens like the evidence quoted from the original
    assert target.inner_text().strip()[:8] in event["quote"]
    from playwright.sync_api import expect

    # scrolled into view (waits for the page's own scroll to settle; the anchor jump lands a sub-pixel above 0)
    expect(target).to_be_in_viewport(ratio=0.5)
    assert page.locator("nav.outline a").count() > 3
    shot(page, "document")


@pytest.mark.parametrize("query,lang,name", [("북한", "ko", "search-ko"), ("俄罗斯", "zh", "search-zh")])
def test_search_in_korean_and_chinese(page, base, query, lang, name):
    page.goto(base + "/search")
    page.fill("#q", query)
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=*")
    hits = page.locator("ol.hits li")
    assert hits.count() > 0
    assert lang in {h.get_attribute("lang") for h in hits.all()}
    assert query in page.locator("ol.hits mark").first.inner_text()
    assert page.locator("ul.actors").inner_text().split()[0] in ("PRK", "RUS")
    shot(page, name)


@pytest.mark.parametrize("name", ["북한", "朝鲜", "КНДР"])
def test_actor_box_resolves_names(page, base, name):
    page.goto(base + "/search")
    page.fill("#actor", name)
    page.press("#actor", "Enter")
    page.wait_for_url("**/search?*actor=*")
    first = page.locator("ul.actors li").first
    assert first.inner_text().startswith("PRK")
    first.locator("a", has_text="dyad").click()
    page.wait_for_url("**/dyads/RUS-PRK")


def test_api_docs_render_offline(page, base):
    page.goto(base + "/docs")
    page.wait_for_load_state("networkidle")
    ops = page.locator(".opblock-summary-path, .endpoint")
    ops.first.wait_for()
    paths = " ".join(ops.all_inner_texts())
    for p in ("/api/overview", "/api/dyads/{pair}/events", "/api/search"):
        assert p.replace("{", "").replace("}", "") in paths.replace("{", "").replace("}", "").replace("\u200b", "")
    shot(page, "api-docs")


HOSTILE = """<script>document.title = "pwned"; window.pwned = 1;</script> relations
Relations between Russia and Azerbaijan <img src=x onerror="window.pwned = 2"> are a test.
== History <script>window.pwned = 3</script> ==
In 2021, Russia signed a treaty with Azerbaijan <img src=x onerror="window.pwned = 4">.
See [the page](javascript:window.pwned=5) and <a href="javascript:window.pwned=6">this link</a>.
"""


@pytest.fixture(scope="module")
def hostile_base(tmp_path_factory) -> Iterator[str]:
    from dyad.pipeline import ingest
    from dyad.store import open_store

    d = tmp_path_factory.mktemp("hostile")
    (d / "en-test-hostile.txt").write_text(HOSTILE, encoding="utf-8")
    db = d / "hostile.db"
    with open_store(db) as store:
        report = ingest([d / "en-test-hostile.txt"], store)
        assert report.stored == 1, report.problems
    with serve(db) as url:
        yield url


def test_hostile_document_text_never_runs(page, hostile_base):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    doc = httpx.get(hostile_base + "/api/overview").json()
    assert doc["documents"]["total"] == 1
    urls = ["/documents/en-test-hostile", "/search?q=Azerbaijan", "/search?q=%3Cscript%3E", "/dyads", "/"]
    urls += [f"/dyads/{d['dyad']}" for d in httpx.get(hostile_base + "/api/dyads").json()["dyads"]]
    for url in urls:
        page.goto(hostile_base + url)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("() => window.pwned") is None, url
        assert page.title() != "pwned"
        assert page.locator("main img").count() == 0, url
        assert page.locator('main a[href^="javascript:" i]').count() == 0, url
        # the only script in a page body is the curve's data, as JSON (whose '<' are escaped)
        assert page.locator('main script:not([type="application/json"])').count() == 0, url
        for data in page.locator('main script[type="application/json"]').all():
            assert "<" not in data.inner_text()
        if url.startswith("/documents"):
            assert "<script>" in page.locator("article").inner_text()  # shown as text
            shot(page, "hostile-document")
    assert not dialogs


def test_bad_filter_shows_the_message(page, base):
    page.goto(base + "/dyads/RUS-PRK")
    total = page.locator("#timeline").get_attribute("data-total")
    page.fill("input[name=date_from]", "2024-13")
    page.press("input[name=date_from]", "Enter")
    page.wait_for_function("() => document.getElementById('filter-error').textContent.length > 0")
    assert "month 13" in page.locator("#filter-error").inner_text()
    assert page.locator("#timeline").get_attribute("data-total") == total  # the list is left as it was
