"""Who reports an act is not a name inside the report; a civil war is no act between states; zh relations set up at a
level (`建立公使級外交關係`)."""

import pytest

from sentence_acts import sentence_acts


def _acts(text, lang, year, pair=None):
    return [(c, a, b, f, by) for c, a, b, f, by in sentence_acts(text, lang, year, pair)]


@pytest.mark.parametrize("text,lang", [
    ("In 2000 the Bangladeshi police reported that Burmese border guards had shot and killed four Bangladeshi "
     "fishermen.", "en"),
    ("В 2000 году полиция Бангладеш сообщила, что мьянманские пограничники убили четырёх рыбаков из Бангладеш.",
     "ru"),
])
def test_the_reporter_stands_before_what_it_reports(text, lang):
    assert _acts(text, lang, 2000, ("BGD", "MMR")) == [("ASSAULT", "MMR", "BGD", "reported", "BGD")]


def test_according_to_still_names_the_reporter():
    assert _acts("According to Bangladesh, Burmese soldiers attacked a post.", "en", 2000, ("BGD", "MMR")) == [
        ("ASSAULT", "MMR", "BGD", "reported", "BGD")]


def test_border_guards_are_the_doers_not_a_border_crossed():
    assert _acts("In 2000 Burmese border guards killed four Bangladeshi fishermen.", "en", 2000) == [
        ("ASSAULT", "MMR", "BGD", "asserted", None)]
    # (a state's border as the place an act reaches still names the receiver)
    assert _acts("In 2000 Burmese troops crossed the Bangladeshi border.", "en", 2000) == [
        ("MOBILIZE", "MMR", "BGD", "asserted", None)]


@pytest.mark.parametrize("text", [
    "The war was a major factor in starting the Salvadoran Civil War a decade later.",
    "In 1975 the Lebanese Civil War broke out.",
])
def test_a_civil_war_is_no_act_between_states(text):
    assert _acts(text, "en", 1975, ("SLV", "HND")) == []


@pytest.mark.parametrize("text,want", [
    ("1881年，巴西與清朝建立公使級外交關係。", [("AGREE", "BRA", "H.QING", "asserted", None)]),
])
def test_zh_visits_by_abbreviation_and_relations_at_a_level(text, want):
    assert _acts(text, "zh", int(text[:4]), ("CHN", "NLD")) == want


def test_zh_common_words_are_no_one_character_names():
    # (墨, 葡, 荷 name states only in pairs before a word for relations: `对葡萄酒`, `在墨尔本`, `对荷载` name none)
    assert _acts("2020年中国对葡萄酒征收反倾销税。", "zh", 2020) == []
    assert _acts("2000年中国对荷载问题进行了访问。", "zh", 2000) == []


def test_a_reporter_named_after_an_as_clause_cue_still_reports():
    assert _acts("Как сообщил МИД Украины, российские войска атаковали Киев.", "ru", 2022) == [
        ("ASSAULT", "RUS", "UKR", "reported", "UKR")]
