"""The trigger scanner finds exactly what the naive `finditer` over the whole alternation finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.events.lexicon import lexicon
from dyad.events.scan import AltScanner
from dyad.read import read_file
from dyad.text import segment


def spans(it):
    return [(m.span(), m.lastgroup) for m in it]


def naive(alts, flags):
    return re.compile("|".join(f"(?P<{n}>{p})" for n, p in alts), flags)


def test_first_alternative_wins_and_matches_do_not_overlap():
    alts = [("a", "abc"), ("b", "ab"), ("c", "bcd"), ("d", "c")]
    sc = AltScanner(alts)
    text = "xabcd abd bcd"
    assert spans(sc.finditer(text)) == spans(naive(alts, 0).finditer(text))
    assert [m.lastgroup for m in sc.finditer(text)] == ["a", "b", "c"]


def test_ignorecase_lookbehind_classes_and_any():
    alts = [("w", r"(?<!\w)(?:sign(?:ed)?)(?!\w)"), ("d", r"\$?[\d.,]+\s*deals?"), ("x", r".a"),
            ("k", r"(?:K|x)elvin")]
    for flags in (0, re.IGNORECASE):
        sc = AltScanner(alts, flags)
        for text in ("Resigned; SIGNED a $20 deal, 3 Deals", "\u212aelvin kelvin", "signs sign"):
            assert spans(sc.finditer(text)) == spans(naive(alts, flags).finditer(text))


def test_nullable_alternatives_fall_back_to_finditer():
    alts = [("e", "x*"), ("y", "y")]
    sc = AltScanner(alts)
    assert spans(sc.finditer("axyy")) == spans(naive(alts, 0).finditer("axyy"))


def test_search_from_a_position():
    sc = AltScanner([("a", r"(?<!\w)war"), ("b", "peace")], re.IGNORECASE, lead=r"(?<!\w)")
    assert sc.search("prewar War peace", 4).span() == (7, 10)
    assert sc.search("prewar", 0) is None


_pat = st.text("abAB", min_size=1, max_size=3).map(re.escape) | st.sampled_from(
    [r"a+b", r"[ab]c?", r"(?:ab|ba)a", r"b?a", r"\d+a", r"(?<!a)b", r"a(?=b)", r"(?:x|a{2})"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_pat, min_size=1, max_size=6), st.text("abAB1 ", max_size=30), st.booleans())
def test_random_alternations_match_finditer(pats, text, icase):
    alts = [(f"t{i}", p) for i, p in enumerate(pats)]
    flags = re.IGNORECASE if icase else 0
    assert spans(AltScanner(alts, flags).finditer(text)) == spans(naive(alts, flags).finditer(text))


def test_triggers_on_all_seed_sentences_are_unchanged(seeds_dir):
    n = 0
    for f in sorted(seeds_dir.iterdir()):
        for doc in read_file(f):
            for s in segment(doc).sentences:
                sc = lexicon(s.lang or doc.lang).triggers
                if sc is None:
                    continue
                ref = re.compile(sc.full.pattern, sc.full.flags)
                got = spans(sc.finditer(s.text))
                assert got == spans(ref.finditer(s.text)), s.text[:60]
                n += len(got)
    assert n > 500
