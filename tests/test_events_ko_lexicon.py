"""Korean event lexicon: each PLOVER category in several words and forms, and lookalikes (hand-written)."""

from __future__ import annotations

import pytest

from dyad.events import lexicon
from dyad.events.extract import topics_of
from sentence_acts import sentence_acts


def run(text: str, pair: tuple[str, str] | None = None, year: int | None = 2010):
    return [(c, a, b, f) for c, a, b, f, _by in sentence_acts(text, "ko", year, pair)]


# (sentence, year, pair, expected (category, source, target)); every event found must be this one, asserted
POSITIVE = [
    # ASSAULT: act nouns with light verbs, native verbs, passives
    ("러시아는 우크라이나를 침공했다.", 2022, None, ("ASSAULT", "RUS", "UKR")),
    ("이스라엘은 이란을 공습했다.", 2025, None, ("ASSAULT", "ISR", "IRN")),
    ("북한은 한국에 포격을 가했다.", 2010, None, ("ASSAULT", "PRK", "KOR")),
    ("미국은 이라크에 대한 폭격을 단행했다.", 1991, None, ("ASSAULT", "USA", "IRQ")),
    ("러시아는 우크라이나에 대한 공격을 개시했다.", 2022, None, ("ASSAULT", "RUS", "UKR")),
    ("한국 초계함이 북한군에 의해 격침당했다.", 2010, None, ("ASSAULT", "PRK", "KOR")),
    ("우크라이나는 러시아의 침공을 받았다.", 2022, None, ("ASSAULT", "RUS", "UKR")),
    ("일본군은 청나라 군대를 기습했다.", 1894, None, ("ASSAULT", "H.JAPEMP", "H.QING")),
    ("소련 전투기가 한국 여객기를 격추했다.", 1983, None, ("ASSAULT", "SUN", "KOR")),
    ("중국군이 인도군과 교전했다.", 2020, None, ("ASSAULT", "CHN", "IND")),
    ("북한은 남침을 감행했다.", 1950, ("PRK", "KOR"), ("ASSAULT", "PRK", "KOR")),
    ("독일군은 소련군을 포위했다.", 1941, None, ("ASSAULT", "H.NAZIGER", "SUN")),
    ("이스라엘은 이란에 대한 공습을 재개했다.", 2025, None, ("ASSAULT", "ISR", "IRN")),
    ("러시아는 우크라이나를 침공하였으며 수도를 공격하였다.", 2022, None, ("ASSAULT", "RUS", "UKR")),
    # COERCE
    ("이라크는 쿠웨이트를 점령했다.", 1990, None, ("COERCE", "IRQ", "KWT")),
    ("쿠웨이트는 이라크에 점령당했다.", 1990, None, ("COERCE", "IRQ", "KWT")),
    ("일본은 대한제국을 강제 병합했다.", 1910, None, ("COERCE", "H.JAPEMP", "H.JOSEON")),
    ("북한은 한국 어선을 나포했다.", 2010, None, ("COERCE", "PRK", "KOR")),
    ("한국 어선이 북한에 나포되었다.", 2010, None, ("COERCE", "PRK", "KOR")),
    ("이란은 영국 유조선을 억류했다.", 2019, None, ("COERCE", "IRN", "GBR")),
    ("일본 어민들이 러시아 당국에 체포됐다.", 2010, None, ("COERCE", "RUS", "JPN")),
    ("미국은 이란 선박을 몰수했다.", 2010, None, ("COERCE", "USA", "IRN")),
    # a state's hackers act for it
    ("북한 해커 조직은 한국 은행을 해킹했다.", 2016, None, ("COERCE", "PRK", "KOR")),
    # MOBILIZE: forces against a state, a show of force aimed at it
    ("러시아는 우크라이나 국경에 병력을 집결시켰다.", 2021, None, ("MOBILIZE", "RUS", "UKR")),
    ("러시아는 벨라루스에 전술핵무기를 배치했다.", 2023, None, ("MOBILIZE", "RUS", "BLR")),
    ("중국은 대만을 겨냥한 대규모 군사훈련을 실시했다.", 2022, None, ("MOBILIZE", "CHN", "TWN")),
    ("북한은 한국을 향해 미사일을 발사했다.", 2010, None, ("MOBILIZE", "PRK", "KOR")),
    ("중국은 대만에 대한 무력 도발을 감행했다.", 2022, None, ("MOBILIZE", "CHN", "TWN")),
    # AGREE
    ("한국과 중국은 수교했다.", 1992, None, ("AGREE", "KOR", "CHN")),
    ("양국은 평화조약을 체결했다.", 1978, ("JPN", "CHN"), ("AGREE", "JPN", "CHN")),
    ("러시아와 북한은 조약에 조인했다.", 2024, None, ("AGREE", "RUS", "PRK")),
    ("미국은 이스라엘을 국가로 승인했다.", 1948, None, ("AGREE", "USA", "ISR")),
    ("일본은 한국과 국교를 정상화했다.", 1965, None, ("AGREE", "JPN", "KOR")),
    ("북한은 러시아의 제안을 수락했다.", 2010, None, ("AGREE", "PRK", "RUS")),
    ("러시아는 벨라루스와 동맹을 맺었다.", 2000, None, ("AGREE", "RUS", "BLR")),
    ("러시아는 우크라이나에 협상을 제안했다.", 2022, None, ("AGREE", "RUS", "UKR")),
    ("중국은 러시아와 공동 성명을 채택했다.", 2010, None, ("AGREE", "CHN", "RUS")),
    ("양국은 휴전에 합의했다.", 1953, ("USA", "PRK"), ("AGREE", "USA", "PRK")),
    # CONSULT
    ("한국 대통령은 러시아를 방문했다.", 2010, None, ("CONSULT", "KOR", "RUS")),
    ("중국은 러시아를 국빈 방문했다.", 2023, None, ("CONSULT", "CHN", "RUS")),
    ("미국 국무장관은 중국 외교부장과 회담했다.", 2010, None, ("CONSULT", "USA", "CHN")),
    ("한국 대통령은 일본 총리와 전화 통화를 했다.", 2010, None, ("CONSULT", "KOR", "JPN")),
    ("러시아 외무장관은 북한 외무상을 접견했다.", 2010, None, ("CONSULT", "RUS", "PRK")),
    ("중국은 북한에 특사를 파견했다.", 2010, None, ("CONSULT", "CHN", "PRK")),
    ("김정은은 푸틴에게 친서를 보냈다.", 2019, None, ("CONSULT", "PRK", "RUS")),
    ("일본은 한국에 위로 전문을 보냈다.", 2010, None, ("CONSULT", "JPN", "KOR")),
    # talks on a treaty or a truce are talks, resumed or not
    ("러시아는 일본과 평화조약 협상을 재개했다.", 2010, None, ("CONSULT", "RUS", "JPN")),
    ("양국은 휴전 협상을 벌였다.", 1951, ("USA", "PRK"), ("CONSULT", "USA", "PRK")),
    # COOPERATE
    ("한국은 러시아와 교역했다.", 2010, None, ("COOPERATE", "KOR", "RUS")),
    ("러시아는 북한과 군사 협력을 강화했다.", 2024, None, ("COOPERATE", "RUS", "PRK")),
    ("중국은 러시아에 대한 투자를 늘렸다.", 2015, None, ("COOPERATE", "CHN", "RUS")),
    ("한국 기업과 러시아는 합작 회사를 세웠다.", 2010, None, ("COOPERATE", "KOR", "RUS")),
    ("북한은 러시아에 병력을 파견했다.", 2024, None, ("COOPERATE", "PRK", "RUS")),
    # AID
    ("일본은 한국에 차관을 공여했다.", 1965, None, ("AID", "JPN", "KOR")),
    ("러시아는 이란에 무기를 판매했다.", 2010, None, ("AID", "RUS", "IRN")),
    ("한국은 북한에 식량을 지원했다.", 2000, None, ("AID", "KOR", "PRK")),
    ("미국은 한국에 원조를 제공했다.", 1955, None, ("AID", "USA", "KOR")),
    ("한국은 우크라이나에 인도적 지원을 했다.", 2022, None, ("AID", "KOR", "UKR")),
    ("러시아는 북한에 전투기를 제공했다.", 2024, None, ("AID", "RUS", "PRK")),
    ("한국은 북한에 대한 지원을 재개했다.", 2010, None, ("AID", "KOR", "PRK")),
    # SUPPORT
    ("중국은 러시아의 입장을 지지했다.", 2010, None, ("SUPPORT", "CHN", "RUS")),
    ("북한은 러시아의 우크라이나 침공을 옹호했다.", 2022, None, ("SUPPORT", "PRK", "RUS")),
    ("미국은 한국의 결정을 환영했다.", 2010, None, ("SUPPORT", "USA", "KOR")),
    ("러시아는 북한에 축전을 보냈다.", 2010, None, ("SUPPORT", "RUS", "PRK")),
    # CONCEDE
    ("일본은 한국에 사과했다.", 1998, None, ("CONCEDE", "JPN", "KOR")),
    ("독일은 폴란드에 사죄했다.", 1970, None, ("CONCEDE", "DEU", "POL")),
    ("일본은 한국에 배상했다.", 2010, None, ("CONCEDE", "JPN", "KOR")),
    ("북한은 미국인 억류자를 석방했다.", 2018, None, ("CONCEDE", "PRK", "USA")),
    ("소련은 일본에 섬을 반환했다.", 1956, None, ("CONCEDE", "SUN", "JPN")),
    ("미국은 이란에 대한 제재를 해제했다.", 2016, None, ("CONCEDE", "USA", "IRN")),
    ("미국은 쿠바에 대한 금수조치를 해제했다.", 2015, None, ("CONCEDE", "USA", "CUB")),
    ("한국은 일본에 대한 관세를 인하했다.", 2010, None, ("CONCEDE", "KOR", "JPN")),
    # RETREAT
    ("러시아군은 키이우 근교에서 퇴각했다.", 2022, None, ("RETREAT", "RUS", "UKR")),
    ("소련은 만주에서 철군했다.", 1946, ("SUN", "CHN"), ("RETREAT", "SUN", "H.ROC")),
    ("미국은 베트남에서 미군을 철수했다.", 1973, None, ("RETREAT", "USA", "VNM")),
    # `철군` ends in 군 but is no army of the state before it
    ("소련의 아프가니스탄 철군이 완료되었다.", 1989, None, ("RETREAT", "SUN", "AFG")),
    # REQUEST
    ("한국은 러시아에 협조를 요청했다.", 2010, None, ("REQUEST", "KOR", "RUS")),
    ("미국은 중국에 제재 이행을 촉구했다.", 2010, None, ("REQUEST", "USA", "CHN")),
    ("한국은 일본에 사과를 요구했다.", 2010, None, ("REQUEST", "KOR", "JPN")),
    ("우크라이나는 국제연합에 도움을 호소했다.", 2022, None, ("REQUEST", "UKR", "IGO.UN")),
    # ACCUSE
    ("한국은 북한의 도발을 규탄했다.", 2010, None, ("ACCUSE", "KOR", "PRK")),
    ("중국은 미국을 비난했다.", 2010, None, ("ACCUSE", "CHN", "USA")),
    ("한국 외교부는 일본 대사를 초치해 항의했다.", 2010, None, ("ACCUSE", "KOR", "JPN")),
    ("중국은 한국 정부에 유감을 표명했다.", 2010, None, ("ACCUSE", "CHN", "KOR")),
    # REJECT
    ("러시아는 일본의 제안을 거부했다.", 2010, None, ("REJECT", "RUS", "JPN")),
    ("중국은 미국의 요구를 거절했다.", 2010, None, ("REJECT", "CHN", "USA")),
    ("러시아는 코소보의 독립에 반대했다.", 2008, None, ("REJECT", "RUS", "XKX")),
    ("한국은 일본의 주장을 불인정했다.", 2010, None, ("REJECT", "KOR", "JPN")),
    ("러시아는 일본의 영유권 주장을 일축했다.", 2010, None, ("REJECT", "RUS", "JPN")),
    ("중국은 한국의 사드 배치에 강하게 반발했다.", 2017, None, ("REJECT", "CHN", "KOR")),
    # THREATEN
    ("북한은 미국에 경고했다.", 2010, None, ("THREATEN", "PRK", "USA")),
    ("러시아는 우크라이나를 위협했다.", 2021, None, ("THREATEN", "RUS", "UKR")),
    ("미국은 이라크에 최후통첩을 보냈다.", 2003, None, ("THREATEN", "USA", "IRQ")),
    ("북한은 일본을 협박했다.", 2010, None, ("THREATEN", "PRK", "JPN")),
    # SANCTION
    ("미국은 북한에 대한 제재를 강화했다.", 2010, None, ("SANCTION", "USA", "PRK")),
    ("미국은 이란에 금수 조치를 내렸다.", 2010, None, ("SANCTION", "USA", "IRN")),
    ("사우디아라비아는 카타르와 단교했다.", 2017, None, ("SANCTION", "SAU", "QAT")),
    ("러시아는 미국 외교관을 추방했다.", 2010, None, ("SANCTION", "RUS", "USA")),
    ("미국은 러시아의 자산을 동결했다.", 2022, None, ("SANCTION", "USA", "RUS")),
    ("일본은 한국에 대한 수출 규제를 단행했다.", 2019, None, ("SANCTION", "JPN", "KOR")),
    ("미국은 러시아 주재 대사를 소환했다.", 2010, None, ("SANCTION", "USA", "RUS")),
    ("러시아는 일본인의 입국을 금지했다.", 2022, None, ("SANCTION", "RUS", "JPN")),
    ("미국은 중국 제품에 보복 관세를 부과했다.", 2018, None, ("SANCTION", "USA", "CHN")),
    ("미국은 이란에 대한 제재 조치를 발표했다.", 2010, None, ("SANCTION", "USA", "IRN")),
]


