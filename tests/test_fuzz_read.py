"""Property tests: any bytes, any markup soup -> Documents or ReadError, maps in bounds and monotonic."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyad.model import Document
from dyad.read import FORMATS, ReadError, ReadProblem, read_file, read_path, strip_markup

EXTS = sorted(FORMATS)

# pieces of markup of every format, glued at random into hostile documents
PIECES = ["{{", "}}", "[[", "]]", "[", "]", "|", "||", "!!", "{|", "|}", "|-", "\n", "==", "=", "'''", "''",
          "<ref>", "</ref>", "<ref name=x/>", "<!--", "-->", "<nowiki>", "</nowiki>", "[http://x ", "File:",
          "Category:", ":", "*", "#", "&amp;", "&#x41;", "&nbsp;", "&bogus;", "&", "<", ">", "</", "<p>",
          "</p>", "<div class='navbox'>", "</div>", "<h2>", "</h2>", "<br>", "<table>", "<tr>", "<td>",
          "<th>", "<script>", "</script>", "<style>", '<a href="', '"', "'", "<b>", "</b>",
          '<div id="mw-content-text">', '<span class="mw-editsection">', "<sup class=reference>", "</sup>",
          "<title>", "</title>", "<html lang=ko>", "-{", "}-", "__TOC__", "----", " ", "\t", "\r\n",
          "서울", "北京", "Москва", "Seoul", "1990", ".", "\ufeff", "\x00", "\u00a0"]

markup = st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=60).map("".join)


def check(doc: Document) -> None:
    clean, omap, heads = strip_markup(doc)
    n = len(doc.text)
    last = 0
    for i in range(len(clean)):
        j = omap.orig(i)
        assert 0 <= j < n and j >= last
        assert j < omap.orig_end(i) <= n
        last = j
    if doc.format in ("txt", "jsonl"):
        assert clean == doc.text and heads == []
    prev = 0
    for a, b in heads:
        assert prev <= a < b <= len(clean)
        prev = b


def read_bytes(data: bytes, ext: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"doc{ext}"
        p.write_bytes(data)
        try:
            docs = read_file(p)
        except ReadError as e:
            assert e.message and "\n" not in e.message
            docs = []
        for doc in docs:
            assert isinstance(doc, Document) and doc.text
            check(doc)
        items = list(read_path(p))
        assert all(isinstance(x, Document | ReadProblem) for x in items)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400), ext=st.sampled_from(EXTS))
def test_random_bytes(data, ext):
    read_bytes(data, ext)


@settings(max_examples=300, deadline=None)
@given(text=markup, ext=st.sampled_from(EXTS),
       enc=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp949", "gb18030", "cp1251"]))
def test_markup_soup_in_any_encoding(text, ext, enc):
    read_bytes(text.encode(enc, errors="replace"), ext)


@settings(max_examples=500, deadline=None)
@given(text=markup, fmt=st.sampled_from(["wiki", "html", "txt", "jsonl"]))
def test_strip_markup_on_any_text(text, fmt):
    check(Document(id="x", text=text, format=fmt))


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(st.one_of(
    st.text(max_size=20),
    st.fixed_dictionaries({"id": st.text(max_size=5) | st.integers() | st.none(),
                           "text": st.text(max_size=20) | st.integers() | st.none()},
                          optional={"lang": st.text(max_size=3) | st.integers(), "title": st.text(max_size=5),
                                    "url": st.text(max_size=5) | st.none()}).map(
        lambda d: json.dumps(d, ensure_ascii=False))), max_size=8))
def test_jsonl_lines(lines):
    read_bytes("\n".join(lines).encode("utf-8"), ".jsonl")
