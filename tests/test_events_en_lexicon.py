"""The English event lexicon (`lang/en/events.yaml`, `factuality.yaml`, `topics.yaml`) on short hand-written
sentences: per PLOVER category several verbs, nouns and forms (active and passive), and sentences that hold
no act (descriptions, statistics, anchors, figurative uses)."""

from __future__ import annotations

import pytest

from dyad.events import lexicon
from dyad.events.extract import topics_of
from sentence_acts import sentence_acts

SYMMETRIC = ("AGREE", "CONSULT", "COOPERATE")


def found(text: str, pair: tuple[str, str] | None = None) -> list[tuple[str, str, str, str]]:
    """(category, source, target, factuality) of the events one English sentence yields."""
    return [(c, a, b, f) for c, a, b, f, _by in sentence_acts(text, "en", pair=pair)]


def acts(text: str, pair: tuple[str, str] | None = None) -> set[tuple[str, str, str]]:
    return {(c, a, b) for c, a, b, _f in found(text, pair)}


P = None
RI = ("RUS", "IRN")

FOUND = [
    # AGREE
    ("The armistice between Japan and China was signed in 1953.", P, ("AGREE", "JPN", "CHN")),
    ("Russia and China settled their border dispute in 2004.", P, ("AGREE", "RUS", "CHN")),
    ("China and South Korea normalised diplomatic relations in 1992.", P, ("AGREE", "CHN", "KOR")),
    ("Japan invested in Vietnam's railways.", P, ("COOPERATE", "JPN", "VNM")),
    ("Canada retaliated with higher tariffs of its own against American products.", P, ("SANCTION", "CAN", "USA")),
    ("The United States imposed tariffs on Chinese goods.", P, ("SANCTION", "USA", "CHN")),
    ("Japan reduced tariffs on American cars.", P, ("CONCEDE", "JPN", "USA")),
    ("The United States is expected to renegotiate NAFTA with Canada.", P, ("CONSULT", "USA", "CAN")),
    ("Obama complimented Canada's climate policy.", P, ("SUPPORT", "USA", "CAN")),
    ("Canada received permission from Britain to send its own delegation.", P, ("CONCEDE", "GBR", "CAN")),
    ("Egypt repealed the boycott laws against Israel.", P, ("CONCEDE", "EGY", "ISR")),
    ("Diplomatic relations were suspended in 1987.", ("IRN", "SAU"), ("SANCTION", "IRN", "SAU")),
    ("Ambassadors were exchanged in February.", ("EGY", "ISR"), ("CONSULT", "EGY", "ISR")),
    ("In July 2012 the United States formally reduced sanctions against Myanmar.", P, ("CONCEDE", "USA", "MMR")),
    ("The United States announced a targeted easing of sanctions on Myanmar.", P, ("CONCEDE", "USA", "MMR")),
    ("Consular links were established in 1961.", ("MMR", "PRK"), ("AGREE", "MMR", "PRK")),
    ("The boundary dispute was resolved by the two countries in 2012.", ("BGD", "MMR"), ("AGREE", "BGD", "MMR")),
    ("Bangladesh responded by sending in three warships to Myanmar's waters.", P, ("MOBILIZE", "BGD", "MMR")),
    ("The Chinese government heavily berated the Burmese government.", P, ("ACCUSE", "CHN", "MMR")),
    ("In 1962, Cuba was expelled from the Organization of American States.", P, ("SANCTION", "IGO.OAS", "CUB")),
    ("In response, the U.S. stopped buying Cuban sugar.", P, ("SANCTION", "USA", "CUB")),
    ("Israel opened an embassy in New Delhi in 1992.", P, ("COOPERATE", "ISR", "IND")),
    ("In late March, Russia continued to gather forces near the Ukrainian eastern border.", P, ("MOBILIZE", "RUS", "UKR")),
    ("Russian troops crossed the Georgian border in 2008.", P, ("MOBILIZE", "RUS", "GEO")),
    ("In 2014, India and Japan upgraded their relationship to a Special Strategic and Global Partnership.", P,
     ("AGREE", "IND", "JPN")),
    ("In 2000, Russia and India established a strategic partnership.", P, ("AGREE", "RUS", "IND")),
    ("Russia ratified the treaty with China in 2001.", P, ("AGREE", "RUS", "CHN")),
    ("Iran and Russia struck a deal on arms in 2016.", P, ("AGREE", "IRN", "RUS")),
    ("France recognized Israel in 1949.", P, ("AGREE", "FRA", "ISR")),
    ("Poland formed an alliance with France.", P, ("AGREE", "POL", "FRA")),
    # CONSULT
    ("The Iranian president paid a state visit to Russia.", P, ("CONSULT", "IRN", "RUS")),
    ("Russia mediated between Armenia and Azerbaijan.", P, ("CONSULT", "RUS", "AZE")),
    ("Negotiations between Iran and Russia began in 1990.", P, ("CONSULT", "IRN", "RUS")),
    ("Russia dispatched an envoy to Persia.", P, ("CONSULT", "RUS", "H.PERSIA")),
    ("Lavrov held a telephone conversation with Zarif.", P, ("CONSULT", "RUS", "IRN")),
    # SUPPORT
    ("Russia sided with Iran on the nuclear issue.", P, ("SUPPORT", "RUS", "IRN")),
    ("Russia expressed solidarity with Iran.", P, ("SUPPORT", "RUS", "IRN")),
    ("Putin congratulated Rouhani on his election.", P, ("SUPPORT", "RUS", "IRN")),
    ("Russia backed Serbia in the dispute.", P, ("SUPPORT", "RUS", "SRB")),
    # CONCEDE
    ("Iraq freed the Iranian prisoners of war.", P, ("CONCEDE", "IRQ", "IRN")),
    ("Russia returned the islands to Japan.", P, ("CONCEDE", "RUS", "JPN")),
    ("Persia paid Russia an indemnity of 20 million roubles.", P, ("CONCEDE", "H.PERSIA", "RUS")),
    ("The United States eased sanctions against Iran.", P, ("CONCEDE", "USA", "IRN")),
    # COOPERATE
    ("Russian troops fought alongside Syrian forces.", P, ("COOPERATE", "RUS", "SYR")),
    ("Russia shared intelligence with Iran.", P, ("COOPERATE", "RUS", "IRN")),
    ("Russia trained Syrian pilots.", P, ("COOPERATE", "RUS", "SYR")),
    ("Russia extradited the suspect to Iran.", P, ("COOPERATE", "RUS", "IRN")),
    ("Russia and Iran conducted a joint military exercise.", P, ("COOPERATE", "RUS", "IRN")),
    # AID
    ("Russia granted Iran a credit line of $2 billion.", P, ("AID", "RUS", "IRN")),
    ("Russia shipped arms to Syria.", P, ("AID", "RUS", "SYR")),
    ("The Soviet Union financed the Chinese Communist Party.", P, ("AID", "SUN", "CHN")),
    ("Iran bought S-300 systems from Russia.", P, ("AID", "RUS", "IRN")),
    ("Iran received S-300 missiles from Russia.", P, ("AID", "RUS", "IRN")),
    # RETREAT
    ("Russia pulled its forces out of Georgia.", ("RUS", "GEO"), ("RETREAT", "RUS", "GEO")),
    ("Japan surrendered to the United States.", P, ("RETREAT", "JPN", "USA")),
    ("Iraq declared a ceasefire with Iran.", P, ("RETREAT", "IRQ", "IRN")),
    ("Soviet forces were withdrawn from Afghanistan in 1989.", ("SUN", "AFG"), ("RETREAT", "SUN", "AFG")),
    # REQUEST
    ("Russia pressed Iran to accept the deal.", P, ("REQUEST", "RUS", "IRN")),
    ("Persia begged Russia for help.", P, ("REQUEST", "H.PERSIA", "RUS")),
    ("Russia called on Iran to cooperate with the IAEA.", P, ("REQUEST", "RUS", "IRN")),
    # ACCUSE
    ("Iran summoned the Russian ambassador.", P, ("ACCUSE", "IRN", "RUS")),
    ("Iran filed a complaint against Russia with the UN.", P, ("ACCUSE", "IRN", "RUS")),
    ("Russia charged Ukraine with terrorism.", P, ("ACCUSE", "RUS", "UKR")),
    ("Iran attacked Russia's policy in the Caucasus.", P, ("ACCUSE", "IRN", "RUS")),
    # REJECT
    ("Russia turned down the Iranian request.", P, ("REJECT", "RUS", "IRN")),
    ("Iran declined the Russian offer.", P, ("REJECT", "IRN", "RUS")),
    ("Russia vetoed the resolution on Syria.", P, ("REJECT", "RUS", "SYR")),
    # THREATEN
    ("Russia issued an ultimatum to Persia.", P, ("THREATEN", "RUS", "H.PERSIA")),
    ("Persia received an ultimatum from Russia.", P, ("THREATEN", "RUS", "H.PERSIA")),
    ("Russia warned Iran against the move.", P, ("THREATEN", "RUS", "IRN")),
    # PROTEST
    ("Iranians demonstrated against Russia in 1911.", P, ("PROTEST", "IRN", "RUS")),
    ("A mob stormed the Russian embassy in Tehran.", RI, ("PROTEST", "IRN", "RUS")),
    ("Anti-Russian riots broke out in Tehran.", RI, ("PROTEST", "IRN", "RUS")),
    # SANCTION
    ("Russia banned imports of Georgian wine.", P, ("SANCTION", "RUS", "GEO")),
    ("Russia withdrew from the treaty with the United States.", P, ("SANCTION", "RUS", "USA")),
    ("Russia cut off gas supplies to Ukraine in 2009.", P, ("SANCTION", "RUS", "UKR")),
    ("The United States froze Iranian assets.", P, ("SANCTION", "USA", "IRN")),
    ("The Iranian diplomats were expelled by Russia.", P, ("SANCTION", "RUS", "IRN")),
    ("Russia recalled its ambassador from Iran.", RI, ("SANCTION", "RUS", "IRN")),
    ("Russia denounced the treaty with Japan.", P, ("SANCTION", "RUS", "JPN")),
    # MOBILIZE
    ("Russia mobilized its army against Japan.", P, ("MOBILIZE", "RUS", "JPN")),
    ("Russia massed troops on the Ukrainian border.", P, ("MOBILIZE", "RUS", "UKR")),
    ("Russia reinforced its garrison in Armenia.", ("RUS", "ARM"), ("MOBILIZE", "RUS", "ARM")),
    # COERCE
    ("Russia blockaded the Ukrainian ports.", P, ("COERCE", "RUS", "UKR")),
    ("Russia imposed a naval blockade on Georgia.", P, ("COERCE", "RUS", "GEO")),
    ("Russia confiscated Iranian property.", P, ("COERCE", "RUS", "IRN")),
    ("China interned Japanese soldiers.", P, ("COERCE", "CHN", "JPN")),
    ("Russian forces overran the Persian fortress.", P, ("COERCE", "RUS", "H.PERSIA")),
    ("The mass deportation of Georgians by Russia began in 2006.", P, ("COERCE", "RUS", "GEO")),
    # ASSAULT
    ("Iraq fired missiles at Iran.", P, ("ASSAULT", "IRQ", "IRN")),
    ("Persian troops clashed with Russian forces near Ganja.", P, ("ASSAULT", "H.PERSIA", "RUS")),
    ("Russia launched airstrikes on Syria.", P, ("ASSAULT", "RUS", "SYR")),
    ("A Russian jet was shot down by Turkey.", P, ("ASSAULT", "TUR", "RUS")),
    ("Japan sank the Russian fleet at Tsushima.", P, ("ASSAULT", "JPN", "RUS")),
    ("Persia was defeated by Russia at Ganja.", P, ("ASSAULT", "RUS", "H.PERSIA")),
    ("Russia laid siege to Erivan in 1804 against Persia.", P, ("ASSAULT", "RUS", "H.PERSIA")),
    ("Iran took American diplomats hostage in 1979.", P, ("ASSAULT", "IRN", "USA")),
]