@pytest.mark.parametrize("text,year,pair,want", POSITIVE, ids=[p[0] for p in POSITIVE])
def test_category_words_and_forms(text, year, pair, want):
    ev = run(text, pair, year)
    assert ev == [(*want, "asserted")]


def test_every_category_has_three_positive_sentences():
    counts: dict[str, int] = {}
    for *_, want in POSITIVE:
        counts[want[0]] = counts.get(want[0], 0) + 1
    assert all(n >= 3 for n in counts.values())
    assert len(counts) == 15  # PROTEST is tested below: its doers are crowds, not names


@pytest.mark.parametrize("text,year,want", [
    ("중국은 일본 제품 불매 운동을 벌였다.", 2012, ("PROTEST", "CHN", "JPN")),
    ("폴란드는 러시아 제국에 맞서 봉기했다.", 1863, ("PROTEST", "POL", "H.RUSEMP")),
    ("조선은 일본에 항거했다.", 1919, ("PROTEST", "H.JOSEON", "H.JAPEMP")),
    # a rally that condemns is a protest and an accusation
    ("북한은 평양에서 미국을 규탄하는 군중 집회를 열었다.", 2017, ("PROTEST", "PRK", "USA")),
])
def test_protest_against_a_state(text, year, want):
    assert (*want, "asserted") in run(text, None, year)


