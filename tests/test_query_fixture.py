"""Synthetic events for the query, export and CLI tests (no test functions here; imported by them).

Quotes are short hand-written snippets, not taken from any article. Lineages are given
explicitly, as the extractor would store them, so the tests do not depend on the gazetteer's
coverage. `build_store(path)` returns an open store.
"""

from __future__ import annotations

from pathlib import Path

from dyad.store import open_store
from dyad.store.events_sql import insert_rows

QUAD = {"AGREE": "verbal_coop", "CONSULT": "verbal_coop", "SUPPORT": "verbal_coop", "CONCEDE": "verbal_coop",
        "COOPERATE": "material_coop", "AID": "material_coop", "RETREAT": "material_coop",
        "REQUEST": "verbal_conflict", "ACCUSE": "verbal_conflict", "REJECT": "verbal_conflict",
        "THREATEN": "verbal_conflict", "PROTEST": "material_conflict", "SANCTION": "material_conflict",
        "MOBILIZE": "material_conflict", "COERCE": "material_conflict", "ASSAULT": "material_conflict"}
BASE = {"AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10, "RETREAT": 6.5,
        "REQUEST": 0, "ACCUSE": -3, "REJECT": -2, "THREATEN": -3.5, "PROTEST": -5, "SANCTION": -6,
        "MOBILIZE": -5.5, "COERCE": -7, "ASSAULT": -9}
LINEAGE = {"SUN": "RUS", "H.RUSEMP": "RUS", "H.PERSIA": "IRN", "H.JOSEON": "KOR"}

DOCUMENTS = [
    {"id": "ko-test-prk-rus", "lang": "ko", "title": "북한-러시아 관계", "dyad": ("PRK", "RUS"),
     "url": "https://namu.wiki/w/test", "text": "시험용 문서. " * 40},
    {"id": "en-test-iran-russia", "lang": "en", "title": "Iran–Russia relations", "dyad": ("IRN", "RUS"),
     "url": "https://en.wikipedia.org/wiki/Test", "text": "A test document. " * 40},
    {"id": "zh-test-russia-azerbaijan", "lang": "zh", "title": "俄罗斯—阿塞拜疆关系", "dyad": ("RUS", "AZE"),
     "url": None, "text": "测试文件。" * 40},
    {"id": "ru-test-notes", "lang": "ru", "title": "Заметки", "dyad": None, "url": None, "text": "Тест. " * 40},
]