NOT_FOUND = [
    # statistics
    ("Russia's trade with Iran reached $4 billion in 2020.", RI, "COOPERATE"),
    ("Russian arms sales to China amounted to $2 billion.", ("RUS", "CHN"), "AID"),
    ("By 2013, South Korea had invested $55 billion in China.", ("KOR", "CHN"), "COOPERATE"),
    ("Canada received permission from Britain to send its own delegation.", P, "AID"),
    ("Relations between Iran and Saudi Arabia are strained over oil export policy.", ("IRN", "SAU"), "AID"),
    ("Saudi Arabia has a post-World War II tradition of close ties to the United States.", P, "ASSAULT"),
    ("China started a war of words with Burma.", P, "ASSAULT"),
    ("However, following the Bangladeshi deployment, within a week the ships withdrew.", ("BGD", "MMR"), "MOBILIZE"),
    ("Cuba became increasingly dependent on Soviet markets and military and economic aid.", P, "AID"),
    ("American firms with $500,000 worth of investment in Myanmar must report.", P, "COOPERATE"),
    ("Soviet troops were withdrawn from Afghanistan in 1989.", P, "SANCTION"),
    # a quantity, a verb, a reputation
    ("Russia had a great deal of influence over Persia.", RI, "AGREE"),
    ("Pushkin is widely recognized as the greatest Russian poet.", RI, "AGREE"),
    ("Russia and Iran showed signs of rapprochement.", RI, "AGREE"),
    # private people acting for themselves
    ("Russian tourists visited Iran in large numbers.", RI, "CONSULT"),
    # figurative and non-state uses
    ("The minister died of a heart attack in Moscow.", RI, "ASSAULT"),
    ("Russia and Iran fought against terrorism in Syria.", RI, "ASSAULT"),
    ("The Iranian army was equipped with Russian tanks.", RI, "AID"),
    ("Russia and Iran share similar economic pressures.", RI, "REQUEST"),
    # anchors: a war or siege that only dates what follows
    ("During the siege of Herat, Russia sent an envoy to Persia.", RI, "ASSAULT"),
    ("During the Iran–Iraq War, the Soviet Union sold tanks to Iraq.", ("SUN", "IRQ"), "ASSAULT"),
    ("In the aftermath of the invasion, Russia sent aid to Iran.", RI, "ASSAULT"),
    # a state of things, not an act
    ("Russia more or less controlled the newly conquered land of Iran.", RI, "COERCE"),
    ("Armenians live in the occupied territories of Azerbaijan.", ("ARM", "AZE"), "COERCE"),
    # a document handed over is no concession; a ban on trade is no trade
    ("He handed over Iran's draft of the agreement to Russia.", RI, "CONCEDE"),
    ("Russia banned imports of Georgian wine.", ("RUS", "GEO"), "AID"),
    # leaving a treaty is no retreat of troops, denouncing it no accusation
    ("Russia withdrew from the treaty with the United States.", ("RUS", "USA"), "RETREAT"),
    ("Russia denounced the treaty with Japan.", ("RUS", "JPN"), "ACCUSE"),
    # a threat to cut supplies is no supply
    ("Russia threatened to cut off gas supplies to Ukraine.", ("RUS", "UKR"), "AID"),
    ("Russia threatened to cut off gas supplies to Ukraine.", ("RUS", "UKR"), "SANCTION"),
    # an ultimatum received is no transfer; Ban Ki-moon is no ban
    ("Persia received an ultimatum from Russia.", RI, "AID"),
    ("Ban Ki-moon visited Tehran in 2012.", RI, "SANCTION"),
    # fighting on the same side is no attack on each other
    ("Russian troops fought alongside Syrian forces.", ("RUS", "SYR"), "ASSAULT"),
]