NEGATIVE = [
    # lookalikes: a player, visitors, contractors, applicants, investors, a fine, aircraft, a combat strength
    ("러시아 출신 공격수가 한국 팀에 입단했다.", 2010),
    ("2013년까지 한국은 중국에 누적 투자 559억 달러를 기록했다.", 2013),
    ("중국인 방문객이 한국에서 크게 늘었다.", 2010),
    ("한국의 협력사들이 러시아 공장에서 일한다.", 2010),
    ("러시아 정부는 일본 지원자를 모집했다.", 2010),
    ("러시아 투자자들이 한국 주식을 샀다.", 2010),
    ("이 법원은 제재금을 부과했다.", 2010),
    ("러시아 폭격기가 일본 근처를 비행했다.", 2010),
    ("우크라이나의 전투력은 강하다.", 2022),
    ("공습경보가 울렸다.", 2022),
    # acts that only anchor a time
    ("6.25 전쟁 당시 중국은 북한 편이었다.", 1950),
    ("한국 전쟁 중에 미국은 일본을 기지로 썼다.", 1951),
    # statistics, descriptions, states of affairs, anniversaries
    ("한국과 일본의 무역액은 10% 증가했다.", 2010),
    ("러시아는 세계 최대의 무기 수출국이다.", 2010),
    ("북한과 러시아의 관계는 악화되었다.", 2010),
    ("한국과 러시아는 1990년 수교 30주년을 맞았다.", 2020),
    ("러시아 대사관은 서울 중구에 있다.", 2010),
    ("이 회사는 러시아와 중국 사이의 합작 투자로 세워진 기업이다.", 2010),
    ("일본 내 한국인 관광객 수가 늘었다.", 2010),
    ("한국의 대러 수출액은 5억 달러였다.", 2010),
    # manners and states of affairs: `공격적` (aggressive), `협력적인 관계`; the text of a treaty
    ("러시아는 한국에 공격적인 태도를 보였다.", 2010),
    ("러시아와 중국은 협력적인 관계를 유지하고 있다.", 2010),
    ("협정문은 러시아어와 한국어로 작성되었다.", 2010),
    # non-state doers; a missile fired at no one
    ("반군은 정부군을 공격했다.", 2010),
    ("현대중공업은 러시아와 계약을 맺었다.", 2010),
    ("북한은 미사일을 쐈다.", 2017),
]


