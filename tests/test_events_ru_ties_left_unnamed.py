"""Russian: relations broken off and restored where the noun `отношения` is left out or the verb is reflexive."""
import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text,pair,want", [
    # a list of dates with the noun left out; the one who broke them off in the instrumental
    ("Прерваны Италией 22 июня 1941 года, восстановлены 25 октября 1944 года.", ("ITA", "SUN"),
     [("SANCTION", "ITA", "SUN"), ("AGREE", "ITA", "SUN")]),
    # a passive break-off coordinated with the restoration (the restoration does not swallow the break)
    ("Дипломатические отношения были разорваны в 1917 году и восстановлены в 1942 году.", ("CUB", "SUN"),
     [("SANCTION", "CUB", "SUN"), ("AGREE", "CUB", "SUN")]),
    # reflexive, with the two named between the noun and the verb (names of one to three words)
    ("Отношения между Советским Союзом и Кубой прервались в 1952 году.", ("CUB", "SUN"), [("SANCTION", "SUN", "CUB")]),
    ("Отношения между СССР и Испанией прервались после гражданской войны в Испании и были восстановлены в 1977 году.",
     ("ESP", "SUN"), [("SANCTION", "SUN", "ESP"), ("AGREE", "SUN", "ESP")]),
])
def test_ties_with_the_noun_left_out(text, pair, want):
    assert [a[:3] for a in sentence_acts(text, "ru", 1950, pair)] == want


@pytest.mark.parametrize("text", [
    "Города были восстановлены после войны.",
    "Работы были прерваны в 1942 году.",
    # restored or broken off with no ties named before: other things
    "Мосты были взорваны и восстановлены в 1946 году.",
    "Раскопки начаты в 1930 году, прерваны в 1941 году, восстановлены в 1946 году.",
    "Полёты были прерваны в 1941 году, восстановлены в 1945 году.",
    "Гастроли Большого театра в Англии, прерваны в 1956 году.",
    "Связи прекратились после смерти посла.",
])
def test_other_things_restored_or_stopped(text):
    assert sentence_acts(text, "ru", 1950, ("ITA", "SUN")) == []


def test_exchange_of_missions_is_the_pairs():
    # (exchanging ambassadors is CONSULT in the seeds' gold)
    acts = sentence_acts("В 1960 году состоялся обмен дипломатическими представительствами.", "ru", 1960, ("SUN", "TUN"))
    assert [a[:3] for a in acts] == [("CONSULT", "SUN", "TUN")]
