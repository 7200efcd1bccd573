"""Find temporal expressions in a string with a language's grammar and give each its value."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dyad.model import TimeExpr
from dyad.time.grammar import Grammar, Needs, grammar
from dyad.time.values import century_span, decade_span, iso, unit_span

_PAIRS = (("y", "y2"), ("m", "m2"), ("d", "d2"), ("c", "c2"), ("dec", "dec2"), ("q", "q2"),
          ("season", "season2"), ("half", "half2"))


@dataclass
class Tagged(TimeExpr):
    """A TimeExpr that keeps the parts it was read from, so that context can complete it later."""

    parts: dict = field(default_factory=dict, repr=False, compare=False)
    background: bool = field(default=False, repr=False, compare=False)


def _year(s: str, g: Grammar, first: int | None = None) -> int | None:
    v = g.number(s)
    if v is None:
        return None
    # a shortened second year of a range: 1533–84, 2022/23
    if first is not None and len(s.strip()) < len(str(first)) and v < 100:
        base = first - first % (10 ** len(s.strip()))
        v = base + v
        if v < first:
            v += 10 ** len(s.strip())
    return v


def _season(gd: dict, g: Grammar, suffix: str = "") -> str | None:
    if gd.get("q" + suffix):
        q = g.number(gd["q" + suffix])
        return f"q{q}" if q and 1 <= q <= 4 else "bad"
    for key, lex in (("season", "SEASON"), ("half", "HALF")):
        w = gd.get(key + suffix)
        if w:
            v = g.lookup(lex, w)
            return str(v) if v else "bad"
    return None


def read_parts(gd: dict[str, str], g: Grammar) -> dict | None:
    """Numeric parts of a match (None when a part is not a valid number)."""
    p: dict = {}
    for key in ("y", "y2"):
        if gd.get(key):
            v = _year(gd[key], g, p.get("y") if key == "y2" else None)
            if v is None:
                return None
            p[key] = v
    if gd.get("cy"):
        v = g.number(gd["cy"])
        if v is None:
            return None
        p["c"] = v + 1  # `the 1800s`: the century whose years start with 18
    if gd.get("yy") and "y" not in p:
        v = g.number(gd["yy"])
        if v is None:
            return None
        p["y"] = 1900 + v  # `91년에`: a year of the last century by its last two digits
    for key in ("m", "m2"):
        if gd.get(key):
            v = g.lookup("MONTH", gd[key])
            v = g.number(gd[key]) if v is None else v
            if not isinstance(v, int) or not 1 <= v <= 12:
                return None
            p[key] = v
    for key in ("d", "d2", "c", "c2"):
        if gd.get(key):
            v = g.number(gd[key])
            if v is None:
                return None
            p[key] = v
    if gd.get("era") and gd.get("ey"):
        first = g.lookup("ERA_FIRST", gd["ey"])
        base, n = g.lookup("ERA", gd["era"]), first if isinstance(first, int) else g.number(gd["ey"])
        if not isinstance(base, int) or not n:
            return None
        p["y"] = base + n - 1
    for key in ("dec", "dec2"):
        if gd.get(key):
            v = g.number(gd[key])
            if v is None:
                return None
            if v < 100 and gd.get("decc"):  # 20世纪80年代: the 1980s
                c = g.number(gd["decc"])
                if not c or v % 10:
                    return None
                v += (c - 1) * 100
            elif v < 100:
                v += 1900  # 90年代, 90년대: the 1990s
            p[key] = v
    for suffix in ("", "2"):
        s = _season(gd, g, suffix)
        if s == "bad":
            return None
        if s:
            p["season" + suffix] = s
    if gd.get("rel"):
        v = g.lookup("REL", gd["rel"])
        if not v:
            return None
        p["rel"] = (str(v[0]), int(v[1]))
        # `같은 해 10월`, `同年8月`: the relative word gives only the year
        if any(k in p for k in ("m", "d", "season")) and p["rel"][0] != "year":
            return None
    if gd.get("n") and gd.get("unit") and gd.get("dir"):
        n = g.number(gd["n"])
        unit, sign = g.lookup("UNITWORD", gd["unit"]), g.lookup("DIRECTION", gd["dir"])
        if n is None or not unit or sign is None:
            return None
        p["rel"] = (str(unit), int(sign) * n)
    if gd.get("hol"):
        v = g.lookup("HOLIDAY", gd["hol"])
        if not v:
            return None
        mm, dd = str(v).split("-")
        p["m"], p["d"], p["hol"] = int(mm), int(dd), True
    if gd.get("past"):
        p["past"] = True
    if gd.get("bc"):
        p["bc"] = True
    return p


def endpoint(p: dict, second: bool = False) -> tuple[date, date, str] | None:
    """Span of one side of an expression whose year (or century, decade) is known."""
    sfx = "2" if second else ""
    if second:
        if p.get("c2") is not None:
            return century_span(p["c2"])
        if p.get("dec2") is not None:
            return decade_span(p["dec2"])
        y = p.get("y2", p.get("y"))
        m = p.get("m2", p["m"] if p.get("d2") is not None else None)
        d = p.get("d2")
        season = p.get("season2")
        if y is None:
            return None
        return unit_span(y, m, d, season)
    if p.get("c") is not None:
        return century_span(p["c"])
    if p.get("dec") is not None:
        return decade_span(p["dec"])
    if p.get("y") is None:
        return None
    return unit_span(p["y"], p.get("m" + sfx), p.get("d" + sfx), p.get("season" + sfx))


def is_range(p: dict) -> bool:
    return any(p.get(k) is not None for k in ("y2", "m2", "d2", "c2", "dec2", "season2"))


def value(p: dict) -> tuple[str | None, str | None, str | None]:
    """(date_start, date_end, precision) of complete parts; None values when not fixed."""
    a = endpoint(p)
    if p.get("bc"):
        return None, None, a[2] if a else ("century" if "c" in p else "year")
    if a is None:
        return None, None, None
    if not is_range(p):
        return iso(a[0]), iso(a[1]), a[2]
    b = endpoint(p, second=True)
    if b is None or b[1] < a[0]:
        return None, None, None
    return iso(a[0]), iso(b[1]), "range"


def partial_precision(p: dict) -> str:
    if "rel" in p and not any(k in p for k in ("m", "d", "season")):
        unit = p["rel"][0]
        return {"day": "day", "month": "month", "year": "year", "century": "century",
                "quarter": "season"}.get(unit, "year")
    if is_range(p):
        return "range"
    if p.get("d") is not None:
        return "day"
    if p.get("m") is not None:
        return "month"
    if p.get("season"):
        return "season"
    return "year"


def is_partial(p: dict) -> bool:
    return p.get("y") is None and p.get("c") is None and p.get("dec") is None and not p.get("bc")


def _match_span(m) -> tuple[int, int]:
    s, e = m.span()
    if m.groupdict().get("pre") is not None:
        s = m.end("pre")
    if m.groupdict().get("post") is not None:
        e = m.start("post")
    return s, e


def _extend(g: Grammar, text: str, s: int, p: dict) -> int:
    """Start of the expression once the modifiers before it (`early`, `the`) are joined."""
    if s == 0 or not (text[s - 1].isspace() or text[s - 1] == "-"):
        return s  # modifiers are separate words: nothing to join
    if g.extend_before is not None:
        m = g.extend_before.search(text, max(0, s - 60), s)
        if m:
            s = m.start()
    if g.extend_before_period is not None and (p.get("c") is not None or p.get("dec") is not None):
        m = g.extend_before_period.search(text, max(0, s - 10), s)
        if m:
            s = m.start()
    return s


def tag(text: str, lang: str) -> list[TimeExpr]:
    """Temporal expressions of `text` (offsets into `text`), longest match first, no overlaps.

    Partial expressions (no year) come with `date_start`/`date_end` None and `source` "context";
    `dyad.time.resolve_document` completes them from the surrounding sentences.
    """
    g = grammar(lang)
    if g is None or not text:
        return []
    if g.trigger is not None and not g.trigger.search(text):
        return []
    # collect raw matches first; only the ones kept (longest first, no overlap) are interpreted
    cands = []
    seen: dict[Needs, bool] = {}
    low = None
    for idx, pat in enumerate(g.patterns):
        nd = g.needs[idx]
        if nd is not None:
            ok = seen.get(nd)
            if ok is None:
                if nd[1] and low is None:
                    low = text.lower()
                hay = low if nd[1] else text
                ok = seen[nd] = any(x in hay for x in nd[0])
            if not ok:
                continue
        for m in pat.finditer(text):
            s, e = _match_span(m)
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                cands.append((s, e, idx, m))
    if not cands:
        return []
    cands.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[Tagged] = []
    for s, e, _idx, m in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        if g.reject_before is not None and g.reject_before.search(text, max(0, s - 30), s):
            continue
        p = read_parts({k: v for k, v in m.groupdict().items() if v is not None}, g)
        if p is None:
            continue
        if is_partial(p):
            if not any(k in p for k in ("m", "d", "season", "rel", "hol")):
                continue
            val: tuple = (None, None, partial_precision(p))
            src = "context"
        else:
            val = value(p)
            if val[2] is None:
                continue
            src = "explicit"
        s2 = _extend(g, text, s, p)
        if s2 < s and any(s2 < te and ts < s for ts, te in taken):
            s2 = s
        taken.append((s2, e))
        t = Tagged(s2, e, text[s2:e], val[0], val[1], val[2], src, parts=p)
        if g.background_before is not None and g.background_before.search(text, max(0, s2 - 40), s2):
            t.background = True
        if g.background_after is not None and g.background_after.match(text, e):
            t.background = True
        if g.named_after is not None and "rel" in p:
            nm = g.named_after.match(text, e)
            if nm:
                p["named"] = nm.group("name")
        out.append(t)
    out.sort(key=lambda t: t.start)
    return out