@pytest.mark.parametrize("text,year", NEGATIVE, ids=[n[0] for n in NEGATIVE])
def test_no_event(text, year):
    assert run(text, None, year) == []


def test_a_fall_in_trade_is_a_statistic_but_the_invasion_named_is_an_act():
    ev = run("러시아의 우크라이나 침공 이후 한국과 러시아의 교역은 줄었다.", year=2022)
    assert [e[0] for e in ev] == ["ASSAULT"]


def test_a_provocation_that_is_only_a_cause_is_no_act():
    ev = run("북한의 잇단 도발 탓에 러시아는 협력을 중단했다.", year=2017)
    assert [e[:3] for e in ev] == [("SANCTION", "RUS", "PRK")]


@pytest.mark.parametrize("text,year,pair,want", [
    ("한국 대통령의 러시아 방문이 무산됐다.", 2010, None, "negated"),
    ("일본은 한국에 사과하지 않았다.", 2010, None, "negated"),
    ("러시아는 우크라이나를 공격하지 못했다.", 2022, None, "negated"),
    ("한국 대통령은 러시아를 방문할 예정이다.", 2010, None, "planned"),
    ("양국은 조약을 체결하기로 했다.", 2010, ("KOR", "RUS"), "planned"),
    ("중국은 북한과의 정상회담을 추진했다.", 2010, None, "planned"),
    ("언론 보도에 따르면 러시아는 북한에 전투기를 제공했다.", 2024, None, "reported"),
    ("러시아는 북한에 무기를 공급했다고 주장했다.", 2024, None, "reported"),
    ("러시아는 북한에 무기를 공급했다는 보도를 부인했다.", 2023, None, "denied"),
    # a statement that is the act is asserted
    ("미국은 러시아를 강력히 규탄한다고 밝혔다.", 2022, None, "asserted"),
    # `교전했다` and `참전했다` end in 전했다 but report nothing; a president's wife (`부인`) denies nothing
    ("중국군이 인도군과 교전했다.", 2020, None, "asserted"),
    ("푸틴 대통령은 부인과 함께 중국을 방문했다.", 2010, None, "asserted"),
])
def test_factuality_cues(text, year, pair, want):
    ev = run(text, pair, year)
    assert ev and all(e[3] == want for e in ev)


