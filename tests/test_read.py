"""Readers: formats, encodings, bad input, offset maps, the shared corpus."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from dyad.model import Document
from dyad.read import ReadError, ReadProblem, read_file, read_path, strip, strip_markup
from dyad.read.encoding import decode_bytes
from dyad.read.errors import DecodeError

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
KO = "대한민국과 러시아는 1990년 9월 30일 수교하였다. 두 나라의 정상이 서울에서 만났다."
ZH = "中华人民共和国与苏联于上海签订了友好条约，双方同意发展经济合作。"
RU = "Россия и Китай подписали договор о дружбе в Москве в 2001 году."


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        p.write_text(data, encoding="utf-8")
    else:
        p.write_bytes(data)
    return p


def check_map(doc: Document) -> tuple[str, list[tuple[int, int]]]:
    """Every clean character maps, in order, to the original character it came from."""
    clean, omap, heads = strip_markup(doc)
    orig = doc.text
    last = 0
    for i, c in enumerate(clean):
        j = omap.orig(i)
        k = omap.orig_end(i)
        assert 0 <= j < len(orig) and j < k <= len(orig), (i, j, k)
        assert j >= last, f"map goes backwards at clean {i}"
        last = j
        if c == orig[j]:
            continue
        src = orig[j:k]
        # a replaced piece: an entity, collapsed whitespace / a tag made a break, `_` shown as a space
        assert (src.startswith("&") or c in " \n|" or (c == " " and src == "_")), (i, c, src)
    for a, b in heads:
        assert 0 <= a < b <= len(clean) and "\n" not in clean[a:b] and clean[a:b] == clean[a:b].strip()
    return clean, heads


# -- formats -------------------------------------------------------------------------


def test_txt_is_read_verbatim(tmp_path):
    p = write(tmp_path, "ko-note.txt", KO + "\n둘째 줄\n")
    [doc] = read_file(p)
    assert (doc.id, doc.format, doc.text, doc.title, doc.lang) == ("ko-note", "txt", KO + "\n둘째 줄\n", "", "")
    clean, omap, heads = strip_markup(doc)
    assert clean == doc.text and heads == [] and omap.orig(5) == 5


def test_utf8_bom_is_removed_before_offsets(tmp_path):
    p = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + "Hello 서울".encode())
    assert read_file(p)[0].text == "Hello 서울"


WIKI = """{{Infobox country|name=Foo|capital=[[Bar]]|note={{nested|x}}}}
'''Foo''' is a ''country''<ref name="a">{{cite web|url=x}}</ref> in [[Europe|western Europe]].<ref name=b/>
== History ==
=== Early era ===
In 1990, [http://example.com the treaty] was signed &amp; ratified.[http://x.org] See [[New_York]].
[[File:Map.png|thumb|A map with [[link]]]]
* item ''two''
{| class="wikitable"
|-
! Year !! Event
|-
| style="color:red" | 1991 || War
|}
<!-- hidden -->Text after comment.
[[Category:Countries]]
[[de:Foo]]
"""


def test_wikitext(tmp_path):
    [doc] = read_file(write(tmp_path, "foo.wiki", WIKI))
    assert doc.format == "wiki" and doc.text == WIKI
    clean, heads = check_map(doc)
    lines = clean.split("\n")
    assert lines[0] == "Foo is a country in western Europe."
    assert [clean[a:b] for a, b in heads] == ["History", "Early era"]
    assert strip(doc).levels == [2, 3]
    assert "In 1990, the treaty was signed & ratified. See New York." in lines
    assert "item two" in lines
    assert lines[lines.index("Year"):lines.index("War") + 1] == ["Year", "Event", "1991", "War"]
    for junk in ("{{", "}}", "[[", "]]", "<ref", "cite", "thumb", "Category", "de:Foo", "hidden", "'''", "=="):
        assert junk not in clean
    assert clean.endswith("Text after comment.")


def test_wikitext_offsets_point_at_the_source():
    doc = Document(id="x", text="== A ==\nSee [[Seoul|the capital]] &mdash; [[Busan]].", format="wiki")
    clean, omap, heads = strip_markup(doc)
    assert clean == "A\nSee the capital — Busan."
    i = clean.index("capital")
    assert doc.text[omap.orig(i):omap.orig(i) + 7] == "capital"
    i = clean.index("—")
    assert omap.span(i, i + 1) == (doc.text.index("&mdash;"), doc.text.index("&mdash;") + 7)
    assert [clean[a:b] for a, b in heads] == ["A"]


def test_wikitext_unbalanced_markup_stays_text():
    doc = Document(id="x", text="a {{b [[c d ]] e }} f }} g [[h", format="wiki")
    clean, _ = check_map(doc)
    assert clean == "a f }} g [[h"


HTML = """<!DOCTYPE html><html lang="ko-KR"><head><title>대한민국 - 위키백과</title>
<style>.x{color:red}</style><script>var menu = "Main page";</script></head><body>
<div id="mw-navigation"><ul><li>Main page</li><li>Donate</li><li>Log in</li></ul></div>
<div id="mw-content-text"><div class="mw-parser-output">
<h2><span class="mw-headline">History</span><span class="mw-editsection">[edit]</span></h2>
<p>In 1990 the two states <b>signed</b> a treaty&nbsp;in&#160;Seoul &amp; Moscow.<sup class="reference">[1]</sup></p>
<table class="infobox"><tr><th>Capital</th><td>Seoul</td></tr><tr><th>Area</th><td>100&nbsp;km²</td></tr></table>
<ul><li>First item</li><li>Second<br>line</li></ul>
<div class="navbox">Navigation junk</div>
<div class="reflist"><ol class="references"><li>A cited book</li></ol></div>
</div></div>
<div id="footer">Privacy policy</div></body></html>"""


def test_html_main_text_only(tmp_path):
    [doc] = read_file(write(tmp_path, "page.html", HTML))
    assert (doc.id, doc.format, doc.title, doc.lang) == ("page", "html", "대한민국", "ko")
    assert doc.text == HTML
    clean, heads = check_map(doc)
    assert clean.split("\n") == [
        "History",
        "In 1990 the two states signed a treaty in Seoul & Moscow.",
        "Capital | Seoul",
        "Area | 100 km²",
        "First item",
        "Second",
        "line",
    ]
    assert [clean[a:b] for a, b in heads] == ["History"]


def test_html_without_wikipedia_markers_uses_main_or_body(tmp_path):
    page = ("<html><body><nav>Home | About</nav><header>Site</header><main><h1>Title</h1><p>Body text."
            "</p></main><footer>Copyright</footer></body></html>")
    [doc] = read_file(write(tmp_path, "plain.htm", page))
    clean, heads = check_map(doc)
    assert clean == "Title\nBody text." and doc.title == "Title"
    page2 = "<p>Just <i>a</i> paragraph<p>and another"
    [doc2] = read_file(write(tmp_path, "bare.html", page2))
    assert check_map(doc2)[0] == "Just a paragraph\nand another"


def test_jsonl(tmp_path):
    lines = [
        json.dumps({"id": "a", "title": "T", "lang": "ko", "text": KO, "url": "https://x", "extra": 1},
                   ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b", "title": "No text"}),
        json.dumps({"text": "no id"}),
        "",
        json.dumps({"id": "c", "lang": "zh", "text": ZH}, ensure_ascii=False),
        json.dumps({"id": "a", "text": "again"}),
        "[1, 2]",
    ]
    p = write(tmp_path, "docs.jsonl", "\n".join(lines) + "\n")
    items = list(read_path(p))
    docs = [x for x in items if isinstance(x, Document)]
    probs = [x for x in items if isinstance(x, ReadProblem)]
    assert [(d.id, d.lang, d.title, d.url, d.format) for d in docs] == [
        ("a", "ko", "T", "https://x", "jsonl"), ("c", "zh", "", None, "jsonl")]
    assert docs[0].text == KO
    assert [x.path for x in probs] == [f"{p}:{n}" for n in (2, 3, 4, 7, 8)]
    assert "invalid JSON" in probs[0].message and "'text'" in probs[1].message and "'id'" in probs[2].message
    assert "duplicate" in probs[3].message
    problems: list[ReadProblem] = []
    assert [d.id for d in read_file(p, problems)] == ["a", "c"] and len(problems) == 5
    clean, omap, heads = strip_markup(docs[0])
    assert clean == KO and heads == []


def test_jsonl_with_no_valid_line_is_an_error(tmp_path):
    p = write(tmp_path, "bad.jsonl", '{"id": 1}\n{"title": "x"}\n')
    with pytest.raises(ReadError, match="no valid JSONL document"):
        read_file(p)


def test_folder_recursive_sorted_hidden_and_unknown(tmp_path):
    write(tmp_path, "b.txt", "second")
    write(tmp_path, "a.txt", "first")
    write(tmp_path, "sub/c.wiki", "== third ==")
    write(tmp_path, ".hidden.txt", "secret")
    write(tmp_path, ".git/x.txt", "secret")
    write(tmp_path, "SOURCES.md", "# docs")
    write(tmp_path, "data.csv", "a,b")
    items = list(read_path(tmp_path))
    assert [x.id for x in items if isinstance(x, Document)] == ["a", "b", "c"]
    [prob] = [x for x in items if isinstance(x, ReadProblem)]
    assert prob.path.endswith("data.csv") and "unsupported format '.csv'" in prob.message
    assert str(prob).startswith(str(tmp_path)) and "\n" not in str(prob)


# -- encodings -----------------------------------------------------------------------


@pytest.mark.parametrize("text,enc", [
    (KO, "cp949"), (KO, "euc-kr"), (ZH, "gb18030"), (ZH, "gbk"), (RU, "cp1251"),
    (KO, "utf-16"), (ZH, "utf-16"), (KO, "utf-16-be"), (ZH + KO, "utf-8"), (ZH + KO, "utf-8-sig"),
    (KO + ZH, "utf-32"),
])
def test_encodings(tmp_path, text, enc):
    data = text.encode(enc)
    if enc == "utf-16-be":
        data = b"\xfe\xff" + data
    [doc] = read_file(write(tmp_path, "doc.txt", data))
    assert doc.text == text


def test_utf16_without_bom_is_detected():
    assert decode_bytes("Seoul 서울 1990".encode("utf-16-le")) == "Seoul 서울 1990"


def test_html_meta_charset_is_a_hint(tmp_path):
    page = f'<html><head><meta charset="euc-kr"></head><body><p>{KO}</p></body></html>'
    [doc] = read_file(write(tmp_path, "k.html", page.encode("euc-kr")))
    assert strip_markup(doc)[0] == KO


def test_undecodable_bytes_are_a_clear_error():
    with pytest.raises(DecodeError, match="cannot decode: not UTF-8"):
        decode_bytes(b"plain \xff\xfe\xfd\xfc\x80\x81 text \xc3")


# -- bad input -----------------------------------------------------------------------


@pytest.mark.parametrize("name,data,message", [
    ("empty.txt", b"", "empty file"),
    ("blank.wiki", b"  \n\t \r\n", "empty file (whitespace only)"),
    ("blank16.txt", " \n ".encode("utf-16"), "empty file (whitespace only)"),
    ("nul.txt", b"abc\x00\x01\x02\x00def\x00", "binary file"),
    ("ctrl.html", bytes(range(1, 9)) * 50 + b"text", "binary file"),
    ("zip.txt", b"PK\x03\x04" + bytes(range(256)), "ZIP archive"),
    ("bad.txt", b"abc \xff\xfd text \x80\x81 \xfe", "cannot decode"),
    ("bad16.txt", b"\xff\xfe\x00\xd8", "not valid UTF-16"),
    ("doc.pdf", b"%PDF-1.4", "unsupported format '.pdf'"),
    ("noext", b"text", "unsupported format '(no extension)'"),
])
def test_bad_files_give_one_problem(tmp_path, name, data, message):
    p = write(tmp_path, name, data)
    with pytest.raises(ReadError) as e:
        read_file(p)
    assert message in e.value.message and e.value.path == str(p)
    [prob] = list(read_path(p))
    assert isinstance(prob, ReadProblem) and message in prob.message and "\n" not in str(prob)


def test_bad_files_do_not_stop_the_batch(tmp_path):
    write(tmp_path, "1-bad.txt", b"\x00\x01\x02\x03" * 10)
    write(tmp_path, "2-empty.txt", b"")
    write(tmp_path, "3-good.txt", "fine")
    items = list(read_path(tmp_path))
    assert [type(x).__name__ for x in items] == ["ReadProblem", "ReadProblem", "Document"]


def test_missing_path_and_empty_folder(tmp_path):
    [prob] = list(read_path(tmp_path / "nope"))
    assert prob.message == "no such file or folder"
    with pytest.raises(ReadError, match="no such file"):
        read_file(tmp_path / "nope.txt")
    (tmp_path / "empty").mkdir()
    assert [p.message for p in read_path(tmp_path / "empty")] == ["folder has no files to read"]
    write(tmp_path, "junk/x.bin", b"\x00")
    probs = list(read_path(tmp_path / "junk"))
    assert len(probs) == 2 and probs[-1].message == "folder has no readable documents"


def test_50mb_without_newline_reads_fast(tmp_path):
    line = ("Seoul and Moscow signed a treaty. " * 1_600_000)[:50_000_000]
    p = write(tmp_path, "long.txt", line.encode())
    t0 = time.perf_counter()
    [doc] = read_file(p)
    strip_markup(doc)
    assert len(doc.text) == 50_000_000 and time.perf_counter() - t0 < 5


@pytest.mark.parametrize("fmt,bomb", [
    ("wiki", "{{" * 10_000), ("wiki", "}}" * 10_000), ("wiki", "[[" * 10_000 + "]]" * 10_000),
    ("wiki", "<ref>" * 10_000), ("wiki", "<!--" * 10_000), ("wiki", "[http://x " * 10_000),
    ("wiki", "{{" * 10_000 + "}}" * 10_000), ("wiki", "=" * 100_000 + "x"), ("wiki", "{|\n|" * 10_000),
    ("html", "<a " * 10_000), ("html", '<a title="' * 10_000), ("html", "<script>" * 10_000),
    ("html", "<!--" * 10_000), ("html", "<div>" * 10_000 + "x"), ("html", "</div>" * 10_000),
    ("html", "&amp" * 10_000), ("html", "<p class='navbox'>" * 10_000 + "x"),
])
def test_hostile_markup_finishes_fast(fmt, bomb):
    text = "Intro text. " + bomb + " Outro text."
    t0 = time.perf_counter()
    check_map(Document(id="x", text=text, format=fmt))
    assert time.perf_counter() - t0 < 2


# -- the shared corpus ---------------------------------------------------------------

needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not found")


@needs_corpus
def test_corpus_html_has_article_text_without_menus():
    path = CORPUS / "dev" / "en-wiki-current-events-2022-09.html"
    if not path.exists():
        pytest.skip("html file missing")
    [doc] = read_file(path)
    assert doc.lang == "en" and doc.title == "Portal:Current events"
    clean, heads = check_map(doc)
    assert "Russia annexes the partially occupied Ukrainian oblasts" in clean
    assert "Italians head to the polls" in clean
    for junk in ("Main page", "Donate", "Log in", "[edit]", "mw-parser-output", "NewPP limit report",
                 "Calendars", "{", "Pp-vandalism"):
        assert junk not in clean
    lines = set(clean.split("\n"))
    assert "September 30, 2022 (Friday)" in {clean[a:b] for a, b in heads}
    assert "Armed conflicts and attacks" in lines


@needs_corpus
def test_corpus_reads_without_problems():
    items = list(read_path(CORPUS))
    probs = [x for x in items if isinstance(x, ReadProblem)]
    docs = [x for x in items if isinstance(x, Document)]
    assert probs == []
    assert len(docs) >= 100
    by_lang = {d.lang for d in docs if d.format == "jsonl"}
    assert {"ko", "zh", "ru"} <= by_lang
    bom = [d for d in docs if d.id == "ru-xquad-European_Union_law-0"]
    assert not bom or bom[0].text.startswith("\ufeff")  # a BOM inside a JSON string is text, kept