# doc, source, target, category, date_start, date_end, precision, factuality, quote, topics
_E = [
    ("ko-test-prk-rus", "H.RUSEMP", "H.JOSEON", "AGREE", "1884-01-01", "1884-12-31", "year", "asserted",
     "조선과 러시아 제국이 수호통상조약을 맺었다.", ["diplomatic"]),
    ("ko-test-prk-rus", "SUN", "PRK", "AGREE", "1948-10-12", "1948-10-12", "day", "asserted",
     "소련과 북한이 수교하였다.", ["diplomatic"]),
    ("ko-test-prk-rus", "SUN", "PRK", "AID", "1950-01-01", "1959-12-31", "decade", "asserted",
     "1950년대 소련은 북한에 원조를 보냈다.", ["economic"]),
    ("ko-test-prk-rus", "SUN", "PRK", "AGREE", "1961-07-06", "1961-07-06", "day", "asserted",
     "두 나라는 우호 조약에 서명했다.", ["military"]),
    ("ko-test-prk-rus", "SUN", "KOR", "AGREE", "1990-09-30", "1990-09-30", "day", "asserted",
     "소련은 한국과 수교했다.", ["diplomatic"]),
    ("ko-test-prk-rus", "RUS", "PRK", "SANCTION", "1996-01-01", "1996-12-31", "year", "asserted",
     "러시아는 조약 연장을 거부하고 파기했다.", ["legal"]),
    ("ko-test-prk-rus", "RUS", "PRK", "CONSULT", "2000-07-19", "2000-07-19", "day", "asserted",
     "러시아 대통령이 평양을 방문했다.", ["diplomatic"]),
    ("ko-test-prk-rus", "RUS", "PRK", "ACCUSE", "2016-01-01", "2016-12-31", "year", "asserted",
     "러시아는 북한의 핵실험을 비난했다.", ["nuclear"]),
    ("ko-test-prk-rus", "RUS", "PRK", "SANCTION", "2017-09-01", "2017-09-30", "month", "asserted",
     "러시아도 대북 제재에 찬성했다.", ["nuclear", "economic"]),
    ("ko-test-prk-rus", "PRK", "RUS", "CONSULT", "2019-04-25", "2019-04-25", "day", "asserted",
     "두 정상이 블라디보스토크에서 회담했다.", ["diplomatic"]),
    ("ko-test-prk-rus", "PRK", "RUS", "SUPPORT", "2022-07-13", "2022-07-13", "day", "asserted",
     "북한은 러시아의 입장을 지지했다.", ["diplomatic"]),
    ("ko-test-prk-rus", "PRK", "RUS", "CONSULT", "2023-09-13", "2023-09-13", "day", "asserted",
     "두 정상이 보스토치니 우주기지에서 만났다.", ["diplomatic"]),
    ("ko-test-prk-rus", "PRK", "RUS", "AID", "2023-01-01", "2023-12-31", "year", "reported",
     "미국은 북한이 러시아에 포탄을 보냈다고 밝혔다.", ["military"]),
    ("ko-test-prk-rus", "RUS", "PRK", "AGREE", "2024-06-19", "2024-06-19", "day", "asserted",
     "두 나라는 포괄적 전략적 동반자 조약을 체결했다.", ["military", "diplomatic"]),
    ("ko-test-prk-rus", "PRK", "RUS", "COOPERATE", "2024-10-01", "2024-10-31", "month", "asserted",
     "북한은 러시아를 돕기 위해 병력을 보냈다.", ["military"]),
    ("ko-test-prk-rus", "RUS", "PRK", "AID", "2024-01-01", "2024-12-31", "year", "denied",
     "러시아는 북한에 기술을 넘겼다는 보도를 부인했다.", ["military"]),
    ("ko-test-prk-rus", "RUS", "PRK", "COOPERATE", None, None, None, "asserted",
     "양국은 철도 연결 사업을 추진했다.", ["transport"]),
    ("ko-test-prk-rus", "RUS", "PRK", "CONSULT", "2025-01-01", "2025-12-31", "year", "planned",
     "러시아 대통령은 평양을 다시 방문할 예정이다.", ["diplomatic"]),
    ("en-test-iran-russia", "H.RUSEMP", "H.PERSIA", "CONSULT", "1521-01-01", "1521-12-31", "year", "asserted",
     "Muscovy and Persia exchanged their first envoys.", ["diplomatic"]),
    ("en-test-iran-russia", "H.RUSEMP", "H.PERSIA", "ASSAULT", "1804-01-01", "1813-12-31", "range", "asserted",
     "The empire fought a long war against Persia.", ["military", "territorial"]),
    ("en-test-iran-russia", "H.RUSEMP", "H.PERSIA", "AGREE", "1828-02-10", "1828-02-10", "day", "asserted",
     "A peace treaty ended the second war.", ["territorial"]),
    ("en-test-iran-russia", "SUN", "H.PERSIA", "ASSAULT", "1941-08-25", "1941-08-25", "day", "asserted",
     "Soviet troops entered the north of the country.", ["military"]),
    ("en-test-iran-russia", "RUS", "IRN", "AGREE", "2014-08-01", "2014-08-31", "month", "asserted",
     "The two governments signed an oil-for-goods deal.", ["economic", "energy"]),
    ("en-test-iran-russia", "RUS", "IRN", "COOPERATE", "2015-09-01", "2015-09-30", "month", "asserted",
     "Both joined a coordination centre in Baghdad.", ["military"]),
    ("en-test-iran-russia", "IRN", "RUS", "AID", "2022-01-01", "2022-12-31", "year", "reported",
     "Officials reported that drones were supplied to Moscow.", ["military"]),
    ("en-test-iran-russia", "IRN", "IGO.SCO", "AGREE", "2023-07-04", "2023-07-04", "day", "asserted",
     "Iran joined the regional organisation as a full member.", ["diplomatic"]),
    ("en-test-iran-russia", "RUS", "IRN", "CONSULT", "2000-01-01", "2009-12-31", "decade", "asserted",
     "Ministers met often in the 2000s.", ["diplomatic"]),
    ("zh-test-russia-azerbaijan", "RUS", "AZE", "AGREE", "1992-04-04", "1992-04-04", "day", "asserted",
     "两国建立外交关系。", ["diplomatic"]),
    ("zh-test-russia-azerbaijan", "AZE", "RUS", "PROTEST", "2025-06-01", "2025-06-30", "month", "asserted",
     "阿塞拜疆抗议俄罗斯的行动。", ["diplomatic"]),
    ("zh-test-russia-azerbaijan", "RUS", "AZE", "CONSULT", "1800-01-01", "1899-12-31", "century", "asserted",
     "十九世纪两地往来频繁。", ["culture"]),
    ("ru-test-notes", "RUS", "AZE", "AGREE", "2008-07-03", "2008-07-03", "day", "asserted",
     "Россия и Азербайджан подписали Декларацию о дружбе.", ["diplomatic"]),
]


