"""MediaWiki wikitext to clean text with offsets: headings, links, templates, refs, tables.

One regex pass finds the markup tokens; a second pass pairs `{{ }}`, `[[ ]]`, `[url ]` and
heading `=` runs with stacks (so nesting works and unbalanced braces stay literal text,
in linear time); a third walks the tokens and emits visible text through an Emitter.
Searches for closing tags are memoised, so 10,000 unclosed `<ref>` or `<!--` stay linear.
"""

from __future__ import annotations

import html as _html
import re

from dyad.lang import collect
from dyad.read.emit import Emitter, Stripped
from dyad.read.html import _Finder

# Namespace names (lower case) whose links are not text: files and categories, from every
# language's `lang/<code>/text.yaml` (English ones are accepted by every wiki)
FILE_NAMESPACES = frozenset(n.lower() for n in collect("text.yaml", "wiki_file_namespaces"))
CATEGORY_NAMESPACES = frozenset(n.lower() for n in collect("text.yaml", "wiki_category_namespaces"))
_INTERLANGUAGE_RE = re.compile(r"[a-z]{2,3}(?:-[a-z]{2,8}){0,2}")
# tags removed with everything inside them
REMOVED_TAGS = frozenset("""ref references math chem ce gallery timeline syntaxhighlight source score graph
    templatedata imagemap hiero mapframe maplink categorytree inputbox charinsert indicator""".split())
LITERAL_TAGS = frozenset(("nowiki", "pre"))
BREAK_TAGS = frozenset("br p div blockquote li ul ol dl dd dt table tr td th h1 h2 h3 h4 h5 h6 center poem hr".split())

# the lookahead first: one character test rejects most positions before the alternation runs
_TOKEN_RE = re.compile(r"""
(?=[<{}\[\]'&|!=_*\#:;\-\t]|(?<![^\n])[ ])
(?:
  (?P<comment><!--)
| (?P<tag></?[A-Za-z][A-Za-z0-9]{0,30}(?:\s[^<>]{0,2000})?/?>)
| (?P<tmpl_open>\{\{)
| (?P<tmpl_close>\}\})
| (?P<link_open>\[\[)
| (?P<link_close>\]\])
| (?P<ext_open>\[(?=(?:https?:|ftp:|//[A-Za-z0-9]|mailto:|irc:|news:)))
| (?P<ext_close>\])
| (?P<quotes>''+)
| (?P<entity>&(?:\#[0-9]{1,8}|\#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});)
| (?P<table_open>^[ \t]*\{\|)
| (?P<line>^(?:\|\}|\|-+|\|\+|\||!|=+|[*\#:;]+|-{4,}))
| (?P<head_close>(?<!=)=+[ \t]*$)
| (?P<cellsep>\|\||!!)
| (?P<magic>__[A-Z]{2,30}__)
)""", re.M | re.X)
_SPACE_RE = re.compile(r"[ \t]+")
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")
_VALUE = r"""(?:"[^"\n]{0,500}"|'[^'\n]{0,500}'|[^\s|"'=]{1,200})"""
_ATTR = r"[A-Za-z][\w-]{0,40}[ \t]*=[ \t]*" + _VALUE
# `| style="..." | content`: the attributes of a table cell, up to the single pipe
_CELL_ATTR_RE = re.compile(r"[ \t]*" + _ATTR + r"(?:[ \t]+" + _ATTR + r")*[ \t]*\|(?!\|)")


def _nbsp(s: str) -> str:
    return s.replace("\u00a0", " ")


def _tokenize(text: str) -> list[list]:
    """Markup tokens [start, end, kind, partner] with opaque regions (comments, refs) resolved."""
    n = len(text)
    toks: list[list] = []
    skip_until = 0
    comment_end = _Finder(text, re.compile("-->"))
    closers: dict[str, _Finder] = {}

    def close_of(name: str, pos: int) -> re.Match | None:
        f = closers.get(name)
        if f is None:
            f = closers[name] = _Finder(text, re.compile(r"</" + name + r"\s*>", re.I))
        return f.search(pos)

    for m in _TOKEN_RE.finditer(text):
        s, e = m.span()
        if s < skip_until:
            continue
        kind = m.lastgroup
        if kind == "comment":
            c = comment_end.search(e)
            end = c.end() if c else n
            toks.append([s, end, "del", -1])
            skip_until = end
            continue
        if kind == "tag":
            t = _TAG_RE.match(text, s)
            closing, name = t.group(1), t.group(2).lower()
            self_closing = text[e - 2] == "/"
            if name in REMOVED_TAGS:
                if closing or self_closing:
                    toks.append([s, e, "del", -1])
                    continue
                c = close_of(name, e)
                end = c.end() if c else e
                toks.append([s, end, "del", -1])
                skip_until = end
                continue
            if name in LITERAL_TAGS and not closing and not self_closing:
                c = close_of(name, e)
                toks.append([s, e, "del" if name == "nowiki" else "brk", -1])
                if c:
                    toks.append([e, c.start(), "lit", -1])
                    toks.append([c.start(), c.end(), "del", -1])
                    skip_until = c.end()
                continue
            toks.append([s, e, "brk" if name in BREAK_TAGS else "del", -1])
            continue
        toks.append([s, e, kind, -1])
    _pair(text, toks)
    return toks


