"""Russian event lexicon rules found on unseen relation articles (`Российско-X отношения`): hand-written
sentences, one rule each, with the near misses that must stay non-events."""

from __future__ import annotations

from sentence_acts import sentence_acts


def acts(text: str, year: int | None = None, pair: tuple[str, str] | None = None):
    """(category, source, target) of each act of one Russian sentence."""
    return [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "ru", year, pair)]


def test_troops_marching_into_a_country_occupy_it():
    assert acts("В июне 1940 года советские войска вошли в Латвию.", 1940, ("SUN", "LVA")) == [
        ("COERCE", "SUN", "LVA")]
    assert acts("Российские войска вступили на территорию Грузии.", 2008, ("RUS", "GEO")) == [
        ("COERCE", "RUS", "GEO")]
    # a name between the troops and the verb is their state
    assert acts("Весной войска Германии вошли в Данию.", 1940) == [("COERCE", "H.NAZIGER", "DNK")]
    # a state that enters a union or a body joins it; troops that enter a battle fight
    assert all(c != "COERCE" for c, *_ in acts("Страны Балтии вошли в НАТО.", 2004))
    assert all(c != "COERCE" for c, *_ in acts("Советские войска вступили в бой с японскими частями.", 1945))


def test_entering_without_a_fight_is_no_fight():
    assert acts("Весной 1920 года войска Финляндии без боя вошли в Швецию.", 1920) == [
        ("COERCE", "FIN", "SWE")]
    assert all(c != "ASSAULT" for c, *_ in acts("Город был сдан Германии без боя.", 1940))


def test_a_mission_opened_in_the_passive_is_cooperation():
    pair = ("RUS", "LVA")
    assert acts("Консульство России в Латвии было открыто в 1992 году.", 1992, pair) == [
        ("COOPERATE", "RUS", "LVA")]
    assert acts("В 1992 году было открыто российское консульство в Латвии.", 1992, pair) == [
        ("COOPERATE", "RUS", "LVA")]
    assert acts("Посольство России в Латвии было открыто в 1992 году.", 1992, pair) == [("COOPERATE", "RUS", "LVA")]
    assert acts("В 1992 году было открыто российское посольство в Латвии.", 1992, pair) == [
        ("COOPERATE", "RUS", "LVA")]
    # the mission's state named after it (`открыто посольство России`), a mission that opened itself
    assert acts("В 1992 году в Риге было открыто посольство России.", 1992, pair) == [("COOPERATE", "RUS", "LVA")]
    assert acts("Посольство России в Латвии открылось в 1992 году.", 1992, pair) == [("COOPERATE", "RUS", "LVA")]
    # where a mission is is no act
    assert acts("Посольство России в Латвии расположено в центре столицы.", 2020, pair) == []


def test_a_territory_joined_to_a_state_in_the_passive_was_annexed_by_it():
    assert acts("В 1940 году Латвия была присоединена к СССР.", 1940, ("SUN", "LVA")) == [
        ("COERCE", "SUN", "LVA")]
    assert acts("В 1801 году к России была присоединена Грузия.", 1801, ("RUS", "GEO")) == [
        ("COERCE", "H.RUSEMP", "GEO")]
    # the reflexive joins a treaty
    assert acts("Латвия присоединилась к договору.", 1995, ("RUS", "LVA")) == [("AGREE", "LVA", "RUS")]


def test_entry_into_a_state_named_as_a_noun():
    assert acts("Вхождение Латвии в состав СССР произошло в 1940 году.", 1940, ("SUN", "LVA")) == [
        ("AGREE", "LVA", "SUN")]


def test_a_decision_taken_is_no_acceptance():
    assert acts("В 1947 году СССР принял решение поддержать независимость Индии.", 1947) == [
        ("SUPPORT", "SUN", "IND")]
    assert acts("Египет принял план Франции.", 1956) == [("AGREE", "EGY", "FRA")]


def test_accusations_addressed_to_a_state():
    assert acts("Обвинения Грузии в адрес России прозвучали в 2006 году.", 2006, ("RUS", "GEO")) == [
        ("ACCUSE", "GEO", "RUS")]
    assert acts("Россия выступила с критикой в адрес Грузии.", 2006, ("RUS", "GEO")) == [
        ("ACCUSE", "RUS", "GEO")]


def test_the_axis_and_the_entente_are_no_actor():
    assert acts("В 1941 году Финляндия выступила на стороне стран Оси.", 1941, ("SUN", "FIN")) == []
    assert acts("В 1941 году Финляндия выступила на стороне Германии.", 1941, ("SUN", "FIN")) == [
        ("COOPERATE", "FIN", "H.NAZIGER")]