def events() -> list[dict]:
    """The synthetic events as insert_rows takes them."""
    out = []
    pos: dict[str, int] = {}
    for i, (doc, s, t, cat, ds, de, prec, fact, quote, topics) in enumerate(_E):
        start = pos.get(doc, 0)
        pos[doc] = start + len(quote) + 1
        lang = next(d["lang"] for d in DOCUMENTS if d["id"] == doc)
        out.append({
            "doc": doc, "lang": lang, "section": "2. 역사" if lang == "ko" else "History", "quote": quote,
            "span": (start, start + len(quote)), "sentence_index": i, "date_start": ds, "date_end": de,
            "date_precision": prec, "date_source": "explicit" if ds else None, "source": s, "target": t,
            "source_lineage": LINEAGE.get(s, s), "target_lineage": LINEAGE.get(t, t), "category": cat,
            "quad": QUAD[cat], "intensity": BASE[cat], "factuality": fact,
            "reported_by": "USA" if fact in ("reported", "denied") else None, "topics": topics,
            "confidence": 0.8,
        })
    return out


# a box of Russia's relations in the Korean document: single counterparts, a group, a former polity
CATALOG = [
    {"doc": "ko-test-prk-rus", "region": "아시아", "label": "북한", "members": ["PRK"], "kind": "bilateral"},
    {"doc": "ko-test-prk-rus", "region": "아시아", "label": "중국", "members": ["CHN"], "kind": "bilateral"},
    {"doc": "ko-test-prk-rus", "region": "유럽", "label": "벨라루스", "members": ["BLR"], "kind": "bilateral"},
    {"doc": "ko-test-prk-rus", "region": "유럽", "label": "아제르바이잔", "members": ["AZE"], "kind": "bilateral"},
    {"doc": "ko-test-prk-rus", "region": "다자관계", "label": "북중러", "members": ["PRK", "CHN", "RUS"],
     "kind": "multilateral"},
    {"doc": "ko-test-prk-rus", "region": "과거의 대외관계", "label": "소련", "members": ["SUN"], "kind": "former"},
]


def build_store(path: str | Path):
    """A store at `path` holding the synthetic documents, events and catalog."""
    store = open_store(path)
    insert_rows(store.conn, DOCUMENTS, events(), CATALOG)
    return store
