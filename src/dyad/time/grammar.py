"""Compile a language's temporal grammar (`lang/<code>/dates.yaml`) into regexes, once per language.

The data file has three parts:

- `lexicons`: NAME -> {word: value} (or a list of words). Each becomes the macro `{NAME}`, an
  alternation of its words (longest first), and its values are read back by `lookup(NAME, word)`.
- `macros`: NAME -> regex fragment, may use other macros and lexicons.
- `patterns`: regexes over macros whose named groups give the parts of the value:
  `y`, `m`, `d`, `y2`, `m2`, `d2` (year, month, day; a second set makes a range), `yy` (a year of the
  1900s by its last two digits), `cy` (a century by the first two digits of its years: `the 1800s`),
  `dec`/`dec2` (decade),
  `c`/`c2` (century), `season`, `half` (lexicon value: spring|summer|autumn|winter|h1|h2|q1..q4),
  `q` (quarter number), `rel` (REL lexicon: [unit, offset]), `n` + `unit` + `dir` (N units before or
  after), `hol` (fixed-date holiday, HOLIDAY lexicon: "MM-DD"), `bc` (before Christ: no value),
  `pre`/`post` (context that must be there but is not part of the expression's span), `era` + `ey`
  (a year of an era, ERA lexicon: the era's first year; `元` or 1 is that year), `decc` (the century of
  a two-digit decade: `20世纪80年代`).

Optional regexes: `trigger` (a text with no match has no expression: a fast pre-filter),
`background_before`/`background_after` (around an expression: it is a starting point or a limit,
`since 1991`, not the sentence's event date), `limit_before` (of those, a limit or a comparison after an act,
`the first visit since 1979`, not its start), `reject_before` (before a match: a name or a count,
`Resolution 1929`, not a date), `extend_before` (modifiers that join the span of any expression
without changing its value: `early`, `the end of`) and `extend_before_period` (words that join
decades and centuries: `the`). Keeping modifiers out of the patterns keeps the scan fast.
`named_after` (after a relative expression: `as the Anglo-Russian Convention`, group `name`; the
value is then taken from where that name was last stated with a date). `respectively` (a word that
hands the two days of a pair, `13日和18日`, one to each of the acts named after it, in order).
`lead_before` (words that may stand between the start of a clause and a date that still opens it and so
dates the clauses after it: `in`, zh `但在`). `date_and` (what joins two points in time that date one act
done at each: `in 1955 and 1959`, `в 1955 и 1959 гг.`). `up_to_now` (`to date`, `迄今为止`, `현재까지`: the
sentence counts acts up to the present, so a date in force from earlier sentences is not its date).
`revealed` (`In 2012, declassified files showed that …`, `2012年解密的档案显示`: the sentence's date is when
something came to light, a look back from later, so it does not become the date in force).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from dyad.lang import languages, load_yaml
from dyad.time.values import number

_MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")

# A pattern's "needs": literals of which a text must contain at least one for the pattern to match
# (the month names of `{D} {MONTH} {Y4}`, `세기`, `年代`). Read off the parsed regex once, they let
# `tag` skip most patterns of a sentence with a few substring tests instead of a regex scan.
Needs = tuple[frozenset[str], bool]  # (literals, compare lower-cased)
_MAX_CHARSET = 8


@dataclass
class Grammar:
    """The compiled grammar of one language."""

    lang: str
    patterns: list[re.Pattern]
    lexicons: dict[str, dict[str, object]]
    # lower-cased lexicon keys, for case-insensitive lookup
    folded: dict[str, dict[str, object]]
    trigger: re.Pattern | None  # cheap pre-filter: a text without a match has no expression
    background_before: re.Pattern | None = None
    background_after: re.Pattern | None = None
    limit_before: re.Pattern | None = None  # a limit or comparison (`since`, `until`), not an act's start
    reject_before: re.Pattern | None = None
    extend_before: re.Pattern | None = None
    extend_before_period: re.Pattern | None = None
    named_after: re.Pattern | None = None
    respectively: re.Pattern | None = None  # `respectively`: a pair of dates goes one to each act, in order
    up_to_now: re.Pattern | None = None  # `to date`: a sentence without its own date inherits none
    revealed: re.Pattern | None = None  # `files showed that`: the date is of a disclosure, not in force after
    lead_before: re.Pattern | None = None  # words before a date that still opens its clause (`in`, `但在`)
    date_and: re.Pattern | None = None  # between two dates of one act done twice (`in 1955 and 1959`)
    numbers: dict[str, int] = field(default_factory=dict)
    needs: list[Needs | None] = field(default_factory=list)  # per pattern
    # a bare year earlier than a precise date in force recalls the past (chronologies that mention
    # background years inside their items); else it dates the sentence as in running prose
    bare_year_recalls: bool = False
    # verb-final clauses (`7월에 … 승인했지만 8월에 …`): a date after an act's word belongs to the next clause
    date_before_act: bool = False
    numeral_chars: dict[str, int] = field(default_factory=dict)  # 一 1 … 十 10 百 100
    ordinal: re.Pattern | None = None  # ordinal ending after digits (`th`, `-й`)

    def number(self, s: str) -> int | None:
        """Value of a numeral of this language (digits, Roman, characters or words)."""
        return number(s, self.numbers, self.numeral_chars, self.ordinal)

    def lookup(self, lexicon: str, word: str) -> object:
        """Value of `word` in a lexicon (exact, then case- and space-insensitive)."""
        lex = self.lexicons.get(lexicon) or {}
        if word in lex:
            return lex[word]
        key = re.sub(r"\s+", " ", word.strip()).lower()
        return (self.folded.get(lexicon) or {}).get(key)


def _seq_needs(seq, fold: bool) -> list[Needs]:
    """Necessary conditions of a parsed regex sequence: each is a set of literals, one must occur."""
    from re import _constants as c

    out: list[Needs] = []
    run = ""

    def flush() -> None:
        nonlocal run
        if run:
            out.append((frozenset([run.lower() if fold else run]), fold))
        run = ""

    for op, av in seq:
        if op is c.LITERAL:
            run += chr(av)
            continue
        flush()
        if op is c.SUBPATTERN:
            _gid, add, _del, sub = av
            out.extend(_seq_needs(sub, fold or bool(add & c.SRE_FLAG_IGNORECASE)))
        elif op is c.BRANCH:
            alts = [_best(_seq_needs(a, fold)) for a in av[1]]
            if alts and all(a is not None for a in alts):
                f = any(a[1] for a in alts)
                lits = frozenset(x.lower() if f else x for a in alts for x in a[0])
                out.append((lits, f))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            out.extend(_seq_needs(av[2], fold))
        elif op is c.IN and 0 < len(av) <= _MAX_CHARSET and all(o is c.LITERAL for o, _v in av):
            out.append((frozenset(chr(v).lower() if fold else chr(v) for _o, v in av), fold))
    flush()
    return out


def _best(cands: list[Needs]) -> Needs | None:
    """The most selective condition: longest shortest literal, then fewest literals."""
    if not cands:
        return None
    return max(cands, key=lambda n: (min(len(x) for x in n[0]), -len(n[0])))


def pattern_needs(src: str, flags: int = 0) -> Needs | None:
    """Literals of which a text must contain one for `src` to match (None: no such condition)."""
    from re import _parser

    try:
        parsed = _parser.parse(src, flags)
    except re.error:
        return None
    return _best(_seq_needs(list(parsed), bool(flags & re.IGNORECASE)))


def _alternation(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _expand(src: str, macros: dict[str, str], lexicons: dict[str, dict], depth: int = 0) -> str:
    if depth > 12:
        raise ValueError(f"macro recursion too deep in {src!r}")

    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name in macros:
            return "(?:" + _expand(macros[name], macros, lexicons, depth + 1) + ")"
        if name in lexicons:
            return _alternation(lexicons[name])
        raise KeyError(f"unknown macro {{{name}}}")

    return _MACRO.sub(sub, src)


@functools.cache
def grammar(lang: str) -> Grammar | None:
    """The compiled grammar of `lang`, or None when no language's `dates.yaml` covers it.

    A language without its own file borrows the grammar of one whose `also_for` lists it (Japanese
    dates, `1900年4月17日`, read with the Chinese grammar).
    """
    data = load_yaml(lang, "dates.yaml")
    if not data:
        for other in languages():
            d = load_yaml(other, "dates.yaml") if other != lang else None
            if d and lang in (d.get("also_for") or []):
                return grammar(other)
        return None
    lexicons: dict[str, dict[str, object]] = {}
    for name, entries in (data.get("lexicons") or {}).items():
        if isinstance(entries, list):
            entries = {str(w): True for w in entries}
        lexicons[name] = {str(k): v for k, v in entries.items()}
    macros = {k: str(v) for k, v in (data.get("macros") or {}).items()}
    flags = 0
    for ch in str(data.get("flags") or ""):
        flags |= {"i": re.IGNORECASE, "x": re.VERBOSE}.get(ch, 0)
    sources = [_expand(p, macros, lexicons) for p in data.get("patterns") or []]
    patterns = [re.compile(p, flags) for p in sources]
    trig = data.get("trigger")
    trigger = re.compile(_expand(trig, macros, lexicons), flags) if trig else None
    folded = {n: {re.sub(r"\s+", " ", k).lower(): v for k, v in lex.items()} for n, lex in lexicons.items()}
    numbers: dict[str, int] = {}
    for name in ("ORD", "NUM", "NUMWORD"):
        for k, v in (folded.get(name) or {}).items():
            if isinstance(v, int):
                numbers[k] = v

    def opt(key: str) -> re.Pattern | None:
        src = data.get(key)
        return re.compile(_expand(src, macros, lexicons)) if src else None

    return Grammar(
        lang=lang,
        patterns=patterns,
        lexicons=lexicons,
        folded=folded,
        trigger=trigger,
        background_before=opt("background_before"),
        background_after=opt("background_after"),
        limit_before=opt("limit_before"),
        reject_before=opt("reject_before"),
        extend_before=opt("extend_before"),
        extend_before_period=opt("extend_before_period"),
        named_after=opt("named_after"),
        respectively=opt("respectively"),
        up_to_now=opt("up_to_now"),
        revealed=opt("revealed"),
        lead_before=opt("lead_before"),
        date_and=opt("date_and"),
        numbers=numbers,
        needs=[pattern_needs(p, flags) for p in sources],
        bare_year_recalls=bool(data.get("bare_year_recalls")),
        date_before_act=bool(data.get("date_before_act")),
        numeral_chars={str(k): int(v) for k, v in (data.get("numeral_chars") or {}).items()},
        ordinal=re.compile("(?:" + data["ordinal_suffix"] + ")$") if data.get("ordinal_suffix") else None,
    )
