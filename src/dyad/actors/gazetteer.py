"""Find actor names in text and resolve them to actor codes.

One compiled regular expression per language does the scanning (names are
factored into a trie, see `trie.py`), so finding mentions costs a single
`finditer` over the text plus a little Python per hit.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Collection
from dataclasses import dataclass, replace

from dyad.model import ActorMention

from .lexicon import Entry, Lexicon, Variant, lexicon
from .registry import canonical, lineage, lineages, registry, resolve_at, term_at
from .trie import class_escape, trie_dispatch, trie_regex

# When a language has no actors_rules.yaml: names are whole words.
_DEFAULT_RULES = {"boundary": {"left": r"[\w]", "right": r"[\w]"}}


@dataclass(frozen=True)
class Resolution:
    """One reading of a name: the actor code, the kind of name, the display name and where it came from."""

    code: str
    kind: str
    name: str
    why: str


@dataclass
class _Matcher:
    lex: Lexicon
    names: re.Pattern  # full names (and blockers), or (group `nl`) a full name after a glued prefix
    prefixed: re.Pattern | None  # a glued prefix and a full name (group `nl`) when not in `names`
    abbrevs: re.Pattern | None  # abbreviations in compounds and contexts, tried between names
    split: re.Pattern | None  # splits a compound into its abbreviations
    former_before: re.Pattern | None = None  # "former President " right before an official's name
    former_after: re.Pattern | None = None  # "이명박 전 대통령": the mark follows the name
    foldable: re.Pattern | None = None  # any character the fold table changes
    inst: re.Pattern | None = None  # a one-syllable name before a space and an organ (미 국방부)
    present_day: re.Pattern | None = None  # "present-day " right before a name: a place of today, no actor


def _alt(words: Collection[str]) -> str:
    return trie_regex(sorted(words))


def _compile(lex: Lexicon) -> _Matcher:
    rules = lex.rules
    bnd = rules.get("boundary") or {}
    left, right = bnd.get("left"), bnd.get("right")
    letters = rules.get("letters") or left or r"[\w]"
    lb = f"(?<!{left})" if left else ""
    rb = f"(?!{right})" if right else ""
    # names start with a class of first characters (see `trie_dispatch`), so the left boundary is
    # checked one character late: over the boundary and the first character
    late = rf"(?<!{left}[\s\S])" if left else ""
    forms = sorted(lex.forms)
    names = re.compile(trie_dispatch(forms, late) + rb)
    # a prefix glued to a full name (주북한, 친러시아, 对俄罗斯) is tried first at a position, so that a
    # shorter curated word (주북) does not win over the name
    prefixed = None
    if rules.get("name_prefixes"):
        pre = trie_dispatch(sorted(rules["name_prefixes"]), late)
        prefixed = re.compile(f"{pre}(?P<nl>{trie_dispatch(forms)}){rb}")
    ab_cfg = rules.get("abbrev") or {}
    by_ctx: dict[str, list[str]] = {}
    for a, ctx in lex.abbrev_ctx.items():
        for c in ctx:
            by_ctx.setdefault(c, []).append(a)
    parts = []
    split = None
    seps = [s for s in ab_cfg.get("separators", []) if s]
    sep = f"(?:{'|'.join(re.escape(s) for s in seps)})?" if seps else ""
    # a pair of abbreviations before a word for relations (中不关系, 中马两国) may end on a `rel` one,
    # a common word elsewhere (不, 马): the relation word and the leading name vouch for it
    rel_after = ab_cfg.get("rel_after")
    if by_ctx.get("rel") and by_ctx.get("cmp") and rel_after:
        every = _alt(by_ctx["cmp"] + by_ctx.get("tail", []) + by_ctx["rel"])
        parts.append(f"(?P<rc>(?:{_alt(by_ctx['cmp'])}){sep}(?:{every}))(?=\\s?(?:{_alt(rel_after)}))")
        split = re.compile(every)
    # a compound starts with a `cmp` abbreviation and goes on with `cmp` or `tail` ones (한미일, 러우)
    if by_ctx.get("cmp") and len(by_ctx["cmp"]) + len(by_ctx.get("tail", ())) >= 2:
        lead = _alt(by_ctx["cmp"])
        anyab = _alt(by_ctx["cmp"] + by_ctx.get("tail", []))
        n = int(ab_cfg.get("max_compound", 3)) - 1
        parts.append(f"(?P<cmp>(?:{lead})(?:{sep}(?:{anyab})){{1,{n}}}){rb}")
        split = split or re.compile(anyab)
    if by_ctx.get("pre") and ab_cfg.get("prefixes"):
        parts.append(f"(?:{_alt(ab_cfg['prefixes'])})(?P<pa>{_alt(by_ctx['pre'])}){rb}")
    # after a verb of going and before a clause's end (访荷。, 赴土并): the common words among them
    # (荷, 土) read as states there only
    if by_ctx.get("visit") and ab_cfg.get("visit_prefixes") and ab_cfg.get("visit_after"):
        parts.append(f"(?:{_alt(ab_cfg['visit_prefixes'])})(?P<va>{_alt(by_ctx['visit'])})"
                     f"(?=(?:{ab_cfg['visit_after']}))")
    if by_ctx.get("suf") and ab_cfg.get("suffixes"):
        parts.append(f"(?P<sa>{_alt(by_ctx['suf'])})(?={_alt(ab_cfg['suffixes'])})")
    inst = None
    if by_ctx.get("inst") and ab_cfg.get("institutions"):
        # a state's organ or official after its one-syllable name and a space (미 국방부, 러 외무부); tried on
        # its own, as the organ may be a name of its own (`미 합참`) that the gap before it does not hold
        inst = re.compile(lb + f"(?P<ia>{_alt(by_ctx['inst'])})(?=\\s(?:{_alt(ab_cfg['institutions'])}))")
    if by_ctx.get("alone"):
        # (`alone_left`: what may not stand right before one, as a Chinese character in a name, `崔浩中`)
        left_ok = ab_cfg.get("alone_left") or ""
        parts.append(f"{left_ok}(?P<al>{_alt(by_ctx['alone'])})(?!{letters})")
    abbrevs = re.compile(lb + "(?:" + "|".join(parts) + ")") if parts else None
    former = rules.get("former") or {}
    before = re.compile(f"(?:{former['before']})\\Z") if former.get("before") else None
    after = re.compile(former["after"]) if former.get("after") else None
    fold = re.compile("[" + "".join(class_escape(chr(c)) for c in lex.fold) + "]") if lex.fold else None
    present = re.compile(f"(?:{rules['present_day']})\\Z") if rules.get("present_day") else None
    return _Matcher(lex, names, prefixed, abbrevs, split, before, after, fold, inst, present)


def _names(m: _Matcher, text: str):
    """(match start, match end, name start, name end) of every full name, left to right, as one
    `finditer` over "prefixed name or name" would give them (the prefixed reading wins at a position)."""
    names, pre = m.names, m.prefixed
    if pre is None:
        for mo in names.finditer(text):
            s, e = mo.span()
            yield s, e, (mo.start("nl") if mo.lastgroup else s), e
        return
    a, b = pre.search(text), names.search(text)
    while a is not None or b is not None:
        if a is not None and (b is None or a.start() <= b.start()):
            pos = a.end()
            yield a.start(), pos, a.start("nl"), pos
        else:
            s, pos = b.span()
            yield s, pos, s, pos
        # a match starting at or after `pos` is still the next one from there
        if a is not None and a.start() < pos:
            a = pre.search(text, pos)
        if b is not None and b.start() < pos:
            b = names.search(text, pos)


# how far past the gap between names the words that vouch for an abbreviation are read (`미 합참`)
_ABBREV_LOOKAHEAD = 40

# how far before / after an official's name a "former" mark is looked for
_FORMER_WINDOW = 60


def _former(m: _Matcher, text: str, s: int, e: int, after: int = 0) -> bool:
    """True when the text marks the official at s:e as a former one (former President X, X 전 대통령).

    A mark before the name is looked for after `after` (the end of the previous official's name), so
    that "former President X met Y" marks X only.
    """
    if m.former_before is not None and m.former_before.search(text, max(after, s - _FORMER_WINDOW), s):
        return True
    return m.former_after is not None and m.former_after.match(text, e, e + _FORMER_WINDOW) is not None


def _choose(entry: Entry, year: int | None, prefer: set[str], historical: bool) -> tuple[Variant, str]:
    """Pick the variant of `entry` meant here, with a note on why."""
    vs = entry.variants
    if entry.official:
        term, covers = term_at(entry.official, year)
        v = next(v for v in vs if v.start == term.start and v.codes == (term.code,))
        note = f"official: {entry.name}, {term.label()}"
        if year is not None and not covers:
            note += f" (not in office in {year})"
        return v, note
    if len(vs) == 1:
        return vs[0], ""
    if all(v.start is not None or v.end is not None for v in vs):  # readings by era
        if year is not None:
            v = min(vs, key=lambda v: v.distance(year))
            return v, f"era reading for {year}"
        v = vs[0] if historical else vs[-1]
        return v, "era reading by context: " + ("historical names nearby" if historical else "modern")
    for v in vs:  # an ambiguous abbreviation: the candidate the context names
        if set(v.codes) & prefer:
            return v, "ambiguous; chosen by context"
    return vs[0], "ambiguous; first candidate"


_NO_CONTEXT: tuple[set[str], bool] = (set(), False)


def _context(raw: list, context: Collection[str], reg) -> tuple[set[str], bool]:
    """(codes preferred for ambiguous names, whether historical names are about) from all the hits."""
    sure = {c for *_, es in raw for en in es if len(en.variants) == 1 for c in en.variants[0].codes}
    # (a name that fixes a current state's era, `Russian Federation`, says nothing of the past)
    historical = any(reg.actors.get(c) and reg.actors[c].kind == "historical" for c in sure) or any(
        en.kind == "historical" and len(en.variants) == 1
        and not all(reg.actors.get(c) and reg.actors[c].kind == "state" for c in en.variants[0].codes)
        for *_, es in raw for en in es
    )
    return sure | set(context), historical


def _owned_organs(out: list[ActorMention], raw: list) -> list[ActorMention]:
    """An organ right after a state's one-syllable name (`미 합참`: the US Joint Chiefs, though `합참` alone
    is Korea's) is that state's."""
    owner_ends = {e for _s, e, g, _en in raw if g == "ia"}
    if not owner_ends:
        return out
    by_end = {m.end: m for m in out if m.end in owner_ends}
    return [replace(m, codes=by_end[m.start - 1].codes, why=f"{m.why}; of the state named before it")
            if m.kind == "organ" and (m.start - 1) in by_end else m for m in out]


class Gazetteer:
    """Actor names of every language, compiled on first use per language."""

    def __init__(self) -> None:
        self._matchers: dict[str, _Matcher] = {}
        # (compiling takes seconds; the web server warms every language in a thread while requests come)
        self._compiling = threading.Lock()

    def _matcher(self, lang: str) -> _Matcher:
        m = self._matchers.get(lang)
        if m is None:
            with self._compiling:
                m = self._matchers.get(lang)
                if m is None:
                    lex = lexicon(lang)
                    if not lex.rules:
                        lex.rules = dict(_DEFAULT_RULES)
                    m = self._matchers[lang] = _compile(lex)
        return m

    def find(
        self, text: str, lang: str, year: int | None = None, context: Collection[str] = ()
    ) -> list[ActorMention]:
        """Actor mentions in `text` (offsets into it), sorted and non-overlapping.

        `year` picks the reading of officials and era-dependent names (조선 before 1948 is
        H.JOSEON, after it PRK); `context` lists codes already known from the document
        (e.g. its title) to settle ambiguous abbreviations such as 阿.
        """
        m = self._matcher(lang)
        lex = m.lex
        # translate() with a dict costs a lookup per character: only when something is to fold
        folded = text.translate(lex.fold) if m.foldable is not None and m.foldable.search(text) else text
        forms, abbrevs = lex.forms, m.abbrevs
        raw: list[tuple[int, int, str, list[Entry]]] = []
        prev = 0
        # names first; abbreviations only in the gaps between them (full names and blockers win),
        # so `raw` comes out in text order
        for ms, me, s, e in _names(m, folded):
            if abbrevs is not None and ms > prev:
                self._abbrevs(m, folded, prev, ms, raw)
            prev = me
            entry = forms[folded[s:e]]
            if entry.variants:
                raw.append((s, e, "lit", [entry]))
            elif entry.kind == "word" and abbrevs is not None:
                # a common word that is also a pair of abbreviations (미소 "smile", 美德 "virtue") is
                # the pair before a word for relations (미소 관계, 美德关系): that word vouches for it
                mo = abbrevs.match(folded, s)
                if mo is not None and mo.lastgroup == "rc" and mo.end("rc") == e:
                    raw.append((s, e, "cmp", [lex.abbrevs[p.group()] for p in m.split.finditer(folded, s, e)]))
        if abbrevs is not None and prev < len(folded):
            self._abbrevs(m, folded, prev, len(folded), raw)
        if not raw:
            return []
        reg = registry()
        # what the context says (codes named for sure, historical names nearby) only matters to names
        # with several readings that are not officials: worked out the first time one comes
        ctx: tuple[set[str], bool] | None = None
        out = []
        last_official = 0
        for s, e, g, entries in raw:
            if m.present_day is not None and m.present_day.search(folded, max(0, s - _FORMER_WINDOW), s):
                # `in present-day Vietnam`, `今越南南部`: where a thing was, named as of today
                continue
            if g == "lit":
                en = entries[0]
                if not en.official and len(en.variants) == 1:  # the common case: one reading
                    v0 = en.variants[0]
                    if (year is not None and en.kind == "capital" and not v0.covers(year)
                            and all(resolve_at(c, year) == c for c in v0.codes)):
                        # a capital before its state's time (`Vilnius` in 1812) stands for none, unless the
                        # state's name then stood for a polity of its own (`Kyiv` in 1000: Kievan Rus')
                        continue
                    out.append(ActorMention(s, e, text[s:e], en.variants[0].codes, en.kind, en.why))
                    continue
            if ctx is None and any(not en.official and len(en.variants) > 1 for en in entries):
                ctx = _context(raw, context, reg)
            prefer, historical = ctx or _NO_CONTEXT
            if g == "cmp":
                codes: list[str] = []
                for en in entries:
                    v, _ = _choose(en, year, prefer, historical)
                    codes += [c for c in v.codes if c not in codes]
                if len(codes) < 2:
                    continue
                kind = "dyad" if len(codes) == 2 else "group"
                why = "compound of abbreviations: " + " + ".join(en.name for en in entries)
                out.append(ActorMention(s, e, text[s:e], tuple(codes), kind, why))
                continue
            en = entries[0]
            if en.official:
                former = _former(m, folded, s, e, last_official)
                last_official = e
                if former:
                    continue
            v, note = _choose(en, year, prefer, historical)
            kind = en.kind
            if g in ("pa", "va", "sa", "al", "ia"):
                a = reg.actors.get(v.codes[0])
                kind = "historical" if a and a.kind == "historical" else "state"
            why = en.why + (f"; {note}" if note else "")
            out.append(ActorMention(s, e, text[s:e], v.codes, kind, why))
        return _owned_organs(out, raw)

    @staticmethod
    def _abbrevs(m: _Matcher, folded: str, start: int, end: int, raw: list) -> None:
        lex = m.lex
        n = len(raw)
        for mo in m.abbrevs.finditer(folded, start, end):
            g = mo.lastgroup
            s, e = mo.span(g)
            if g in ("cmp", "rc"):
                raw.append((s, e, "cmp", [lex.abbrevs[p.group()] for p in m.split.finditer(folded, s, e)]))
            else:
                raw.append((s, e, g, [lex.abbrevs[folded[s:e]]]))
        if m.inst is not None:
            taken = [(s, e) for s, e, _g, _en in raw[n:]]
            for mo in m.inst.finditer(folded, start, min(len(folded), end + _ABBREV_LOOKAHEAD)):
                s, e = mo.span("ia")
                if e > end:
                    break
                if not any(a < e and s < b for a, b in taken):
                    raw.append((s, e, "ia", [lex.abbrevs[folded[s:e]]]))
            raw[n:] = sorted(raw[n:], key=lambda r: r[0])

    def resolve(self, name: str, lang: str | None = None, year: int | None = None) -> list[Resolution]:
        """Every reading of `name` (an actor code, or a name in `lang` or any language), with why."""
        name = name.strip()
        reg = registry()
        code = canonical(name)
        if code in reg.actors:
            why = "actor code" if code == name else f"actor code (alias of {code})"
            return [Resolution(code, reg.actors[code].kind, self.name(code, lang or "en"), why)]
        langs = [lang] if lang else _languages()
        out: list[Resolution] = []
        for lg in langs:
            lex = self._matcher(lg).lex
            entry = lex.forms.get(name.translate(lex.fold))
            if entry is not None:
                out += self._readings(entry, lg, year)
        if not out:
            for lg in langs:
                for mt in self.find(name, lg, year):
                    out += [
                        Resolution(c, mt.kind, self.name(c, lg), f"found '{mt.text}': {mt.why}")
                        for c in mt.codes
                    ]
        seen: set[tuple[str, str]] = set()
        return [r for r in out if (r.code, r.why) not in seen and not seen.add((r.code, r.why))]

    def _readings(self, entry: Entry, lang: str, year: int | None) -> list[Resolution]:
        if entry.official:
            reg = registry()
            terms = reg.officials[entry.official]
            if year is not None:
                term, covers = term_at(entry.official, year)
                terms = (term,)
            notes = ", ".join(t.label() for t in registry().officials[entry.official])
            return [
                Resolution(
                    t.code,
                    "official",
                    self.name(t.code, lang),
                    f"{entry.why}; official: {entry.name}, {notes}",
                )
                for t in terms
            ]
        if not entry.variants:
            if entry.kind == "word":
                return [Resolution("-", "word", entry.name,
                                   f"{entry.why}; a common word, a pair of states only before a word for relations")]
            return [Resolution("-", "blocker", entry.name, f"{entry.why}; never an actor")]
        variants = entry.variants
        if year is not None and len(variants) > 1 and all(v.start or v.end for v in variants):
            variants = (min(variants, key=lambda v: v.distance(year)),)
        out = []
        for v in variants:
            era = "" if v.start is None and v.end is None else f" [{v.start or ''}-{v.end or ''}]"
            kind = entry.kind if len(v.codes) == 1 or entry.kind in ("dyad", "group") else "group"
            out += [Resolution(c, kind, self.name(c, lang), entry.why + era) for c in v.codes]
        return out

    def name(self, code: str, lang: str = "en") -> str:
        """Display name of `code` in `lang` (falls back to English, then to the code)."""
        code = canonical(code)
        for lg in (lang, "en"):
            n = lexicon(lg).display.get(code)
            if n:
                return n
        return code

    def lineage(self, code: str) -> str | None:
        """Current state continuing `code` (the code itself for current states, None for IGOs)."""
        return lineage(code)

    def lineages(self, code: str) -> tuple[str, ...]:
        """All current states continuing `code` (H.KYIVRUS -> RUS, UKR, BLR)."""
        return lineages(code)

    def kind(self, code: str) -> str:
        """state | territory | historical | unrecognised | org ('' for an unknown code)."""
        a = registry().actors.get(canonical(code))
        return a.kind if a else ""

    def codes(self) -> list[str]:
        """All known actor codes."""
        return sorted(registry().actors)


def _languages() -> list[str]:
    from dyad.lang import languages

    return languages()


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The shared gazetteer (matchers are compiled lazily, once per language)."""
    return Gazetteer()
