"""Russian: relations set up named by a participle or a reflexive verb; forming a bloc."""

from sentence_acts import sentence_acts


def test_relations_set_up_as_participle_or_reflexive():
    text = "Советско-югославские отношения — двусторонние отношения между СССР и Югославией, установленные 25 июня 1940 года."
    assert sentence_acts(text, "ru", 1940) == [("AGREE", "SUN", "YUG", "asserted", None)]
    text = "Формальные отношения между дворами Англии и Русского государства установились в 1553 году."
    assert [a[0] for a in sentence_acts(text, "ru", 1553)] == ["AGREE"]


def test_forming_a_bloc_agrees():
    text = "В начале XX века Великобритания, Франция и Россия составили Антанту — военный блок."
    assert len([a for a in sentence_acts(text, "ru", 1907) if a[0] == "AGREE"]) == 3
