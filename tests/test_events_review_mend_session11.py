"""Counter-examples from the review of session 11's rules: each must keep its ordinary reading."""

import pytest

from sentence_acts import sentence_acts


@pytest.mark.parametrize("text, lang, year, pair, want", [
    # zh: 和平, 对外, 同样 are words, not markers of a partner behind a modifier
    ("爱好和平的中国出兵朝鲜。", "zh", 1950, None, [("MOBILIZE", "CHN", "PRK")]),
    ("同样遭受侵略的中国援助越南。", "zh", 1965, None, [("AID", "CHN", "VNM")]),
    # zh: later that day is past narrative; a purpose clause negates nothing
    ("俄罗斯当天晚些时候轰炸了乌克兰的机场。", "zh", 2022, None, [("ASSAULT", "RUS", "UKR")]),
    ("俄罗斯为防止北约东扩而入侵乌克兰。", "zh", 2022, None, [("ASSAULT", "RUS", "UKR")]),
    # ru: a decree signed is no treaty of the pair; prisoners are no treaty; `составили` a share is no bloc
    ("Указ был подписан 18 марта 1921 года.", "ru", 1921, ("POL", "SUN"), []),
    ("Заключённые с Украины содержатся в российских тюрьмах.", "ru", 2015, ("RUS", "UKR"), []),
    ("Франция и Англия составили треть сил коалиции.", "ru", 1915, None, []),
    ("Отношения между СССР и Афганистаном ухудшились, когда был установлен новый режим.", "ru", 1978, None, []),
    # en: lifting one thing and imposing another; seeing no need; drones surveying; commissions meeting
    ("Russia lifted the blockade and imposed sanctions on Georgia.", "en", 2008, None,
     [("RETREAT", "RUS", "GEO"), ("SANCTION", "RUS", "GEO")]),
    ("Moscow did not see the need for talks and invaded Ukraine.", "en", 2014, None,
     [("CONSULT", "RUS", "UKR"), ("ASSAULT", "RUS", "UKR")]),
    ("Russian drones surveyed Ukrainian positions before the attack on Kyiv.", "en", 2022, None,
     [("ASSAULT", "RUS", "UKR")]),
    ("In 2014 China, Russia's largest trading partner, signed a gas deal with Russia.", "en", 2014, None,
     [("AGREE", "CHN", "RUS")]),
    ("Russia and Syria coordinated air strikes on rebel positions.", "en", 2016, None, [("COOPERATE", "RUS", "SYR")]),
    ("Putin and Zelensky discussed the matter at a joint press conference.", "en", 2019, None,
     [("CONSULT", "RUS", "UKR")]),
    ("Civilian flights from Russia entered Ukrainian airspace daily.", "en", 2010, None, []),
    ("The Crimean War disrupted trade between Russia and Persia.", "en", 1855, None, []),
    ("Although it is unclear if talks will resume, Russia will deploy troops to Belarus.", "en", 2021, None,
     [("MOBILIZE", "RUS", "BLR")]),
    ("Qatar opened a trade office in Israel in 1996; ties were severed in 2009.", "en", 1996, ("EGY", "ISR"), []),
    # ko: a plan reported is no name given; ties with both told after an act keep the act
    ("러시아가 우크라이나를 침공할 계획이라고 한다.", "ko", 2021, None, [("ASSAULT", "RUS", "UKR")]),
    ("몽골은 1990년 한국과 수교하였으며, 현재 남북한 동시수교국이다.", "ko", 1990, None, [("AGREE", "MNG", "KOR")]),
    ("폴란드는 1999년 북대서양 조약 기구에 적극 참여하였다.", "ko", 1999, None, [("AGREE", "POL", "IGO.NATO")]),
])
def test_ordinary_reading(text, lang, year, pair, want):
    assert [a[:3] for a in sentence_acts(text, lang, year, pair)] == want


def test_ru_round_ends_a_sentence():
    from dyad.text.rules import rules
    from dyad.text.sentences import split_line

    line = "Состоялся второй тур. Россия подписала договор с Украиной."
    assert len(split_line(line, rules("ru"))) == 2


def test_ru_as_for_is_no_condition():
    acts = sentence_acts("В случае с Крымом Россия аннексировала полуостров у Украины в 2014 году.", "ru", 2014)
    assert [a[:4] for a in acts] == [("COERCE", "RUS", "UKR", "asserted")]
