"""Officials of states in relations with Russia: a leader's name resolves to the state served at the time."""

from __future__ import annotations

import pytest
import yaml

from dyad.actors import default_gazetteer
from dyad.actors.lexicon import lexicon
from dyad.actors.registry import DATA, registry


@pytest.fixture(scope="module")
def g():
    return default_gazetteer()


def codes(g, text, lang, year=None):
    return [m.codes for m in g.find(text, lang, year)]


def official_hits(g, text, lang, year=None):
    return [(m.text, m.codes) for m in g.find(text, lang, year) if m.kind == "official"]


@pytest.mark.parametrize(
    "text,lang,year,want",
    [
        ("Chávez visited Moscow in 2008.", "en", 2008, "VEN"),
        ("Maduro flew to Moscow.", "en", 2019, "VEN"),
        ("Gaddafi met the Soviet ambassador.", "en", 1975, "LBY"),
        ("Nasser signed an arms deal.", "en", 1955, "EGY"),
        ("Sukarno visited Moscow.", "en", 1956, "IDN"),
        ("Ceaușescu refused to join the invasion.", "en", 1968, "ROU"),
        ("Tito broke with Stalin.", "en", 1948, "YUG"),
        ("Kekkonen met Khrushchev.", "en", 1960, "FIN"),
        ("Karzai visited Moscow.", "en", 2011, "AFG"),
        ("Orbán met the Russian president.", "en", 2023, "HUN"),
        ("Mussolini recognised the USSR.", "en", 1924, "ITA"),
        ("Atatürk received the Soviet envoy.", "en", 1925, "TUR"),
        ("Mohammed bin Salman spoke by phone.", "en", 2022, "SAU"),
        ("카다피는 모스크바를 방문했다.", "ko", 1976, "LBY"),
        ("차베스 대통령은 러시아제 무기를 샀다.", "ko", 2006, "VEN"),
        ("나세르와 흐루쇼프", "ko", 1958, "EGY"),
        ("두다 대통령과 투스크는", "ko", 2024, "POL"),
        ("卡扎菲访问莫斯科。", "zh", 1976, "LBY"),
        ("查韦斯与普京会晤。", "zh", 2008, "VEN"),
        ("苏哈托上台后", "zh", 1970, "IDN"),
        ("齐奥塞斯库访华", "zh", 1971, "ROU"),
        ("Каддафи прибыл в Москву.", "ru", 2008, "LBY"),
        ("переговоры с Насером", "ru", 1964, "EGY"),
        ("встреча с Чавесом", "ru", 2008, "VEN"),
        ("визит Ющенко", "ru", 2005, "UKR"),
        ("соглашение с Масариком", "ru", 1930, "CSK"),
        ("переговоры с Мирзиёевым", "ru", 2017, "UZB"),
    ],
)
def test_leader_names_resolve_to_their_state(g, text, lang, year, want):
    got = [m.codes for m in g.find(text, lang, year) if m.kind == "official"]
    assert got and got[0] == (want,), (text, got)


def test_the_state_served_depends_on_the_year(g):
    assert codes(g, "Havel", "en", 1990) == [("CSK",)]
    assert codes(g, "Havel", "en", 1998) == [("CZE",)]
    assert codes(g, "Tusk", "en", 2010) == [("POL",)]
    assert codes(g, "Tusk", "en", 2016) == [("IGO.EU",)]
    assert codes(g, "Stoltenberg", "en", 2020) == [("IGO.NATO",)]
    assert codes(g, "Franz Joseph", "en", 1855) == [("H.HABSBURG",)]
    assert codes(g, "Franz Joseph", "en", 1900) == [("H.AUSTRIAHUNGARY",)]
    assert codes(g, "Hindenburg", "en", 1917) == [("H.GERMEMP",)]
    assert codes(g, "Hindenburg", "en", 1930) == [("DEU",)]
    assert codes(g, "Pétain", "en", 1942) == [("H.VICHY",)]
    assert codes(g, "Le Duan", "en", 1965) == [("VDR",)]
    assert codes(g, "Le Duan", "en", 1980) == [("VNM",)]
    # one name for two presidents: the short form covers both terms, full names each their own
    assert codes(g, "Berdimuhamedov", "en", 2024) == [("TKM",)]
    assert "president 2022-" in g.find("Serdar Berdimuhamedov", "en", 2024)[0].why
    assert codes(g, "Castro", "en", 1962) == [("CUB",)] and codes(g, "Castro", "en", 2015) == [("CUB",)]