def test_a_plan_that_failed_because_of_an_act_does_not_negate_the_act():
    assert ("REJECT", "RUS", "KOR", "asserted") in run("그 계획은 러시아의 반대로 무산되었다.", pair=("KOR", "RUS"))


@pytest.mark.parametrize("text,category,topic", [
    ("북한은 한국에 도발했다.", "MOBILIZE", "military"),
    ("일본은 한국에 차관을 공여했다.", "AID", "economic"),
    ("한국은 난민을 지원했다.", "AID", "humanitarian"),
    ("한국은 일본 대사를 초치했다.", "ACCUSE", "diplomatic"),
])
def test_topics(text, category, topic):
    assert topic in topics_of(text, lexicon("ko"), category)


@pytest.mark.parametrize("text,year,pair", [
    ("회담 이후 러시아 외무장관은 귀국했다.", 2010, ("KOR", "RUS")),
    ("교전 중에 한 병사가 다쳤다.", 2010, ("KOR", "PRK")),
    ("침공 직후 유가가 급등했다.", 2022, ("RUS", "UKR")),
])
def test_an_act_noun_that_only_anchors_a_time_is_no_act_even_for_the_pair(text, year, pair):
    assert run(text, pair, year) == []


def test_state_religion_trading_partners_and_tendencies_are_no_acts():
    assert run("이슬람교가 국교이지만, 양국은 갈등이 심하다.", ("QAT", "SAU"), 2017) == []
    assert run("인도는 북한의 가장 큰 교역 상대국이었다.", None, 2010) == []
    assert run("양국은 교역을 확대하고 있다.", ("IND", "PRK"), 2010) == []
    assert run("반미 외교 입장을 고수하면서 관계를 맺는다는 양상이다.", ("PRK", "RUS"), 2011) == []
    assert [e[:3] for e in run("양국은 1972년 국교를 정상화했다.", ("CHN", "JPN"), 1972)] == [("AGREE", "CHN", "JPN")]


