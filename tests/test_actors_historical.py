"""Historical polities: codes, aliases, lineage, eras and names in en, ko, zh, ru (hand-written snippets)."""

from __future__ import annotations

import pytest

from dyad.actors import canonical, default_gazetteer, lineages, resolve_at, same_lineage
from dyad.actors.lexicon import parse_codes
from dyad.actors.registry import registry
from dyad.lang import load_tsv


@pytest.fixture(scope="module")
def g():
    return default_gazetteer()


def hits(g, text, lang, year=None):
    return [(m.text, m.codes) for m in g.find(text, lang, year)]


def codes(g, text, lang, year=None):
    return [m.codes for m in g.find(text, lang, year)]


# --- the table: aliases and lineage
@pytest.mark.parametrize(
    "alias,code",
    [
        ("H.MONGOL", "H.MONGOLEMP"),
        ("H.MAJAPAHIT", "H.JAVA"),
        ("H.HOLYROMAN", "H.HRE"),
        ("H.RZECZPOSPOLITA", "H.PLC"),
        ("H.KORYO", "H.GORYEO"),
        ("H.ANNAM", "H.DAIVIET"),
        ("H.AUSTRIANEMP", "H.HABSBURG"),
        ("H.TOKUGAWA", "H.SHOGUNATE"),
        ("H.SASSANID", "H.SASANIAN"),
        ("H.KHWARAZM", "H.KHWAREZM"),
    ],
)
def test_aliases(alias, code):
    assert canonical(alias) == code


def test_lineages_tie_polities_to_current_states():
    assert set(lineages("H.YUAN")) == {"CHN", "MNG"}
    assert same_lineage("H.YUAN", "H.MONGOLEMP")  # both continue in Mongolia
    assert same_lineage("H.MING", "CHN") and same_lineage("H.GORYEO", "PRK")
    assert same_lineage("H.TOKUGAWA", "JPN")  # another annotator's code still scores as Japan
    assert same_lineage("H.PLC", "LTU") and not same_lineage("H.PLC", "RUS")
    assert not same_lineage("H.CHAMPA", "CHN")


def test_every_code_in_the_names_files_is_known():
    reg = registry()
    for lang in ("en", "ko", "zh", "ru"):
        rows = load_tsv(lang, "actors_historical.tsv")
        assert len(rows) > 100, lang
        for row in rows:
            assert row[2] in ("historical", "state", "demonym", "organ", "group", "blocker"), row
            for v in parse_codes(row[1]):
                for c in v.codes:
                    assert canonical(c) in reg.actors, (lang, row)


# --- eras: a current state's name in an older year
@pytest.mark.parametrize(
    "code,year,want",
    [
        ("CHN", 700, "H.TANG"),
        ("CHN", 1100, "H.SONG"),
        ("CHN", 1281, "H.YUAN"),
        ("CHN", 1500, "H.MING"),
        ("CHN", 1700, "H.QING"),
        ("MNG", 1240, "H.MONGOLEMP"),
        ("MNG", 1990, "MNG"),
        ("KOR", 1231, "H.GORYEO"),
        ("KOR", 1600, "H.JOSEON"),
        ("POL", 1650, "H.PLC"),
        ("POL", 1400, "POL"),  # a nation's own kingdom keeps its code, like England (GBR) in the gold
        ("GBR", 1588, "GBR"),
        ("HUN", 1241, "HUN"),
        ("AUT", 1805, "H.HABSBURG"),
        ("AUT", 1914, "H.AUSTRIAHUNGARY"),
        ("GRC", 950, "H.BYZANTIUM"),
        ("GEO", 1783, "H.KARTLIKAKHETI"),
        ("MMR", 1824, "H.KONBAUNG"),
        ("VNM", 1285, "H.DAIVIET"),
        ("VNM", 1990, "VNM"),
        ("JPN", 1281, "JPN"),
    ],
)
def test_eras(code, year, want):
    assert resolve_at(code, year) == want


# --- English
def test_english_mongol_conquests(g):
    text = (
        "In 1281 Kublai Khan's Yuan dynasty sent the Mongols against Japan, then against Champa and Đại Việt."
    )
    assert codes(g, text, "en", 1281) == [
        ("H.YUAN",),
        ("H.YUAN",),
        ("MNG",),
        ("JPN",),
        ("H.CHAMPA",),
        ("H.DAIVIET",),
    ]
    assert codes(g, "the Khwarazmian Empire fell; Hulagu Khan took Baghdad from the Abbasids", "en") == [
        ("H.KHWAREZM",),
        ("H.ILKHANATE",),
        ("IRQ",),
        ("H.ABBASID",),
    ]


def test_english_europe_and_beyond(g):
    text = "The Polish–Lithuanian Commonwealth, the Holy Roman Empire and the Dutch Republic met the Mughal Empire."
    assert codes(g, text, "en") == [("H.PLC",), ("H.HRE",), ("H.DUTCHREP",), ("H.MUGHAL",)]
    assert codes(g, "the Kingdom of England and the Kingdom of Great Britain", "en") == [
        ("H.ENGLAND",),
        ("H.GREATBRITAIN",),
    ]
    assert codes(g, "Tokugawa shogunate and the Kamakura shogunate", "en") == [("JPN",), ("JPN",)]


