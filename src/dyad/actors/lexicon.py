"""Per-language name lexicon: CLDR territory names (Babel) plus the curated files in `lang/<code>/`.

Files read for a language (all optional):

- `actors_rules.yaml`: boundaries, character folding, inflection rules, abbreviation contexts.
- `actors_names.tsv`, `actors_historical.tsv` (polities of the past) and `actors_places.tsv` (regions,
  cities, islands: kind `place`, the state they belong to): `name, codes, kind, note`;
  codes are `|`-separated alternatives, each space-separated codes with an optional `@from-to` year range (`H.JOSEON@-1947|PRK@1948-`).
- `actors_official.tsv`: states' official long names (`United Mexican States`), the same columns,
  generated from Debian iso-codes by `tools/official_names.py`.
- `actors_officials.tsv`: `name, official id` (terms in `actors/data/officials.yaml`).
- `actors_fold.tsv`: `character, character`; more one-to-one folds than `fold` in the rules (e.g.
  every Traditional Chinese character to its Simplified form).
- `actors_abbrev.tsv`: `abbreviation, codes, contexts`; one-character state names (俄, 러, 美) that
  only refer in compounds (`cmp`; `tail`: only after the first one), after a prefix (`pre`), before a
  suffix (`suf`), after a verb of going and before a clause's end (`visit`: 访荷。, with
  `abbrev.visit_prefixes` and the regex `abbrev.visit_after`), standing alone between non-letters
  (`alone`), or as the second of a pair before a
  relation word of `abbrev.rel_after` (`rel`: 中不关系), or before a space and an organ or official of
  `abbrev.institutions` (`inst`: 미 국방부). Ambiguous ones list `|`-separated candidates.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from babel import Locale, UnknownLocaleError

from dyad.lang import load_tsv, load_yaml

from .registry import YearSpan, registry

# Extra CLDR locales whose names are also used in a language's texts.
_EXTRA_LOCALES = {"zh": ("zh_Hant",)}
_NAMES_FILE = "actors_names.tsv"
# names files in the same form: current states and organisations, then historical polities by era
# (generated official names first: a curated row of the same name overrides one)
_NAME_FILES = ("actors_official.tsv", _NAMES_FILE, "actors_historical.tsv", "actors_places.tsv")
_OFFICIALS_FILE = "actors_officials.tsv"
_ABBREV_FILE = "actors_abbrev.tsv"
_RULES_FILE = "actors_rules.yaml"
_FOLD_FILE = "actors_fold.tsv"


@dataclass(frozen=True)
class Variant(YearSpan):
    """One reading of a name: the codes it names, within an optional year range."""

    codes: tuple[str, ...]
    start: int | None = None
    end: int | None = None
    note: str = ""  # e.g. the official's role and term


@dataclass(frozen=True)
class Entry:
    """What a surface form means. No variants: a blocker (a string that is never an actor), or kind `word`
    (a common word that is a pair of abbreviations only before a word for relations, 미소 관계)."""

    name: str  # the base (uninflected) name
    kind: str
    variants: tuple[Variant, ...]
    why: str
    official: str | None = None


@dataclass
class Lexicon:
    """Every surface form of one language (folded) -> Entry, plus abbreviations and rules."""

    lang: str
    forms: dict[str, Entry] = field(default_factory=dict)
    abbrevs: dict[str, Entry] = field(default_factory=dict)
    abbrev_ctx: dict[str, frozenset[str]] = field(default_factory=dict)
    rules: dict = field(default_factory=dict)
    fold: dict[int, int] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)  # code -> display name


def parse_codes(spec: str) -> tuple[Variant, ...]:
    """`H.JOSEON@-1947|PRK@1948-` -> variants; `-` -> none (a blocker)."""
    if spec.strip() in ("", "-"):
        return ()
    out = []
    for alt in spec.split("|"):
        alt = alt.strip()
        years = None
        if "@" in alt:
            alt, years = alt.split("@", 1)
        codes = tuple(alt.split())
        start = end = None
        if years:
            a, _, b = years.partition("-")
            start, end = (int(a) if a else None), (int(b) if b else None)
        out.append(Variant(codes, start, end))
    return tuple(out)


def _fold_table(lang: str, rules: dict) -> dict[int, int]:
    table = {}
    pairs = [(r[0], r[1]) for r in load_tsv(lang, _FOLD_FILE) if len(r) > 1]
    for a, b in pairs + list((rules.get("fold") or {}).items()):
        if len(a) != 1 or len(b) != 1:
            raise ValueError(
                f"fold maps one character to one character (offsets must not move): {a!r}->{b!r}"
            )
        table[ord(a)] = ord(b)
    return table


def _inflections(name: str, kind: str, rules: dict) -> set[str]:
    """Inflected forms of `name` from the `inflect` rules of the language (the name itself included)."""
    inflect = rules.get("inflect") or {}
    spec = inflect.get(kind) or inflect.get("default")
    if not spec:
        return {name}
    classes = spec.get("classes") or inflect.get("classes") or {}
    table = sorted(spec.get("rules") or (), key=lambda r: -len(r[0]))
    min_len = spec.get("min_length", 3)
    words = name.split(" ")
    idx = range(len(words)) if spec.get("scope", "each") == "each" else [len(words) - 1]

    def forms(word: str) -> list[str]:
        if len(word) < min_len or not word[-1].isalpha() or word.isupper():
            return [word]
        for ending, repl in table:
            if ending.startswith("@"):  # a character class from `classes`, e.g. @C = consonants
                if word[-1] in classes.get(ending[1:], ""):
                    return [word + r for r in repl]
            elif word.endswith(ending):
                stem = word[: len(word) - len(ending)]
                return [stem + r for r in repl]
        return [word]

    options = [forms(w) if i in idx else [w] for i, w in enumerate(words)]
    out = {" ".join(p) for p in itertools.islice(itertools.product(*options), 400)}
    out.add(name)
    return out


def _variants_of(name: str, rules: dict) -> set[str]:
    """Spelling variants that do not depend on the kind: optional spaces, capitalised first letter."""
    out = {name}
    if rules.get("space_optional") and " " in name:
        out.add(name.replace(" ", ""))
    if rules.get("capitalize_lowercase") and name[:1].islower():
        out |= {n[:1].upper() + n[1:] for n in list(out)}
    for a, b in (rules.get("spellings") or {}).items():  # e.g. ё written as е is handled by fold
        out |= {n.replace(a, b) for n in list(out) if a in n}
    return out


def _add(lex: Lexicon, name: str, entry: Entry, override: bool) -> None:
    for inflected in _inflections(name, "official" if entry.official else entry.kind, lex.rules):
        for form in _variants_of(inflected, lex.rules):
            key = form.translate(lex.fold)
            if override or key not in lex.forms:
                lex.forms[key] = entry


def _cldr_names(lang: str) -> list[tuple[str, set[str], str, str]]:
    """(name, forms, code, locale:territory) for every CLDR territory name that maps to a known actor."""
    reg = registry()
    out = []
    for loc in (lang, *_EXTRA_LOCALES.get(lang, ())):
        try:
            territories = Locale.parse(loc).territories
        except (UnknownLocaleError, ValueError):
            continue
        for iso2, name in territories.items():
            code = reg.by_iso2.get(iso2)
            if not code:
                continue
            names = {name}
            # "홍콩(중국 특별행정구)", "Конго - Киншаса": the part before the qualifier is used too
            short = re.split(r"\s*[(（]|\s+-\s+", name)[0].strip()
            if len(short) >= 2 and code not in ("COD", "COG"):
                names.add(short)
            if "&" in name:
                conj = (load_yaml(lang, _RULES_FILE) or {}).get("ampersand")
                if conj:  # "Trinidad & Tobago" is also written with the language's "and"
                    names.add(name.replace("&", conj))
            out.append((name, names, code, f"{loc}:{iso2}"))
    return out


def _add_place_blockers(lex: Lexicon) -> None:
    """Blockers from the `place_templates` of the rules: places named after a state or a capital
    (`Sea of {}`, `Gulf of {}`, `{} City`; `mayor of {}`) are not actors."""
    templates = lex.rules.get("place_templates") or {}
    if not templates:
        return
    by_kind: dict[str, set[str]] = {}
    for entry in set(lex.forms.values()):
        if entry.variants and entry.kind in templates:
            by_kind.setdefault(entry.kind, set()).add(entry.name)
    for kind, names in by_kind.items():
        for name in sorted(names):
            for t in templates[kind]:
                place = t.format(name)
                _add(lex, place, Entry(place, "blocker", (), f"place named after {name} ({t})"), False)


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """The lexicon of `lang` (cached)."""
    reg = registry()
    rules = load_yaml(lang, _RULES_FILE) or {}
    lex = Lexicon(lang, rules=rules, fold=_fold_table(lang, rules))
    for name, forms, code, where in _cldr_names(lang):
        kind = "org" if reg.actors[code].kind == "org" else "state"
        entry = Entry(name, kind, (Variant((code,)),), f"CLDR territory name ({where})")
        for form in forms:
            _add(lex, form, entry, False)
        if where.startswith(lang + ":"):
            lex.display.setdefault(code, name)
    for file, row in [(f, r) for f in _NAME_FILES for r in load_tsv(lang, f)]:
        name, spec, kind = row[0], row[1], row[2] if len(row) > 2 else "state"
        note = row[3] if len(row) > 3 else ""
        variants = parse_codes(spec)
        why = f"lang/{lang}/{file}: {name} ({kind}{', ' + note if note else ''})"
        _add(lex, name, Entry(name, kind, variants, why), True)
        if kind in ("state", "historical", "unrecognised", "org") and len(variants) == 1:
            if len(variants[0].codes) == 1:
                lex.display.setdefault(variants[0].codes[0], name)
    _add_place_blockers(lex)
    for row in load_tsv(lang, _OFFICIALS_FILE):
        name, oid = row[0], row[1]
        if oid not in reg.officials:
            raise ValueError(f"lang/{lang}/{_OFFICIALS_FILE}: unknown official id {oid!r}")
        variants = tuple(Variant((t.code,), t.start, t.end, t.label()) for t in reg.officials[oid])
        why = f"lang/{lang}/{_OFFICIALS_FILE}: {name} = {oid}"
        _add(lex, name, Entry(name, "official", variants, why, official=oid), True)
    for row in load_tsv(lang, _ABBREV_FILE):
        abbr, spec = row[0], row[1]
        ctx = frozenset(c.strip() for c in (row[2] if len(row) > 2 else "cmp").split(",") if c.strip())
        # candidates of an ambiguous abbreviation are alternatives of one code each
        variants = tuple(Variant((c,)) for c in spec.split("|"))
        key = abbr.translate(lex.fold)
        lex.abbrevs[key] = Entry(abbr, "state", variants, f"lang/{lang}/{_ABBREV_FILE}: {abbr} = {spec}")
        lex.abbrev_ctx[key] = ctx
    return lex
