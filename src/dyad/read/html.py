"""HTML pages: the main text only (no menus, navigation boxes, references, scripts), with offsets.

A small tolerant tokenizer (linear time, `str.find` based, memoised so hostile input
cannot make it quadratic) feeds an element stack. The main content is the element with
id `mw-content-text` or class `mw-parser-output` (Wikipedia), else `<main>`/`<article>`/
role=main, else `<body>`. Inside it, elements that are chrome rather than content are
skipped by tag, class or id (see `SKIP_*`).
"""

from __future__ import annotations

import html as _html
import re
from collections import Counter

from dyad.lang import collect
from dyad.read.emit import Emitter, Stripped

VOID = frozenset("area base br col embed hr img input link meta param source track wbr keygen".split())
RAW_TEXT = frozenset(("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
                      "noscript", "plaintext", "template", "svg", "math"))
BLOCK = frozenset("""address article aside blockquote body caption center dd details dialog dir div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p
    pre section summary table tbody thead tfoot tr ul legend option""".split())
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
CELLS = frozenset(("td", "th"))
# elements that close an open element of the same kind (tag soup: <p>a<p>b, <li>a<li>b)
SELF_CLOSING_SIBLINGS = frozenset(("p", "li", "dt", "dd", "tr", "td", "th", "option"))

SKIP_TAGS = frozenset(("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
                       "input", "select", "textarea", "svg", "math", "template", "iframe", "object",
                       "head", "title", "meta", "link", "audio", "video", "canvas", "map"))
SKIP_CLASSES = frozenset("""navbox navbox-styles vertical-navbox reflist references mw-references-wrap
    mw-editsection reference noprint mw-jump-link catlinks printfooter toc toclimit-2 toclimit-3 metadata
    mbox-small ambox ombox tmbox cmbox fmbox imbox mw-empty-elt sistersitebox navbar hatnote
    shortdescription mw-cite-backlink sidebar mw-indicators portal-bar authority-control
    side-box mw-kartographer-maplink vector-menu vector-header mw-footer""".split())
SKIP_IDS = frozenset("""mw-navigation mw-panel mw-head mw-head-base mw-page-base footer siteSub contentSub
    contentSub2 jump-to-nav toc catlinks p-lang p-personal p-navigation p-search p-tb left-navigation
    right-navigation mw-hidden-catlinks mw-normal-catlinks coordinates sister-projects-list
    vector-toc""".split())

# class-name parts that mark chrome in any skin or template (current-events-sidebar, itn-footer ...)
SKIP_CLASS_RE = re.compile(r"sidebar|navbox|navbar|calside|footer|(?:^|[-_])menu(?:$|[-_])|breadcrumb|cookie")
_ATTR_RE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_TAG_START_RE = re.compile(r"<(/?)([A-Za-z][^\s/>]*)")
_STOP_RE = re.compile(r"""[>"']""")
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_INTERESTING_RE = re.compile(r"[<&]")
_DISPLAY_NONE_RE = re.compile(r"display\s*:\s*none", re.I)
# " - Wikipedia", " - 위키백과" …: site names from every language's `lang/<code>/text.yaml`
_TITLE_SUFFIX_RE = re.compile(r"\s+[-–—|]\s+(?:" + "|".join(map(re.escape, collect("text.yaml", "site_names")))
                              + r")\b.*$", re.S)