def test_english_names_read_by_year(g):
    assert codes(g, "the Kingdom of Poland", "en", 1410) == [("H.POLAND",)]
    assert codes(g, "the Kingdom of Poland", "en", 1620) == [("H.PLC",)]
    assert codes(g, "the Kingdom of Poland", "en", 1830) == [("H.CONGRESSPOL",)]
    assert codes(g, "the Arab Caliphate", "en", 700) == [("H.UMAYYAD",)]
    assert codes(g, "the Arab Caliphate", "en", 800) == [("H.ABBASID",)]


def test_english_common_words_are_no_polities(g):
    assert hits(g, "The yuan rose; a Song of Java and VOC emissions in Texas and Hawaii.", "en") == []
    assert hits(g, "the pagan Ming vase, a Tang flavour, a Jin bottle", "en") == []
    assert hits(g, "Air Koryo flew to the Ryukyu Islands", "en") == [("Air Koryo", ("PRK",))]
    assert hits(g, "the Tibetan government-in-exile", "en") == []


# --- Korean: particles attach, one-syllable dynasties never bare
def test_korean_polities(g):
    assert codes(g, "원나라와 고려는 여몽 연합군을 일본에 보냈다.", "ko", 1274) == [
        ("H.YUAN",),
        ("H.GORYEO",),
        ("H.GORYEO", "H.YUAN"),
        ("JPN",),
    ]
    assert codes(g, "몽골군이 호라즘을 멸망시키고 쿠빌라이는 참파를 쳤다", "ko") == [
        ("MNG",),
        ("H.KHWAREZM",),
        ("H.YUAN",),
        ("H.CHAMPA",),
    ]
    assert codes(g, "명나라는 송나라, 금나라와 다르다; 신성 로마 제국, 폴란드-리투아니아 연방", "ko") == [
        ("H.MING",),
        ("H.SONG",),
        ("H.JIN",),
        ("H.HRE",),
        ("H.PLC",),
    ]
    assert codes(g, "가마쿠라 막부는 고려군을 막았다", "ko") == [("JPN",), ("H.GORYEO",)]


def test_korean_common_words_are_no_polities(g):
    assert hits(g, "이 점을 고려하여 1만 원을 보냈고 고려해야 할 사항이 있다.", "ko") == []
    assert hits(g, "고려인 동포와 고려대 학생, 신라면", "ko") == []
    assert hits(g, "탈북자 북송 반대, 대월 수출, 여당 의원 3명, 금요일", "ko") == []


# --- Chinese: no word boundaries, so names must not hide in ordinary text
def test_chinese_polities(g):
    assert codes(g, "1281年元朝与高丽联军东征日本，忽必烈又攻占城国。", "zh", 1281) == [
        ("H.YUAN",),
        ("H.GORYEO",),
        ("JPN",),
        ("H.YUAN",),
        ("H.CHAMPA",),
    ]
    assert codes(g, "蒙古军灭花剌子模，旭烈兀建立伊儿汗国", "zh") == [
        ("MNG",),
        ("H.KHWAREZM",),
        ("H.ILKHANATE",),
        ("H.ILKHANATE",),
    ]
    assert codes(g, "明朝、宋朝、唐朝与神圣罗马帝国", "zh") == [
        ("H.MING",),
        ("H.SONG",),
        ("H.TANG",),
        ("H.HRE",),
    ]


def test_chinese_traditional_folds(g):
    assert codes(g, "元朝與高麗，遼國與趙宋，波蘭立陶宛聯邦", "zh") == [
        ("H.YUAN",),
        ("H.GORYEO",),
        ("H.LIAO",),
        ("H.SONG",),
        ("H.PLC",),
    ]


def test_chinese_common_words_are_no_polities(g):
    assert hits(g, "每月5000元，宋先生说，明天见，金价上涨", "zh") == []
    assert hits(g, "亿元军费，说明帝国主义，西安南部，攻占城市", "zh") == []
    assert codes(g, "扩大越南合作", "zh") == [("VNM",)]
    assert hits(g, "陕西汉中与准噶尔盆地", "zh") == []
    # 表明朝鲜: the 明 belongs to the verb, the actor is Korea (the DPRK in a modern text)
    assert codes(g, "这表明朝鲜不愿谈判", "zh", 2019) == [("PRK",)]


# --- Russian: case forms from the nominative
def test_russian_polities(g):
    text = "В 1281 году войска империи Юань вторглись в Японию, а Хубилай отправил флот в Тямпу."
    assert codes(g, text, "ru", 1281) == [("H.YUAN",), ("JPN",), ("H.YUAN",), ("H.CHAMPA",)]
    assert codes(g, "монголы разгромили Хорезм, Хулагу взял Багдад", "ru") == [
        ("MNG",),
        ("H.KHWAREZM",),
        ("H.ILKHANATE",),
        ("IRQ",),
    ]
    assert codes(
        g, "союз Речи Посполитой со Священной Римской империей против Великого княжества Литовского", "ru"
    ) == [
        ("H.PLC",),
        ("H.HRE",),
        ("H.LITHUANIA",),
    ]
    assert codes(g, "ярлык из Орды; Ногайская Орда; монголов и татаро-монголов", "ru") == [
        ("H.GOLDHORDE",),
        ("H.NOGAI",),
        ("MNG",),
        ("MNG",),
    ]