def _pair(text: str, toks: list[list]) -> None:
    """Set each opener's and closer's partner index; unpaired ones become plain text."""
    tmpl: list[int] = []
    link: list[int] = []
    ext = -1
    head = -1
    for i, t in enumerate(toks):
        kind = t[2]
        if kind == "tmpl_open":
            tmpl.append(i)
        elif kind == "link_open":
            link.append(i)
        elif kind == "tmpl_close" or kind == "link_close":
            stack = tmpl if kind == "tmpl_close" else link
            if stack:
                j = stack.pop()
                toks[j][3], t[3] = i, j
        elif kind == "ext_open":
            ext = i
        elif kind == "ext_close":
            if ext >= 0 and text.find("\n", toks[ext][1], t[0]) < 0:
                toks[ext][3], t[3] = i, ext
            ext = -1
        elif kind == "line" and text[t[0]] == "=":
            head = i
        elif kind == "head_close":
            if head >= 0 and text.find("\n", toks[head][1], t[0]) < 0:
                toks[head][3], t[3] = i, head
            head = -1


def strip_wikitext(text: str) -> Stripped:
    """Clean text of MediaWiki markup, one line per paragraph, heading and table cell."""
    toks = _tokenize(text)
    em = Emitter(text, keep_lines=True)
    cur = 0
    table_depth = 0
    cell_pos = -1  # position of the last table cell marker on the current line
    head_level = 0
    for i, (s, e, kind, partner) in enumerate(toks):
        if s < cur:
            continue
        if s > cur:
            em.text(cur, s)
        cur = e
        if kind == "del" or kind == "magic":
            continue
        if kind == "brk":
            em.brk(s, e)
        elif kind == "lit":
            em.text(s, e)
        elif kind == "entity":
            decoded = _nbsp(_html.unescape(text[s:e]))
            if decoded == text[s:e]:
                em.text(s, e)
            else:
                em.lit(s, e, decoded)
        elif kind == "quotes":
            n = e - s
            keep = 1 if n == 4 else (n - 5 if n > 5 else 0)  # MediaWiki: extra apostrophes are text
            if keep:
                em.text(s, s + keep)
        elif kind == "tmpl_open":
            if partner >= 0:
                cur = toks[partner][1]
                em.space(s, cur)  # a removed template still separates words
            else:
                em.text(s, e)
        elif kind == "link_open":
            if partner >= 0:
                cur = _link(text, em, toks, i)
            else:
                em.text(s, e)
        elif kind == "ext_open":
            if partner >= 0:
                q = toks[partner][0]
                sp = _SPACE_RE.search(text, e, q)
                cur = sp.end() if sp else toks[partner][1]  # `[url label]` -> label, `[url]` -> nothing
            else:
                em.text(s, e)
        elif kind in ("tmpl_close", "link_close", "ext_close"):
            if partner < 0:
                em.text(s, e)
        elif kind == "table_open":
            table_depth += 1
            em.brk(s, e)
            nl = text.find("\n", e)
            cur = nl if nl >= 0 else len(text)
        elif kind == "line":
            c = text[s]
            if c == "=":
                if partner >= 0:
                    head_level = min(e - s, toks[partner][1] - toks[partner][0], 6)
                    em.begin_heading(s, s + head_level, head_level)
                    cur = s + head_level
                else:
                    em.text(s, e)
            elif c in "*#:;":
                em.brk(s, e)
            elif c == "-" and text[s + 1] == "-":
                em.brk(s, e)
            elif table_depth == 0:
                em.text(s, e)
            elif text.startswith("|}", s):
                table_depth -= 1
                em.brk(s, e)
            elif text.startswith("|-", s):
                em.brk(s, e)
                nl = text.find("\n", e)
                cur = nl if nl >= 0 else len(text)
            else:  # | cell, ! header cell, |+ caption
                em.brk(s, e)
                cell_pos = s
                m = _CELL_ATTR_RE.match(text, e)
                if m:
                    cur = m.end()
        elif kind == "head_close":
            if partner >= 0:
                run = len(text[s:e].rstrip(" \t"))
                if run > head_level:  # `==Foo===`: the extra `=` belong to the title
                    em.text(s, s + run - head_level)
                em.end_heading(s + run - head_level, e)
            else:
                em.text(s, e)
        elif kind == "cellsep":
            if table_depth and cell_pos >= 0 and text.find("\n", cell_pos, s) < 0:
                em.brk(s, e)
                cell_pos = s
                m = _CELL_ATTR_RE.match(text, e)
                if m:
                    cur = m.end()
            else:
                em.text(s, e)
        else:
            em.text(s, e)
    if cur < len(text):
        em.text(cur, len(text))
    return em.result()


def _link(text: str, em: Emitter, toks: list[list], i: int) -> int:
    """Emit the visible part of the `[[...]]` at toks[i]; return where the walk continues."""
    e = toks[i][1]
    close = toks[toks[i][3]]
    q = close[0]
    bar = text.find("|", e, min(q, e + 1000))
    target_end = bar if bar >= 0 else q
    target = text[e:target_end]
    stripped = target.strip()
    colon = stripped.startswith(":")
    if not colon and ":" in stripped:
        ns = stripped.split(":", 1)[0].strip().lower()
        if ns in FILE_NAMESPACES or ns in CATEGORY_NAMESPACES or (
                bar < 0 and _INTERLANGUAGE_RE.fullmatch(ns)):
            return close[1]
    if bar >= 0 and text[bar + 1:q].strip():
        return bar + 1  # the label is walked like any text; the `]]` is deleted when reached
    a = e + (target.index(":") + 1 if colon else 0)
    shown = text[a:target_end]
    if "_" in shown:
        em.lit(a, target_end, shown.replace("_", " "))
    else:
        em.text(a, target_end)
    return q