def test_trade_ties_developed_are_cooperation_and_ties_cut_a_sanction():
    pair = ("SUN", "FIN")
    assert acts("После войны Финляндия и СССР интенсивно развивали торговые связи.", 1950, pair) == [
        ("COOPERATE", "FIN", "SUN")]
    assert acts("В 2006 году Россия разорвала торговые связи с Грузией.", 2006, ("RUS", "GEO")) == [
        ("SANCTION", "RUS", "GEO")]


def test_a_war_said_to_break_out_between_two_happened():
    got = acts("В августе 2008 года вспыхнула война между Россией и Грузией.", 2008, ("RUS", "GEO"))
    assert [(c, {a, b}) for c, a, b in got] == [("ASSAULT", {"RUS", "GEO"})]
    got = acts("Война между Россией и Грузией началась в августе 2008 года.", 2008, ("RUS", "GEO"))
    assert [(c, {a, b}) for c, a, b in got] == [("ASSAULT", {"RUS", "GEO"})]
    # a war that only dates what happened
    assert acts("Во время войны между Россией и Грузией погибли люди.", 2008, ("RUS", "GEO")) == []


def test_interstate_relations_name_the_pair_of_the_article():
    pair = ("RUS", "ARM")
    assert acts("Основой межгосударственных отношений служит Договор о дружбе 1997 года.", 1997, pair) == [
        ("AGREE", "RUS", "ARM")]
    assert acts("Межгосударственные отношения остаются тёплыми.", 2010, pair) == []


def test_a_treaty_subject_matter_is_part_of_its_name():
    pair = ("RUS", "ARM")
    assert acts("В 1997 году Россия и Армения подписали Договор о дружбе, сотрудничестве и взаимной помощи.",
                1997, pair) == [("AGREE", "RUS", "ARM")]
    assert acts("Россия и Армения подписали контракт о поставках вооружений.", 2010, pair) == [
        ("AGREE", "RUS", "ARM")]
    # an act after the treaty is still one
    assert ("AID", "RUS", "ARM") in acts(
        "Россия и Армения подписали меморандум о сотрудничестве, и Россия оказала Армении помощь.", 2010, pair)


def test_troops_crossing_the_border_or_landing():
    assert acts("Советские войска перешли границу Польши 17 сентября 1939 года.", 1939, ("SUN", "POL")) == [
        ("COERCE", "SUN", "POL")]
    assert acts("Беженцы перешли границу Польши.", 1945, ("SUN", "POL")) == []
    assert acts("В 1918 году японские войска высадились во Владивостоке.", 1918, ("SUN", "JPN")) == [
        ("MOBILIZE", "H.JAPEMP", "SUN")]


def test_a_government_in_exile_is_not_expelled():
    assert acts("В 1943 году СССР разорвал отношения с польским правительством в изгнании.", 1943,
                ("SUN", "POL")) == [("SANCTION", "SUN", "POL")]


def test_embassies_exchanged_set_up_relations():
    assert acts("В 1992 году Россия и Казахстан обменялись посольствами.", 1992, ("RUS", "KAZ")) == [
        ("AGREE", "RUS", "KAZ")]


def test_novgorod_is_the_republic_before_muscovy_took_it():
    assert acts("Великий Новгород заключил мир со Швецией.", 1323) == [("AGREE", "H.NOVGOROD", "SWE")]
    assert acts("В 1293 году Швеция захватила земли Великого Новгорода.", 1293) == [("COERCE", "SWE", "H.NOVGOROD")]


def test_russian_ties_broken_by_a_side_named_after_the_passive():
    got = [(c, a, b) for c, a, b, _f, _by in sentence_acts(
        "В октябре 1917 года отношения были разорваны греческой стороной.", "ru", 1917, ("GRC", "RUS"))]
    assert got == [("SANCTION", "GRC", "SUN")]


def _ru(text, year, pair=None):
    return [(c, a, b) for c, a, b, _f, _by in sentence_acts(text, "ru", year, pair)]


def test_russian_relative_pronoun_stands_for_the_state_before_it():
    assert _ru("Советская Россия была первой страной, которая в 1919 году после англо-афганской войны "
               "установила дипломатические отношения с Афганистаном.", 1919) == [("AGREE", "SUN", "AFG")]


def test_ties_broken_between_two_with_the_doer_unsaid_are_read_in_order():
    assert _ru("В 1886 году дипотношения между Россией и Болгарией были прерваны.", 1886) == [
        ("SANCTION", "H.RUSEMP", "BGR")]
    assert [(c, a, b) for c, a, b, _f, _by in sentence_acts(
        "In 1886 diplomatic relations between Russia and Bulgaria were broken off.", "en", 1886)] == [
        ("SANCTION", "H.RUSEMP", "BGR")]


def test_a_consulate_opened_in_a_city_is_cooperation_with_its_state():
    assert _ru("В 1990 году СССР открыл консульство в Тебризе.", 1990) == [("COOPERATE", "SUN", "IRN")]
