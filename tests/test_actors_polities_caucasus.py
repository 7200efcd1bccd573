"""Georgian, Armenian and other polities of 1200-1924: codes, aliases and names by era (hand-written snippets)."""

from __future__ import annotations

import pytest

from dyad.actors import canonical, default_gazetteer, lineages, resolve_at, same_lineage


@pytest.fixture(scope="module")
def g():
    return default_gazetteer()


def codes(g, text, lang, year=None):
    return [m.codes for m in g.find(text, lang, year)]


@pytest.mark.parametrize(
    "alias,code",
    [
        ("H.AUSHUN", "H.AUSTRIAHUNGARY"),
        ("H.AUTHUN", "H.AUSTRIAHUNGARY"),
        ("H.KARTLI", "H.KARTLIKAKHETI"),  # the project's older code keeps its meaning
        ("H.KAKHETIA", "H.KAKHETI"),
        ("H.GEORGIAKINGDOM", "H.GEORGIA"),
        ("H.SAMEGRELO", "H.MINGRELIA"),
        ("H.ABKHAZIA", "H.ABKHAZPRINC"),
        ("H.CILICIANARMENIA", "H.CILICIA"),
        ("X.UHTUA", "X.NKARELIA"),
    ],
)
def test_aliases(alias, code):
    assert canonical(alias) == code


def test_lineages():
    for code in ("H.KARTLIKINGDOM", "H.KAKHETI", "H.IMERETI", "H.GURIA", "H.MINGRELIA", "H.SVANETI"):
        assert lineages(code) == ("GEO",), code
    assert same_lineage("H.ABKHAZPRINC", "X.ABKHAZIA") and canonical("H.ABKHAZPRINC") != "X.ABKHAZIA"
    assert same_lineage("H.CILICIA", "ARM") and same_lineage("H.ARMENIA", "ARM")
    assert not same_lineage("H.CILICIA", "TUR")
    assert same_lineage("X.NKARELIA", "RUS") and not same_lineage("X.NKARELIA", "FIN")


@pytest.mark.parametrize(
    "code,year,want",
    [
        ("GEO", 1600, "GEO"),  # no single polity between 1490 and 1762
        ("GEO", 1790, "H.KARTLIKAKHETI"),
        ("SRB", 1830, "SRB"),
        ("SRB", 1900, "SRB"),
        ("SRB", 1950, "YUG"),
        ("MNG", 1915, "MNG"),
        ("ARM", 1000, "ARM"),
    ],
)
def test_eras(code, year, want):
    assert resolve_at(code, year) == want


def test_english(g):
    text = "The Kingdom of Kakheti sent envoys to Moscow; the Kingdom of Imereti fought the Principality of Guria."
    assert codes(g, text, "en", 1600) == [("H.KAKHETI",), ("RUS",), ("H.IMERETI",), ("H.GURIA",)]
    text = "the Principality of Mingrelia, the Principality of Svaneti and the Principality of Abkhazia"
    assert codes(g, text, "en", 1800) == [("H.MINGRELIA",), ("H.SVANETI",), ("H.ABKHAZPRINC",)]
    assert codes(g, "the Kingdom of Kartli", "en", 1700) == [("H.KARTLIKINGDOM",)]
    assert codes(g, "the Kingdom of Georgia", "en", 1200) == [("H.GEORGIA",)]
    assert codes(g, "the Kingdom of Georgia", "en", 1783) == [("H.KARTLIKAKHETI",)]
    assert codes(g, "the Kingdom of Armenia", "en", 950) == [("H.ARMENIA",)]
    assert codes(g, "the Kingdom of Armenia", "en", 1300) == [("H.CILICIA",)]
    assert codes(g, "Cilician Armenia and the Mamluks", "en") == [("H.CILICIA",), ("H.MAMLUK",)]
    assert codes(g, "the Principality of Serbia", "en", 1830) == [("SRB",)]
    assert codes(g, "the Kingdom of Serbia", "en", 1910) == [("SRB",)]
    assert codes(g, "the Bogd Khanate", "en", 1913) == [("MNG",)]
    assert codes(g, "the Uhtua Republic asked Finland for help", "en", 1919) == [("X.NKARELIA",), ("FIN",)]
    assert codes(g, "Austria-Hungary", "en") == [("H.AUSTRIAHUNGARY",)]


def test_english_modern_names_unchanged(g):
    assert codes(g, "Georgia and Armenia met; Abkhazia objected.", "en", 2008) == [
        ("GEO",),
        ("ARM",),
        ("X.ABKHAZIA",),
    ]
    assert codes(g, "wine from Kakheti and North Karelia", "en", 2020) == []


def test_korean(g):
    assert codes(g, "카헤티 왕국은 러시아에 사절을 보냈다", "ko", 1600) == [("H.KAKHETI",), ("RUS",)]
    assert codes(g, "이메레티 왕국과 구리아 공국", "ko", 1700) == [("H.IMERETI",), ("H.GURIA",)]
    assert codes(g, "조지아 왕국이 러시아의 보호를 받았다", "ko", 1783) == [("H.KARTLIKAKHETI",), ("RUS",)]
    assert codes(g, "조지아와 그루지야는", "ko", 2008) == [("GEO",), ("GEO",)]
    assert codes(g, "압하지야 공국과 압하지야", "ko") == [("H.ABKHAZPRINC",), ("X.ABKHAZIA",)]
    assert codes(g, "킬리키아 아르메니아 왕국은", "ko", 1250) == [("H.CILICIA",)]
    assert codes(g, "복드 칸국", "ko", 1912) == [("MNG",)]


def test_chinese(g):
    assert codes(g, "卡赫季王国与伊梅列季王国", "zh", 1650) == [("H.KAKHETI",), ("H.IMERETI",)]
    assert codes(g, "格鲁吉亚王国与俄国", "zh", 1783) == [("H.KARTLIKAKHETI",), ("RUS",)]
    assert codes(g, "格鲁吉亚", "zh", 2008) == [("GEO",)]
    assert codes(g, "阿布哈兹公国和阿布哈兹", "zh") == [("H.ABKHAZPRINC",), ("X.ABKHAZIA",)]
    assert codes(g, "奇里乞亚亚美尼亚王国", "zh", 1250) == [("H.CILICIA",)]
    assert codes(g, "加大亚美尼亚投资", "zh", 2020) == [("ARM",)]
    assert codes(g, "塞尔维亚公国", "zh", 1850) == [("SRB",)]


def test_russian(g):
    text = "Россия заключила союз с Имеретинским царством против Гурийского княжества"
    assert codes(g, text, "ru", 1790) == [("RUS",), ("H.IMERETI",), ("H.GURIA",)]
    assert codes(g, "присоединение Грузинского царства", "ru", 1801) == [("H.KARTLIKAKHETI",)]
    assert codes(g, "послы Кахетинского царства", "ru", 1590) == [("H.KAKHETI",)]
    assert codes(g, "имеретинский царь", "ru", 1800) == [("H.IMERETI",)]
    assert codes(g, "Абхазского княжества и Абхазии", "ru") == [("H.ABKHAZPRINC",), ("X.ABKHAZIA",)]
    assert codes(g, "Киликийской Армении", "ru", 1250) == [("H.CILICIA",)]
    assert codes(g, "Ухтинской республики", "ru", 1919) == [("X.NKARELIA",)]
    assert codes(g, "Княжество Сербия", "ru", 1850) == [("SRB",)]
    assert codes(g, "Грузия и Армения", "ru", 2008) == [("GEO",), ("ARM",)]
