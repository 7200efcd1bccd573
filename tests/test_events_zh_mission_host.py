"""zh: the state between `驻` and a mission (`中国驻新西兰大使馆`) hosts it and receives what the mission's opening
does; an envoy posted there (`驻英大使`) may act toward another state, so the envoy's post names no receiver."""

import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text,year,want", [
    ("1973年，中国驻新西兰大使馆正式开馆。", 1973, ("COOPERATE", "CHN", "NZL")),
    ("1956年1月，中华人民共和国驻埃及商务代表处正式成立。", 1956, ("COOPERATE", "CHN", "EGY")),
    ("后清朝从1879年起设驻古巴总领事。", 1879, ("COOPERATE", "H.QING", "CUB")),
    # a legation built and opened (`落成`)
    ("1877年4月，大清驻德公使馆落成。", 1877, ("COOPERATE", "H.QING", "H.GERMEMP")),
])
def test_the_host_of_a_mission_receives_its_opening(text, year, want):
    assert [(c, a, b) for c, a, b, _f, _r in sentence_acts(text, "zh", year)] == [want]


def test_an_envoys_post_names_no_receiver():
    assert sentence_acts("俄罗斯驻联合国代表否决了决议。", "zh", 2020) == []


@pytest.mark.parametrize("text,year,want", [
    # (a mission that acts otherwise leaves the host no receiver of what others do)
    ("俄罗斯驻日本大使馆的外交官被日本驱逐。", 2000, [("SANCTION", "JPN", "RUS")]),
    ("2015年，中国驻俄罗斯大使馆与日本驻俄罗斯大使馆举行会谈。", 2015, [("CONSULT", "CHN", "JPN")]),
    ("2015年，俄罗斯驻中国大使馆启用新馆舍。", 2015, []),
])
def test_a_mission_that_does_not_open_gives_its_host_no_role(text, year, want):
    assert [(c, a, b) for c, a, b, _f, _r in sentence_acts(text, "zh", year)] == want
