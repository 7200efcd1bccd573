"""A signing whose treaty and parties go unsaid is the document pair's treaty."""
import pytest

from sentence_acts import sentence_acts


def test_ru_signed_with_the_treaty_unsaid():
    assert sentence_acts("Подписан 18 марта 1921 года.", "ru", 1921, ("POL", "SUN")) == [
        ("AGREE", "POL", "SUN", "asserted", None)]


def test_zh_treaty_signed_with_no_one_named():
    assert [a[0] for a in sentence_acts("条约于1921年3月16日签订。", "zh", 1921, ("SUN", "TUR"))] == ["AGREE"]


def test_no_pair_no_event():
    assert sentence_acts("Подписан 18 марта 1921 года.", "ru", 1921) == []


def test_concluded_with_the_parties_unsaid():
    # ru `Заключён …`: concluding is a signing; unsaid parties in a treaty's article are its pair
    assert [a[:3] for a in sentence_acts("Заключён 27 августа (6 сентября) 1689 года у Нерчинска.", "ru", 1689,
                                         ("H.QING", "H.RUSEMP"))] == [("AGREE", "H.QING", "H.RUSEMP")]
    assert sentence_acts("Был заключён в тюрьму в 1690 году.", "ru", 1690, ("H.QING", "H.RUSEMP")) == []


def test_a_truce_signed_by_envoys_in_a_place():
    # the envoys are no actors and the place is no party: a truce in its own article is the pair's
    text = ("Андрусовское перемирие было подписано 30 января Афанасием Ординым-Нащёкиным и Ежи Хлебовичем "
            "в деревне Андрусово под Смоленском.")
    assert [a[:3] for a in sentence_acts(text, "ru", 1667, ("H.PLC", "H.RUSEMP"))] == [("AGREE", "H.PLC", "H.RUSEMP")]


@pytest.mark.parametrize("text", [
    "Заключил брак с дочерью короля в 1690 году.",
    "Посол заключил, что договор невыгоден.",
    "Из этого историки заключают, что отношения были дружественными.",
])
def test_concluding_a_thought_or_a_marriage_is_no_treaty(text):
    assert sentence_acts(text, "ru", 1690, ("H.QING", "H.RUSEMP")) == []
