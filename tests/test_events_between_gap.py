"""An act noun whose sides follow `between` after words on when or where it happened (`a military clash that took
place in 1981 between Ecuador and Peru`, `столкновение, произошедшее в марте 1969 года между СССР и КНР`) names
them, the first as the doer; a deal reached with no one named is the document pair's."""

import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text,lang,year,want", [
    ("The Paquisha War was a military clash that took place between January and February 1981 between Ecuador "
     "and Peru over the control of three watchposts.", "en", 1981, ("ASSAULT", "ECU", "PER")),
    ("A border clash, which occurred in 1995 in the Cenepa valley between Ecuador and Peru, killed dozens.",
     "en", 1995, ("ASSAULT", "ECU", "PER")),
    ("It was the first of three military conflicts between Ecuador and Peru during the 20th century.",
     "en", 1941, ("ASSAULT", "ECU", "PER")),
    ("Пограничное столкновение, произошедшее в марте 1969 года между СССР и КНР, обострило отношения.",
     "ru", 1969, ("ASSAULT", "SUN", "CHN")),
])
def test_an_act_noun_and_its_between_may_stand_apart(text, lang, year, want):
    assert [(c, a, b) for c, a, b, _f, _r in sentence_acts(text, lang, year)] == [want]


@pytest.mark.parametrize("text,lang,year", [
    # (the words between say something other than that it happened: `between` belongs to another noun)
    ("The clash damaged trade between Ecuador and Peru.", "en", 1981),
    ("The Colombian armed conflict has also provoked impasses between the two countries.", "en", 2005),
    ("These relations are characterized by a shared border and a number of military conflicts in past years.",
     "en", 2005),
])
def test_between_after_other_words_names_no_sides_of_the_act(text, lang, year):
    assert not [a for a in sentence_acts(text, lang, year, ("COL", "VEN")) if a[0] == "ASSAULT"]


def test_a_deal_reached_with_no_one_named_is_the_pairs():
    acts = sentence_acts("A deal on militarization was reached on 20 June 2011.", "en", 2011, ("SDN", "SSD"))
    assert [(c, {a, b}) for c, a, b, _f, _r in acts] == [("AGREE", {"SDN", "SSD"})]


@pytest.mark.parametrize("text,lang,want", [
    ("The war that took place in the 19th century between Russia and Persia ended in 1828.", "en",
     ("ASSAULT", "H.RUSEMP", "H.PERSIA")),
    ("Война, шедшая в 1804—1813 годах между Россией и Персией, закончилась миром.", "ru",
     ("ASSAULT", "H.RUSEMP", "H.PERSIA")),
    ("Война, которая произошла в 1877 году между Россией и Турцией, закончилась миром.", "ru",
     ("ASSAULT", "H.RUSEMP", "H.OTTOMAN")),
])
def test_centuries_ranges_and_relative_clauses_may_stand_between(text, lang, want):
    assert want in [(c, a, b) for c, a, b, _f, _r in sentence_acts(text, lang, 1850)]