_LANG_RE = re.compile(r"<html\b[^>]{0,500}?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)


class _Finder:
    """`pattern.search(text, pos)` memoised for non-decreasing `pos`: overall linear time."""

    def __init__(self, text: str, pattern: re.Pattern) -> None:
        self.text, self.pattern = text, pattern
        self.from_pos = -1
        self.found: re.Match | None = None

    def search(self, pos: int) -> re.Match | None:
        if self.from_pos >= 0 and self.from_pos <= pos and (self.found is None or self.found.start() >= pos):
            return self.found
        self.from_pos = pos
        self.found = self.pattern.search(self.text, pos)
        return self.found


class _Tokenizer:
    """Yields (kind, start, end, name, attrs_text) for tags, text runs, comments."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)
        self.last_gt = text.rfind(">")
        self.last_dq = text.rfind('"')
        self.last_sq = text.rfind("'")
        self.comment_end = _Finder(text, re.compile("-->"))
        self.raw_end: dict[str, _Finder] = {}

    def tag_end(self, j: int) -> int:
        """End (after '>') of a tag whose attributes start at j, quotes respected; -1 if none."""
        text = self.text
        if j > self.last_gt:
            return -1
        while True:
            m = _STOP_RE.search(text, j)
            if m is None:
                return -1
            k = m.start()
            c = text[k]
            if c == ">":
                return k + 1
            last = self.last_dq if c == '"' else self.last_sq
            q = text.find(c, k + 1) if k < last else -1
            if q < 0:  # unterminated quote: the tag ends at the next '>'
                g = text.find(">", k)
                return g + 1 if g >= 0 else -1
            j = q + 1

    def raw_close(self, name: str, pos: int) -> re.Match | None:
        f = self.raw_end.get(name)
        if f is None:
            f = self.raw_end[name] = _Finder(self.text, re.compile(r"</" + re.escape(name) + r"\s*>", re.I))
        return f.search(pos)


def _attrs(s: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR_RE.finditer(s):
        key = m.group(1).lower()
        if key not in out:
            val = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else m.group(4)
            out[key] = _html.unescape(val or "")
    return out


def _decode_entity(s: str) -> str:
    out = _html.unescape(s)
    return out.replace("\u00a0", " ")


def _tokens(text: str):
    """('text', a, b) | ('start', a, b, name, attrs) | ('end', a, b, name) | ('raw', a, b, name, attrs, c, d)."""
    tz = _Tokenizer(text)
    n = tz.n
    pos = 0
    while pos < n:
        lt = text.find("<", pos)
        if lt < 0 or lt > tz.last_gt:
            yield ("text", pos, n)
            return
        if lt > pos:
            yield ("text", pos, lt)
        if text.startswith("<!--", lt):
            m = tz.comment_end.search(lt + 4)
            pos = m.end() if m else n
            continue
        c1 = text[lt + 1] if lt + 1 < n else ""
        if c1 in ("!", "?") or (c1 == "/" and not (lt + 2 < n and text[lt + 2].isalpha())):
            g = text.find(">", lt)
            pos = g + 1 if g >= 0 else n
            continue
        m = _TAG_START_RE.match(text, lt)
        if not m:
            yield ("text", lt, lt + 1)
            pos = lt + 1
            continue
        end = tz.tag_end(m.end())
        if end < 0:
            yield ("text", lt, n)
            return
        name = m.group(2).lower()
        if m.group(1):
            yield ("end", lt, end, name)
            pos = end
            continue
        attrs = text[m.end():end - 1]
        if name in RAW_TEXT and not attrs.rstrip().endswith("/"):
            close = tz.raw_close(name, end)
            c, d = (close.start(), close.end()) if close else (n, n)
            yield ("raw", lt, end, name, attrs, c, d)
            pos = d
            continue
        yield ("start", lt, end, name, attrs)
        pos = end


def _is_skipped(name: str, attrs: dict[str, str]) -> bool:
    if name in SKIP_TAGS:
        return True
    if attrs.get("id") in SKIP_IDS:
        return True
    cls = attrs.get("class")
    if cls and (not SKIP_CLASSES.isdisjoint(cls.split()) or any(SKIP_CLASS_RE.search(c) for c in cls.split())):
        return True
    if attrs.get("role") in ("navigation", "banner", "contentinfo", "search", "complementary"):
        return True
    if attrs.get("aria-hidden") == "true" or "hidden" in attrs:
        return True
    style = attrs.get("style")
    return bool(style and _DISPLAY_NONE_RE.search(style))


def _is_main(name: str, attrs: dict[str, str], level: int) -> bool:
    if level == 0:
        return attrs.get("id") == "mw-content-text" or "mw-parser-output" in attrs.get("class", "").split()
    if level == 1:
        return name in ("main", "article") or attrs.get("role") == "main" or attrs.get("id") in ("content",
                                                                                                    "main")
    return name == "body"


_MAIN_RES = (
    re.compile(r"""\bid\s*=\s*["']?mw-content-text\b|\bclass\s*=\s*["']?[^"'>]{0,200}\bmw-parser-output\b""", re.I),
    re.compile(r"""<(?:main|article)\b|\brole\s*=\s*["']?main\b|\bid\s*=\s*["']?(?:content|main)["'\s>]""", re.I),
    re.compile(r"<body\b", re.I),
)


def _main_level(text: str) -> int:
    """Which kind of main-content root the page has: 0 Wikipedia, 1 main/article, 2 body, 3 none."""
    for level, pattern in enumerate(_MAIN_RES):
        if pattern.search(text):
            return level
    return 3


def strip_html(text: str) -> Stripped:
    """Main text of an HTML page, blocks as lines, table cells joined by ` | `, headings marked."""
    root_level = _main_level(text)
    em = Emitter(text)
    stack: list[tuple] = []  # (name, skipped, is_root[, is_heading])
    open_names: Counter[str] = Counter()
    skip_depth = 0
    in_root = 0 if root_level < 3 else 1
    heading_depth = 0

    def visible() -> bool:
        return skip_depth == 0 and in_root > 0

    def pop_to(name: str, a: int, b: int) -> None:
        nonlocal skip_depth, in_root, heading_depth
        while stack:
            nm, skipped, is_root, *heading = stack.pop()
            open_names[nm] -= 1
            if skipped:
                skip_depth -= 1
            if is_root:
                in_root -= 1
            if (nm in HEADINGS or heading) and heading_depth:
                heading_depth -= 1
                if heading_depth == 0:
                    em.end_heading(a, b)
            elif nm in BLOCK and visible():
                em.brk(a, b)
            if nm == name:
                return

    for tok in _tokens(text):
        kind, a, b = tok[0], tok[1], tok[2]
        if kind == "text":
            if visible():
                _emit_text(em, text, a, b)
            continue
        name = tok[3]
        if kind == "end":
            if open_names[name] > 0:
                pop_to(name, a, b)
            elif name in ("br", "p") and visible():
                em.brk(a, b)
            continue
        if kind == "raw":
            continue  # script, style, title ...: never main text
        attrs_s = tok[4]
        if name in SELF_CLOSING_SIBLINGS and stack and stack[-1][0] == name:
            pop_to(name, a, b)
        elif name in CELLS and stack and stack[-1][0] in CELLS:
            pop_to(stack[-1][0], a, b)
        if name in VOID or attrs_s.rstrip().endswith("/"):
            if visible():
                if name in ("br", "hr"):
                    em.brk(a, b)
                elif name == "img":
                    em.space(a, b)
            continue
        attrs = _attrs(attrs_s) if attrs_s.strip() else {}
        skipped = _is_skipped(name, attrs)
        is_root = in_root == 0 and root_level < 3 and _is_main(name, attrs, root_level)
        stack.append((name, skipped, is_root))
        open_names[name] += 1
        if skipped:
            skip_depth += 1
        if is_root:
            in_root += 1
        if not visible():
            continue
        if name in HEADINGS or attrs.get("role") == "heading":
            if name not in HEADINGS:  # <div role="heading" aria-level="2">: close it like an h-element
                stack[-1] = (name, skipped, is_root, True)
            heading_depth += 1
            if heading_depth == 1:
                lv = attrs.get("aria-level", "")
                em.begin_heading(a, b, HEADINGS.get(name) or (int(lv) if lv.isdigit() and len(lv) < 3 else 2))
        elif name in CELLS:
            em.sep(a, b)
        elif name in BLOCK:
            em.brk(a, b)
    return em.result()


def _emit_text(em: Emitter, text: str, a: int, b: int) -> None:
    pos = a
    while True:
        k = text.find("&", pos, b)
        if k < 0:
            em.text(pos, b)
            return
        m = _ENTITY_RE.match(text, k)
        if not m or m.end() > b:
            em.text(pos, k + 1)
            pos = k + 1
            continue
        em.text(pos, k)
        decoded = _decode_entity(m.group())
        if decoded == m.group():
            em.text(k, m.end())
        else:
            em.lit(k, m.end(), decoded)
        pos = m.end()


def html_meta(text: str) -> tuple[str, str]:
    """(title, lang) of a page: `<title>` (or the first h1) without the site suffix, `<html lang>`."""
    title = ""
    m = re.search(r"<title\b[^>]{0,500}>(.{0,2000}?)</title\s*>", text[:200_000], re.I | re.S)
    if m:
        title = m.group(1)
    else:
        m = re.search(r"<h1\b[^>]{0,500}>(.{0,2000}?)</h1\s*>", text, re.I | re.S)
        if m:
            title = re.sub(r"<[^>]{0,500}>", "", m.group(1))
    title = " ".join(_html.unescape(title).split())
    title = _TITLE_SUFFIX_RE.sub("", title)
    lm = _LANG_RE.search(text[:100_000])
    lang = lm.group(1).lower() if lm else ""
    return title, lang
