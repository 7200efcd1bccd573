"""Places (kind `place`): the state a region, city or island belonged to, by era, in en, ko, zh, ru."""

from __future__ import annotations

import pytest

from dyad.actors import default_gazetteer
from dyad.actors.lexicon import parse_codes
from dyad.actors.registry import registry
from dyad.lang import load_tsv

LANGS = ("en", "ko", "zh", "ru")


@pytest.fixture(scope="module")
def g():
    return default_gazetteer()


def places(g, text, lang, year=None):
    return [(m.text, m.codes) for m in g.find(text, lang, year) if m.kind == "place"]


def place_codes(g, text, lang, year=None):
    return [m.codes[0] for m in g.find(text, lang, year) if m.kind == "place"]


# --- the files: every code is known, every era-dependent row gives every alternative a range
@pytest.mark.parametrize("lang", LANGS)
def test_rows_are_well_formed(lang):
    reg = registry()
    rows = load_tsv(lang, "actors_places.tsv")
    assert len(rows) >= 200
    for row in rows:
        name, spec, kind = row[0], row[1], row[2]
        assert kind in ("place", "blocker"), row
        variants = parse_codes(spec)
        if kind == "blocker":
            assert not variants
            continue
        assert variants, row
        for v in variants:
            for c in v.codes:
                assert c in reg.actors or c in reg.aliases, (lang, name, c)
        if len(variants) > 1:  # otherwise the year could not pick one
            assert all(v.start is not None or v.end is not None for v in variants), row


@pytest.mark.parametrize("lang", LANGS)
def test_no_place_is_a_state_or_capital_of_the_other_files(lang):
    others = {r[0] for f in ("actors_names.tsv", "actors_historical.tsv") for r in load_tsv(lang, f)}
    mine = {r[0] for r in load_tsv(lang, "actors_places.tsv")}
    assert not (mine & others)


# --- the same war-zone places in the four languages
@pytest.mark.parametrize(
    "text,lang,year,expected",
    [
        ("Russia shelled Kharkiv and Mariupol", "en", 2022, ["UKR", "UKR"]),
        ("Ukrainian drones struck Belgorod and the Kursk region", "en", 2024, ["RUS", "RUS"]),
        ("러시아군이 마리우폴을 점령했다", "ko", 2022, ["UKR"]),
        ("우크라이나군이 쿠르스크주로 진격했다", "ko", 2024, ["RUS"]),
        ("俄军炮击哈尔科夫", "zh", 2022, ["UKR"]),
        ("乌军无人机袭击别尔哥罗德", "zh", 2023, ["RUS"]),
        ("ВСУ атаковали Белгород", "ru", 2023, ["RUS"]),
        ("удары по Харькову и обстрел Херсона", "ru", 2022, ["UKR", "UKR"]),
        ("бои под Бахмутом и в Запорожской области", "ru", 2023, ["UKR", "UKR"]),
    ],
)
def test_war_zone_places(g, text, lang, year, expected):
    assert place_codes(g, text, lang, year) == expected


# --- contested places: the sovereign the UN recognises, else the holder
@pytest.mark.parametrize(
    "text,lang,year,code",
    [
        ("Russia annexed Crimea", "en", 2014, "UKR"),
        ("러시아의 크림반도 합병", "ko", 2014, "UKR"),
        ("俄罗斯吞并克里米亚", "zh", 2014, "UKR"),
        ("присоединение Крыма", "ru", 2014, "UKR"),
        ("Israel struck targets in the Golan Heights", "en", 1973, "SYR"),
        ("удары по Голанским высотам", "ru", 1973, "SYR"),
        ("fighting in Nagorno-Karabakh", "en", 2020, "AZE"),
        ("в Нагорном Карабахе", "ru", 2020, "AZE"),
        ("纳卡地区", "zh", 2020, "AZE"),
        ("Israeli strikes on Gaza", "en", 2023, "PSE"),
        ("удары по сектору Газа", "ru", 2023, "PSE"),
        ("쿠릴 열도", "ko", 2000, "RUS"),
        ("на Курильских островах", "ru", 2000, "RUS"),
        ("일본 순시선이 독도에 접근했다", "ko", 2010, "KOR"),
        ("中国海警船进入钓鱼岛", "zh", 2013, "JPN"),
    ],
)
def test_contested_places(g, text, lang, year, code):
    assert place_codes(g, text, lang, year) == [code]


# --- eras: a place changes hands
@pytest.mark.parametrize(
    "text,lang",
    [("Hong Kong", "en"), ("홍콩", "ko"), ("香港", "zh"), ("Гонконг", "ru")],
)
def test_hong_kong_by_era(g, text, lang):
    assert place_codes(g, text, lang, 1990) == ["GBR"]
    assert place_codes(g, text, lang, 2000) == ["CHN"]
    assert place_codes(g, text, lang, 1830) == ["H.QING"]


