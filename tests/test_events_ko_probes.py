"""Korean probe sentences: common ways of stating each PLOVER act, and sentences that state none.

Hand-written sentences of the kind Korean articles on relations between states contain (active,
passive, nominal, officials as doers, negated, planned, reported). Each row lists the acts expected as
(category, source, target) or (category, source, target, factuality); symmetric acts match either way.
"""

from __future__ import annotations

import pytest

from dyad.events import categories
from sentence_acts import sentence_acts


def P(text: str, year: int | None, *events: tuple, pair: tuple[str, str] | None = None, xfail: str = ""):
    """One probe row; `xfail` gives the reason when the extractor's code (not its data) falls short."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, year, list(events), pair, marks=marks, id=text[:40])


PROBES = [
    # --- AGREE
    P("1860년 러시아 제국과 청나라는 베이징 조약을 체결하였다.", 1860, ("AGREE", "H.RUSEMP", "H.QING")),
    P("1884년 조선은 러시아 제국과 수호통상조약을 맺었다.", 1884, ("AGREE", "H.JOSEON", "H.RUSEMP")),
    P("1992년 1월 한국 정부는 러시아 연방을 국가로 승인했다.", 1992, ("AGREE", "KOR", "RUS")),
    P("2001년 7월 16일 모스크바에서 중러 선린우호협력조약이 체결되었다.", 2001, ("AGREE", "CHN", "RUS")),
    P("1939년 8월 독일과 소련의 불가침 조약 체결은 유럽을 충격에 빠뜨렸다.", 1939, ("AGREE", "H.NAZIGER", "SUN")),
    P("러시아와 인도는 내년에 새 무역 협정에 서명할 예정이다.", 2024, ("AGREE", "RUS", "IND", "planned")),
    P("일본과 소련은 끝내 평화조약을 체결하지 못했다.", 1956, ("AGREE", "JPN", "SUN", "negated")),
    P("1990년 고르바초프는 한국에 대규모 경제 협력을 제안했다.", 1990, ("AGREE", "SUN", "KOR")),
    P("라브로프 외무장관과 왕이 외교부장은 양국 간 비자 면제 협정에 서명했다.", 2023, ("AGREE", "RUS", "CHN")),
    P("대한민국과 소련은 1990년 9월 30일 수교하였다.", 1990, ("AGREE", "KOR", "SUN")),
    P("1945년 8월 14일 중화민국은 소련과 우호동맹조약을 조인하였다.", 1945, ("AGREE", "H.ROC", "SUN")),
    P("푸틴 대통령은 김정은 위원장을 모스크바로 초청했다.", 2023, ("AGREE", "RUS", "PRK")),
    P("2000년 러시아 정부는 일본 측에 어업 협상의 재개를 제안하였다.", 2000, ("AGREE", "RUS", "JPN")),
    P("러시아는 2013년 우크라이나에 150억 달러의 차관을 제공하기로 약속했다.", 2013, ("AGREE", "RUS", "UKR")),
    P("1999년 러시아는 2001년까지 조지아 내 군사기지 두 곳에서 병력을 철수하기로 조지아와 합의했다.", 1999,
      ("AGREE", "RUS", "GEO", "asserted"), ("RETREAT", "RUS", "GEO", "planned")),
    # --- CONSULT
    P("2019년 4월 25일 김정은 위원장과 푸틴 대통령은 블라디보스토크에서 정상회담을 가졌다.", 2019,
      ("CONSULT", "PRK", "RUS")),
    P("1896년 조선의 사절단은 니콜라이 2세의 대관식에 참석하기 위해 러시아 제국을 방문했다.", 1896,
      ("CONSULT", "H.JOSEON", "H.RUSEMP")),
    P("2000년 푸틴 대통령의 평양 방문은 북러 관계의 전환점이 되었다.", 2000, ("CONSULT", "RUS", "PRK")),
    P("2022년 3월 에르도안 대통령은 푸틴 대통령과 전화 통화를 했다.", 2022, ("CONSULT", "TUR", "RUS")),
    P("세르게이 라브로프 러시아 외무장관은 2018년 4월 이란의 자리프 외무장관과 회담했다.", 2018,
      ("CONSULT", "RUS", "IRN")),
    P("1959년 9월 흐루쇼프의 미국 방문이 이루어졌다.", 1959, ("CONSULT", "SUN", "USA")),
    P("시진핑 주석은 다음 달 러시아를 국빈 방문할 예정이다.", 2023, ("CONSULT", "CHN", "RUS", "planned")),
    P("타스 통신에 따르면 북한 외무상이 모스크바에서 라브로프 외무장관과 회담했다.", 2023,
      ("CONSULT", "PRK", "RUS", "reported")),
    P("1654년 러시아 차르국은 청나라에 사절을 보냈다.", 1654, ("CONSULT", "H.RUSEMP", "H.QING")),
    P("양국 외무장관은 2021년 베이징에서 회동했다.", 2021, ("CONSULT", "RUS", "CHN"), pair=("RUS", "CHN")),
    P("1972년 닉슨 대통령은 모스크바를 방문하여 브레즈네프 서기장과 회담하였다.", 1972,
      ("CONSULT", "USA", "SUN")),
    P("1883년 조선은 미국에 보빙사를 파견하였다.", 1883, ("CONSULT", "H.JOSEON", "USA")),
    P("1875년 일본은 무력을 배경으로 조선에게 개항을 강요하였다.", 1875, ("REQUEST", "H.JAPEMP", "H.JOSEON")),
    P("룸 술탄국은 1176년에 비잔틴 제국에게 참패를 안겨줬다.", 1176, ("ASSAULT", "H.RUM", "H.BYZANTIUM")),
    # the name a relative clause ends on did its act; a name that only qualifies the head (`유엔 회원국`) did not
    P("한국 전쟁에서 대한민국을 지원했던 미국과는 긴밀한 관계를 맺고 있다.", 1950, ("AID", "USA", "KOR")),
    P("러시아를 방문한 한국인 관광객은 약 34만 명이었다.", 2019),
    P("룸 셀주크 왕국은 서쪽에서 비잔티움과 싸웠다.", 1150, ("ASSAULT", "H.RUM", "H.BYZANTIUM")),
    # the treaty pointed back to (`이 조약을 체결한 뒤`) was signed before: no act of its own
    P("이 조약을 체결한 뒤 일본은 조선을 압박했다.", 1876, ("REQUEST", "H.JAPEMP", "H.JOSEON")),
    P("1881년 조선은 청나라에 영선사를 파견하였다.", 1881, ("CONSULT", "H.JOSEON", "H.QING")),
    P("러시아 대통령의 방일은 2016년 12월에 성사되었다.", 2016, ("CONSULT", "RUS", "JPN"),
      xfail="a visit word that names its receiver (방일) after a possessive doer is read backwards"),
    # --- SUPPORT
    P("러시아는 2016년 남중국해 문제에서 중국의 입장을 지지했다.", 2016, ("SUPPORT", "RUS", "CHN")),
    P("푸틴 대통령은 2016년 트럼프의 당선을 축하하는 축전을 보냈다.", 2016, ("SUPPORT", "RUS", "USA")),
    P("북한은 2022년 유엔 총회에서 러시아를 지지하는 표를 던졌다.", 2022, ("SUPPORT", "PRK", "RUS")),
    P("러시아의 입장은 벨라루스에 의해 적극적으로 옹호되었다.", 2020, ("SUPPORT", "BLR", "RUS")),
    P("2004년 베슬란 참사 당시 한국 정부는 러시아에 조의를 표했다.", 2004, ("SUPPORT", "KOR", "RUS")),
    P("메드베데프 대통령은 카자흐스탄과의 우호 관계를 높이 평가했다.", 2010, ("SUPPORT", "RUS", "KAZ")),
    P("2014년 중국은 러시아를 두둔하며 서방의 제재에 반대했다.", 2014, ("SUPPORT", "CHN", "RUS"),
      xfail="the object of one chained clause (러시아를) is carried into the next as its receiver"),
    P("2018년 김정은 위원장은 러시아의 날을 맞아 푸틴 대통령에게 축전을 보냈다.", 2018,
      ("SUPPORT", "PRK", "RUS")),
    # --- CONCEDE
    P("1905년 러시아 제국은 사할린 남부를 일본 제국에 할양했다.", 1905, ("CONCEDE", "H.RUSEMP", "H.JAPEMP")),
    P("북한은 2018년 5월 억류하던 미국인 3명을 석방했다.", 2018, ("CONCEDE", "PRK", "USA")),
    P("억류되었던 일본 어선 선원들은 2006년 러시아 당국에 의해 풀려났다.", 2006, ("CONCEDE", "RUS", "JPN")),
    P("미국은 2019년 러시아 알루미늄 기업에 대한 제재를 해제하였다.", 2019, ("CONCEDE", "USA", "RUS")),
    P("1955년 소련은 뤼순 해군기지를 중국에 반환했다.", 1955, ("CONCEDE", "SUN", "CHN")),
    P("2010년 메드베데프 대통령은 카틴 숲 학살에 대해 폴란드에 사과했다.", 2010, ("CONCEDE", "RUS", "POL")),
    P("2016년 이란은 러시아 공군이 하마단 공군기지를 사용하도록 허용했다.", 2016, ("CONCEDE", "IRN", "RUS"),
      xfail="the nominative subject of a -도록 complement is not read as the receiver of the main act"),
    # --- COOPERATE
    P("2005년 8월 중국과 러시아는 첫 합동 군사훈련을 실시했다.", 2005, ("COOPERATE", "CHN", "RUS")),
    P("러시아와 튀르키예는 흑해 해저 가스관 건설에 협력했다.", 2018, ("COOPERATE", "RUS", "TUR")),
    P("러시아는 2010년대 극동 지역에 북한 노동자들을 받아들였다.", 2015, ("COOPERATE", "RUS", "PRK")),
    P("한국과 러시아는 나로호 발사체를 공동 개발했다.", 2009, ("COOPERATE", "KOR", "RUS")),
    P("러시아 국영기업 로사톰은 이란의 부셰르 원자력 발전소를 건설했다.", 2011, ("COOPERATE", "RUS", "IRN"),
      xfail="the owner of the object (이란의 … 발전소를) is not read as the receiver"),
    P("1958년 소련과 인도는 과학 기술 교류를 시작하였다.", 1958, ("COOPERATE", "SUN", "IND")),
    P("2023년 9월 북한과 러시아는 군사 분야의 협력을 강화하기 시작했다.", 2023, ("COOPERATE", "PRK", "RUS")),
    # --- AID
    P("1965년 소련은 북베트남에 대공 미사일을 공급했다.", 1965, ("AID", "SUN", "VDR")),
    P("인도는 2018년 러시아로부터 S-400 미사일을 구매했다.", 2018, ("AID", "RUS", "IND")),
    P("러시아는 2021년 시리아에 밀 10만 톤을 인도적 지원으로 보냈다.", 2021, ("AID", "RUS", "SYR")),
    P("북한이 러시아에 포탄을 제공했다고 미국 정부가 밝혔다.", 2023, ("AID", "PRK", "RUS", "reported")),
    P("중국은 2020년 코로나19 유행 당시 러시아에 의료 장비를 원조했다.", 2020, ("AID", "CHN", "RUS")),
    P("미국은 1942년 무기대여법에 따라 소련에 막대한 전쟁 물자를 보냈다.", 1942, ("AID", "USA", "SUN")),
    P("이집트는 1955년 체코슬로바키아로부터 소련제 무기를 사들였다.", 1955, ("AID", "CSK", "EGY"),
      xfail="the nearest origin (소련제, made in) outranks the seller marked by 로부터"),
    P("러시아가 베네수엘라에 전투기를 판매한 것은 2006년의 일이다.", 2006, ("AID", "RUS", "VEN")),
    # --- RETREAT
    P("1989년 2월 소련군은 아프가니스탄에서 완전히 철수했다.", 1989, ("RETREAT", "SUN", "AFG")),
    P("러시아군은 2022년 3월 말 키이우 인근에서 퇴각하였다.", 2022, ("RETREAT", "RUS", "UKR")),
    P("1994년 러시아 군대는 에스토니아와 라트비아에서 철군을 완료했다.", 1994, ("RETREAT", "RUS", "EST"),
      ("RETREAT", "RUS", "LVA")),
    P("1958년 중국 인민지원군은 북한에서 철수하였다.", 1958, ("RETREAT", "CHN", "PRK")),
    P("1946년 5월 소련은 이란 북부에서 군대를 철수시켰다.", 1946, ("RETREAT", "SUN", "H.PERSIA")),
    # --- REQUEST
    P("2022년 우크라이나는 러시아에 즉각적인 철군을 요구했다.", 2022, ("REQUEST", "UKR", "RUS")),
    P("1896년 조선 정부는 러시아 제국에 군사 교관의 파견을 요청하였다.", 1896,
      ("REQUEST", "H.JOSEON", "H.RUSEMP")),
    P("유엔 안보리는 2017년 북한에 핵실험 중단을 촉구했다.", 2017, ("REQUEST", "IGO.UNSC", "PRK")),
    P("라브로프 장관은 2019년 미국에 대북 제재 완화를 요청했다.", 2019, ("REQUEST", "RUS", "USA"),
      xfail="a prefix name (대북) inside the object outranks the dative receiver (미국에)"),
    P("1950년 김일성은 스탈린에게 남침에 대한 승인을 요청했다.", 1950, ("REQUEST", "PRK", "SUN")),
    P("핀란드는 1939년 소련으로부터 영토 할양 압박을 받았다.", 1939, ("REQUEST", "SUN", "FIN")),
    # --- ACCUSE
    P("러시아 외무부는 2018년 영국이 근거 없는 주장을 한다고 비난했다.", 2018, ("ACCUSE", "RUS", "GBR")),
    P("조지아는 2007년 러시아가 분리주의자들을 지원한다고 비판했다.", 2007, ("ACCUSE", "GEO", "RUS")),
    P("이란은 2020년 미국이 국제법을 어겼다며 항의했다.", 2020, ("ACCUSE", "IRN", "USA")),
    P("미국 국무부는 2016년 러시아를 대선 해킹의 배후로 지목했다.", 2016, ("ACCUSE", "USA", "RUS")),
    P("한국 외교부는 2020년 주한 러시아 대사를 초치해 항의했다.", 2020, ("ACCUSE", "KOR", "RUS")),
    P("중국은 1969년 국경 충돌 이후 소련을 강하게 규탄했다.", 1969, ("ACCUSE", "CHN", "SUN")),
    P("이란 외무부 대변인은 러시아의 발언에 유감을 표명했다.", 2023, ("ACCUSE", "IRN", "RUS")),
    # --- REJECT
    P("일본은 2017년 러시아의 공동 경제활동 제안을 거절했다.", 2017, ("REJECT", "JPN", "RUS")),
    P("1948년 유고슬라비아는 소련의 요구를 거부했다.", 1948, ("REJECT", "YUG", "SUN")),
    P("러시아는 2008년 나토의 동진에 반대했다.", 2008, ("REJECT", "RUS", "IGO.NATO")),
    P("러시아 제국의 통상 요구는 청나라에 의해 거절되었다.", 1850, ("REJECT", "H.QING", "H.RUSEMP")),
    P("북한은 2003년 러시아의 중재 제안을 일축했다.", 2003, ("REJECT", "PRK", "RUS")),
    P("우크라이나는 2013년 러시아가 주도하는 관세동맹 가입을 거부했다.", 2013, ("REJECT", "UKR", "RUS")),
    # --- THREATEN
    P("러시아는 2008년 폴란드에 미사일 방어 기지가 세워지면 공격할 수 있다고 위협했다.", 2008,
      ("THREATEN", "RUS", "POL")),
    P("메드베데프는 2024년 일본에 강경한 경고를 보냈다.", 2024, ("THREATEN", "RUS", "JPN")),
    P("1853년 러시아 제국은 오스만 제국에 최후통첩을 보냈다.", 1853, ("THREATEN", "H.RUSEMP", "H.OTTOMAN")),
    P("소련은 1956년 영국과 프랑스에 핵 공격을 하겠다고 협박했다.", 1956, ("THREATEN", "SUN", "GBR"),
      ("THREATEN", "SUN", "FRA")),
    P("2021년 러시아는 우크라이나가 나토에 가입하면 군사적 대응에 나서겠다고 경고했다.", 2021,
      ("THREATEN", "RUS", "UKR", "asserted"), ("AGREE", "UKR", "IGO.NATO", "planned"),
      xfail="the subject of a condition (Y가 …하면) is not read as the one warned; the dative inside it is"),
    # --- PROTEST
    P("1956년 헝가리에서 소련에 맞선 봉기가 일어났다.", 1956, ("PROTEST", "HUN", "SUN"),
      xfail="a protest's location state (X에서 봉기) is not read as the protester"),
    P("2008년 조지아 시민들은 트빌리시의 러시아 대사관 앞에서 시위를 벌였다.", 2008, ("PROTEST", "GEO", "RUS")),
    P("1919년 3월 조선 전역에서 일본 제국의 지배에 맞서는 만세 시위가 일어났다.", 1919,
      ("PROTEST", "H.JOSEON", "H.JAPEMP"),
      xfail="a protest's location state (X 전역에서 시위) is not read as the protester"),
    # --- SANCTION
    P("2014년 유럽연합은 크림 병합을 이유로 러시아에 경제 제재를 부과했다.", 2014, ("SANCTION", "IGO.EU", "RUS")),
    P("2018년 영국은 러시아 외교관 23명을 추방했다.", 2018, ("SANCTION", "GBR", "RUS")),
    P("1967년 소련은 이스라엘과의 외교 관계를 단절했다.", 1967, ("SANCTION", "SUN", "ISR")),
    P("러시아 항공기의 영공 통과는 2022년 캐나다에 의해 금지되었다.", 2022, ("SANCTION", "CAN", "RUS")),
    P("러시아는 2006년 조지아산 와인과 생수의 수입을 금지했다.", 2006, ("SANCTION", "RUS", "GEO"),
      xfail="the origin of banned imports (X산) is not read as the receiver of the ban"),
    P("2022년 러시아는 한국을 비우호 국가 목록에 올렸다.", 2022, ("SANCTION", "RUS", "KOR")),
    P("2004년 러시아는 벨라루스에 대한 가스 공급을 중단했다.", 2004, ("SANCTION", "RUS", "BLR")),
    P("2023년 일본은 러시아에 대한 자동차 수출을 금지하는 조치를 발표했다.", 2023, ("SANCTION", "JPN", "RUS")),
    # --- MOBILIZE
    P("2021년 말 러시아는 우크라이나 국경 근처에 10만 명 이상의 병력을 집결시켰다.", 2021,
      ("MOBILIZE", "RUS", "UKR")),
    P("1969년 소련은 중국과의 국경에 대규모 병력을 배치했다.", 1969, ("MOBILIZE", "SUN", "CHN")),
    P("북한은 2017년 일본 쪽을 향해 탄도미사일을 발사했다.", 2017, ("MOBILIZE", "PRK", "JPN")),
    P("러시아는 2016년 나토를 겨냥해 칼리닌그라드에 이스칸데르 미사일을 배치했다.", 2016,
      ("MOBILIZE", "RUS", "IGO.NATO")),
    P("러시아 흑해 함대는 2008년 8월 조지아 앞바다에 전개되었다.", 2008, ("MOBILIZE", "RUS", "GEO")),
    # --- COERCE
    P("러시아 국경수비대는 2006년 일본 어선을 나포했다.", 2006, ("COERCE", "RUS", "JPN")),
    P("한국인 선교사가 2014년 북한 당국에 체포되었다.", 2014, ("COERCE", "PRK", "KOR")),
    P("1940년 소련은 리투아니아, 라트비아, 에스토니아를 병합하였다.", 1940, ("COERCE", "SUN", "LTU"),
      ("COERCE", "SUN", "LVA"), ("COERCE", "SUN", "EST")),
    P("1920년 4월 소련 적군은 아제르바이잔을 점령했다.", 1920, ("COERCE", "SUN", "H.ADR")),
    P("러시아 법원은 2020년 미국인 폴 휠런에게 간첩 혐의로 징역 16년을 선고했다.", 2020,
      ("COERCE", "RUS", "USA")),
    P("2018년 러시아 해안경비대가 케르치 해협에서 우크라이나 함정 3척을 나포했다.", 2018,
      ("COERCE", "RUS", "UKR")),
    P("북한 해커 조직이 2017년 한국의 가상화폐 거래소를 해킹했다.", 2017, ("COERCE", "PRK", "KOR")),
    P("우크라이나 정부는 러시아가 우크라이나 어린이들을 강제로 이주시켰다고 주장했다.", 2023,
      ("COERCE", "RUS", "UKR", "reported")),
    # --- ASSAULT
    P("2022년 2월 24일 러시아는 우크라이나를 전면 침공했다.", 2022, ("ASSAULT", "RUS", "UKR")),
    P("1904년 2월 일본 해군은 뤼순항의 러시아 함대를 기습 공격했다.", 1904, ("ASSAULT", "H.JAPEMP", "H.RUSEMP")),
    P("1983년 한국 민항기는 소련 전투기에 의해 격추되었다.", 1983, ("ASSAULT", "SUN", "KOR")),
    P("1950년 6월 25일 북한은 남한을 기습 남침하였다.", 1950, ("ASSAULT", "PRK", "KOR")),
    P("1939년 11월 소련은 핀란드를 침공하였다.", 1939, ("ASSAULT", "SUN", "FIN")),
    P("1877년 러시아 제국은 오스만 제국에 선전포고를 했다.", 1877, ("ASSAULT", "H.RUSEMP", "H.OTTOMAN")),
    P("2015년 11월 튀르키예 공군은 시리아 국경 부근에서 러시아 전폭기를 격추했다.", 2015,
      ("ASSAULT", "TUR", "RUS")),
    P("1969년 3월 중국군과 소련군은 전바오섬에서 교전했다.", 1969, ("ASSAULT", "CHN", "SUN")),
    P("우크라이나 당국에 따르면 러시아군은 하르키우의 민간 시설을 포격했다.", 2022,
      ("ASSAULT", "RUS", "UKR", "reported")),
    P("소련은 1968년 루마니아를 침공하지 않았다.", 1968, ("ASSAULT", "SUN", "ROU", "negated")),
    P("1812년 나폴레옹의 프랑스군은 러시아를 침략했다.", 1812, ("ASSAULT", "FRA", "H.RUSEMP")),
    P("1592년 일본은 조선을 침략하였다.", 1592, ("ASSAULT", "JPN", "H.JOSEON")),
    P("2008년 러시아의 조지아 침공은 국제 사회의 비난을 받았다.", 2008, ("ASSAULT", "RUS", "GEO")),
    # --- second round: more eras and wordings
    P("1689년 청나라와 러시아 차르국은 네르친스크 조약을 맺었다.", 1689, ("AGREE", "H.QING", "H.RUSEMP")),
    P("러시아 제국은 1858년 청나라로부터 아무르강 북쪽 땅을 넘겨받았다.", 1858, ("CONCEDE", "H.QING", "H.RUSEMP")),
    P("1997년 중국은 영국으로부터 홍콩을 반환받았다.", 1997, ("CONCEDE", "GBR", "CHN")),
    P("1941년 8월 영국과 소련은 이란을 공동으로 침공했다.", 1941, ("ASSAULT", "GBR", "H.PERSIA"),
      ("ASSAULT", "SUN", "H.PERSIA")),
    P("1956년 11월 소련군은 헝가리의 수도 부다페스트로 진격했다.", 1956, ("ASSAULT", "SUN", "HUN")),
    P("러시아는 2014년 3월 크림반도를 자국 영토로 편입하였다.", 2014, ("COERCE", "RUS", "UKR")),
    P("1998년 러시아 정부는 한국 외교관을 간첩 혐의로 추방했다.", 1998, ("SANCTION", "RUS", "KOR")),
    P("2006년 러시아는 조지아와의 항공 및 우편 교류를 전면 중단했다.", 2006, ("SANCTION", "RUS", "GEO")),
    P("2018년 러시아는 시리아에 S-300 방공 시스템을 인도했다.", 2018, ("AID", "RUS", "SYR")),
    P("이란은 2022년 러시아에 샤헤드 드론을 수출했다.", 2022, ("AID", "IRN", "RUS")),
    P("1945년 8월 8일 소련은 일본에 선전포고하였다.", 1945, ("ASSAULT", "SUN", "H.JAPEMP")),
    P("1914년 독일 제국은 러시아 제국에 선전 포고를 하였다.", 1914, ("ASSAULT", "H.GERMEMP", "H.RUSEMP")),
    P("2008년 러시아는 압하지야와 남오세티야의 독립을 승인하였다.", 2008, ("AGREE", "RUS", "X.ABKHAZIA"),
      ("AGREE", "RUS", "X.SOSSETIA")),
    P("1990년 6월 샌프란시스코에서 노태우 대통령과 고르바초프 대통령이 첫 정상회담을 열었다.", 1990,
      ("CONSULT", "KOR", "SUN")),
    P("2024년 6월 푸틴이 평양을 방문해 포괄적 전략 동반자 관계 조약에 서명했다.", 2024, ("CONSULT", "RUS", "PRK"),
      ("AGREE", "RUS", "PRK")),
    P("카자흐스탄은 2022년 1월 집단안보조약기구에 평화유지군 파병을 요청했다.", 2022, ("REQUEST", "KAZ", "IGO.CSTO")),
    P("2022년 핀란드와 스웨덴은 나토 가입을 신청했다.", 2022, ("REQUEST", "FIN", "IGO.NATO"),
      ("REQUEST", "SWE", "IGO.NATO")),
    P("2015년 푸틴은 터키를 \'테러리스트의 공범\'이라고 비난했다.", 2015, ("ACCUSE", "RUS", "TUR")),
    P("러시아 외무부는 일본의 쿠릴 열도 영유권 주장을 일축했다.", 2019, ("REJECT", "RUS", "JPN")),
    P("1904년 러시아 함대는 제물포 앞바다에서 일본 함대에 격침당했다.", 1904, ("ASSAULT", "H.JAPEMP", "H.RUSEMP")),
    P("1991년 한국은 소련에 30억 달러 규모의 경협 차관을 제공하기로 했다.", 1991, ("AID", "KOR", "SUN", "planned")),
    P("1812년 9월 나폴레옹의 군대가 모스크바에 입성했다.", 1812, ("COERCE", "FRA", "H.RUSEMP")),
    P("2019년 러시아 정찰기가 독도 영공을 침범하자 한국 공군 전투기가 경고 사격을 했다.", 2019,
      ("THREATEN", "KOR", "RUS")),
    P("벨라루스는 2022년 러시아군에 자국 영토를 침공 기지로 제공했다.", 2022, ("AID", "BLR", "RUS")),
    # --- no act
    P("2000년대 들어 한러 관계는 크게 개선되었다.", 2005),
    P("2021년 러시아와 중국의 교역액은 1400억 달러를 넘었다.", 2021),
    P("러시아는 한국의 10대 교역국 가운데 하나이다.", 2020),
    P("모스크바에는 북한 대사관이 있다.", 2020),
    P("러일전쟁 당시 조선은 국외 중립을 선언했다.", 1904),
    P("제2차 세계 대전 이후 소련은 초강대국으로 부상했다.", 1946),
    P("2020년 여론조사에 따르면 한국인의 절반 이상이 러시아에 부정적인 인식을 가지고 있다.", 2020),
    P("조지아와 러시아의 국경은 약 900km에 달한다.", 2020),
    P("카자흐스탄은 러시아와 가장 긴 국경을 맞대고 있는 나라이다.", 2020),
    P("이란과 러시아는 모두 카스피해 연안국이다.", 2020),
    P("아르메니아는 집단안보조약기구의 회원국이다.", 2020),
    P("냉전 시기 양국 관계는 매우 적대적이었다.", 1970, pair=("SUN", "USA")),
    P("2010년대 중반부터 양국의 관계는 급속히 가까워졌다.", 2015, pair=("RUS", "CHN")),
    P("러시아어는 카자흐스탄의 공용어 중 하나이다.", 2020),
    P("블라디보스토크에는 많은 고려인이 살고 있다.", 2020),
    P("소련 붕괴 이후 우크라이나는 독립 국가가 되었다.", 1991),
    P("현재 러시아에는 약 15만 명의 우즈베키스탄 노동자가 체류하고 있다.", 2020),
    P("러시아산 가스는 유럽연합 가스 수입량의 40%를 차지했다.", 2019),
    P("러시아 제국 시기의 조선 정책에 대해서는 해당 문서를 참고하십시오.", None),
    P("세르비아인들은 전통적으로 러시아에 친근감을 느낀다.", 2020),
    P("이 조약은 오늘날까지도 양국 관계의 기초로 남아 있다.", 2020, pair=("RUS", "CHN")),
    P("러시아의 대북 지원 규모는 1990년대 들어 급격히 감소했다.", 1995),
    P("이스라엘에는 구소련 출신 이민자가 100만 명 이상 거주한다.", 2020),
    P("러시아 정교회와 세르비아 정교회는 깊은 유대를 가지고 있다.", 2020),
    P("몽골은 중국과 러시아 사이에 위치한 내륙국이다.", 2020),
    P("2019년 기준 러시아를 방문한 한국인 관광객은 약 34만 명이었다.", 2019),
    P("투르크메니스탄은 영세 중립국을 표방하고 있다.", 2020),
    P("그리스와 러시아는 같은 정교회 문화권에 속한다.", 2020),
    P("한국 내 러시아어 학습자는 꾸준히 늘고 있다.", 2020),
    P("6.25 전쟁 당시 소련은 북한의 든든한 후원자였다.", 1950),
    P("러시아와 중국의 관계는 흔히 전략적 동반자 관계로 불린다.", 2020),
    P("우크라이나 전쟁으로 인해 러시아와 유럽 사이의 항공편 운항이 어려워졌다는 분석도 있다.", 2023),
    P("양국 관계는 2010년대 들어 새로운 단계에 진입했다.", 2015, pair=("RUS", "CHN")),
    P("두 나라의 무역 규모는 2000년 이후 다섯 배로 늘었다.", 2010, pair=("RUS", "KOR")),
]


def _key(ev: tuple) -> tuple:
    cat, a, b = ev[:3]
    if categories()[cat].symmetric:
        a, b = sorted((a, b))
    return (cat, a, b) + tuple(ev[3:])


@pytest.mark.parametrize(("text", "year", "expected", "pair"), PROBES)
def test_korean_probe(text, year, expected, pair):
    got = sentence_acts(text, "ko", year, pair)
    facts = any(len(e) > 3 for e in expected)
    seen = sorted({_key((c, a, b, f) if facts else (c, a, b)) for c, a, b, f, _by in got})
    assert seen == sorted({_key(e if facts else e[:3]) for e in expected})