def test_outside_the_terms_the_nearest_term_is_taken_and_flagged(g):
    # the loader reads a person outside office as their state of the nearest term (a future or a
    # past leader), noted in `why`; "former ..." marks them as acting for no state
    m = g.find("Witte", "en", 1915)[0]
    assert m.codes == ("H.RUSEMP",) and "not in office in 1915" in m.why
    m = g.find("Gorbachev met Mubarak", "en", 2015)[1]
    assert m.codes == ("EGY",) and "not in office" in m.why
    assert official_hits(g, "former President Mubarak met Putin", "en", 2015) == [("Putin", ("RUS",))]
    assert official_hits(g, "무바라크 전 대통령과 푸틴", "ko", 2015) == [("푸틴", ("RUS",))]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Begin the talks in May under Major Eden.", "en"),
        ("Pavel and Kim met Castro's Sisi.", "en"),  # Castro is read, the rest is not
        ("the Curzon Line", "en"),
        ("Idi Amin and Ghani", "en"),
        ("Трасса М-4 и Гусак", "ru"),
        ("펜스를 세웠다. 렌치와 시시한 이야기", "ko"),
        ("认真纳入数百万斯拉夫人", "zh"),
        ("哈维尔·索拉纳与塞西尔", "zh"),
        ("纳吉布·拉扎克", "zh"),
    ],
)
def test_ordinary_words_and_other_people_are_not_read(g, text, lang):
    got = official_hits(g, text, lang, 2010)
    assert all(t == "Castro" for t, _ in got), got


_KEY_OFFICIALS = [
    "ibn_saud", "salman", "mbs", "chavez", "maduro", "gaddafi", "castro_fidel", "castro_raul", "nasser", "sadat",
    "mubarak", "sisi", "sukarno", "suharto", "benes", "masaryk", "dubcek", "husak", "havel", "zeman", "babis",
    "fiala", "pavel", "nagy_imre", "kadar", "orban", "ceausescu", "tito", "milosevic", "zhivkov", "hoxha",
    "kekkonen", "niinisto", "mussolini", "berlusconi", "meloni", "akayev", "bakiyev", "atambayev", "japarov",
    "rahmon", "niyazov", "karimov", "mirziyoyev", "kravchuk", "kuchma", "yushchenko", "nehru", "indira_gandhi",
    "karmal", "najibullah", "karzai", "ataturk", "netanyahu", "ben_gurion", "franz_joseph", "kosygin",
    "chicherin", "litvinov", "jaruzelski", "walesa", "stoltenberg", "palme",
]


def test_key_officials_are_named_in_four_languages():
    reg = registry()
    for lang in ("en", "ko", "zh", "ru"):
        named = {e.official for e in lexicon(lang).forms.values() if e.official}
        missing = [oid for oid in _KEY_OFFICIALS if oid not in named]
        assert not missing, (lang, missing)
    assert all(oid in reg.officials for oid in _KEY_OFFICIALS)


def test_terms_are_well_formed():
    data = yaml.safe_load((DATA / "officials.yaml").read_text(encoding="utf-8"))
    codes_known = registry().actors
    for oid, terms in data.items():
        for code, role, start, end in terms:
            assert code in codes_known, (oid, code)
            assert role and (end is None or start <= end), (oid, terms)
        # a person acts for one state at a time: terms for different states share at most a handover year
        for i, a in enumerate(terms):
            for b in terms[i + 1:]:
                if a[0] == b[0]:
                    continue
                lo, hi = max(a[2], b[2]), min(a[3] or 9999, b[3] or 9999)
                assert hi - lo < 1, (oid, a, b)
