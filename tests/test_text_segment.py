"""Normalisation, sections and sentences on short hand-written snippets."""

from dyad.model import Document
from dyad.text import segment
from dyad.text.normalize import remove_residue
from dyad.text.offsets import CleanBuilder
from dyad.text.rules import rules
from dyad.text.sentences import split_line


def _seg(text: str, lang: str = "", fmt: str = "txt"):
    return segment(Document(id="t", text=text, lang=lang, format=fmt))


def _split(line: str, lang: str) -> list[str]:
    return [line[a:b] for a, b in split_line(line, rules(lang))]


def test_offset_map_points_back_to_original():
    original = "ab[1]cd&amp;ef"
    b = CleanBuilder(original)
    b.keep(0, 2)
    b.replace(2, 5, "")
    b.keep(5, 7)
    b.replace(7, 12, "&")
    b.keep(12, 14)
    clean, omap = b.build()
    assert clean == "abcd&ef"
    assert original[slice(*omap.span(2, 5))] == "cd&amp;"
    assert [original[omap.orig(i)] for i in (0, 1, 2, 3, 5, 6)] == list("abcdef")


def test_residue_removed_and_every_char_maps_back():
    original = '{{{#!wiki style="margin: 0"\n}}}[clearfix]\n두 나라는 조약을 맺었다.[1] 그 뒤 회담했다.#\n侨民^[2]。'
    clean, omap = remove_residue(original)
    assert "[1]" not in clean and "{{{" not in clean and "[clearfix]" not in clean and "#" not in clean
    assert "^" not in clean
    for i, ch in enumerate(clean):
        assert original[omap.orig(i)] == ch


def test_english_abbreviations_initials_and_decimals():
    line = "The U.S. envoy met Mr. Smith in c. 1500 with J. R. Tolkien. Trade rose 2.5 percent. It fell!"
    assert _split(line, "en") == [
        "The U.S. envoy met Mr. Smith in c. 1500 with J. R. Tolkien.",
        "Trade rose 2.5 percent.",
        "It fell!",
    ]


def test_quoted_full_stop_does_not_end_sentence():
    line = 'He said that "the bloc is open. We will consider it." It was noted.'
    assert _split(line, "en") == ['He said that "the bloc is open. We will consider it."', "It was noted."]


def test_korean_glued_sentences_and_date_items():
    assert _split("양국은 수교했다. 외교관계를 승계했으니.두만강 철교가 있다.", "ko") == [
        "양국은 수교했다.", "외교관계를 승계했으니.", "두만강 철교가 있다."]
    assert _split("9월 28일. 대표단이 방문했다. 회담했다.", "ko") == ["9월 28일. 대표단이 방문했다.", "회담했다."]


def test_chinese_semicolon_joins_clauses():
    assert _split("两国签署条约；双方同意合作。然后呢？是的", "zh") == ["两国签署条约；双方同意合作。", "然后呢？", "是的"]


def test_russian_abbreviations():
    assert _split("В 1812 г. армия вошла в город. Это было т.е. давно.", "ru") == [
        "В 1812 г. армия вошла в город.", "Это было т.е. давно."]


def test_numbered_headings_even_when_glued():
    text = "1. 개요\n두 나라의 관계.\n2. 역사\n첫 문장이다.2.1. 분단 전\n내용이다.\n2.2. 2020년대\n3. 관련 문서\n- 링크\n"
    seg = _seg(text)
    assert [s.path for s in seg.sections[1:]] == [
        "1. 개요", "2. 역사", "2. 역사 > 2.1. 분단 전", "2. 역사 > 2.2. 2020년대", "3. 관련 문서"]
    assert not seg.sections[-1].body
    texts = [(s.text, s.body) for s in seg.sentences]
    assert ("첫 문장이다.", True) in texts
    assert ("- 링크", False) in texts


def test_numbered_list_items_are_not_headings():
    seg = _seg("1. 개요\n본문.\n3. 세 번째 항목\n2. 역사\n")
    assert [s.title for s in seg.sections[1:]] == ["1. 개요", "2. 역사"]


def test_wikipedia_headings_and_end_matter():
    text = ("Foo–Bar relations\nFoo and Bar signed a treaty in 1990. They met again.\nHistory\n"
            "Early contact began in 1521.\nSee also\n- Foo\nReferences\n- Smith 1990, p. 3.\n")
    seg = _seg(text)
    assert seg.lang == "en"
    assert [(s.title, s.body) for s in seg.sections[1:]] == [
        ("Foo–Bar relations", True), ("History", True), ("See also", False), ("References", False)]
    body = [s.text for s in seg.sentences if s.body and not s.is_heading]
    assert body == ["Foo and Bar signed a treaty in 1990.", "They met again.", "Early contact began in 1521."]


def test_sentence_spans_are_original_offsets():
    text = "历史\n2001年，俄罗斯总统访问阿塞拜疆^[6]。双方签署文件。\n参考\n- 链接\n"
    seg = _seg(text)
    sents = [s for s in seg.sentences if s.body and not s.is_heading]
    assert [s.text for s in sents] == ["2001年，俄罗斯总统访问阿塞拜疆。", "双方签署文件。"]
    assert text[sents[0].start:sents[0].end] == "2001年，俄罗斯总统访问阿塞拜疆^[6]。"
    assert all(s.lang == "zh" for s in sents)


def test_language_of_quoted_foreign_lines():
    seg = _seg("1. 개요\n북한과 러시아의 관계이다.\nРоссийско-северокорейские отношения\nNorth Korea-Russia relations\n")
    langs = [s.lang for s in seg.sentences if not s.is_heading]
    assert langs == ["ko", "ru", "en"]
    assert seg.lang == "ko"


def test_tables_are_not_body():
    seg = _seg("북한 | 러시아 |\n1. 개요\n관계이다.\n")
    table = [s for s in seg.sentences if s.kind == "table"]
    assert table and not table[0].body


def test_russian_stress_marks_removed_but_offsets_kept():
    original = "Сраже\u0301ние нача\u0301лось."
    clean, omap = remove_residue(original)
    assert clean == "Сражение началось."
    assert original[slice(*omap.span(0, len(clean)))] == original


def test_a_kana_reading_in_chinese_text_does_not_make_it_japanese():
    seg = _seg("敷岛（しきしま）是日本海军的战舰。其后参与日俄战争。战后被拆解。\n")
    sents = [s for s in seg.sentences if s.body and not s.is_heading]
    assert len(sents) == 3 and all(s.lang == "zh" for s in sents)
    jp = _seg("日本は1905年にロシアと条約を結んだ。その後、関係は改善した。\n")
    assert [s.lang for s in jp.sentences if s.body] == ["ja", "ja"]
