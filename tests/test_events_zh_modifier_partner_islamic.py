"""Chinese: a partner behind a short modifier (`和遷台不久的中華民國斷交`); Islamic countries are no Islamic State."""

from sentence_acts import sentence_acts


def test_partner_behind_a_short_modifier():
    acts = sentence_acts("当时剛從英國獨立不久的巴基斯坦,正式和遷台不久的中華民國斷交,改而和中華人民共和國建交。", "zh", 1951,
                         ("CHN", "PAK"))
    assert [a[:3] for a in acts] == [("SANCTION", "PAK", "TWN"), ("AGREE", "PAK", "CHN")]


def test_islamic_countries_are_not_the_islamic_state():
    acts = sentence_acts("巴基斯坦是首個和中华人民共和国建交的伊斯蘭國家。", "zh", 1951)
    assert all("X.ISIS" not in a[1:3] for a in acts)
