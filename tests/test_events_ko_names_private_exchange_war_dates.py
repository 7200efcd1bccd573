"""Korean: a name given to an event; exchanges between private people; a war that only dates (`일어나기 전`)."""

from sentence_acts import sentence_acts


def test_a_name_given_is_no_act_but_hearsay_stays():
    assert sentence_acts("이 사건을 시베리아 출병이라고 한다.", "ko", 1918, ("JPN", "SUN")) == []
    acts = sentence_acts("데일리NK 보도에 따르면 북한 노동자들이 돈바스로 파견되어 건물을 재건 작업하는 중이라고 한다.",
                         "ko", 2024, ("PRK", "RUS"))
    assert [a[0] for a in acts] == ["COOPERATE"]


def test_private_exchanges_are_no_state_act():
    assert sentence_acts("민간교류는 그와 별개로 활발했다.", "ko", 1900, ("GBR", "USA")) == []


def test_a_war_before_or_after_which_something_happens_only_dates():
    assert sentence_acts("미국 독립전쟁이 일어나기 전 영국과 미국의 사이는 그리 나쁘지 않았다.", "ko", 1770,
                         ("GBR", "USA")) == []
    assert sentence_acts("걸프 전쟁이 끝난 후에 다시 여러 교류들이 있었다.", "ko", 1991, ("IRQ", "RUS")) == []