@pytest.mark.parametrize(
    "text,lang",
    [("Port Arthur", "en"), ("뤼순", "ko"), ("旅顺口", "zh"), ("Порт-Артур", "ru")],
)
def test_port_arthur_by_era(g, text, lang):
    assert place_codes(g, text, lang, 1894) == ["H.QING"]
    assert place_codes(g, text, lang, 1900) == ["H.RUSEMP"]
    assert place_codes(g, text, lang, 1910) == ["H.JAPEMP"]
    assert place_codes(g, text, lang, 1950) == ["CHN"]


@pytest.mark.parametrize(
    "text,lang,year,code",
    [
        ("Königsberg", "en", 1944, "H.NAZIGER"),
        ("Kaliningrad", "en", 2022, "RUS"),
        ("Кенигсберга", "ru", 1945, "H.NAZIGER"),
        ("Danzig", "en", 1939, "POL"),
        ("Alsace", "en", 1900, "H.GERMEMP"),
        ("Alsace", "en", 1930, "FRA"),
        ("Qingdao", "en", 1914, "H.GERMEMP"),
        ("青岛", "zh", 1920, "H.JAPEMP"),
        ("Sevastopol", "en", 1855, "H.RUSEMP"),
        ("Sevastopol", "en", 1942, "SUN"),
        ("Sevastopol", "en", 2022, "UKR"),
        ("Pearl Harbor", "en", 1941, "USA"),
        ("Saipan", "en", 1944, "H.JAPEMP"),
        ("Guadalcanal", "en", 1942, "GBR"),
        ("Vladivostok", "en", 1850, "H.QING"),
        ("Vladivostok", "en", 1905, "H.RUSEMP"),
        ("남사할린", "ko", 1945, "H.JAPEMP"),
        ("Busan", "en", 1592, "H.JOSEON"),
        ("Kaesong", "en", 1950, "PRK"),
        ("Jinzhou", "en", 1932, "H.ROC"),
        ("Vyborg", "en", 1939, "FIN"),
        ("Выборг", "ru", 1950, "SUN"),
        ("Aleppo", "en", 1941, "FRA"),
        ("Aleppo", "en", 2016, "SYR"),
        ("Aden", "en", 1980, "YMD"),
    ],
)
def test_era_readings(g, text, lang, year, code):
    assert place_codes(g, text, lang, year) == [code]


# --- inflected forms
@pytest.mark.parametrize(
    "text,forms",
    [
        ("в Крыму, из Крыма", ["Крыму", "Крыма"]),
        ("в Донбассе и под Мариуполем", ["Донбассе", "Мариуполем"]),
        ("возле Запорожья", ["Запорожья"]),
        ("в Нагорном Карабахе", ["Нагорном Карабахе"]),
        ("на Курилах", ["Курилах"]),
        ("в Судетах", ["Судетах"]),
    ],
)
def test_russian_case_forms(g, text, forms):
    assert [t for t, _ in places(g, text, "ru", 2020)] == forms


def test_korean_particles_attach(g):
    assert places(g, "북한군이 연평도를 포격했다", "ko", 2010) == [("연평도", ("KOR",))]
    assert places(g, "개성공단에서 철수했다", "ko", 2016) == [("개성공단", ("PRK",))]


# --- common words are not places
@pytest.mark.parametrize(
    "text,lang",
    [
        ("Midway through the talks the delegation left.", "en"),
        ("the Gulf of Aden and the Kerch Strait", "en"),
        ("원산지 표시와 부산물 처리", "ko"),
        ("개성적인 외교 노선", "ko"),
        ("환율이 요동치자 부차적인 문제가 되었다", "ko"),
        ("여순 사건", "ko"),
        ("아덴만 해역", "ko"),
        ("하마스가 공격했다", "ko"),
        ("萨达姆政府", "zh"),
        ("哈马斯发动袭击", "zh"),
        ("增加来自海防的压力", "zh"),
        ("Или он уехал на Дальний Восток", "ru"),
        ("Государственная Дума", "ru"),
    ],
)
def test_common_words_are_not_places(g, text, lang):
    assert places(g, text, lang, 2020) == []


def test_states_and_unrecognised_republics_keep_their_codes(g):
    # a longer state name wins over the place inside it
    assert [m.codes for m in g.find("Donetsk People's Republic", "en", 2015)] == [("X.DPR",)]
    assert [m.kind for m in g.find("满洲国", "zh", 1935)] != ["place"]
    assert [(m.codes, m.kind) for m in g.find("上海合作组织", "zh", 2020)] == [(("IGO.SCO",), "org")]


def test_a_capital_before_its_state_stands_for_none(g):
    # `Афины	GRC@1834-`: Athens under the Ottomans is no Greek party; a capital with no range always is
    assert [m.codes for m in g.find("Афины", "ru", year=1990)] == [("GRC",)]
    assert g.find("Афины", "ru", year=1812) == []
    assert [m.codes for m in g.find("Moscow", "en", year=1812)] == [("RUS",)]
    assert g.find("Vilnius", "en", year=1812) == []
    # unless the state's name then stood for a polity of its own (Kyiv in 1000: Kievan Rus', by era)
    assert [m.codes for m in g.find("Kyiv", "en", year=1000)] == [("UKR",)]
