"""Words inside a body's name are none of its acts; a state's private people act for themselves; seeking
another's aid asks for it (zh); organisations are found by their names in ru, zh and ko."""
import pytest

from dyad.actors import default_gazetteer
from sentence_acts import sentence_acts


@pytest.mark.parametrize("text,lang,year,pair,want", [
    # a word in the name of a body one belongs to is no act
    ("Как Россия, так и Чили являются членами организации Азиатско-Тихоокеанского экономического "
     "сотрудничества.", "ru", 2000, ("RUS", "CHL"), []),
    ("Обе страны являются членами Организации экономического сотрудничества черноморских стран.", "ru", 2000,
     ("RUS", "TUR"), []),
    ("В 2000 году Россия и Мексика расширили сотрудничество.", "ru", 2000, None, [("COOPERATE", "RUS", "MEX")]),
    ("В 1970 году Иран входил в организацию Регионального сотрудничество в целях развития.", "ru", 1970,
     ("IRN", "TUR"), []),
    ("Организация Объединённых Наций ввела санкции против Ирака.", "ru", 1990, None,
     [("SANCTION", "IGO.UN", "IRQ")]),
    ("Советский Союз начинает поставлять в Тунис машины и оборудование.", "ru", 1960, ("SUN", "TUN"), None),
    # a traveller, a scientist or a missionary of a state acts for himself
    ("В 1869 году остров Ява посетил русский путешественник.", "ru", 1869, ("IDN", "RUS"), []),
    ("In 1938 the movement was established by Kuwaiti youths who were opposed to British influence.", "en",
     1938, ("KWT", "IRQ"), []),
    # seeking another's aid or support asks for it; seeking cooperation is no request
    ("1950年，越南向苏联寻求军事援助。", "zh", 1950, None, [("REQUEST", "VNM", "SUN")]),
    ("1962年，印度寻求美国的支持。", "zh", 1962, None, [("REQUEST", "IND", "USA")]),
    ("2000年，两国寻求合作。", "zh", 2000, ("CHN", "LAO"), []),
])
def test_acts(text, lang, year, pair, want):
    acts = [a[:3] for a in sentence_acts(text, lang, year, pair)]
    if want is None:
        assert acts  # the state's own act stays
    else:
        assert acts == want


@pytest.mark.parametrize("text,lang,code", [
    ("Россия и Мексика являются членами Азиатско-Тихоокеанского экономического сотрудничества.", "ru", "IGO.APEC"),
    ("Иран вступил в Организацию экономического сотрудничества.", "ru", "IGO.ECO"),
    ("泰国参与东南亚条约组织的活动。", "zh", "IGO.SEATO"),
    ("泰國參與東南亞條約組織的活動。", "zh", "IGO.SEATO"),
    ("한국은 아시아 태평양 경제 협력체 회원국이다.", "ko", "IGO.APEC"),
    ("北約與非盟友國家", "zh", None),
])
def test_organisations_by_name(text, lang, code):
    found = [c for m in default_gazetteer().find(text, lang, year=2000) for c in m.codes]
    if code is None:
        assert "IGO.AU" not in found
    else:
        assert code in found
