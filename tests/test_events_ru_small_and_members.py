"""ru: an act said to be small is a statistic; a pact one is a member of is none of one's acts."""
import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text,year,pair,want", [
    ("Экономическое сотрудничество двух стран крайне незначительно.", 2010, ("MLT", "RUS"), []),
    ("На начало 2010-х годов объём двусторонней торговли мал.", 2010, ("MLT", "RUS"), []),
    ("Также незначительны российские инвестиции в Мальту.", 2010, ("MLT", "RUS"), []),
    ("В 2000 году Россия и Мальта расширили торговлю.", 2000, None, [("COOPERATE", "RUS", "MLT")]),
    ("Россия оказала Мальте помощь на малую сумму.", 2000, None, [("AID", "RUS", "MLT")]),
    ("Но при этом страна является членом Шенгенского соглашения.", 2010, ("NOR", "RUS"), []),
])
def test_acts(text, year, pair, want):
    assert [a[:3] for a in sentence_acts(text, "ru", year, pair)] == want


@pytest.mark.parametrize("text,want", [
    # ties broken off again and again (imperfective), restored when they are `они` or the sentence opens with it
    ("За свою историю отношения дважды прерывались.", [("SANCTION", "SUN", "CHL")]),
    ("24 октября 1964 года они были восстановлены.", [("AGREE", "SUN", "CHL")]),
    ("Восстановлены 11 марта 1990 года.", [("AGREE", "SUN", "CHL")]),
    # (not other things restored, nor ties restored by someone named)
    ("Города были восстановлены в 1950 году.", []),
    ("В 1950 году они были восстановлены немцами.", []),
    # (a short sentence of its own, after a time, is the ties again)
    ("После революции 1959 года опять восстановлены.", [("AGREE", "SUN", "CHL")]),
])
def test_ties_restored_or_broken_with_the_noun_left_out(text, want):
    assert [a[:3] for a in sentence_acts(text, "ru", 1964, ("SUN", "CHL"))] == want