def test_a_pro_or_anti_name_qualifies_and_is_no_party():
    ev = run("사우디아라비아는 카타르의 친이란적인 모습을 비판하며 국교 단절을 선언했다.", None, 2017)
    assert sorted(e[:3] for e in ev) == [("ACCUSE", "SAU", "QAT"), ("SANCTION", "SAU", "QAT")]


def test_welcoming_a_leader_upgrading_relations_and_a_demanded_payment():
    assert [e[:3] for e in run("푸틴 대통령은 2016년 소치에서 아베 총리를 맞이했다.", None, 2016)] == [("CONSULT", "RUS", "JPN")]
    assert run("양국은 수교 30주년을 맞이했다.", ("KOR", "VNM"), 2022) == []
    assert [e[:3] for e in run("2014년 인도와 일본은 관계를 특별 전략적 글로벌 동반자 관계로 격상했다.", None, 2014)] == [
        ("AGREE", "IND", "JPN")]
    assert [e[:3] for e in run("폴란드는 2022년 독일에 배상금 지급을 요구했다.", None, 2022)] == [("REQUEST", "POL", "DEU")]
    assert [e[:3] for e in run("2019년 양국은 첫 합동 해상훈련을 실시했다.", ("IND", "JPN"), 2019)] == [
        ("COOPERATE", "IND", "JPN")]


def test_relations_since_they_were_set_up_are_a_background():
    assert run("양국은 수교 이후 서로의 수도에 대사관을 두고 있다.", ("AUS", "KOR"), 2010) == []


def test_a_war_whose_end_is_promised_or_called_for_is_no_act():
    ev = run("중일 양국은 베트남 전쟁 종전을 약속한 리처드 닉슨이 당선된 뒤 1972년 국교를 정상화했다.", ("CHN", "JPN"), 1972)
    assert not any(e[0] == "ASSAULT" for e in ev), ev


def test_cooperation_kept_up_or_grown_is_a_state_of_relations():
    assert run("양국은 수교 이래 긴밀한 협력 관계를 유지하고 있다.", ("DEU", "KOR"), 2000) == []
    assert run("독일 정부의 정책에 따라 한국과의 협력관계가 점차 강화되었다.", None, 1993) == []
    assert [e[:3] for e in run("북한측이 러시아와의 문화교류 등 협력을 강화하고 있다.", None, 2019)] == [
        ("COOPERATE", "PRK", "RUS")]
