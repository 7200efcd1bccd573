"""A document's pair from a title in capitals, or from a lead that names its subject as between two."""

from dyad.model import Sentence
from dyad.relations.docdyad import document_dyad


def _doc(*texts: str, lang: str = "ru") -> list[Sentence]:
    out, at = [], 0
    for i, t in enumerate(texts):
        out.append(Sentence(i, t, at, at + len(t), lang, ""))
        at += len(t) + 1
    return out


def test_title_in_capitals():
    sents = _doc("Война продолжалась два года.")
    assert document_dyad("СОВЕТСКО-ПОЛЬСКАЯ ВОЙНА 1920", sents, "ru") == ("POL", "SUN")


def test_lead_names_its_subject_between_two():
    sents = _doc("Андрусовское перемирие — соглашение, заключённое в 1667 между Россией и Польшей на 13,5 лет.",
                 "Перемирие завершило войну.")
    assert document_dyad("Андрусовское перемирие", sents, "ru", ordered=True) == ("RUS", "POL")
    en = _doc("The Treaty of Gulistan was a peace treaty concluded between the Russian Empire and Persia in 1813.",
              "It ended the war.", lang="en")
    assert set(document_dyad("Treaty of Gulistan", en, "en")) == {"H.RUSEMP", "H.PERSIA"}


def test_lead_with_no_pair_between_gives_none():
    sents = _doc("Столбово — деревня в Ленинградской области, где был подписан мир.", "Там был подписан договор.")
    assert document_dyad("Столбово", sents, "ru") is None


def test_one_state_article_takes_no_pair_from_its_lead():
    en = _doc("Mongolia lies between Russia and China.", "It relies on both.", lang="en")
    assert document_dyad("Foreign relations of Mongolia", en, "en") is None


def test_an_aside_in_brackets_is_no_side_of_the_pair():
    en = _doc("The Herring Wars were a series of confrontations between Norway (with aid from Sweden) and Denmark "
              "about fishing rights.", "They ended in 1901.", lang="en")
    assert set(document_dyad("Herring Wars", en, "en")) == {"NOR", "DNK"}
