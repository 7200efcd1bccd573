"""A city right before a treaty's or a meeting's title names where it was signed or held, not a party."""

from sentence_acts import sentence_acts


def _pairs(acts):
    return [(c, {a, b}) for c, a, b, _f, _r in acts]


def test_en_city_in_an_accords_title_is_no_party():
    acts = sentence_acts("In 1991, the two countries signed the Paris Peace Accords.", "en", 1991, ("VNM", "KHM"))
    assert _pairs(acts) == [("AGREE", {"VNM", "KHM"})]


def test_en_city_as_a_venue_stays_a_place_and_a_city_as_a_doer_stays_a_party():
    acts = sentence_acts("In 1991 Cambodia and Vietnam held talks in Paris.", "en", 1991, ("VNM", "KHM"))
    assert _pairs(acts) == [("CONSULT", {"VNM", "KHM"})]
    acts = sentence_acts("In 2015 Moscow signed an agreement with Hanoi.", "en", 2015)
    assert _pairs(acts) == [("AGREE", {"RUS", "VNM"})]


def test_ko_city_before_talks_is_no_party():
    acts = sentence_acts("2007년 남북한은 베이징 회담에서 합의했다.", "ko", 2007, ("KOR", "PRK"))
    assert all("CHN" not in (a, b) for _c, a, b, _f, _r in acts) and acts


def test_zh_city_before_a_treaty_is_no_party():
    acts = sentence_acts("1991年，越南和柬埔寨签署巴黎和平协定。", "zh", 1991, ("VNM", "KHM"))
    assert all("FRA" not in (a, b) for _c, a, b, _f, _r in acts) and acts


def test_en_city_in_a_lowercase_title_is_no_party():
    acts = sentence_acts("In 1991, the two countries signed the Paris peace accords.", "en", 1991, ("VNM", "KHM"))
    assert _pairs(acts) == [("AGREE", {"VNM", "KHM"})]


def test_ko_city_before_a_joint_declaration_is_no_party():
    acts = sentence_acts("2007년 남북은 베이징 공동선언에 서명했다.", "ko", 2007, ("KOR", "PRK"))
    assert all("CHN" not in (a, b) for _c, a, b, _f, _r in acts) and acts
