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
