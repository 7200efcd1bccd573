"""End to end over ../shared/corpus/seeds: dyads, catalog, segmentation against gold quotes."""

from __future__ import annotations

import json

EXPECTED_DYADS = {
    "ko-namu-north-korea-russia": ("PRK", "RUS"),
    "en-wiki-iran-russia": ("IRN", "RUS"),
    "zh-wiki-russia-azerbaijan": ("AZE", "RUS"),
    "ko-namu-iraq-russia": ("IRQ", "RUS"),
}


def test_documents_languages_and_dyads(seeds_store):
    docs = {d.id: d for d in seeds_store.documents()}
    assert set(docs) == set(EXPECTED_DYADS)
    assert {d: docs[d].dyad for d in docs} == EXPECTED_DYADS
    assert {d: docs[d].lang for d in docs} == {
        "ko-namu-north-korea-russia": "ko", "en-wiki-iran-russia": "en",
        "zh-wiki-russia-azerbaijan": "zh", "ko-namu-iraq-russia": "ko"}


def test_catalog_lists_counterparts_including_multilateral(seeds_store):
    cat = seeds_store.catalog()
    russia = [e for e in cat if e["focus"] == "RUS"]
    assert len(russia) >= 100
    labels = {e["label"]: e for e in russia}
    assert set(labels["북중러"]["members"]) == {"PRK", "CHN", "RUS"}
    assert labels["북중러"]["kind"] == "multilateral"
    assert set(labels["러시아·인도·중국"]["members"]) == {"RUS", "IND", "CHN"}
    assert labels["소련"]["kind"] == "former"
    assert labels["유럽 연합"]["members"] == ["IGO.EU"]
    assert all(e["region"] for e in russia)


def _gold_lines(gold_dir):
    for path in sorted(gold_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield path.name, json.loads(line)


def test_every_gold_quote_lies_in_exactly_one_body_sentence(seeds_store, gold_dir):
    """Event quotes are sentences: each must sit inside one stored body sentence.

    Date quotes are windows that may cross sentences; their expression must sit inside one.
    """
    texts = {d.id: seeds_store.document_text(d.id) for d in seeds_store.documents()}
    sents = {d: seeds_store.sentences(d) for d in texts}
    failures = []
    for name, g in _gold_lines(gold_dir):
        text = texts[g["doc"]]
        qpos = text.find(g["quote"])
        assert qpos >= 0, (name, g["quote"])
        if name.startswith("events-"):
            a, b = qpos, qpos + len(g["quote"])
        else:
            a = text.find(g["text"], qpos)
            b = a + len(g["text"])
        inside = [s for s in sents[g["doc"]] if s.start <= a and b <= s.end]
        if len(inside) != 1 or not inside[0].body:
            failures.append((name, g["quote"][:60]))
    assert not failures, failures[:10]


def test_no_sentence_from_reference_or_navigation_is_body(seeds_store):
    for d in seeds_store.documents():
        sections = {s.index: s for s in seeds_store.sections(d.id)}
        for s in seeds_store.sentences(d.id):
            if s.body:
                assert sections[s.section_index].body
                assert s.kind != "table"
                assert "Retrieved" not in s.text and "{{{" not in s.text


def test_search_finds_korean_chinese_and_english(seeds_store):
    for q, lang in (("조약", "ko"), ("签署", "zh"), ("treaty", "en"), ("정상회담", "ko")):
        hits = seeds_store.search(q)
        assert hits, q
        assert hits[0]["lang"] == lang
        assert q.lower() in hits[0]["text"].lower()


def test_short_words_are_found_wherever_they_stand(tmp_path):
    """One- and two-character words go through the trigram index, even at the very end of a sentence."""
    from dyad.pipeline import ingest
    from dyad.store import open_store

    (tmp_path / "a.txt").write_text("历史\n两国签署条约。双方同意\n조약\n두 나라가 조약을 맺었다. 러시아와 조약\n", encoding="utf-8")
    store = open_store(tmp_path / "k.db")
    ingest([tmp_path / "a.txt"], store)
    texts = [h["text"] for h in store.search("조약")]
    assert sorted(texts) == sorted(["조약", "두 나라가 조약을 맺었다.", "러시아와 조약"])
    assert [h["text"] for h in store.search("同意")] == ["双方同意"]
    assert [h["text"] for h in store.search("签署 条约")] == ["两国签署条约。"]
    assert store.search("没有") == []