def test_russian_common_words_are_no_polities(g):
    assert hits(g, "курс юаня упал на 2 юаня", "ru") == []
    # минский is Minsk's: the Ming are only `империя Мин`, `династия Мин`, `Минская империя`
    assert all(c != ("H.MING",) for c in codes(g, "минские власти и Минская область", "ru"))
    assert codes(g, "Юань Шикай и династия Мин", "ru") == [("H.ROC",), ("H.MING",)]
    assert hits(g, "острова Рюкю", "ru") == []


def test_divided_states_of_the_cold_war():
    from dyad.actors import default_gazetteer
    gz = default_gazetteer()
    assert [m.codes for m in gz.find("北越与南越", "zh", year=1970)] == [("VDR",), ("H.SVIETNAM",)]
    assert [m.codes for m in gz.find("Восточной Германии", "ru", year=1970)] == [("DDR",)]
    assert [m.codes for m in gz.find("월남에 파병", "ko", year=1966)] == [("H.SVIETNAM",)]
    assert [m.codes for m in gz.find("월남", "ko", year=1990)] == [("VNM",)]
    assert [m.codes for m in gz.find("South Vietnam", "en", year=1970)] == [("H.SVIETNAM",)]


def test_the_bolsheviks_are_soviet_russia():
    from dyad.actors import default_gazetteer
    gz = default_gazetteer()
    assert [m.codes for m in gz.find("亞塞拜然已被布爾什維克接管", "zh", year=1920)] == [("AZE",), ("SUN",)]
    assert [m.codes for m in gz.find("захвачен большевиками", "ru", year=1920)] == [("SUN",)]


def test_the_occupation_command_in_japan_acts_for_the_united_states():
    from dyad.actors import default_gazetteer
    assert [m.codes for m in default_gazetteer().find("GHQ는 명령하였다", "ko", year=1946)] == [("USA",)]


@pytest.mark.parametrize(("text", "lang", "year", "expected"), [
    ("In 1829 troops occupied Moldavia and Wallachia.", "en", 1829, [("H.MOLDAVIA",), ("H.WALLACHIA",)]),
    ("In 1992 Moldavia declared neutrality.", "en", 1992, [("MDA",)]),
    ("В 1828 году войска заняли Молдавию и Валахию.", "ru", 1828, [("H.MOLDAVIA",), ("H.WALLACHIA",)]),
    ("1828년 왈라키아와 몰다비아 공국", "ko", 1828, [("H.WALLACHIA",), ("H.MOLDAVIA",)]),
    ("1829年,瓦拉几亚与摩尔达维亚", "zh", 1829, [("H.WALLACHIA",), ("H.MOLDAVIA",)]),
    # everyday short names: Saudi Arabia, Kyrgyzstan, Turkmenistan; Hejaz before and after Ibn Saud took it
    ("1927年沙特建交。", "zh", 1927, [("SAU",)]),
    ("사우디와 키르기스", "ko", 2000, [("SAU",), ("KGZ",)]),
    ("Кыргызстан, Туркмения и КСА", "ru", 2000, [("KGZ",), ("TKM",), ("SAU",)]),
    ("In 1920 Hejaz", "en", 1920, [("H.HEJAZ",)]),
    ("In 1926 Hejaz", "en", 1926, [("SAU",)]),
])
def test_principalities_and_short_names(g, text, lang, year, expected):
    assert codes(g, text, lang, year) == expected


def test_ancient_polities_by_names_that_cannot_be_states_of_today(g):
    assert hits(g, "После этого римляне объявили Карфагену войну.", "ru") == [
        ("римляне", ("H.ROME",)), ("Карфагену", ("H.CARTHAGE",))]
    assert hits(g, "罗马帝国与安息帝国交战。", "zh") == [("罗马帝国", ("H.ROME",)), ("安息帝国", ("H.PARTHIA",))]
    assert hits(g, "로마 제국은 파르티아와 싸웠다.", "ko") == [("로마 제국", ("H.ROME",)), ("파르티아", ("H.PARTHIA",))]
    # Roman Catholic, the Rome Statute: no ancient state
    assert hits(g, "the Roman Catholic Church", "en") == [] and hits(g, "Римский статут", "ru") == []
    assert same_lineage("H.ROME", "ITA") and same_lineage("H.CARTHAGE", "TUN")


def test_the_eus_forerunners_are_the_eu_and_the_commonwealth_is_an_organisation(g):
    assert hits(g, "the European Economic Community and the Commonwealth of Nations", "en") == [
        ("European Economic Community", ("IGO.EU",)), ("Commonwealth of Nations", ("IGO.COMMONWEALTH",))]
    assert canonical("IGO.EEC") == "IGO.EU"
    assert hits(g, "英联邦", "zh") == [("英联邦", ("IGO.COMMONWEALTH",))]