@pytest.mark.parametrize(("text", "pair", "want"), FOUND, ids=[f"{c[2][0]}-{i}" for i, c in enumerate(FOUND)])
def test_act_found(text: str, pair: tuple[str, str] | None, want: tuple[str, str, str]) -> None:
    got = acts(text, pair)
    cat, a, b = want
    assert want in got or (cat in SYMMETRIC and (cat, b, a) in got), got


@pytest.mark.parametrize(("text", "pair", "cat"), NOT_FOUND, ids=[f"{c[2]}-{i}" for i, c in enumerate(NOT_FOUND)])
def test_no_act(text: str, pair: tuple[str, str] | None, cat: str) -> None:
    got = acts(text, pair)
    assert not any(c == cat for c, _a, _b in got), got


def test_every_category_has_three_positives() -> None:
    per: dict[str, int] = {}
    for _t, _p, (cat, _a, _b) in FOUND:
        per[cat] = per.get(cat, 0) + 1
    assert len(per) == 16 and min(per.values()) >= 3, per


FACT = [
    ("Russia reportedly supplied drones to Iran.", "AID", "reported"),
    ("According to Reuters, Russia sold missiles to Iran.", "AID", "reported"),
    ("Russia allegedly sent troops to Iran.", "COOPERATE", "reported"),
    ("Russia rejected reports that it had supplied drones to Iran.", "AID", "denied"),
    ("Russia is expected to deliver the missiles to Iran.", "AID", "planned"),
    ("Russia is scheduled to deliver the missiles to Iran.", "AID", "planned"),
    ("Russia plans to hold joint exercises with Iran.", "COOPERATE", "planned"),
    ("Russia will deliver the missiles to Iran.", "AID", "planned"),
    ("Russia agreed to buy wheat from Iran, and Iran agreed to let Russia join the talks.", "AGREE", "asserted"),
    ("Russia did not deliver the missiles to Iran.", "AID", "negated"),
    ("Russia never delivered the missiles to Iran.", "AID", "negated"),
    ("Russia failed to deliver the missiles to Iran.", "AID", "negated"),
    ("Russia supplied missiles to Iran in 2016.", "AID", "asserted"),
]


