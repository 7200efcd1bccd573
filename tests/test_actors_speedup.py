"""The fast name regexes (trie_dispatch, separate prefixed scan) match exactly what the plain trie did."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.actors.gazetteer import _names, default_gazetteer
from dyad.actors.trie import trie_branches, trie_dispatch, trie_regex

_ALPHA = "abc가나다中俄美-]^\\"
_LEFT = "[a가]"


def _plain(words: list[str], text: str, left: str | None) -> list[tuple[int, int]]:
    lb = f"(?<!{left})" if left else ""
    return [m.span() for m in re.finditer(lb + f"(?:{trie_regex(words)})", text)]


def _fast(words: list[str], text: str, left: str | None) -> list[tuple[int, int]]:
    late = rf"(?<!{left}[\s\S])" if left else ""
    return [m.span() for m in re.finditer(trie_dispatch(words, late), text)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(_ALPHA, min_size=1, max_size=4), min_size=1, max_size=60),
    st.text(_ALPHA, max_size=40),
    st.sampled_from([None, _LEFT]),
)
def test_dispatch_matches_plain_trie(words, text, left):
    words = sorted(set(words))
    assert _fast(words, text, left) == _plain(words, text, left)


def test_dispatch_buckets_many_first_characters():
    # enough first characters for several buckets; boundary checked one character late
    words = sorted({chr(0xAC00 + 7 * i) + "국" for i in range(300)} | {"가", "가나"})
    text = "가나 " + "".join(w + " x" + w for w in words[::17]) + " 나가나"
    for left in (None, "[가-힣]"):
        assert _fast(words, text, left) == _plain(words, text, left)


def test_dispatch_of_nothing_and_one_branch():
    assert re.search(trie_dispatch([]), "anything") is None
    assert [m.group() for m in re.finditer(trie_dispatch(["ab", "abc"]), "abcab")] == ["abc", "ab"]
    assert trie_branches(["ba", "b", "ac"]) == [("a", "c"), ("b", "a?")]


def test_prefixed_reading_wins_at_its_position_and_later_names_still_found():
    g = default_gazetteer()
    g.find("x", "ko")
    m = g._matcher("ko")
    # 친 + 러시아 is read as the name after the prefix; 미국 later is found by the other scan
    text = "친러시아 세력과 미국"
    spans = list(_names(m, text))
    assert spans[0][:2] == (0, 4) and text[spans[0][2] : spans[0][3]] == "러시아"
    assert any(text[s:e] == "미국" for *_, s, e in spans)
    found = g.find(text, "ko")
    assert [x.text for x in found][:1] == ["러시아"]
    assert "USA" in {c for x in found for c in x.codes}


def test_left_boundary_still_applies_to_chinese_and_korean():
    g = default_gazetteer()
    # a date number right before a Chinese name: the name starts after it, and is still found
    assert [x.text for x in g.find("5日俄罗斯与美国", "zh")] == ["俄罗斯", "美国"]
    # a Hangul syllable right before a Korean name: not the start of a name
    assert not any(x.text == "미국" for x in g.find("가미국", "ko"))
    assert [x.text for x in g.find("(미국)", "ko")] == ["미국"]


def test_fold_only_when_needed_keeps_offsets():
    g = default_gazetteer()
    trad = g.find("俄羅斯與美國", "zh")
    simp = g.find("俄罗斯与美国", "zh")
    assert [(x.start, x.end, x.codes) for x in trad] == [(x.start, x.end, x.codes) for x in simp]
    assert [x.text for x in trad] == ["俄羅斯", "美國"]
