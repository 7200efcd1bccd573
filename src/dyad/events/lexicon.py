"""Per-language event lexicons (`lang/<code>/events.yaml`, `factuality.yaml`, `topics.yaml`) compiled once.

Every pattern list is folded into one regular expression per language; the trigger alternation is
searched with `scan.AltScanner`, which tries at each position only the triggers that can start there.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from dyad.lang import load_yaml

from .scan import AltScanner

DATA = Path(str(resources.files(__package__))) / "data"


@dataclass(frozen=True)
class Category:
    """A PLOVER event type: quad class, base intensity, default topic, symmetry."""

    name: str
    quad: str
    base: float
    topic: str
    symmetric: bool


@dataclass(frozen=True)
class TriggerEntry:
    """One trigger pattern of a language and what it means."""

    category: str
    flip: bool = False
    nominal: bool = False
    mods: tuple[str, ...] = ()
    weak: bool = False  # an act only when the sentence names its receiver (no pair fill-in)
    to_org: bool = False  # joining: with no receiver named, the organisation named just before is it
    trade: bool = False  # a sale or purchase: an act only where the sentence names goods of war or aid
    # one way although the category is symmetric (`X and Y offered to send troops`: an offer made together
    # to someone else, not an agreement between them)
    oneway: bool = False
    # a judgement on another's act (`Russia's move was illegal`): the owner of what is judged receives it
    judged: bool = False
    # said of the subject of a clause (`미국은 북한이 합의를 위반했다고 주장했다`): that subject receives it, the
    # subject of the sentence does it
    said_of: bool = False


@dataclass
class Lexicon:
    """Compiled event data of one language."""

    lang: str
    order: str = "svo"
    drop_subjects: bool = False
    chain_subjects: bool = False  # a clause without a subject continues the nearest one before (zh)
    prep_lists: bool = False  # a preposition before the first of coordinated names governs them all (en)
    genitive_doer: bool = False  # a name right after an act noun is its doer (ru `вывод китайских войск`)
    prep_over_possessive: bool = False  # zh `对X的入侵`: the preposition before X outranks 的 after it
    free_order: bool = False  # ru: a case-marked object may stand before the verb and the subject after it
    triggers: AltScanner | None = None
    entries: dict[str, TriggerEntry] = field(default_factory=dict)
    anchor_before: re.Pattern | None = None
    anchor_after: re.Pattern | None = None
    non_event: re.Pattern | None = None
    passive: re.Pattern | None = None  # over the trigger and its surroundings (en, ru)
    passive_before: re.Pattern | None = None  # right before the trigger (zh 被)
    passive_after: re.Pattern | None = None  # right after the trigger (ko 되다, 당하다)
    coordinators: re.Pattern | None = None
    list_separators: re.Pattern | None = None  # coordinate only in a list closed by a coordinator
    roles_before: dict[str, re.Pattern] = field(default_factory=dict)
    roles_after: dict[str, re.Pattern] = field(default_factory=dict)
    roles_mention: dict[str, re.Pattern] = field(default_factory=dict)  # over the name's own text
    # a role read from the name's own case form (ru instrumental `Израилем`) where nothing else marks it and,
    # where a `_form_before` pattern is given, the text right before it matches (a passive participle)
    roles_form: dict[str, tuple[re.Pattern, re.Pattern | None]] = field(default_factory=dict)
    # the host of a mission: a name with `host_before` right before it and `host_after` (the mission and its opening)
    # right after it receives that opening (zh `中国驻新西兰大使馆开馆`); both patterns are needed
    host: tuple[re.Pattern, re.Pattern] | None = None
    pair_words: re.Pattern | None = None
    anaphora: re.Pattern | None = None  # words that stand for an actor named before (`its`, `the country`)
    org_short: re.Pattern | None = None  # a short form for an organisation named before (`the Union`)
    collectives: re.Pattern | None = None  # unnamed groups of states (`Western nations`, `서방`): no actor
    clause_breaks: re.Pattern | None = None
    continues: re.Pattern | None = None  # a sentence opening with it and naming no one goes on with the last doer
    pair_relations: re.Pattern | None = None  # a trigger naming relations (`relations were restored`)
    pair_outbreak: re.Pattern | None = None  # right after an act noun: it breaks out (`clashes erupted`)
    pair_exists_before: re.Pattern | None = None  # right before a trigger: the act took place (`there were`)
    place_title_after: re.Pattern | None = None  # right after a city: a title it names (`Paris Peace Accords`)
    mutual: re.Pattern | None = None  # right before an act: each side did it to the other (`mutual`)
    examples: re.Pattern | None = None  # before a list of examples of a group (`with European countries, such as`)
    stipulates: re.Pattern | None = None  # what follows it in the sentence is a treaty's terms (`规定`, `stipulated`)
    subordinate_breaks: re.Pattern | None = None  # SOV: ends a subordinate clause (`…된 뒤에`, `…하자`)
    bound_subject_after: re.Pattern | None = None  # SOV: a subject particle bound to its clause (`이/가`)
    quoted_before: re.Pattern | None = None  # SOV: a quoted clause's end right before a statement (`…한다고 비난`)
    relative_subject: re.Pattern | None = None  # SOV: a relative clause on an object (`북한이 발사한 미사일을`)
    relative_after: re.Pattern | None = None  # SOV: the whole gap from a trigger to the name its relative clause ends on
    relative_head: re.Pattern | None = None  # SOV: right after that name: it heads its noun phrase (a particle)
    verbal_after: re.Pattern | None = None
    raising: re.Pattern | None = None
    among_before: re.Pattern | None = None  # `between` before coordinated names: they act together
    compound_gap: re.Pattern | None = None  # a modifier between a hyphenated pair and its act noun (`armed`)
    between_gap: re.Pattern | None = None  # the whole gap from an act noun to its `between` (`clash that took place in 1981`)
    among_after: re.Pattern | None = None  # `之间`, `사이의` right after coordinated names (matched at their end)
    this_target: re.Pattern | None = None  # `对此` before a stance: its receiver is the doer of the act before
    contrast: re.Pattern | None = None  # between an act said not to happen and the same act done (`but`, `으나`)
    mission_after: re.Pattern | None = None  # SOV: a mission noun after a state (`독일 총영사관을`): that state owns it
    noun_before: re.Pattern | None = None  # right before a trigger: it is used as a noun
    object_after: re.Pattern | None = None
    object_gap: re.Pattern | None = None  # SVO: between a deed and the act noun it takes (`crushed the uprising`)
    # between a statement and the receiver it is made of, behind its complementizer (`demanded that the X`)
    complementizer_gap: re.Pattern = re.compile(r"\s*,?\s*\w+\s+\Z")
    # the end of a reporting cue that opens what is reported (`reported that`): names after it are not the reporter
    report_clause: re.Pattern | None = None
    head_gap: re.Pattern | None = None  # SOV: title nouns after a name (`국무위원장`), skipped in a list
    frame_after: re.Pattern | None = None  # SVO: closes an adverbial frame (zh `在X的压力下，Y…`)
    doer_nouns: re.Pattern | None = None  # act nouns whose genitive is their doer (ru `отказ`, `визит`)
    war_goods: re.Pattern | None = None  # goods whose sale or purchase is an arms transfer or aid (`trade` entries)
    subject_after: re.Pattern | None = None  # free order: the whole gap from a verb to the name its subject heads
    troops_after: re.Pattern | None = None  # SOV: a name's troops as the object (`미군을 철수`)
    patient_nouns: re.Pattern | None = None  # act nouns whose genitive is what the act is done to (ru)
    adverbial_before: re.Pattern | None = None  # SVO: right before a doer noun used as an adverbial (ru `по`)
    adverbial_after: re.Pattern | None = None  # SOV: an act noun used as an adverbial (`X의 반대로`)
    not_after: re.Pattern | None = None  # right before a trigger: it is part of a modifier (`Russian-backed`)
    restated: re.Pattern | None = None  # right before a trigger of `restated_categories`: an earlier act named again
    echo: re.Pattern | None = None  # `did so`, `followed suit`: the act before it again, by another doer
    restated_categories: frozenset[str] = frozenset()
    not_before: re.Pattern | None = None  # right after a trigger: it is no act (`수교 30주년`, `공습 횟수`)
    in_title: re.Pattern | None = None  # ends at a trigger's start: the trigger is a word of a title
    quoted_name: re.Pattern | None = None  # a quoted name of a list or a category: its words are no acts
    title_word: re.Pattern | None = None  # matched at a trigger's start: it looks like a title's word
    title_head: re.Pattern | None = None  # right after a trigger inside a title: it is the title's head noun
    complement: re.Pattern | None = None  # gap between a verbal trigger and the act it governs
    speech_after: re.Pattern | None = None  # right after a closing quote mark: the quote is said (`”고 밝혔다`)
    speech_before: re.Pattern | None = None  # right before an opening quote mark: the quote is said (`said: "`)
    unrealised: frozenset[str] = frozenset()  # governors whose complement has not happened (urge X to ...)
    fact: dict[str, dict[str, re.Pattern]] = field(default_factory=dict)
    window: tuple[int, int] = (40, 30)
    outlets: list[tuple[re.Pattern, str]] = field(default_factory=list)
    topics: list[tuple[str, re.Pattern]] = field(default_factory=list)


@functools.cache
def categories() -> dict[str, Category]:
    """The 16 PLOVER categories from `events/data/categories.yaml`."""
    raw = yaml.safe_load((DATA / "categories.yaml").read_text(encoding="utf-8"))
    return {k: Category(k, v["quad"], float(v["base"]), v["topic"], bool(v["symmetric"])) for k, v in raw.items()}


@functools.cache
def modifiers() -> dict[str, float]:
    """Intensity modifiers (name -> delta toward the category's pole)."""
    raw = yaml.safe_load((DATA / "modifiers.yaml").read_text(encoding="utf-8"))
    return {k: float(v["delta"]) for k, v in raw.items()}


def _alt(pats: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in pats if p)


def _re(p: str | None, flags: int) -> re.Pattern | None:
    return re.compile(p, flags) if p else None


_LEAD = r"(?<!\w)"  # what a word-bounded pattern starts with; narrows the trigger scanner's candidates


def _wrap(p: str, boundary: str | bool) -> str:
    if boundary is True or boundary == "word":
        return rf"{_LEAD}(?:{p})(?!\w)"
    if boundary == "start":
        return rf"{_LEAD}(?:{p})"
    return p


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """The compiled event lexicon of `lang` (empty when the language has no `events.yaml`)."""
    data = load_yaml(lang, "events.yaml") or {}
    fact = load_yaml(lang, "factuality.yaml") or {}
    topics = load_yaml(lang, "topics.yaml") or {}
    st = data.get("settings") or {}
    flags = re.IGNORECASE if st.get("case_insensitive", True) else 0
    bnd = st.get("word_boundary", False)
    # `genitive_doer` (optional setting): a name right after a trigger that has no subject in its clause,
    # with nothing between, is the doer when its troops follow it or a marked receiver comes next (ru `вывод китайских войск`,
    # `нападение Германии на СССР`); otherwise it stays the receiver (`оккупация Чехословакии`).
    lex = Lexicon(lang, order=st.get("order", "svo"), drop_subjects=bool(st.get("drop_subjects", st.get("order") == "sov")),
                  genitive_doer=bool(st.get("genitive_doer", False)),
                  # `prep_over_possessive` (optional setting): a name between a preposition and a possessive
                  # marker takes the preposition's role (zh `苏联对阿富汗的入侵`: Afghanistan is the receiver)
                  prep_over_possessive=bool(st.get("prep_over_possessive", False)),
                  # `free_order` (optional setting): with its object marked before the verb and no subject
                  # there, the name right after the verb is the doer (ru `Индонезию посетил президент США`)
                  free_order=bool(st.get("free_order", False)),
                  # `prep_lists` (optional setting): a preposition before the first of coordinated names
                  # governs the whole list (en `talks in Qatar and Oman`: both are places)
                  prep_lists=bool(st.get("prep_lists", False)),
                  # `chain_subjects` (optional setting): in a chain of comma clauses (zh `俄国战败，被迫退出`)
                  # a clause with no subject of its own continues the subject of the nearest clause before
                  chain_subjects=bool(st.get("chain_subjects", False)))
    cats = categories()
    parts = []
    for cat, items in (data.get("triggers") or {}).items():
        if cat not in cats:
            raise ValueError(f"lang/{lang}/events.yaml: unknown category {cat!r}")
        for it in items:
            if isinstance(it, str):
                it = {"re": it}
            name = f"t{len(lex.entries)}"
            lex.entries[name] = TriggerEntry(cat, bool(it.get("flip")), bool(it.get("nominal")), tuple(it.get("mods", ())),
                                             bool(it.get("weak")), bool(it.get("to_org")), bool(it.get("trade")),
                                             bool(it.get("oneway")), bool(it.get("judged")), bool(it.get("said_of")))
            parts.append((name, _wrap(it["re"], bnd)))
    if parts:
        lex.triggers = AltScanner(parts, flags, lead=_LEAD if bnd in (True, "word", "start") else "")
    anchors = data.get("anchors") or {}
    lex.anchor_before = _re(anchors.get("before"), flags)
    lex.anchor_after = _re(anchors.get("after"), flags)
    lex.non_event = _re(_alt(data.get("non_event") or []), flags)
    lex.passive = _re(data.get("passive"), flags)
    lex.passive_before = _re(data.get("passive_before") and f"(?:{data['passive_before']})\\s*$", flags)
    lex.passive_after = _re(data.get("passive_after"), flags)
    lex.coordinators = _re(data.get("coordinators"), flags)
    lex.list_separators = _re(data.get("list_separators"), flags)
    roles = data.get("roles") or {}
    head = roles.get("head_nouns")
    coord = data.get("coordinators")
    if head and coord and lex.order == "sov":
        # titles that end where a coordinator starts (backtracking must not stop inside `국무위원장`)
        body = coord[1:] if coord.startswith("^") else coord
        lex.head_gap = re.compile(rf"^(?:\s*(?:{head}))+(?={body})", flags)
    for key, p in roles.items():
        if not p or key == "head_nouns":
            continue
        if key.endswith("_mention"):
            lex.roles_mention[key[: -len("_mention")]] = re.compile(p, flags)
        elif key.endswith("_form_before"):
            if key[: -len("_before")] not in roles:
                raise ValueError(f"lang/{lang}/events.yaml: roles.{key} has no roles.{key[: -len('_before')]}")
            continue  # read with its `_form`
        elif key in ("host_before", "host_after"):
            continue
        elif key.endswith("_form"):
            before = roles.get(key + "_before")
            lex.roles_form[key[: -len("_form")]] = (re.compile(p, flags),
                                                    re.compile(f"(?:{before})\\Z", flags) if before else None)
        elif key.endswith("_before"):
            lex.roles_before[key[: -len("_before")]] = re.compile(p, flags)
        elif key.endswith("_after"):
            body = p[1:] if p.startswith("^") else p
            # a role particle may follow title nouns after the name (러시아 외무장관은)
            pre = rf"^(?:\s*(?:{head}))*\s*" if head and lex.order == "sov" else "^"
            lex.roles_after[key[: -len("_after")]] = re.compile(pre + f"(?:{body})", flags)
    if roles.get("host_before") and roles.get("host_after"):
        lex.host = (re.compile(roles["host_before"], flags), re.compile(roles["host_after"], flags))
    lex.raising = _re(data.get("raising"), flags)
    # `subordinate_breaks` and `bound_subject_after` (optional, SOV): a name whose particle binds it to its
    # own clause (nominative `이/가`, not the topic `은/는`) is no subject of an act after the end of a
    # subordinate clause (`소련이 해체된 뒤에 러시아와 수교했다`: the Soviet Union did not establish ties).
    lex.subordinate_breaks = _re(data.get("subordinate_breaks"), flags)
    # `continues` (optional, matched at the start of a sentence): a sentence that opens with it and names
    # no one continues the previous act with its doer (zh `並提供了軍事援助。`: the one who signed before).
    lex.continues = _re(data.get("continues"), flags)
    # `pair_relations` (optional, searched in a trigger's text): an act on relations themselves in a sentence
    # that names no one (`The relations were restored in 1970.`) is one of the document's pair
    lex.pair_relations = _re(data.get("pair_relations"), flags)
    # `pair_outbreak` (optional, matched right after a trigger whose entry has mod `outbreak`): the act noun is
    # the subject of an outbreak (`Border clashes erupted again`); in a sentence that names no one it is the pair's
    lex.pair_outbreak = _re(data.get("pair_outbreak"), flags)
    # `pair_exists_before` (optional, ending right before a trigger): the act is said to have taken place
    # (`There were six visits`, `There were also plans for cooperation`); in a sentence naming no one, the pair's
    lex.pair_exists_before = _re(data.get("pair_exists_before") and f"(?:{data['pair_exists_before']})\\Z", flags)
    # `place_title_after` (optional, matched right after a capital city): the city names a treaty, a
    # conference or talks held there (`the Paris Peace Accords`, `베이징 회담`) and is no party to them
    lex.place_title_after = _re(data.get("place_title_after"), flags)
    # `mutual` (optional, ending right before a one-way act): the act goes both ways (`mutual expulsions`)
    lex.mutual = _re(data.get("mutual") and f"(?:{data['mutual']})\\W*\\Z", flags)
    # `examples` (optional, matched right before a name): a group noun and a word that introduces examples
    # of it (`agreements with European countries, such as France and Belgium`); its group `np` is the
    # group noun phrase, whose role the listed names take (and which is then no group of its own)
    lex.examples = _re(data.get("examples") and f"(?:{data['examples']})$", flags)
    # `stipulates` (optional): after it the sentence states what a treaty lays down (`条约规定…`, `the treaty
    # stipulated that…`): terms, not acts (the signing before it stays an act)
    lex.stipulates = _re(data.get("stipulates"), flags)
    # `quoted_before` (optional, SOV, matched at the end of the text before a statement's trigger): a quoted
    # clause ends there (`…한다고 비난했다`); its subject (bound, `이/가`) is whom the topic's statement is about.
    lex.quoted_before = _re(data.get("quoted_before") and f"(?:{data['quoted_before']})\\Z", flags)
    # `relative_after` (optional, SOV): `gap`, the whole gap from a trigger to the next name when the trigger's
    # verb ends a relative clause on it (`대한민국을 지원했던 미국과는`), and `head`, what follows the name when it
    # heads its phrase (a particle; not `유엔 회원국이`, where the name only qualifies the head): that name did the act.
    # `relative_subject` (optional, SOV, searched between a bound subject and a trigger): a relative clause's verb
    # (group `verb`), the object it modifies (its head word, group `head`) and the object's particle (`북한이 발사한
    # 미사일을`): the subject is that clause's, not the sentence's, where the sentence has another subject.
    lex.relative_subject = _re(data.get("relative_subject"), flags)
    rel = data.get("relative_after") or {}
    lex.relative_after = _re(rel.get("gap"), flags)
    lex.relative_head = _re(rel.get("head"), flags)
    bound = data.get("bound_subject_after")
    if bound:
        pre = rf"^(?:\s*(?:{head}))*\s*" if head else "^"
        lex.bound_subject_after = re.compile(pre + f"(?:{bound[1:] if bound.startswith('^') else bound})", flags)
    lex.among_before = _re(data.get("among_before"), flags)
    lex.between_gap = _re(data.get("between_gap"), flags)
    lex.compound_gap = _re(data.get("compound_gap"), flags)
    lex.among_after = _re(data.get("among_after"), flags)
    lex.this_target = _re(data.get("this_target"), flags)
    # `mission_after` (optional, SOV, matched right after a name up to the act that opens the mission): the state
    # named right before an embassy or consulate opens it, in the state it is accredited to
    lex.mission_after = _re(data.get("mission_after"), flags)
    # `contrast` (optional, searched between two readings of one act, one negated): a contrast or a later time
    # between them makes them two acts (`did not recognise it until 1990, when it did`)
    lex.contrast = _re(data.get("contrast"), flags)
    lex.noun_before = _re(data.get("noun_before"), flags)
    lex.verbal_after = _re(data.get("verbal_after"), flags)
    lex.object_after = _re(data.get("object_after"), flags)
    # `object_gap` (optional, SVO): the whole gap between a deed's verb and an act noun of another kind right
    # after it (`crushed the uprising`, `suspended the treaty`): the noun is what the deed is done to, no act
    lex.object_gap = _re(data.get("object_gap") and f"(?:{data['object_gap']})\\Z", flags)
    # `complementizer_gap` (optional): the whole gap between a statement's verb and a marked receiver that is the
    # subject of its complement (`demanded that the United States …`, ru `потребовал, чтобы США …`); by default
    # one word after an optional comma
    if data.get("complementizer_gap"):
        lex.complementizer_gap = re.compile(f"(?:{data['complementizer_gap']})\\Z", flags)
    # `report_clause` (optional, SVO): matched at the end of the sentence's reporting cue (`reported that`,
    # `сообщил, что`): the cue opens the reported clause, so the names after it are not who reports
    lex.report_clause = _re(data.get("report_clause") and f"(?:{data['report_clause']})\\Z", flags)
    # `adverbial_after` (optional, SOV): what follows an act noun that its owner (`X의`) did, used as a
    # cause or means (`X의 반대로`, `X의 요청에 따라`): X is the doer whatever the main clause says.
    lex.adverbial_after = _re(data.get("adverbial_after"), flags)
    # `frame_after` (optional, SVO): what closes an adverbial frame right after a trigger (zh `下，`):
    # the act (`在英国的胁迫下，清朝…`) is aimed at the subject of the clause that follows.
    lex.frame_after = _re(data.get("frame_after"), flags)
    # `troops_after` (optional, SOV): a name's armed forces as the object of a withdrawal or deployment
    # (`미군을 철수`, `러시아군을 파견`): the name is the doer, a place-marked state the receiver.
    lex.troops_after = _re(data.get("troops_after"), flags)
    # `doer_nouns` (optional, with `genitive_doer`): triggers whose next name is always their doer
    # (ru `отказ России`, `визит Путина`), even with no receiver after it.
    lex.doer_nouns = _re(data.get("doer_nouns"), flags)
    # `war_goods` (optional): arms, military goods and aid; a `trade` trigger (sell, buy, import, export) is an
    # act only in a sentence that names them: trade in commodities is statistics, not an event (gold README).
    lex.war_goods = _re(data.get("war_goods"), flags)
    # `subject_after` (optional, with `free_order`): the whole gap from a verb to the next name when that gap
    # is a title in the nominative (ru `в Пекине побывал премьер-министр Японии`): the name behind it is
    # the doer, a name before the verb in its clause the receiver.
    lex.subject_after = _re(data.get("subject_after"), flags)
    # `patient_nouns` (optional, with `genitive_doer`): act nouns whose next name is what the act is done
    # to (ru `разгром французской армии`), even the armed forces a demonym names.
    lex.patient_nouns = _re(data.get("patient_nouns"), flags)
    # `adverbial_before` (optional, SVO, matched at the end of the text before a doer noun): the noun is an
    # adverbial of the clause (ru `по приглашению X`): X did the act to the clause's subject.
    lex.adverbial_before = _re(data.get("adverbial_before") and f"(?:{data['adverbial_before']})\\Z", flags)
    # `not_after` (optional): text right before a trigger (matched at its end) that makes the trigger part
    # of a compound modifier rather than an act (en `Russian-backed`, `state-sponsored`).
    lex.not_after = _re(data.get("not_after") and f"(?:{data['not_after']})\\Z", flags)
    # `restated` (optional): `before` (matched at the end of the text before a trigger) points back to an act
    # named earlier (`이 조약을 체결한 뒤`): a trigger of one of its `categories` there is that act again, no new one.
    # `echo` (optional): words that repeat the act named before them with another doer (`did so`, `followed
    # suit`, `последовала её примеру`): the same act, towards the same receiver, at the echo's own date.
    lex.echo = _re(data.get("echo"), flags)
    rs = data.get("restated") or {}
    lex.restated = _re(rs.get("before") and f"(?:{rs['before']})\\Z", flags)
    lex.restated_categories = frozenset(rs.get("categories") or ())
    # `not_before` (optional): text right after a trigger (matched at its end) that makes the trigger name
    # no act: an anniversary (`수교 30주년`), a count or capability (`공습 횟수`, `attack capability`).
    lex.not_before = _re(data.get("not_before"), flags)
    # `in_title` (optional): text up to a trigger's start (matched at its end) that makes the trigger a word of
    # a document's title (`Treaty of Friendship, Cooperation and Mutual Assistance`), no act of its own, when
    # `title_word` (optional) matches at the trigger (a capital) and `title_head` (optional) does not match
    # right after it (`《…合作条约》`: the treaty at the end of its title is an agreement)
    lex.in_title = _re(data.get("in_title") and f"(?:{data['in_title']})\\Z", flags)
    lex.title_word = _re(data.get("title_word"), flags)
    lex.title_head = _re(data.get("title_head"), flags)
    # `quoted_name` (optional): a quoted name (`「支持恐怖主义的国家」名单`); a trigger inside it is no act
    lex.quoted_name = _re(data.get("quoted_name"), flags)
    # `complement` (optional): the whole gap between a trigger of a verbal category (AGREE, REQUEST,
    # REJECT, ...) and another trigger that it governs: `agreed to supply`, `refused to sign`, `sought to
    # join`. The governed trigger is not an act of its own (one event per act). In an SOV language the
    # governed trigger comes first and the gap runs from its end to the governor (`침공할 목적으로 ...`).
    # `unrealised` (optional, default REQUEST/THREATEN/REJECT): governors whose complement did not happen,
    # so it is dropped even when it names its own doer (`urged Iran to withdraw`).
    lex.complement = _re(data.get("complement") and f"(?:{data['complement']})\\Z", flags)
    # `speech_after` / `speech_before` (optional): text right after a quote's closing mark (ko `”고 밝혔다`,
    # `”는 뜻을 전했다`) or right before its opening mark (en `said: "`, zh `表示：「`) that makes the quote
    # someone's words. Acts the quoted words describe are the speaker's claim, not events, even when no
    # act is named outside the quote; a stance quoted (`“…책임을 져야 한다”고 밝혔다`) is the speaker's own
    # act, aimed at the names inside the quote.
    lex.speech_after = _re(data.get("speech_after"), flags)
    lex.speech_before = _re(data.get("speech_before") and f"(?:{data['speech_before']})\\Z", flags)
    lex.unrealised = frozenset(data.get("unrealised") or ("REQUEST", "THREATEN", "REJECT"))
    # `clause_breaks`: where a clause ends (en `;`, `but`; zh `，`; for an SOV language the connective
    # endings, ko `-고`, `-며`, `-지만`, `-는데`, `-면서`). Negation and intent cues, the date of an act and
    # (SVO) its doer and receiver stay in the trigger's clause; in SOV the roles are marked by particles
    # and carry over (a dropped argument is shared by chained clauses). Absent: one clause.
    lex.clause_breaks = _re(data.get("clause_breaks"), flags)
    lex.pair_words = _re(data.get("pair_words") and _wrap(data["pair_words"], bnd), flags)
    # `anaphora` (optional): words that stand for an actor named before (en `its`, `their`; a subject
    # pronoun opening the sentence). Each becomes an implicit party: the nearest name before it in the
    # sentence, else the doer of the previous sentence's act. Its role comes from the usual role cues
    # (`possessive_mention` for `its`).
    lex.anaphora = _re(data.get("anaphora"), flags)
    # `org_short` (optional): a short form that stands for an organisation named earlier in the document
    # (en `the Union` after the Eurasian Economic Union, `the Council` after the Security Council). Its first
    # group is the head word: the latest organisation named before whose name holds it is meant.
    lex.org_short = _re(data.get("org_short"), flags)
    # `collectives` (optional): unnamed groups of states (en `Western nations`, `the West`, ko `서방`,
    # zh `西方国家`). Such a group is no actor, but it fills the role it stands in: an act whose only
    # doer or receiver is a group yields no event (the document's pair is not filled in for it).
    # `non_actors` (optional): non-state groups acting for themselves (companies, rebels, hackers) are no
    # actors either; they fill a role the same way (`GS칼텍스는 원유를 수입했다` yields no event).
    groups = [p for p in (data.get("collectives"), data.get("non_actors")) if p]
    lex.collectives = _re(groups and _wrap(_alt(groups), bnd), flags)
    # (`standing`: a negation that states how things stand, not that an act failed to happen)
    for kind in ("reported", "denied", "condition", "planned", "negated", "standing"):
        spec = fact.get(kind) or {}
        lex.fact[kind] = {k: re.compile(_alt(v), flags) for k, v in spec.items() if v}
    w = fact.get("window") or {}
    lex.window = (int(w.get("before", 40)), int(w.get("after", 30)))
    lex.outlets = [(re.compile(p, flags), name) for p, name in (fact.get("outlets") or {}).items()]
    lex.topics = [(t, re.compile(_alt(ps), flags)) for t, ps in topics.items() if ps]
    return lex