@pytest.mark.parametrize(("text", "cat", "want"), FACT, ids=[f"{c[2]}-{i}" for i, c in enumerate(FACT)])
def test_factuality(text: str, cat: str, want: str) -> None:
    got = [f for c, _a, _b, f in found(text, RI) if c == cat]
    assert got and all(f == want for f in got), found(text, RI)


TOPICS = [
    ("Russia imposed a naval blockade on Georgia.", "COERCE", "military"),
    ("Russia extended a loan to Iran.", "AID", "economic"),
    ("Iraq freed the Iranian prisoners of war.", "CONCEDE", "humanitarian"),
    ("Russia annexed the territory of Ukraine.", "COERCE", "territorial"),
]


@pytest.mark.parametrize(("text", "cat", "topic"), TOPICS)
def test_topics(text: str, cat: str, topic: str) -> None:
    assert topic in topics_of(text, lexicon("en"), cat)


def test_topic_words_start_a_word() -> None:
    # `land` is not in `Poland`, `sport` not in `transport`
    got = topics_of("Russia and Poland signed a transport deal.", lexicon("en"), "AGREE")
    assert "territorial" not in got and "culture" not in got


@pytest.mark.parametrize(("text", "want"), [
    ("In June 2014, Russia limited the supply of gas to Ukraine.", ("SANCTION", "RUS", "UKR")),
    ("In 2019, Russia reduced the volumes of gas it sold to Ukraine.", ("SANCTION", "RUS", "UKR")),
    ("In May 2021, the United States waived sanctions on Russia's pipeline company.", ("CONCEDE", "USA", "RUS")),
    ("In July 2021, the United States said it might trigger sanctions if Russia used gas as a weapon.",
     ("THREATEN", "USA", "RUS")),
])
def test_supply_cuts_waivers_and_conditional_sanctions(text, want):
    assert want in acts(text)


def test_the_plain_verb_of_an_attack_after_to_or_a_modal():
    assert ("ASSAULT", "RUS", "UKR") in acts("In 2022, Russian forces continued to bomb targets in Ukraine.", ("RUS", "UKR"))
    assert not any(c == "ASSAULT" for c, _a, _b in acts("In 2022, a strike of workers began in Ukraine.", ("RUS", "UKR")))


def test_support_received_from_the_members_of_an_organisation_is_the_organisation_s():
    got = acts("The UK received political support from member countries of the European Economic Community.")
    assert got == {("SUPPORT", "IGO.EU", "GBR")}


def test_officials_joined_with_a_title_between_are_one_party_in_the_sentence_s_order():
    got = found("Prime Minister Trudeau and President Trump formally met at the White House.", ("CAN", "USA"))
    assert [(c, a, b) for c, a, b, _f in got] == [("CONSULT", "CAN", "USA")]


def test_a_passive_verb_takes_the_nearest_by_after_it():
    got = acts("The Egypt–Israel treaty was signed by Egyptian president Anwar Sadat and Israeli prime minister "
               "Menachem Begin, and witnessed by United States president Jimmy Carter.", ("EGY", "ISR"))
    assert got == {("AGREE", "EGY", "ISR")}
