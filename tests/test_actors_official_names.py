"""States' official long names (`lang/<code>/actors_official.tsv`, from Debian iso-codes) resolve to
the state, in every language and inflected, and are not split into a shorter wrong name."""

from __future__ import annotations

import pytest

from dyad.actors import default_gazetteer

CASES = [
    ("en", "the Hashemite Kingdom of Jordan and the United Mexican States", ["JOR", "MEX"]),
    # (not the Republic of Vietnam of 1955-1975, nor Iran's `Islamic Republic`)
    ("en", "the Socialist Republic of Vietnam", ["VNM"]),
    ("en", "the Islamic Republic of Pakistan", ["PAK"]),
    ("en", "the Plurinational State of Bolivia", ["BOL"]),
    ("ko", "요르단 하심 왕국과 멕시코 합중국", ["JOR", "MEX"]),
    ("zh", "越南社会主义共和国与约旦哈希姆王国", ["VNM", "JOR"]),
    ("ru", "между Социалистической Республикой Вьетнам и Исламской Республикой Пакистан", ["VNM", "PAK"]),
]


@pytest.mark.parametrize(("lang", "text", "codes"), CASES)
def test_official_name_is_one_state(lang: str, text: str, codes: list[str]) -> None:
    found = default_gazetteer().find(text, lang, year=2000)
    assert [m.codes for m in found] == [(c,) for c in codes]
