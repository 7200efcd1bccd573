"""A small hand-written store for the web tests (no test functions here; imported by test_web*.py).

Documents are built line by line: `== title ==` lines open sections, other lines are sentences,
so offsets are exact. Sentences are written for these tests, not taken from any article.
"""

from __future__ import annotations

from pathlib import Path

from dyad.model import Document, Event, Section, Sentence, TimeExpr
from dyad.store import open_store
from dyad.store.sqlite import DocumentRows

QUAD = {"AGREE": "verbal_coop", "CONSULT": "verbal_coop", "SUPPORT": "verbal_coop", "COOPERATE": "material_coop",
        "AID": "material_coop", "ACCUSE": "verbal_conflict", "SANCTION": "material_conflict",
        "ASSAULT": "material_conflict", "THREATEN": "verbal_conflict"}
BASE = {"AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5, "COOPERATE": 9.5, "AID": 10, "ACCUSE": -3, "SANCTION": -6,
        "ASSAULT": -9, "THREATEN": -3.5}

EVIL = '<script>document.title="pwned"</script><img src=x onerror="document.title=\'pwned\'">'

# id, lang, title, dyad, url, lines, events: (line no., source, target, category, start, end, precision, factuality)
DOCS = [
    ("ko-test-prk-rus", "ko", "북한-러시아 관계", ("PRK", "RUS"), "https://example.org/ko", [
        "북한과 러시아의 관계를 다루는 시험용 문서이다.",
        "== 1. 역사 ==",
        "2000년 7월 러시아 대통령이 평양을 방문했다.",
        "2019년 4월 두 정상은 블라디보스토크에서 회담했다.",
        "== 2. 2020년대 ==",
        "2024년 6월 19일 두 나라는 새 조약에 서명했다.",
        "2020년대 들어 북한은 러시아에 포탄을 보냈다고 보도되었다.",
        "2024년 10월 북한은 러시아를 돕기 위해 병력을 보냈다.",
        "== 3. 같이 보기 ==",
        "중국-러시아 관계",
    ], [
        (2, "RUS", "PRK", "CONSULT", "2000-07-01", "2000-07-31", "month", "asserted"),
        (3, "PRK", "RUS", "CONSULT", "2019-04-01", "2019-04-30", "month", "asserted"),
        (5, "PRK", "RUS", "AGREE", "2024-06-19", "2024-06-19", "day", "asserted"),
        (6, "PRK", "RUS", "AID", "2020-01-01", "2029-12-31", "decade", "reported"),
        (7, "PRK", "RUS", "COOPERATE", "2024-10-01", "2024-10-31", "month", "asserted"),
    ]),
    ("zh-test-prk-rus", "zh", "朝鲜与俄罗斯关系", ("PRK", "RUS"), None, [
        "朝鲜与俄罗斯的关系。",
        "== 历史 ==",
        "2023年9月，朝鲜领导人访问俄罗斯。",
        "2016年联合国对朝鲜实施制裁，俄罗斯投票赞成。",
    ], [
        (2, "PRK", "RUS", "CONSULT", "2023-09-01", "2023-09-30", "month", "asserted"),
    ]),
    ("en-test-irn-rus", "en", "Iran–Russia relations", ("IRN", "RUS"), "https://example.org/en", [
        "Relations between Iran and Russia, written for tests.",
        "== History ==",
        "In 1828 Persia signed a peace treaty with Russia.",
        "In 2022 Iran supplied drones to Russia.",
        "In 2023 Russia criticised Iran over a gas price.",
    ], [
        (2, "H.PERSIA", "H.RUSEMP", "AGREE", "1828-01-01", "1828-12-31", "year", "asserted"),
        (3, "IRN", "RUS", "AID", "2022-01-01", "2022-12-31", "year", "asserted"),
        (4, "RUS", "IRN", "ACCUSE", "2023-01-01", "2023-12-31", "year", "asserted"),
    ]),
    ("en-test-evil", "en", "<b>Evil</b> relations " + EVIL, ("AZE", "RUS"), "javascript:alert(1)", [
        "A document with hostile text " + EVIL + " inside.",
        "== <i>Section</i> " + EVIL + " ==",
        "In 2021 Russia sanctioned Azerbaijan " + EVIL + ' and <a href="javascript:document.title=1">click</a>.',
        "[[javascript:document.title='x'|a link]] stays text.",
    ], [
        (2, "RUS", "AZE", "SANCTION", "2021-01-01", "2021-12-31", "year", "asserted"),
    ]),
]

CATALOG = [
    ("ko-test-prk-rus", "아시아", "중국", ["CHN"], "bilateral"),
    ("ko-test-prk-rus", "아시아", "북한", ["PRK"], "bilateral"),
    ("ko-test-prk-rus", "유럽", "벨라루스", ["BLR"], "bilateral"),
    ("ko-test-prk-rus", "다자관계", "북중러", ["PRK", "CHN", "RUS"], "multilateral"),
]


def rows_for(doc_id: str, lang: str, title: str, dyad, url, lines: list[str], evs) -> DocumentRows:
    """Document rows for a document made of `lines`."""
    text = "\n".join(lines) + "\n"
    sections = [Section(0, "", 0, "", 0, len(text))]
    sentences: list[Sentence] = []
    dates: list[TimeExpr | None] = []
    pos = 0
    line_sentence: dict[int, Sentence] = {}
    for n, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.startswith("== ") and line.endswith(" =="):
            name = line[3:-3]
            sections[-1].end = start if sections[-1].index else sections[-1].end
            sections.append(Section(len(sections), name, 1, name, start, len(text), parent=0))
            kind, body_text = "heading", name
        else:
            kind, body_text = "text", line
        sec = sections[-1]
        s = Sentence(len(sentences), body_text, start, end, lang, sec.path, sec.index, True, kind == "heading", kind)
        sentences.append(s)
        dates.append(None)
        line_sentence[n] = s
    events = []
    for n, src, tgt, cat, ds, de, prec, fact in evs:
        s = line_sentence[n]
        events.append(Event(doc=doc_id, lang=lang, section=s.section, quote=s.text, span=(s.start, s.end),
                            source=src, target=tgt, category=cat, quad=QUAD[cat], intensity=BASE[cat],
                            factuality=fact, reported_by="KCNA" if fact == "reported" else None,
                            topics=["military"] if cat in ("AID", "COOPERATE") else ["diplomatic"],
                            date_start=ds, date_end=de, date_precision=prec, date_source="explicit",
                            confidence=0.8, sentence_index=s.index))
    doc = Document(id=doc_id, text=text, lang=lang, title=title, url=url, path=f"/tmp/{doc_id}.txt")
    catalog = [{"region": r, "label": label, "members": m, "kind": k} for d, r, label, m, k in CATALOG if d == doc_id]
    return DocumentRows(doc=doc, lang=lang, title=title, content_hash=doc_id, dyad=dyad, sections=sections,
                        sentences=sentences, sentence_dates=dates, mentions=[], times=[], catalog=catalog,
                        events=events)


def build_store(path: Path, copies: int = 1) -> Path:
    """Write the test documents (`copies` times each, ids suffixed) into a store at `path`."""
    with open_store(path) as store:
        for i in range(copies):
            for doc_id, *rest in DOCS:
                store.replace_document(rows_for(doc_id + (f"-{i}" if copies > 1 else ""), *rest))
    return path
