"""Russian encyclopedia abbreviations (БРЭ, БСЭ) end no sentence; `Сов. Россия`, `Рос. империя` are names."""

from dyad.text.rules import rules
from dyad.text.sentences import split_line
from sentence_acts import sentence_acts


def test_abbreviations_end_no_sentence():
    line = "Правительство Польши отвергло мирные предложения Сов. России. В сер. 1919 прибыла армия (нач. штаба Ю. Галлер)."
    got = [line[a:b] for a, b in split_line(line, rules("ru"))]
    assert got == ["Правительство Польши отвергло мирные предложения Сов. России.",
                   "В сер. 1919 прибыла армия (нач. штаба Ю. Галлер)."]


def test_abbreviated_names():
    assert sentence_acts("Война между Сов. Россией и Польшей.", "ru", 1920) == [
        ("ASSAULT", "SUN", "POL", "asserted", None)]
