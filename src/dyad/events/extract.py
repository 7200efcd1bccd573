"""Sentence -> events: actors and their roles, triggers, direction, factuality, topics, intensity, date.

Language knowledge comes from `events.lexicon` (data files); this module is language-agnostic and
only knows two word orders: SVO (the doer stands before the verb, the receiver after it or behind
a preposition) and SOV (roles are marked by particles after the names; the verb comes last).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from dyad.actors.registry import canonical, lineage, registry, resolve_at, same_lineage
from dyad.model import ActorMention, Event, Sentence, TimeExpr
from dyad.time.grammar import grammar

from .lexicon import Lexicon, TriggerEntry, categories, lexicon, modifiers

_VERBAL = ("verbal_coop", "verbal_conflict")
_ACTOR_KINDS = {"state", "historical", "org", "unrecognised", "official", "capital", "demonym", "dyad", "group",
                "organ", "pronoun", "igo"}
# The code of an unnamed group of states (`the West`): it takes a role in the sentence but is no actor.
NOBODY = "-"
_TITLE_GAP = re.compile(r"\s+(?:[\w.-]+\s+){0,3}")  # a title between a state and its official (`Soviet leader`)
_MUTUAL_REACH = 12  # characters from `mutual` (`상호`, `相互`) to the act it qualifies
_NOT_AFTER_REACH = 40  # characters before a trigger that `not_after` (anchored at the trigger) may span
_RESTATED_REACH = 12  # characters before a trigger that `restated` may span
_ORG_KINDS = {"org", "igo"}
# roles cued by a word before the name (SVO prepositions), which govern a coordinated list after them
_PREP_ROLES = {"target", "agent", "origin", "location"}
_ORG_RECENT = 2  # sentences back that an organisation joined without its name may have been named
# Kinds of name that stand for "the state of that time" and so follow the era (Russia in 1850).
_ERA_KINDS = {"state", "capital", "demonym", "dyad", "group", "official", "organ", "pair"}


# `X의 공격으로`, `X의 미사일 공격으로`: the possessive particle and at most one modifying noun
_OWN_GAP = re.compile(r"^\S{0,2}\s*(?:\w{1,6}\s*)?$")  # `의 `, `의 대북 `, `의 어뢰` (glued: `어뢰공격`)
_TROOP_MOVES = ("RETREAT", "MOBILIZE", "COOPERATE")
_TRANSFERS = ("CONCEDE",)  # acts that hand something over `to` their receiver (`ceded Georgia to Russia`)
_HYPHEN = re.compile(r"^[-–—]$")
_NUMBER = re.compile(r"\d+")
_TITLE_WORDS = 4  # words of an official's title between an act noun and its genitive doer (ru)
_TITLE_REACH = 90  # characters before a trigger searched for the start of a title (`Treaty of`, `《`)
_MARKUP = ("html", "wiki")
# acts that a quote can state by itself as the speaker's stance; any other act quoted is only claimed
_STANCES = ("ACCUSE", "REJECT", "SUPPORT", "THREATEN")
# between an act noun's owner and the noun: its possessive particle and one word (`의 만주 `)
_OWN_WORD = re.compile(r"^\S{1,2}\s+\S{1,8}\s+$")
_HOSTED = ("CONSULT", "AGREE", "COOPERATE", "RETREAT")  # acts whose place, when a state, is the other party (a withdrawal leaves it)
_OWN_REACH = 12  # characters from a name to the noun of help it gives (`Soviet military support`)
_OWNER_REACH = 20  # characters from the owner of what an act is about to the act (`미국의 대북 적대시 정책을 비난`)
_BETWEEN_GAP = 25  # characters: `between` or its coordinated names and the act noun stand this close
_BETWEEN_REACH = 12  # characters before the first of two names in which `between` (`между`) stands
_SHORT_ITEM = 5  # words after a bare participle that opens a list item (`Восстановлены 11 марта 1990 года.`)
_AGENT_REACH = 14  # characters from a passive agent (`被X`) to its verb across the agent's titles and name
_PLACE_GAP = re.compile(r"\s*,?\s*")  # between a city and its country (`Moscow, Russia`, `영국 런던`)
_ASIDE = re.compile(r"^\s*[(（][^()（）]{0,40}[)）]")
_ALIAS_OPEN = re.compile(r"\s*[(（]\s*")
_ALIAS_CLOSE = re.compile(r"\s*[)）]")
_TITLE_MARKS = re.compile(r"《[^《》]*》|«[^«»]*»|〈[^〈〉]*〉")  # a work's title (`《巴黎和约》`, `«Договор»`)
_OBJECT_REACH = 6  # SOV: a name this close before a verb is its object even behind a place word (`서독 본을`)
_PLACE_ACTS = ("ASSAULT", "COERCE", "RETREAT", "COOPERATE")  # deeds whose place, when no state is named, is its state's
# (a consulate opened in Tabriz is cooperation with Iran)
_POINTS = ("day", "month", "year")  # precisions of a date that is one point of the narrative
_CUED = 0.8  # confidence of a reading with both sides named and its roles cued
_NOUN_REACH = 12  # characters from an act noun to its receiver (`invasion of the Soviet Union`)
_OBJECT_GAP = 4  # characters between a verb and a name still read as its object (zh `攻打俄国`, `向…开战`)
_SPEECH_GAP = 16  # how far a speech verb may stand from the quote it introduces (`"..." 라고 강하게 촉구했다`)
# Quoted words: paired marks of any script. A straight single quote opens only where no letter stands
# before it (`Rus'` is no quote); a quote needs some length to hold words rather than a name.
_QUOTES = re.compile(r'"[^"]{6,}?"|“[^”]{6,}?”|«[^»]{6,}?»|「[^」]{6,}?」|『[^』]{6,}?』|‘[^’]{6,}?’'
                     r"|(?<!\w)'[^']{6,}?'(?!\w)")


@dataclass
class Party:
    """An actor named in the sentence (or implied), with its grammatical role."""

    start: int
    end: int
    codes: tuple[str, ...]
    kind: str
    role: str | None = None  # subject | target | origin | agent | possessive | None
    implicit: bool = False


@dataclass
class Trigger:
    start: int
    end: int
    text: str
    entry: TriggerEntry
    echo: bool = False  # `did so`, `followed suit`: the act before it again, by another doer (text: that act's)


def _year(t: TimeExpr | None) -> tuple[int, int] | None:
    if t is None or not t.date_start or not t.date_end:
        return None
    try:
        return int(t.date_start[:4]), int(t.date_end[:4])
    except ValueError:
        return None


def _era(code: str, kind: str, years: tuple[int, int] | None) -> str:
    """The polity a name of a current state stood for at the date (unchanged when the span crosses eras)."""
    if years is None or kind not in _ERA_KINDS:
        return code
    a, b = resolve_at(code, years[0]), resolve_at(code, years[1])
    return a if a == b else code


def find_triggers(text: str, lex: Lexicon, parties: list[Party]) -> list[Trigger]:
    """Trigger words of `text`, minus those inside actor names and nominal ones in anchor position."""
    if lex.triggers is None:
        return []
    out: list[Trigger] = []
    named = [q.span() for q in lex.quoted_name.finditer(text)] if lex.quoted_name is not None else []
    for mo in lex.triggers.finditer(text):
        s, e = mo.span()
        if s == e or any(a <= s and e <= b for a, b in named):
            continue
        if any(p.start < e and s < p.end and (not p.implicit or p.kind == "collective") and p.role != "target"
               and not (p.role == "possessive" and s < p.start and p.end < e) for p in parties):
            continue  # (a pronoun or owner inside a trigger, `abrogated its treaty`, `waived Trump's sanctions`,
            # leaves it a trigger)
        entry = lex.entries[mo.lastgroup]
        if lex.not_after is not None and lex.not_after.search(text, max(0, s - _NOT_AFTER_REACH), s):
            continue
        if (lex.restated is not None and entry.category in lex.restated_categories
                and lex.restated.search(text, max(0, s - _RESTATED_REACH), s)):
            continue
        if lex.not_before is not None and lex.not_before.match(text, e):
            continue
        if (lex.in_title is not None and lex.in_title.search(text, max(0, s - _TITLE_REACH), s)
                and (lex.title_word is None or lex.title_word.match(text, s))
                and not (lex.title_head is not None and lex.title_head.match(text, e))):
            continue
        # `during its invasion of Ukraine` names an act with its doer; `during the Iran–Iraq War` only dates
        owned = any(p.role == "possessive" and 0 <= s - p.end <= 4 for p in parties)
        if not owned and lex.order != "sov":
            # `the 2022 Russian invasion of Ukraine`: a name right before the act noun and another right
            # after it name its doer and receiver (`the Iran–Iraq War` names no receiver after it)
            doer = [p for p in parties if not p.implicit and 0 <= s - p.end <= 1]
            owned = bool(doer) and any(0 <= p.start - e <= _NOUN_REACH and not p.implicit
                                       and not same_lineage(p.codes[0], doer[-1].codes[0])
                                       and not _breaks(text, e, p.start, lex) for p in parties)
            # (`after the invasion of Georgia by Russia`: its doer named after it with `by`)
            owned = owned or any(p.role == "agent" and 0 <= p.start - e <= 2 * _NOUN_REACH and not p.implicit
                                 and not _breaks(text, e, p.start, lex) for p in parties)
        if entry.nominal:
            if not owned and lex.anchor_before and lex.anchor_before.search(text[max(0, s - 60):s]):
                continue
            if lex.anchor_after and lex.anchor_after.search(text[e:e + 30]):
                continue
        elif (lex.anchor_after and lex.verbal_after is not None and not lex.verbal_after.match(text[e:e + 8])
              and not any(0 <= s - p.end <= 4 and not p.implicit and p.kind != "capital" for p in parties)
              and lex.anchor_after.search(text[e:e + 30])):
            # an act noun with no one named before it (a city is a place) that only dates what follows
            # (`도쿄 대공습 이후`); `북러정상회담에서`, `러시아의 침공 이후` name their parties
            continue
        out.append(Trigger(s, e, mo.group(), entry))
    if lex.object_after is not None:
        # `도움을 요청했다`: a noun that is the object of the next trigger is not an act of its own
        keep = []
        for i, t in enumerate(out):
            nxt = out[i + 1] if i + 1 < len(out) else None
            mo = lex.object_after.match(text[t.end:t.end + 6])
            if nxt is not None and mo is not None and t.end + mo.end() >= nxt.start - 1:
                continue
            keep.append(t)
        out = keep
    return out


def _role(text: str, m: Party, lex: Lexicon) -> str | None:
    for role, p in lex.roles_mention.items():
        if p.match(text[m.start:m.end]):
            return role
    after = text[m.end:m.end + 40]
    before = text[max(0, m.start - 30):m.start]
    if lex.host is not None and lex.host[0].search(before) and lex.host[1].match(after):
        return "target"
    for role in ("attribute", "location", "origin", "agent", "possessive", "subject", "target"):
        p = lex.roles_after.get(role)
        if p is not None and p.match(after):
            if role == "possessive" and (lex.genitive_doer or lex.prep_over_possessive):
                # `против немецкой армии`, `苏联对阿富汗的入侵`: a preposition before the name outranks the
                # possessive after it (a coordinator, `美国和俄罗斯的关系`, leaves both owners)
                # (where words are not spaced, a coordinator right before the name; ru words end in `и`)
                if (lex.prep_over_possessive and lex.coordinators is not None
                        and any(lex.coordinators.match(before[-k:]) for k in (1, 2, 3))):
                    return role
                for r in ("agent", "origin", "target"):
                    q = lex.roles_before.get(r)
                    if q is not None and q.search(before):
                        return r
            return role
    for role in ("attribute", "location", "agent", "origin", "target"):
        p = lex.roles_before.get(role)
        if p is not None and p.search(before):
            return role
    for role, (form, lead) in lex.roles_form.items():
        if form.search(text, m.start, m.end) and (lead is None or lead.search(text, max(0, m.start - 40), m.start)):
            return role
    return None


def find_places(text: str, mentions: list[ActorMention], lex: Lexicon) -> list[Party]:
    """Places named in the sentence (`Kharkiv`, `진저우`), each with the state it belongs to and its role.

    A place is no actor: it only stands for its state as the receiver of a deed done to it (see
    `_place_target`)."""
    reg = registry()
    out = []
    for m in mentions:
        codes = tuple(c for c in m.codes if c in reg.actors)
        if m.kind == "place" and codes:
            p = Party(m.start, m.end, codes, "place")
            p.role = _role(text, p, lex)
            out.append(p)
    return out


def _place_target(text: str, t: Trigger, places: list[Party], src: list[str], lex: Lexicon) -> list[str]:
    """The state of the place a deed is done to (`attacked Kharkiv`, `마리우폴을 점령`, `withdrew from
    Crimea`), in the trigger's clause: after the verb in SVO, before it in SOV; never the doer's own."""
    if t.entry.category not in _PLACE_ACTS or not places:
        return []
    ca, cb = _clause(text, t.start, t.end, [], lex)
    if lex.order == "sov":
        near = [p for p in places if ca <= p.start and p.end <= t.start and p.role in ("target", "location", None)]
        near = near[-1:]
    elif t.entry.flip:
        # `Mariupol fell to Russian troops`: what a flipped deed is done to stands before it
        near = [p for p in places if ca <= p.start and p.end <= t.start][-1:]
    else:
        near = [p for p in places if t.end <= p.start and p.end <= cb and p.role != "agent"][:1]
        if not near and lex.passive is not None and lex.passive.search(
                text, max(0, t.start - 40), min(len(text), t.end + 40)):
            # `Crimea was annexed by Russia`: the subject of a passive deed is what it was done to
            near = [p for p in places if ca <= p.start and p.end <= t.start and p.role is None][-1:]
    for p in near:
        codes = [c for c in p.codes if not any(_one_party(c, x) for x in src)]
        if codes:
            return codes
    return []


def find_parties(text: str, mentions: list[ActorMention], lex: Lexicon, pair: tuple[str, str] | None,
                 year: tuple[int, int] | None, last_source: str | None = None,
                 orgs: list[tuple[str, str, int]] | None = None) -> list[Party]:
    """Actors of the sentence with their roles; pair words (`양국`, `两国`, `both countries`) name the pair.

    `orgs`: (name, code, sentence index) of the organisations named before in the document, latest last.
    """
    reg = registry()
    parties: list[Party] = []
    for m in mentions:
        if m.kind not in _ACTOR_KINDS:
            continue
        codes = tuple(c for c in m.codes if c in reg.actors)
        if not codes:
            continue
        codes = tuple(dict.fromkeys(_era(c, m.kind, year) for c in codes))
        parties.append(Party(m.start, m.end, codes, m.kind))
    # a city inside a work's title (`《巴黎和约》`, the Treaty of Paris) is where it was signed, no party;
    # a city named with its country (`벨기에 브뤼셀`, `Moscow, Russia`) is a place in that country: the
    # country's name stands for the party, the city adds none
    titled = [mo.span() for mo in _TITLE_MARKS.finditer(text)] if parties else []
    parties = [p for k, p in enumerate(parties) if not (p.kind == "capital" and (
        any(a < p.start and p.end < b for a, b in titled)
        or (lex.place_title_after is not None and lex.place_title_after.match(text, p.end))
        or (k > 0 and parties[k - 1].kind == "state" and _PLACE_GAP.fullmatch(text[parties[k - 1].end:p.start]))
        or (k + 1 < len(parties) and parties[k + 1].kind == "state"
            and _PLACE_GAP.fullmatch(text[p.end:parties[k + 1].start]))))]
    # another name of the same state in brackets right after it (`РСФСР (СССР)`, `the Soviet Union (USSR)`)
    # is the same party
    parties = [p for k, p in enumerate(parties) if not (
        k > 0 and _ALIAS_OPEN.fullmatch(text[parties[k - 1].end:p.start])
        and _ALIAS_CLOSE.match(text, p.end) and same_lineage(parties[k - 1].codes[0], p.codes[0]))]
    if pair and lex.pair_words is not None:
        named = list(parties)
        groups = [mo.span() for mo in lex.collectives.finditer(text)] if lex.collectives is not None else []
        for mo in lex.pair_words.finditer(text):
            if not any(p.start < mo.end() and mo.start() < p.end for p in parties):
                # `visited Russia, and both countries signed`: the two states named before it in the
                # clause (else the sentence), not the document's pair
                ca, _ = _clause(text, mo.start(), mo.end(), [], lex)
                prev = [p for p in named if p.end <= mo.start()]
                codes = (_two_named([p for p in prev if ca <= p.start]) or _two_named(prev)
                         or tuple(dict.fromkeys(_era(c, "pair", year) for c in pair)))
                if any(ca <= a and b <= mo.start() and not any(b <= p.start < mo.start() for p in named)
                       for a, b in groups):
                    codes = (NOBODY,)  # `國共雙方`: the two are the groups named before it, no states
                parties.append(Party(mo.start(), mo.end(), codes, "pair"))
    if orgs and lex.org_short is not None:
        for mo in lex.org_short.finditer(text):
            if any(p.start < mo.end() and mo.start() < p.end for p in parties):
                continue
            head = (mo.group(1) or mo.group(0)).casefold()
            code = next((c for name, c, _j in reversed(orgs) if head in name.casefold()), None)
            if code and code in reg.actors:
                parties.append(Party(mo.start(), mo.end(), (code,), "org"))
    if lex.collectives is not None:
        for mo in lex.collectives.finditer(text):
            if not any(p.start < mo.end() and mo.start() < p.end for p in parties):
                # (a demonym right before the group only says whose people they are: `русский путешественник`,
                # `Kuwaiti youths` act for themselves, not for their state)
                parties = [p for p in parties if not (p.kind == "demonym" and p.end <= mo.start()
                                                      and text[p.end:mo.start()].isspace())]
                parties.append(Party(mo.start(), mo.end(), (NOBODY,), "collective", implicit=True))
    if lex.anaphora is not None:
        named = [p for p in parties if p.kind not in ("pair", "collective")]
        for mo in lex.anaphora.finditer(text):
            if any(p.start < mo.end() and mo.start() < p.end for p in parties):
                continue
            # a name of a hyphenated pair (`the Iran–Iraq War`) names a war or a relation, no antecedent
            # (a name inside a modifier, `the Paris-based magazine, which`, is no antecedent)
            prev = [p for k, p in enumerate(named) if p.end <= mo.start() and len(p.codes) == 1
                    and _role(text, p, lex) != "attribute"
                    and not (k + 1 < len(named) and _HYPHEN.match(text[p.end:named[k + 1].start]))
                    and not (k > 0 and _HYPHEN.match(text[named[k - 1].end:p.start]))]
            codes = prev[-1].codes if prev else ((last_source,) if last_source else ())
            if codes:
                parties.append(Party(mo.start(), mo.end(), codes, "pronoun", implicit=True))
    parties.sort(key=lambda p: p.start)
    for p in parties:
        p.role = _role(text, p, lex)
    # `the Russo-Persian War`: the first half of a hyphenated pair of names takes the role of the second
    for i in range(len(parties) - 2, -1, -1):
        if _HYPHEN.match(text[parties[i].end:parties[i + 1].start]):
            parties[i].role = parties[i + 1].role
    # `清朝與緬甸貢榜王朝激戰`: a name glued to another name of the same actor is one mention, with its role
    for a, b in zip(parties, parties[1:], strict=False):
        if a.end == b.start and a.codes == b.codes and not a.implicit and not b.implicit:
            b.role = a.role
    links = _links(parties, text, lex)
    # `중국과 러시아가`: the first of coordinated names takes the role of the last; in SVO a preposition
    # before the first governs the whole list (`talks in Qatar and Oman`), so it carries forward first
    if lex.prep_lists:
        for i in range(len(parties) - 1):
            if links[i] and parties[i + 1].role is None and parties[i].role in _PREP_ROLES:
                parties[i + 1].role = parties[i].role
    for i in range(len(parties) - 1):
        if links[i] and parties[i].role == "agent" and parties[i + 1].role == "target":
            parties[i + 1].role = "agent"  # `被英国和法国联军击败`: 和 joins the doers, it is no `with`
    for i in range(len(parties) - 1):
        if links[i] and parties[i].role == "attribute":
            parties[i + 1].role = "attribute"  # `涉及外蒙古以及中国主权`: what is concerned is all of the list
    for i in range(len(parties) - 2, -1, -1):
        if links[i]:
            parties[i].role = parties[i + 1].role
    if lex.examples is not None:
        parties = _examples(text, parties, links, lex)
    # a capital (or a city) where something happens is a place, not a party; a name in a modifier
    # (`pro-Russian separatists`: role `attribute`, from `attribute_before`) is no party either
    return [p for p in parties if p.role != "attribute" and (
        not (p.role == "location" and p.kind in ("capital", "state", "pair"))
        or (p.kind == "state" and p.role == "location" and lex.order == "sov"))]


def _examples(text: str, parties: list[Party], links: list[bool], lex: Lexicon) -> list[Party]:
    """`agreements with European countries, such as France and Belgium`: the names listed as examples of a
    group take the group's role, and the group (an unnamed collective) gives way to them."""
    drop: set[int] = set()
    for k, p in enumerate(parties):
        if p.implicit or (k > 0 and links[k - 1]):
            continue
        mo = lex.examples.search(text, max(0, p.start - 100), p.start)
        if mo is None:
            continue
        a, b = mo.span("np")
        role = _role(text, Party(a, b, p.codes, "group"), lex)
        drop |= {j for j, q in enumerate(parties) if q.kind == "collective" and q.start < b and a < q.end}
        j = k
        while True:
            parties[j].role = role
            if j >= len(links) or not links[j]:
                break
            j += 1
    return [q for j, q in enumerate(parties) if j not in drop]


def _symmetric(t: Trigger) -> bool:
    """Whether the act of `t` is done together (a treaty, talks), not by one to another."""
    return categories()[t.entry.category].symmetric and not t.entry.oneway


def _prep_before(text: str, p: Party, lex: Lexicon) -> bool:
    """Whether a preposition that marks a receiver stands right before `p` (`in response to Russia's`)."""
    tb = lex.roles_before.get("target")
    return tb is not None and tb.search(text[max(0, p.start - 30):p.start]) is not None


def _bound(text: str, p: Party, lex: Lexicon) -> bool:
    """SOV: whether `p` is marked as a subject bound to its clause (`이/가`, not the topic `은/는`)."""
    return lex.bound_subject_after is not None and lex.bound_subject_after.match(text[p.end:p.end + 40]) is not None


def _bound_before(text: str, p: Party, at: int, lex: Lexicon) -> bool:
    """SOV: whether `p` is the subject of a subordinate clause that ends before `at` (`소련이 해체된 뒤에`)."""
    return (lex.subordinate_breaks is not None and _bound(text, p, lex)
            and lex.subordinate_breaks.search(text, p.end, at) is not None)


def _relative(text: str, parties: list[Party], i: int, at: int, lex: Lexicon) -> int | None:
    """SOV: where the verb starts of the relative clause whose subject is `parties[i]`, a bound subject before the
    act at `at` (`일본은 북한이 발사한 미사일을 규탄했다`: North Korea fired, Japan condemned), or None: an adnominal
    verb (no name) follows it, then the object it modifies with the object's particle (a name may qualify the
    object, `중국 원칙을`, but not be its head, `북한에 대해`)."""
    if lex.relative_subject is None or not _bound(text, parties[i], lex):
        return None
    return next((mo.start("verb") for mo in lex.relative_subject.finditer(text, parties[i].end, at)
                 if not any(mo.start(g) < p.end and p.start < mo.end(g) for g in ("verb", "head") for p in parties)),
                None)


def _lineage_key(code: str) -> str:
    return lineage(code) or canonical(code)


def _two_named(ps: list[Party]) -> tuple[str, ...] | None:
    """The codes of `ps` when they name exactly two actors (by lineage), else None."""
    seen: dict[str, str] = {}
    for p in ps:
        if len(p.codes) != 1 and p.kind not in ("dyad", "group"):
            return None
        for c in p.codes:  # a compound (`日俄`, `북러`) names its states
            seen.setdefault(_lineage_key(c), c)
    return tuple(seen.values()) if len(seen) == 2 else None


def _links(parties: list[Party], text: str, lex: Lexicon) -> list[bool]:
    """`links[i]`: parties i and i+1 are coordinated; a list separator counts only in a list that a
    coordinator closes (`Iran, China and Russia`, not `by Russia, the U.S. imposed`)."""
    n = len(parties)
    links = [False] * max(0, n - 1)
    if lex.coordinators is None:
        return links
    # an aside in brackets after a name (`РСФСР (СССР) и Турция`, `Russia (then the USSR) and Turkey`) leaves it
    # coordinated
    gaps = [_ASIDE.sub("", text[parties[i].end:parties[i + 1].start], count=1) for i in range(n - 1)]
    if lex.head_gap is not None:
        # `김정은 국무위원장과 푸틴 대통령이`: the titles stand between the names and the coordinator
        gaps = [lex.head_gap.sub("", g, count=1) for g in gaps]
    sep = [lex.list_separators is not None and bool(lex.list_separators.match(g)) for g in gaps]
    closed = False
    for i in range(n - 2, -1, -1):
        if lex.coordinators.match(gaps[i]) and not (
                lex.list_separators is not None and gaps[i].lstrip().startswith(",") and not (i and sep[i - 1])):
            # `X, and Y` joins two clauses unless it closes a list (`X, Y, and Z`)
            links[i] = closed = True
        elif closed and sep[i]:
            links[i] = True
        else:
            closed = False
    return links


def _group(parties: list[Party], i: int, text: str, lex: Lexicon) -> list[Party]:
    """Party `i` and the parties coordinated with it (`Iran and Russia`, `중국과 러시아`)."""
    links = _links(parties, text, lex)
    a = b = i
    while a > 0 and links[a - 1]:
        a -= 1
    while b + 1 < len(parties) and links[b]:
        b += 1
    return parties[a:b + 1]


def _group_idx(parties: list[Party], i: int, text: str, lex: Lexicon) -> set[int]:
    g = _group(parties, i, text, lex)
    return {k for k, p in enumerate(parties) if any(p is q for q in g)}


def _clause(text: str, s: int, e: int, parties: list[Party], lex: Lexicon) -> tuple[int, int]:
    """Start and end of the clause around text[s:e]; breaks inside a list of coordinated names do not count."""
    if lex.clause_breaks is None:
        return 0, len(text)
    links = _links(parties, text, lex)
    inside = [(parties[i].end, parties[i + 1].start) for i, ok in enumerate(links) if ok]
    a, b = 0, len(text)
    for mo in lex.clause_breaks.finditer(text):
        if any(x <= mo.start() and mo.end() <= y for x, y in inside):
            continue
        if mo.end() <= s:
            a = mo.end()
        elif mo.start() >= e:
            b = mo.start()
            break
    return a, b


def _breaks(text: str, a: int, b: int, lex: Lexicon) -> bool:
    """Whether a clause break stands in text[a:b]."""
    return lex.clause_breaks is not None and lex.clause_breaks.search(text, a, b) is not None


def _codes(ps: list[Party]) -> list[str]:
    out: list[str] = []
    for p in ps:
        out += [c for c in p.codes if c not in out]
    return out


def assign(text: str, trig: Trigger, parties: list[Party], lex: Lexicon,
           acts: list[tuple[int, int]] = (), stances: Collection[int] = ()) -> tuple[list[str], list[str], bool]:
    """Doers and receivers of one trigger from the sentence structure; True when the roles were cued.

    `acts`: the spans of the sentence's other triggers (a name after one in its clause is its object);
    `stances`: the ends of those that are verbal (they may govern an act with its own doer)."""
    s, e = trig.start, trig.end
    before = [i for i, p in enumerate(parties) if p.end <= s]
    after = [i for i, p in enumerate(parties) if p.start >= e]
    src_i = tgt_i = None
    cued = False
    passive = False
    if lex.order == "sov":
        adj = before[-1] if before and parties[before[-1]].end >= s - 1 else None
        if adj is not None and parties[adj].kind in ("dyad", "group") and len(parties[adj].codes) >= 2:
            codes = list(parties[adj].codes)
            return codes[:1], codes[1:], True  # 북미정상회담: the compound names both sides
        loc_cue = lex.roles_before.get("location")
        # (a state after 주 (駐), `주 브라질 대사관`, is where the mission stands, not its owner)
        hosted = {i for i in before if loc_cue is not None
                  and loc_cue.search(text[max(0, parties[i].start - 30):parties[i].start])}
        owner = next((i for i in reversed(before) if lex.mission_after is not None and parties[i].role != "location"
                      and (mo := lex.mission_after.match(text, parties[i].end)) is not None and mo.end() >= s
                      and i not in hosted), None)
        if owner is not None and trig.entry.category in ("AGREE", "COOPERATE"):
            # `주(駐)조선 독일 총영사관을 설치`, `서울에 주한 러시아 대사관이 개설되었다`: the mission's state opened
            # it, in the state it is accredited to (or where it stands)
            host = [i for i in before if i != owner and (parties[i].role in ("location", "target") or i in hosted)
                    and not same_lineage(parties[i].codes[0], parties[owner].codes[0])]
            return _codes([parties[owner]]), _codes([parties[host[-1]]]) if host else [], True
        if (lex.relative_after is not None and after
                and lex.relative_after.fullmatch(text, e, parties[after[0]].start) is not None
                and lex.relative_head is not None and lex.relative_head.match(text, parties[after[0]].end)):
            # `대한민국을 지원했던 미국`: the name a relative clause ends on is the one who did its act
            marked = [i for i in before if parties[i].role == "target"]
            return (_codes(_group(parties, after[0], text, lex)),
                    _codes([parties[marked[-1]]]) if marked else [], True)
        if lex.verbal_after is not None and not lex.verbal_after.match(text[e:e + 8]):
            poss = [i for i in before if parties[i].role == "possessive"]
            own = before[-1] if before and parties[before[-1]].role == "possessive" else None
            if (own is not None and _OWN_GAP.match(text[parties[own].end:s]) and lex.adverbial_after is not None
                    and lex.adverbial_after.match(text[e:e + 8])):
                # `중국과 러시아의 반대로 무산되었다`: the owner of the act noun did it
                mine = _group_idx(parties, own, text, lex)
                tgts = [i for i in before if parties[i].role == "target" and i not in mine]
                if not tgts:
                    # else it bears on the subject of the clause (`B는 A의 요청에 따라 파병했다`)
                    tgts = [i for i in range(len(parties)) if parties[i].role == "subject" and i not in mine][:1]
                    tgts = tgts or [i for i in after if parties[i].role is None][:1]  # `X의 공격으로 Y 장교가`
                return (_codes(_group(parties, own, text, lex)),
                        _codes([parties[tgts[-1]]]) if tgts else [], True)
            gap = text[parties[poss[-1]].end:s] if poss else ""
            word = gap.split()[-1] if _OWN_WORD.match(gap) else ""
            if (adj is None and word and categories()[trig.entry.category].quad not in _VERBAL
                    and not any(r.match(word[-k:]) for k in (1, 2, 3) for r in lex.roles_after.values())):
                # `일본의 만주 침략`: the owner across one word that names no actor (a place) did the deed
                # (not a marked word, `소련의 함정을 파괴`, nor a word's blame, `한미의 군사훈련 탓`)
                return _codes([parties[poss[-1]]]), [], True
            if adj is not None and parties[adj].role is None:
                # a noun: `러시아의 우크라이나 침공` (doer with 의, receiver right before), `이라크 공격` (doer unsaid)
                if poss and poss[-1] != adj:
                    return _codes([parties[poss[-1]]]), _codes([parties[adj]]), True
                return [], [], False
        subj = [i for i in before if parties[i].role == "subject" and not _bound_before(text, parties[i], s, lex)]
        # the subject of a relative clause on the act's object is not the doer, where another subject is named
        # before the act
        verbs = {i: v for i in subj if (v := _relative(text, parties, i, s, lex)) is not None}
        rel = list(verbs)
        if rel and any(i not in rel for i in before if parties[i].role == "subject"):
            subj = [i for i in subj if i not in rel]
        else:
            rel, verbs = [], {}
        tgts = [i for i in before if parties[i].role == "target" and not (
            lex.subordinate_breaks is not None and lex.subordinate_breaks.search(text, parties[i].end, s))
            # (nor one inside a relative clause: `한국이 미국과 실시한 훈련을 비난` is aimed at South Korea)
            and not any(parties[r].end <= parties[i].start < v for r, v in verbs.items())]
        origin = [i for i in before if parties[i].role in ("origin", "agent")]
        if trig.entry.flip and not origin:
            # `X에서 수입하다`: where one buys from is the supplier
            origin = [i for i in before if parties[i].role == "location"]
        if lex.passive_after is not None and lex.passive_after.match(text[e:e + 6]):
            passive = True
        if subj:
            src_i, cued = subj[-1], True
            if (lex.quoted_before is not None and len(subj) >= 2 and not tgts
                    and categories()[trig.entry.category].quad in _VERBAL
                    and _bound(text, parties[subj[-1]], lex) and not _bound(text, parties[subj[-2]], lex)
                    and lex.quoted_before.search(text, parties[subj[-1]].end, s)):
                # `러시아는 영국이 …한다고 비난했다`: a statement about a quoted clause is made by the topic
                # and bears on the quoted clause's own subject
                src_i, tgts = subj[-2], [subj[-1]]
        elif after and parties[after[0]].role == "subject" and not tgts:
            src_i = None  # a subject after the verb is the one who reports, not the doer
        if tgts:
            cand = [i for i in tgts if src_i is None or i > src_i] or tgts
            tgt_i, cued = cand[-1], True
        elif before and not (src_i is not None and _symmetric(trig)
                             and (len(_group(parties, src_i, text, lex)) >= 2
                                  or (parties[src_i].kind == "pair" and len(parties[src_i].codes) >= 2))):
            # (a symmetric act of coordinated subjects, `A와 B가 회동`, or of the pair, `두 국가는 유엔 등에서
            # 협력`, is among them)
            rest = [i for i in before if i != src_i and parties[i].role in (None, "possessive")]
            if rest:
                tgt_i = rest[-1]
                poss = [i for i in rest if parties[i].role == "possessive"]
                if (poss and poss[-1] == tgt_i - 1 and parties[tgt_i].role is None
                        and len(text[parties[poss[-1]].end:parties[tgt_i].start]) <= 2 and s - parties[tgt_i].end <= 12):
                    # `X의 Y 내전 개입을 비난`: the owner of the object is the receiver, Y only qualifies it
                    tgt_i = poss[-1]
        if tgt_i is None and rel and categories()[trig.entry.category].quad in _VERBAL:
            tgt_i, cued = rel[-1], True  # `일본은 북한이 발사한 미사일을 규탄했다`: the relative clause's doer receives it
        if src_i is None and tgt_i is not None and not passive and parties[tgt_i].end >= s - 2:
            # `X의 대Y 제재`: the owner of an act noun whose receiver qualifies it did it
            own = [i for i in before if i < tgt_i and parties[i].role == "possessive"]
            if own and parties[tgt_i].start - parties[own[-1]].end <= 3:
                src_i, cued = own[-1], True
        by_origin = bool(origin) and (trig.entry.flip or passive or parties[origin[-1]].role == "agent")
        if by_origin:
            if src_i is not None:
                tgt_i = src_i
            src_i, cued = origin[-1], True
        elif trig.entry.flip and src_i is not None and tgt_i is not None:
            src_i, tgt_i = tgt_i, src_i
        elif (trig.entry.said_of and src_i is not None and tgt_i is None
              and (outer := [i for i in before if i < src_i and parties[i].role == "subject"
                             and i not in _group_idx(parties, src_i, text, lex)])):
            # `미국은 북한이 합의를 위반했다고 주장했다`: the subject of the clause said receives the act,
            # the subject of the sentence does it
            src_i, tgt_i = outer[-1], src_i
        elif trig.entry.said_of and src_i is not None and tgt_i is None:
            src_i, tgt_i = None, src_i  # the one who says it is not named: the pair or the document's state
        if (tgt_i is None and src_i is not None and trig.entry.category in _HOSTED
                and parties[src_i].kind != "pair" and len(_group(parties, src_i, text, lex)) < 2):
            # `덴마크에서 정상회담을 갖고`: the state where talks or a signing take place hosts them (where
            # two act together, `양국은 몰타에서 회담했다`, the place is only where they met)
            host = [i for i in before if parties[i].role == "location" and parties[i].kind == "state"
                    and not same_lineage(parties[i].codes[0], parties[src_i].codes[0])]
            if host:
                tgt_i, cued = host[-1], True
        if (lex.troops_after is not None and trig.entry.category in _TROOP_MOVES and tgt_i is not None
                and any(lex.troops_after.match(text, k) for k in (parties[tgt_i].end - 1, parties[tgt_i].end))
                and (src_i is None or same_lineage(parties[src_i].codes[0], parties[tgt_i].codes[0]))):
            # `(미국은) 베트남에서 미군을 철수했다`: the troops' state moves them; the place-marked state receives
            src_i = tgt_i
            loc = [i for i in before if parties[i].role in ("location", "target") and i != tgt_i
                   and not same_lineage(parties[i].codes[0], parties[src_i].codes[0])]
            tgt_i = loc[-1] if loc else None
            cued = True
        if passive and _symmetric(trig):
            # `A과 B의 외교 관계가 수립되었다`: the owners of relations set up in the passive act together
            owners = [i for i in before if parties[i].role == "possessive" and s - parties[i].end <= 4]
            grp = _group(parties, owners[-1], text, lex) if owners else []
            if len(grp) >= 2:
                return _codes(grp), [], True
        if passive and not by_origin:
            # `X에 나포되다`: the one marked with 에/에게 did it, the subject suffered it; `X의 침입을 받다`:
            # the owner of the act did it
            doer = tgt_i if tgt_i is not None and parties[tgt_i].role in ("target", "agent") else None
            own_act = [i for i in before if parties[i].role == "possessive" and s - parties[i].end <= 4]
            if own_act and lex.object_after is not None and lex.object_after.match(text[e:e + 3]):
                doer = own_act[-1]  # `러시아의 침입을 받고`: the owner of the act suffered did it
            elif doer is None and lex.object_after is not None and lex.object_after.match(text[e:e + 3]):
                poss = [i for i in before if i != src_i and parties[i].role == "possessive"]
                doer = poss[-1] if poss else None
            src_i, tgt_i = doer, src_i
            if tgt_i is None:
                rest = [i for i in before if i != src_i and parties[i].role is None]
                tgt_i = rest[-1] if rest else None
    else:
        if (trig.entry.nominal and before and parties[before[-1]].kind in ("dyad", "group")
                and len(parties[before[-1]].codes) >= 2 and len(text[parties[before[-1]].end:s].strip()) <= 1):
            codes = list(parties[before[-1]].codes)
            return codes[:1], codes[1:], True  # `日俄战争`: the compound names both sides
        if trig.entry.nominal and len(before) >= 2:
            a, b = parties[before[-2]], parties[before[-1]]
            # (a modifier the lexicon names may stand between: `the Russo-Georgian armed conflict`, `российско-грузинский
            # вооружённый конфликт`; not `trade war`, `газовый конфликт`)
            gap = text[b.end:s]
            if _HYPHEN.match(text[a.end:b.start]) and (len(gap.strip()) <= 1 or (
                    gap[:1].isspace() and lex.compound_gap is not None and lex.compound_gap.fullmatch(gap.strip()))):
                return list(a.codes), [c for c in b.codes if c not in a.codes], True  # the Russo-Persian War
        window = text[max(0, s - 40):min(len(text), e + 40)]
        if lex.passive is not None:
            for mo in lex.passive.finditer(window):
                a = max(0, s - 40) + mo.start()
                b = max(0, s - 40) + mo.end()
                if a <= s < b or a <= e <= b:
                    passive = True
        if lex.passive_before is not None and lex.passive_before.search(text[max(0, s - 4):s]):
            passive = True
        agent = [i for i in range(len(parties)) if parties[i].role == "agent"]
        # helpers named by the words after them (`X的支持下`, `X military support`), not by 被/by
        aa = lex.roles_after.get("agent")
        helpers = {i for i in agent if aa is not None and aa.match(text[parties[i].end:parties[i].end + 40])}
        if lex.passive_before is not None and any(
                parties[i].end <= s and (parties[i].end >= s - 6 or (
                    s - parties[i].end <= _AGENT_REACH and not _breaks(text, parties[i].end, s, lex)
                    and not any(parties[i].end <= a < s for a, _b in acts)))
                for i in agent if i not in helpers):
            # 被苏联吞并: the agent stands between 被 and the verb, or further with its titles and name
            # (`被朝鲜民族主义者安重根刺杀`) when no other act or clause break comes between
            passive = True
        clause, clause_end = _clause(text, s, e, parties, lex)
        subj = [i for i in before if parties[i].role in (None, "possessive")]
        # `In response to Russia's annexation, the EU imposed ...`: a possessive inside a prepositional
        # phrase is not the clause's subject
        free = [i for i in subj if not (parties[i].role == "possessive" and _prep_before(text, parties[i], lex))]
        in_clause = [i for i in free if parties[i].start >= clause]
        tgt_before = [i for i in before if parties[i].role == "target"]
        origin = [i for i in range(len(parties)) if parties[i].role == "origin"]
        if subj:
            # the doer is the first name of the clause that no preposition governs
            if in_clause or not free or not lex.chain_subjects:
                src_i = (in_clause or free or subj)[0]
            else:
                # no subject in the trigger's clause: the subject of the nearest clause before that has one;
                # a name after another act of its clause is that act's object (`打败法国，然后…进攻俄国`)
                objects = {i for i in free if any(
                    _clause(text, parties[i].start, parties[i].end, parties, lex)[0] <= a and b <= parties[i].start
                    for a, b in acts)}
                near = max((i for i in free if i not in objects), default=max(free))
                src_i = min(i for i in free if _clause(text, parties[near].start, parties[near].end, parties, lex)[0]
                            <= parties[i].start)
            if lex.raising is not None and before and lex.raising.match(text[parties[before[-1]].end:s]):
                src_i = before[-1]
            said = lex.fact.get("reported", {}).get("sentence")
            if said is not None and src_i is not None and lex.chain_subjects:
                # `美国声称俄罗斯向朝鲜提供了武器`: after a speech verb the claim has its own subject (where
                # no word like `that` opens the claim as a clause of its own)
                cue = [mo.end() for mo in said.finditer(text, parties[src_i].end, s)]
                inner = [i for i in free if cue and parties[i].start >= cue[-1] and parties[i].end <= s
                         and not _breaks(text, parties[i].end, s, lex)]
                if inner:
                    src_i = inner[0]
            prior = [b for a, b in acts if b <= s and a >= clause]
            if (prior and max(prior) in stances and before and before[-1] != src_i and s - parties[before[-1]].end <= 1
                    and (parties[before[-1]].role is None and parties[before[-1]].start >= max(prior)
                         or parties[before[-1]].role == "target" and parties[before[-1]].start == max(prior))):
                # `美国反对俄罗斯吞并克里米亚`: an act governed by another names its own doer right before it
                src_i = before[-1]
            if trig.entry.nominal and parties[subj[-1]].role == "possessive":
                src_i = subj[-1]  # Russia's invasion of Ukraine
            cued = parties[src_i].role == "possessive" or src_i == 0
        adj = [i for i in before if parties[i].kind == "demonym" and text[parties[i].end:s].isspace()
               and len(text[parties[i].end:s]) == 1
               and not _HYPHEN.match(text[parties[i].start - 1:parties[i].start])]  # (`anti-Japanese protests`)
        if adj and adj[-1] != src_i:
            # `over a Russian proposal`, `российская аннексия Крыма`: a nationality adjective right before an act
            # word (a noun: adjectives stand before nouns) names its doer, whatever governs the phrase
            src_i, cued = adj[-1], True
        # ru `по приглашению X`: an act noun as an adverbial of the clause; X did it to the clause subject
        framed = (lex.adverbial_before is not None and src_i is not None and src_i in in_clause
                  and lex.adverbial_before.search(text, max(0, s - 12), s) is not None)
        # ru `осудила вторжение СССР в …`: an act noun that a verbal act of its clause governs takes its own
        # doer from its genitive, not the clause's subject
        taken = any(b in stances and a >= clause for a, b in acts if b <= s)
        doer_noun = lex.doer_nouns is not None and lex.doer_nouns.match(trig.text)
        nxt_t = next((i for i in after[1:] if parties[i].role == "target" and parties[i].start < clause_end), None)
        # (`визит министра иностранных дел СССР в Италию`: a doer noun reaches its genitive doer across the
        # words of a title when a receiver is marked after it)
        reach_g = _TITLE_WORDS if doer_noun and nxt_t is not None else 1
        if (lex.genitive_doer and (not in_clause or framed or (taken and doer_noun))
                and after and len(text[e:parties[after[0]].start].split()) <= reach_g
                and not _breaks(text, e, parties[after[0]].start, lex)):
            g = after[0]
            if (not in_clause and lex.patient_nouns is not None and lex.patient_nouns.match(trig.text)
                    and parties[g].role in (None, "possessive")):
                return [], _codes(_group(parties, g, text, lex)), False  # `разгром французской армии`
            if framed and doer_noun and parties[g].role is None:
                return _codes(_group(parties, g, text, lex)), _codes(_group(parties, src_i, text, lex)), True
            if parties[g].role == "possessive" or (parties[g].role is None and (nxt_t is not None or doer_noun)):
                return _codes(_group(parties, g, text, lex)), (
                    _codes(_group(parties, nxt_t, text, lex)) if nxt_t is not None else []), True
        post = [i for i in after if parties[i].role in (None, "target", "possessive") and parties[i].start < clause_end
                # (`closed its border with Belarus`: the subject's own `its` is not the receiver)
                and not (parties[i].kind == "pronoun" and src_i is not None
                         and set(parties[i].codes) <= set(parties[src_i].codes))
                # (`the visit of Soviet leader Khrushchev`: the agent's own leader, named after it, is the agent)
                and not (i > 0 and parties[i - 1].role == "agent" and parties[i].role is None
                         and set(parties[i].codes) <= set(parties[i - 1].codes)
                         and _TITLE_GAP.fullmatch(text, parties[i - 1].end, parties[i].start))]
        group_src = src_i is not None and len(_group(parties, src_i, text, lex)) >= 2
        if (post and group_src and _symmetric(trig) and parties[post[0]].role != "target"
                and not trig.entry.to_org):
            post = []  # "Iran, China and Russia held an exercise in the Sea of Oman": the act is among them
        near_before = [i for i in tgt_before if parties[i].start >= clause and (src_i is None or i > src_i)]
        own_after = lex.roles_after.get("possessive")
        obj = near_before[-1] if near_before else None
        verb_first = (lex.free_order and not trig.entry.nominal and not passive and after
                      and parties[after[0]].role in (None, "possessive") and parties[after[0]].start < clause_end)
        # ru `Вторжение Ирака в Кувейт осудили СССР и США`: the clause's only names before the verb are the
        # genitive doers of an act noun, which is the object: the name after the verb is the subject
        owned = [i for i in in_clause if any(
            b <= parties[i].start and text[b:parties[i].start].isspace() and lex.doer_nouns.match(text, a, b)
            for a, b in acts)] if verb_first and lex.doer_nouns is not None else []
        if owned and owned == in_clause and parties[after[0]].role is None:
            src_i, tgt_i, cued = after[0], owned[0], True
        elif verb_first and lex.subject_after is not None and lex.subject_after.fullmatch(
                text, e, parties[after[0]].start) is not None:
            # ru `в Пекине побывал премьер-министр Японии`: a title in the nominative right after the verb heads
            # its subject; a name before the verb in its clause is the object, whatever marks it
            lead = [i for i in before if parties[i].start >= clause]
            src_i, tgt_i, cued = after[0], (lead[-1] if lead else None), True
        elif (lex.free_order and post and obj is not None and not in_clause and not trig.entry.nominal and not passive
                and parties[post[0]].role is None and post[0] == after[0]
                and len(text[parties[obj].end:s].split()) <= 1
                and not _prep_before(text, parties[obj], lex)):
            # ru `Индонезию посетил председатель …`: the object before the verb (its case marks it) and no
            # subject there: the name after the verb is the doer
            src_i, tgt_i, cued = post[0], obj, True
        elif (post and lex.chain_subjects and near_before
                and (parties[post[0]].start - e > _OBJECT_GAP
                     or (parties[post[0]].role is None and src_i is not None and own_after is not None
                         and own_after.match(text[parties[near_before[-1]].end:s])
                         and s - parties[near_before[-1]].end <= _OWN_REACH))):
            # `英国向苏丹施压要他驱逐…、向法国开战`: a receiver marked before the verb in its clause wins
            # over a name further on, which belongs to a later act; and the receiver of an act noun it owns
            # wins over an unmarked name right after it (`苏联对阿富汗的入侵使美苏关系恶化`: the name is the
            # subject of what the act caused)
            tgt_i, cued = near_before[-1], True
        elif post and (post[0] == after[0] or parties[post[0]].role == "target"):
            tgt_i, cued = post[0], True
            to = [i for i in post[1:] if parties[i].role == "target"
                  and not any(parties[post[0]].end <= a < parties[i].start for a, _b in acts)]
            if trig.entry.category in _TRANSFERS and parties[post[0]].role is None and to:
                tgt_i = to[0]  # `ceded Georgia to Russia`: what is handed over is no party, whom it goes to is
        elif (lex.frame_after is not None and after and src_i is not None and parties[after[0]].role is None
              and lex.frame_after.match(text, e)):
            tgt_i = after[0]  # 在英国的胁迫下，清朝…: the frame's act bears on the next clause's subject
        elif tgt_before:
            tgt_i, cued = tgt_before[-1], True
        elif lex.chain_subjects and (governed_poss := [i for i in subj if i not in free and i != src_i
                                                       and parties[i].start >= clause]):
            tgt_i = governed_poss[-1]  # `英国对法国的提案行使否决权`: the owner of what the act is aimed at
        if src_i is None and tgt_i is not None:
            # `美国和欧盟对俄罗斯实施制裁`: names coordinated before the marked receiver, behind no marker of
            # their own, are the doers (the coordinator doubles as `with` and marks them as partners)
            lead = [i for i in before if i < tgt_i and parties[i].role == "target"]
            if lead:
                links = _links(parties, text, lex)
                if (len(lead) >= 2 and lead == list(range(lead[0], lead[-1] + 1))
                        and all(links[k] for k in range(lead[0], lead[-1])) and not links[lead[-1]]
                        and not _prep_before(text, parties[lead[0]], lex)):
                    src_i, cued = lead[0], True
        if tgt_i is None and categories()[trig.entry.category].quad in _VERBAL:
            # `demanded that the United States withdraw`: the one a statement is made of, marked, just after it
            tgt_i = next((i for i in after if parties[i].role == "target" and i != src_i
                          and lex.complementizer_gap.match(text, e, parties[i].start)), None)
        if tgt_i is None:
            # a receiver inside a trigger that spans words (ru `направил в Корею военных советников`)
            inner = [i for i, p in enumerate(parties) if s < p.start and p.end < e and p.role == "target"]
            if inner:
                tgt_i, cued = inner[0], True
        # a verb with its subject: `by X` after its object belongs to that object (`criticized the
        # assessment by the US`), unless it follows the verb (`sanctions imposed by the US`)
        reach = 60 if trig.entry.nominal or src_i is None else 8
        # (in the act's own clause: `санкции…, что вызвало критику со стороны США` is another act's doer)
        if not passive and any(0 <= parties[i].start - e <= reach and parties[i].start < clause_end
                               and not (lex.passive_before is not None
                                        and any(parties[i].end <= a < clause_end for a, _b in acts))
                               for i in agent):
            # (where the agent's marker stands before it, `遭到乌克兰的谴责`, it is the agent of the act after
            # it, not of the one before)
            passive = True  # `the invasion of Ukraine in February 2022 by Russia`
            agent = [i for i in agent if e <= parties[i].start < clause_end][:1]
            if tgt_i in agent:
                tgt_i = next((i for i in after if i not in agent), None)
        own = [i for i in agent if i in helpers and 0 <= s - parties[i].end <= _OWN_REACH and parties[i].start < s
               and not any(parties[i].end <= p.start < s for p in parties)
               and not any(parties[i].end <= a < s for a, _b in acts)]
        if own and not passive:
            # `with Soviet military support`, `日本在美国的支持下`: the name right before a noun of help
            # gives it, to the subject of the clause the help frames
            agent = own
            framed = [i for i in before if parties[i].role is None and parties[i].end <= parties[own[-1]].start]
            if framed:
                tgt_i = framed[0]
        else:
            # a helper framed before another act (`在美国的支持下反对苏联`) is not that act's doer
            agent = [i for i in agent if i not in helpers or parties[i].start > s
                     or not any(parties[i].end <= a < s for a, _b in acts)]
            if not passive and trig.entry.nominal:
                # an act noun takes its doer from its own clause (`критику со стороны США` is not the
                # doer of `санкции` in the clause before)
                agent = [i for i in agent if clause <= parties[i].start < clause_end]
        if passive or (agent and (trig.entry.nominal or own)):
            if agent:
                if src_i is not None and tgt_i is None:
                    tgt_i = src_i
                # the nearest `by` after a passive verb is its own (`signed by X, and witnessed by Y`)
                later = [i for i in agent if parties[i].start >= e] if passive else []
                src_i, cued = (later[0] if later else agent[-1]), True
            elif src_i is not None and parties[src_i].start < clause and tgt_i is not None:
                src_i = None  # `…条约签订后，土地被割让给俄国`: a name of an earlier clause is not the sufferer
            elif src_i is not None:
                body = next((i for i in after if parties[i].start < clause_end and parties[i].role == "origin"
                             and parties[i].kind == "org"), None)
                if tgt_i is None and body is not None:
                    # `Cuba was expelled from the OAS`: the body one is expelled or suspended from did it
                    return _codes(_group(parties, body, text, lex)), _codes(_group(parties, src_i, text, lex)), True
                if tgt_i is None or tgt_i < src_i:
                    return [], [], False  # a passive without its doer: who acted is not said
                src_i, tgt_i = tgt_i, src_i
        elif tgt_i is None and src_i is not None:
            # `criticized the assessment by the US`: the author of the object is the receiver
            tgt_i = next((i for i in agent if e <= parties[i].start < clause_end), None)
        nxt = next((i for i in after if parties[i].start < clause_end), None)
        verbal = categories()[trig.entry.category].quad in _VERBAL
        if (not trig.entry.flip and nxt is not None and parties[nxt].role == "origin" and lex.noun_before is not None
                and verbal and lex.noun_before.search(text[max(0, s - 30):s])):
            # a noun with its doer behind `from`: `drawing a rebuke from Iran` (a deed `from` a place,
            # `the withdrawal from Afghanistan`, leaves that place)
            tgt_i = src_i if src_i is not None and src_i != nxt else None
            src_i, cued = nxt, True
        elif (not trig.entry.flip and not verbal and tgt_i is None and nxt is not None and nxt != src_i
              and parties[nxt].role == "origin"):
            tgt_i = nxt  # `annexed Crimea from Ukraine`, `withdrew its troops from Iran`: taken from or left
        elif trig.entry.flip:
            if origin:
                tgt_i = src_i if src_i is not None else tgt_i
                src_i = origin[-1]
            else:
                if (src_i is not None and tgt_i is not None and parties[src_i].role == "agent"
                        and same_lineage(parties[src_i].codes[0], parties[tgt_i].codes[0])):
                    tgt_i = None  # `由越南主席陈德良接待`: the host named by 由 and its leader are one
                src_i, tgt_i = tgt_i, src_i
        if trig.entry.judged and src_i is not None and parties[src_i].role == "possessive":
            # `Britain said that Russia's move was illegal`: the owner of what is judged never judges it
            tgt_i = src_i
            src_i = next((i for i in reversed(before) if i < tgt_i and parties[i].role in (None, "subject")), None)
        if (tgt_i is None and src_i is not None and trig.entry.judged
                and (owner := [i for i in before if i > src_i and parties[i].role == "possessive"
                               and parties[i].start >= clause])):
            tgt_i = owner[-1]  # `Britain said Russia's move was illegal`: the owner of what is judged
    src = _codes(_group(parties, src_i, text, lex)) if src_i is not None else []
    tgt = _codes(_group(parties, tgt_i, text, lex)) if tgt_i is not None else []
    if src_i is not None and tgt_i is not None and src_i != tgt_i:
        return src, [c for c in tgt if c not in src], cued
    if src_i is not None and src_i == tgt_i:
        tgt = []
    return src, tgt, cued


def _other(pair: tuple[str, str], code: str) -> str | None:
    if same_lineage(pair[0], code) and not same_lineage(pair[1], code):
        return pair[1]
    if same_lineage(pair[1], code) and not same_lineage(pair[0], code):
        return pair[0]
    return None


def _one_party(a: str, b: str) -> bool:
    """Whether two codes name one party (RUS and SUN, the same state in two eras), so that no act goes
    between them. Two distinct past polities whose lineages meet in a later state (the Golden Horde and
    Kievan Rus') are two parties."""
    if canonical(a) == canonical(b):
        return True
    if a.startswith("H.") and b.startswith("H."):
        return False
    return same_lineage(a, b)


def _pairs(src: list[str], tgt: list[str], symmetric: bool) -> list[tuple[str, str]]:
    if src and tgt:
        return [(a, b) for a in src for b in tgt if not _one_party(a, b)]
    group = src or tgt
    if symmetric and len(group) >= 2:
        return [(a, b) for a, b in combinations(group, 2) if not _one_party(a, b)]
    return []


def governed(text: str, trigs: list[Trigger], roles: list[tuple[list[str], list[str], bool]],
             lex: Lexicon) -> set[int]:
    """Indices of triggers that are the complement of a verbal trigger (`agreed to supply`, `refused to
    sign`): one act, named by the governor. A complement that names its own doer (`condemned Russia's
    invasion`) stays an act, unless the governor says it did not happen (`urged Iran to withdraw`)."""
    if lex.complement is None or len(trigs) < 2:
        return set()
    cats = categories()
    out: set[int] = set()
    sov = lex.order == "sov"
    for i in range(len(trigs) - 1):
        a, b = (i + 1, i) if sov else (i, i + 1)  # governor, governed
        ga, gb = trigs[a], trigs[b]
        if cats[ga.entry.category].quad not in _VERBAL or ga.entry.category == "CONSULT":
            continue  # a visit or talks and what is done there are acts of their own
        gap = text[gb.end:ga.start] if sov else text[ga.end:gb.start]
        if not lex.complement.match(gap):
            continue
        src_a, src_b = roles[a][0], roles[b][0]
        own = bool(src_b) and not any(same_lineage(x, y) for x in src_a for y in src_b)
        if not own or (ga.entry.category in lex.unrealised and not gb.entry.nominal):
            out.add(b)
    return out


def _skips(text: str, mentions: list[ActorMention]) -> list[tuple[int, int]]:
    """The spans of the names and numbers of a sentence, merged where they overlap (`G20`)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted([(m.start, m.end) for m in mentions] + [mo.span() for mo in _NUMBER.finditer(text)]):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _reach(spans: Sequence[tuple[int, int]], at: int, width: int, back: bool) -> int:
    """The far end of a window of `width` characters from `at` in which names and numbers count as none."""
    far = at - width if back else at + width
    while True:
        lo, hi = (far, at) if back else (at, far)
        free = sum(max(0, min(b, hi) - max(a, lo)) for a, b in spans)
        nxt = (at - width - free) if back else (at + width + free)
        if nxt == far:
            return far
        far = nxt


def factuality(text: str, trig: Trigger, lex: Lexicon, category: str,
               skips: Sequence[tuple[int, int]] = ()) -> str:
    """asserted | reported | denied | planned | negated | conditional (what a condition supposes, dropped by
    `_conditions`) for the act named by `trig` (reported decided later).

    `skips`: merged spans of the sentence's names and numbers (`_skips`); they do not count toward the cue
    window (`计划对伊朗实施…制裁`, `将于2025年向伊朗交付` keep their cue in reach)."""
    wb, wa = lex.window
    # negation and intent cues govern their own clause only (`X did not sign; Y attacked`)
    ca, cb = _clause(text, trig.start, trig.end, [], lex) if lex.clause_breaks is not None else (0, len(text))
    lo, hi = _reach(skips, trig.start, wb, True), _reach(skips, trig.end, wa, False)
    pre, post = text[max(ca, lo, 0):trig.start], text[trig.end:min(cb, hi)]
    f = lex.fact
    quad = categories()[category].quad
    if "sentence" in f.get("denied", {}) and f["denied"]["sentence"].search(text) and category not in (
            "REJECT", "ACCUSE"):
        if lex.order == "sov":
            return "denied" if f["denied"]["sentence"].search(text, trig.end) else "asserted"
        return "denied"
    for kind in ("condition", "negated", "planned"):
        spec = f.get(kind, {})
        hit = ("before" in spec and spec["before"].search(pre)) or ("after" in spec and spec["after"].search(post))
        if hit:
            if kind == "planned" and quad in _VERBAL and category not in ("AGREE", "CONSULT"):
                # (a visit or talks announced for later are planned, like a treaty to be signed)
                continue  # a statement of intent (`..하겠다고 밝혔다`) is itself the act
            return "conditional" if kind == "condition" else kind
    return "asserted"


def reporter(text: str, lex: Lexicon, parties: list[Party], trig: Trigger) -> tuple[bool, str | None]:
    """Whether the sentence attributes what it says to someone, and who (outlet name or actor code)."""
    spec = lex.fact.get("reported", {}).get("sentence")
    if spec is None:
        return False, None
    mo = spec.search(text)
    if mo is None:
        return False, None
    for p, name in lex.outlets:
        if p.search(text):
            return True, name
    # the actor nearest the reporting cue that is not part of the act
    best = None
    for p in parties:
        if p.implicit or p.kind == "pair":
            continue
        if lex.order == "sov":
            if p.start >= trig.end and p.role == "subject":
                best = p
        else:
            if p.start >= mo.end() and lex.report_clause is not None and lex.report_clause.search(mo.group(0)):
                continue  # `police reported that Burmese guards shot`: a name after `that` is in what is reported
            d = min(abs(p.start - mo.end()), abs(p.end - mo.start()))
            if d <= 12 and (best is None or d < best[0]):
                best = (d, p)
    if isinstance(best, tuple):
        best = best[1]
    return True, (best.codes[0] if best else None)


def topics_of(text: str, lex: Lexicon, category: str, named: list[str] | None = None) -> list[str]:
    """Topics named by the sentence's vocabulary (`named` when already known), else the category's default."""
    if named is None:
        named = [t for t, p in lex.topics if p.search(text)]
    return list(named) or [categories()[category].topic]


def intensity(category: str, mods: set[str]) -> float:
    """PLOVER base score of `category` moved by the modifiers toward its pole, clamped to -10..10."""
    cat = categories()[category]
    sign = 1.0 if cat.base > 0 or (cat.base == 0 and cat.quad.endswith("coop")) else -1.0
    if cat.base == 0:
        sign = 0.0
    delta = sum(modifiers().get(m, 0.0) for m in mods)
    return round(max(-10.0, min(10.0, cat.base + sign * delta)), 2)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quoted stretches of `text`, marks included."""
    return [mo.span() for mo in _QUOTES.finditer(text)]


def _inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < s and e <= b for a, b in spans)


def _speaker_view(parties: list[Party], spans: list[tuple[int, int]], t: Trigger, sov: bool) -> list[Party]:
    """Parties as seen by act `t` given the quotes: names inside quoted words are never its doers.

    The speech act that introduces a quote (`X는 "Y가 ...해야" 한다고 촉구했다`, `X表明「...Y...」`)
    receives the names quoted as its receivers; any other act does not see them."""
    speech = categories()[t.entry.category].quad in _VERBAL
    speaks = [(a, b) for a, b in spans
              if speech and (0 <= t.start - b <= _SPEECH_GAP if sov else 0 <= a - t.end <= _SPEECH_GAP // 2)]
    outside = [p for p in parties if p.implicit or not _inside(spans, p.start, p.end)]
    if any(p.role == "target" and not p.implicit for p in outside):
        return outside  # `X는 Y를 "..."라 욕했다`: the receiver is named outside the quote
    heard = [p for p in parties if not p.implicit and _inside(speaks, p.start, p.end)]
    # whom a request or warning addresses is the subject of the quoted words (`"Y가 ...해야" 한다고`)
    heard = [p for p in heard if p.role == "subject"] or heard
    heard = [Party(p.start, p.end, p.codes, p.kind, "target", p.implicit) for p in heard]
    return sorted(outside + heard, key=lambda p: p.start)


def _said(text: str, span: tuple[int, int], lex: Lexicon) -> bool:
    """Whether the quote at `span` is someone's words: a speech verb frames it (`”고 밝혔다`, `said: "`)."""
    a, b = span
    return bool((lex.speech_after is not None and lex.speech_after.match(text, b))
                or (lex.speech_before is not None and lex.speech_before.search(text[max(0, a - 30):a])))


def _stance_view(parties: list[Party], spans: list[tuple[int, int]], said: list[tuple[int, int]],
                 t: Trigger) -> list[Party]:
    """Parties as seen by a stance inside a quote that someone says: the speaker (outside the quotes)
    takes the stance, and the names inside its quote, if any, are whom it is aimed at."""
    mine = [sp for sp in said if sp[0] < t.start and t.end <= sp[1]]
    if not mine:
        return parties
    heard = [Party(p.start, p.end, p.codes, p.kind, "target", p.implicit) for p in parties
             if not p.implicit and _inside(mine, p.start, p.end)]
    outside = [p for p in parties if p.implicit or not _inside(spans, p.start, p.end)]
    if heard:
        outside = [p for p in outside if p.role != "target"]
    return sorted(outside + heard, key=lambda p: p.start)


def _met(spans: list[tuple[str, str] | None] | None, span: tuple[str, str] | None) -> bool:
    """Whether an act dated `span` was already read among acts dated `spans` (an unknown date meets all)."""
    if spans is None:
        return False
    return any(x is None or span is None or (x[0] <= span[1] and span[0] <= x[1]) for x in spans)


def _other_polarity(read: list[tuple[bool, int, int]] | None, pol: tuple[bool, int, int], text: str,
                    lex: Lexicon) -> bool:
    """Whether an act of polarity `pol` (negated, clause start, trigger start) differs from every reading of it so
    far, each in another clause with a contrast between (`수교하지 않았으나 1990년에 수교하였다`, `did not …
    until`): then it is another act, not the same one named twice (`напала, не объявив войны` is one)."""
    if not read or lex.contrast is None:
        return False
    return all(neg != pol[0] and start != pol[1]
               and lex.contrast.search(text, min(at, pol[2]), max(at, pol[2])) is not None
               for neg, start, at in read)


def _in_clause(text: str, t: Trigger, parties: list[Party], among: list[Party], lex: Lexicon) -> list[Party]:
    """The parties of `among` that stand in the clause of trigger `t`."""
    if lex.clause_breaks is None or not among:
        return among
    ca, cb = _clause(text, t.start, t.end, parties, lex)
    return [p for p in among if ca <= p.start and p.end <= cb]


def _said_to_happen(text: str, t: Trigger, lex: Lexicon) -> bool:
    """Whether `t` is said to happen: clashes that break out (`Border clashes erupted again`; the entry's data
    marks it with mod `outbreak`) or acts said to have taken place (`there were six visits`). Callers check
    that the sentence names no one; then the act is the document pair's."""
    if lex.pair_exists_before is not None and lex.pair_exists_before.search(text, 0, t.start):
        return True
    return ("outbreak" in t.entry.mods and lex.pair_outbreak is not None
            and lex.pair_outbreak.match(text, t.end) is not None)


def _done_to_ties(text: str, t: Trigger, trigs: list[Trigger], parties: list[Party], lex: Lexicon) -> bool:
    """`The treaty was signed in 1979`: a passive verb whose subject names ties or a treaty acts on them."""
    if t.entry.nominal or lex.passive is None or lex.pair_relations is None:
        return False
    ca, cb = _clause(text, t.start, t.end, parties, lex)
    if any(u.entry.nominal and u.entry.category == t.entry.category and ca <= u.start and u.end <= t.start
           and lex.pair_relations.search(u.text)
           and any(mo.end() == t.end for mo in lex.passive.finditer(text, u.end, t.end))
           for u in trigs):
        return True
    # the subject after the verb (ru `В 1977 году был подписан договор`)
    return (any(mo.end() == t.end for mo in lex.passive.finditer(text, ca, t.end))
            and any(u.entry.nominal and u.entry.category == t.entry.category and t.end <= u.start and u.end <= cb
                    and len(text[t.end:u.start].split()) <= 2 and lex.pair_relations.search(u.text) for u in trigs))


def sentence_events(s: Sentence, text: str, lex: Lexicon, mentions: list[ActorMention], pair: tuple[str, str] | None,
                    date: TimeExpr | None, last_source: str | None,
                    orgs: list[tuple[str, str, int]] | None = None,
                    when: Callable[[Trigger], tuple[str, str] | None] | None = None,
                    ) -> list[tuple[Trigger, str, str, float, str, str | None]]:
    """(trigger, source, target, confidence, factuality, reported_by) for each act the sentence states.

    `orgs`: (name, code, sentence index) of the organisations named earlier in the document (for `the Union`).
    `when`: the (start, end) date of the act a trigger names; the same act named twice is one event, but
    two of the same kind between the same sides at dates that do not overlap are two (`an agreement in
    January 2009 and a contract in December 2008`).
    """
    if lex.non_event is not None and lex.non_event.search(text):
        return []
    year = _year(date)
    if last_source and pair and year:
        # the previous doer read at this sentence's date (`러시아 제국` before, `외교 관계가 수립` in 1992)
        last_source = next((c for c in (_era(x, "pair", year) for x in pair) if same_lineage(c, last_source)),
                           last_source)
    parties = find_parties(text, mentions, lex, pair, year, last_source, orgs)
    places = find_places(text, mentions, lex)
    trigs = find_triggers(text, lex, parties)
    if not trigs:
        return []
    if lex.echo is not None:
        for mo in lex.echo.finditer(text):
            prev = [t for t in trigs if t.end <= mo.start() and not t.echo]
            if prev:
                trigs.append(Trigger(mo.start(), mo.end(), prev[-1].text, prev[-1].entry, echo=True))
        trigs.sort(key=lambda t: t.start)
    explicit = [p for p in parties if not p.implicit]
    if not explicit and not (pair and (lex.drop_subjects or (
            last_source and lex.continues is not None and lex.continues.match(text)))):
        # an act on relations themselves, where no one is named, is the pair's (`Relations were restored.`)
        if not pair or lex.pair_relations is None or any(p.kind == "collective" for p in parties):
            return []
        # (a signing with its treaty left unsaid, `Подписан 18 марта`, `条约于1921年签订`, is the pair's treaty)
        trigs = [t for t in trigs if lex.pair_relations.search(t.text)
                 or ("treaty" in t.entry.mods and (lex.pair_relations.search(text) or not text[:t.start].strip()))
                 # (ties restored with their noun left out, after the noun earlier in the sentence: `отношения были
                 # разорваны в 1917 году и восстановлены в 1942 году`)
                 # (or opening a short sentence, as a list of dates does: `Восстановлены 11 марта 1990 года.`)
                 # (or a short sentence of its own, `После революции 1959 года опять восстановлены.`)
                 or ("ties" in t.entry.mods and (lex.pair_relations.search(text, 0, t.end)
                                                 or (not text[:t.start].strip() and len(text[t.end:].split()) <= _SHORT_ITEM)
                                                 or len(text.split()) <= _SHORT_ITEM + 2))
                 or _done_to_ties(text, t, trigs, parties, lex)
                 or _said_to_happen(text, t, lex)]
        if not trigs:
            return []
    cats = categories()
    pair_y = tuple(_era(c, "pair", year) for c in pair) if pair else None
    cands = []
    both: set[int] = set()  # the triggers of acts that go both ways
    answered: list[tuple[str, str, str, int]] = []  # (trigger word, doer, receiver, its end) of the acts read so far
    dealt: dict[str, set[str]] = {}  # per category, the doers of an act that has a receiver
    spans = quote_spans(text)
    quoted = [_inside(spans, t.start, t.end) for t in trigs]
    sov = lex.order == "sov"
    said = [sp for sp in spans if _said(text, sp, lex)]
    if all(quoted) and not any(_inside(said, t.start, t.end) for t in trigs):
        spans = []  # the whole act is quoted (a document cited): its names keep their roles
    acts = [(t.start, t.end) for t in trigs]
    stances = {t.end for t in trigs if cats[t.entry.category].quad in _VERBAL}
    def role_of(t: Trigger, q: bool, ps: list[Party]) -> tuple[list[str], list[str], bool]:
        return assign(text, t, _speaker_view(ps, spans, t, sov) if spans and not q
                      else _stance_view(ps, spans, said, t) if q and t.entry.category in _STANCES
                      else ps, lex, acts, stances)

    roles = [role_of(t, q, parties) for t, q in zip(trigs, quoted, strict=True)]
    drop = governed(text, trigs, roles, lex)
    if lex.stipulates is not None and (terms := lex.stipulates.search(text)) is not None:
        drop |= {k for k, t in enumerate(trigs) if t.start >= terms.end()}
    if lex.object_gap is not None:
        drop |= {k + 1 for k in range(len(trigs) - 1)
                 if cats[trigs[k].entry.category].quad not in _VERBAL
                 and trigs[k].entry.category != trigs[k + 1].entry.category
                 and lex.object_gap.match(text, trigs[k].end, trigs[k + 1].start)}
    for i, t in enumerate(trigs):
        if t.entry.flip:
            # `received a loan from X`: what a taking verb takes is its object, one act, read by the verb;
            # by the noun when the giver is named right before it (`received Russian aid`)
            ca, cb = _clause(text, t.start, t.end, parties, lex)
            taken = {j for j, u in enumerate(trigs) if u is not t and not u.entry.flip
                     and u.entry.category == t.entry.category and ca <= u.start and u.end <= cb}
            given = {j for j in taken if any(p.role == "agent" and 0 <= trigs[j].start - p.end <= _OWN_REACH
                                             for p in parties)}
            drop |= {i} if given else taken
    if spans:
        # a deed the quoted words describe is the speaker's claim, the speech act outside them the event;
        # a stance quoted (`表明「不赞成…」`) is the speaker's own act
        drop |= {k for k, (t, q) in enumerate(zip(trigs, quoted, strict=True))
                 if q and t.entry.category not in _STANCES}
    sentence_pair = pair_y
    dated = {id(t): when(t) for t in trigs} if when is not None else {}  # each act's own date, read once
    for k_t, t in enumerate(trigs):
        if k_t in drop:
            continue
        cat = t.entry.category
        src, tgt, cued = roles[k_t]
        pair_y = sentence_pair
        read = parties  # the names as read at the act's date
        span = dated.get(id(t)) if year is not None else None
        act_year = (int(span[0][:4]), int(span[1][:4])) if span else year
        if act_year != year:
            # `Relations soured in 1990, but in 1997 Russia signed a treaty with Ukraine`: names are read at
            # the act's own date, not the sentence's
            read = find_parties(text, mentions, lex, pair, act_year, last_source, orgs)
            src, tgt, cued = role_of(t, quoted[k_t], read)
            pair_y = tuple(_era(c, "pair", act_year) for c in pair) if pair else None
        if NOBODY in src or NOBODY in tgt:
            # a side that is only an unnamed group (`sanctions on Western nations`) is not filled in
            src, tgt = [c for c in src if c != NOBODY], [c for c in tgt if c != NOBODY]
            if not src or not tgt:
                continue
        if not src and len(tgt) >= 2 and not lex.drop_subjects and not _symmetric(t):
            # `中国与苏联交战`: coordinated names before the verb that no preposition governs are the
            # subject; the act goes from the first to the others in the order of the sentence
            named = sorted((p for p in parties if not p.implicit and set(p.codes) & set(tgt)), key=lambda p: p.start)
            tb = lex.roles_before.get("target")
            if (named and named[-1].end <= t.start
                    and not (tb is not None and tb.search(text[max(0, named[0].start - 6):named[0].start]))):
                first = [c for c in named[0].codes if c in tgt]
                src, tgt = first, [c for c in tgt if c not in first]
        if (lex.this_target is not None and (mo := lex.this_target.search(text, max(0, t.start - 16), t.start))
                and cats[cat].quad in _VERBAL):
            # `韩国决定部署萨德系统，中国对此表示强烈反对`: `at this` points back at what the sentence told before,
            # whose first-named doer receives the stance; those named right before the pointer take it
            ca = _clause(text, t.start, t.end, [], lex)[0]
            near = _codes([p for p in parties if not p.implicit and ca <= p.start and p.end <= mo.start()])
            before = [p for p in parties if not p.implicit and p.end <= ca and p.kind in ("state", "official", "organ",
                                                                                        "historical", "demonym")]
            if near and before and not any(same_lineage(before[0].codes[0], c) for c in near):
                src, tgt = near, [before[0].codes[0]]
        if (len(src) == 2 and not tgt and cat == "ASSAULT" and not pair_y and not t.entry.nominal
                and not any(u.end <= t.start and _clause(text, t.start, t.end, [], lex)[0] <= u.start
                            for u in trigs if u is not t)):
            # `중국군과 소련군은 교전했다`, `Китай и Вьетнам воевали`: those who fought fought each other
            src, tgt = src[:1], src[1:]
        if src and not tgt:
            tgt = _place_target(text, t, places, src, lex)
        if t.echo and src and not tgt:
            # `Japan established relations with the PRC in 1972, and the United States did so in 1979`
            tgt = [b for word, a, b, _end in answered if word == t.text and not same_lineage(b, src[0])][-1:]
        if src and not tgt and not _symmetric(t) and not t.echo:
            # `西班牙向美国宣战，美国於次日宣战`: an act answered in kind goes back to the one who did it first
            # (the same word, in a clause of its own: `направило Японии ноту протеста` is one act)
            ca = _clause(text, t.start, t.end, [], lex)[0]
            back = [a for word, a, b, end in answered
                    if word == t.text and end <= ca and same_lineage(b, src[0]) and not same_lineage(a, src[0])]
            if back:
                tgt = [back[-1]]
        if src and not tgt and cat in _PLACE_ACTS and lex.order != "sov":
            # `repressed an uprising in East Germany`: a deed done in a state (not the doer's own) falls on it
            ca, cb = _clause(text, t.start, t.end, [], lex)
            tgt = next(([c for c in p.codes if not any(_one_party(c, x) for x in src)] for p in parties
                        if p.role == "location" and p.kind in ("state", "historical") and not p.implicit
                        and t.end <= p.start and p.end <= cb), [])
        had_src = bool(src)
        conf = 0.35 + (0.15 if src else 0) + (0.15 if tgt else 0) + (0.15 if cued else 0) - (0.1 if t.entry.nominal else 0)
        if pair_y:
            if not src and tgt and _symmetric(t) and len(tgt) >= 2 and not (
                    lex.drop_subjects and all(p.role == "target" for p in parties if set(p.codes) & set(tgt))):
                pass  # `韩国与俄罗斯签订了协议`: coordinated names of a symmetric act act together
            elif not src and tgt:
                # (in SOV, names all marked as partners, `중국, 일본과 맺은`, leave the subject unsaid)
                o = next((x for x in (_other(pair_y, c) for c in tgt) if x), None)
                if (lex.drop_subjects and len(tgt) == 1 and last_source and not same_lineage(last_source, tgt[0])
                        and not (o and any(same_lineage(o, c) for m in mentions for c in m.codes))):
                    # (unless the sentence names the other side of the pair itself, `러시아 내 ...를 송환`)
                    o = last_source  # a dropped subject continues the previous act's doer
                src = [o] if o else ([last_source] if last_source and not same_lineage(last_source, tgt[0]) else [])
            elif src and not tgt and not (_symmetric(t) and len(src) >= 2):
                o = _other(pair_y, src[0])
                if t.entry.to_org and orgs:
                    # `attained full membership`: of the organisation named in the last few sentences
                    near = [c for _n, c, j in orgs if s.index - j <= _ORG_RECENT and not same_lineage(c, src[0])]
                    o = near[-1] if near else o
                if o:
                    tgt = [o]
            elif not src and not tgt:
                near = _in_clause(text, t, parties, explicit, lex)
                if not explicit or any(p.kind == "pair" for p in parties) or (lex.drop_subjects and not near) or (
                        not near and t.entry.category in ("AGREE", "SANCTION") and lex.pair_relations is not None
                        and (lex.pair_relations.search(t.text) or "ties" in t.entry.mods)
                        and all(any(same_lineage(c, x) for x in pair_y) for p in explicit for c in p.codes)):
                    # (`Full diplomatic relations were established on 26 January 1980, and …`: relations with no
                    # one named in their clause are the pair's, whoever the other clauses name)
                    # (a clause that names no one, `…비난하기도 했고 대북 제재에 동참했다`, leaves its
                    # subject unsaid like a sentence that names no one)
                    src, tgt = [pair_y[0]], [pair_y[1]]
                    if last_source and _other(pair_y, last_source):
                        src, tgt = [last_source], [_other(pair_y, last_source)]
                elif _symmetric(t) and not lex.drop_subjects and len(_codes(named := [
                        p for p in near if p.kind not in ("demonym", "capital")
                        and p.role not in ("location", "possessive")])) >= 2:
                    src = _codes(named)  # `a battle between X and Y`: the names of its clause act together
                elif (between := _between(text, near, lex)) is not None:
                    src, tgt = between
                else:
                    # the one name of the trigger's clause is the receiver, the other side of the pair the doer
                    if len(near) == 1 and len(near[0].codes) == 1:
                        o = _other(pair_y, near[0].codes[0])
                        if o:
                            src, tgt = [o], list(near[0].codes)
        elif not src and not tgt and _symmetric(t):
            # `talks were held between..`: the names of the trigger's clause act together
            near = _in_clause(text, t, parties, explicit, lex)
            if len(near) >= 2:
                src = _codes(near)
        elif not src and not tgt and (between := _between(text, _in_clause(text, t, parties, explicit, lex),
                                                          lex)) is not None:
            src, tgt = between
        elif not src and len(tgt) >= 2 and lex.drop_subjects and all(
                p.role == "target" for p in parties if set(p.codes) & set(tgt)):
            # `미국, 영국 등과의 조약 체결`: partners all marked, the one who deals with them unsaid
            if not last_source:
                continue
            src = [last_source]
        if not had_src and not _symmetric(t) and (bn := _between_names(text, t, parties, lex)):
            src, tgt = [bn[0]], [bn[1]]  # `the war between Russia and Persia`: the first named does it
            had_src = True
        if (t.entry.nominal and lex.order != "sov" and not had_src and not _among(text, t, parties, tgt, lex)
                and not (all(p.kind == "pair" for p in explicit) and _said_to_happen(text, t, lex))):
            continue  # a war or treaty named without its parties (`the Second World War`)
        if t.entry.trade and lex.war_goods is not None and not lex.war_goods.search(text):
            continue  # `imported tea and rice from China`: commerce, not an arms transfer or aid
        if t.entry.weak and not any((p.role == "target" or (sov and 0 <= t.start - p.end <= _OBJECT_REACH))
                                    and set(p.codes) & set(roles[k_t][1]) for p in parties):
            continue  # `protests` with no one named that they are against (`anti-Russian`, `against Iran`)
        if src and tgt:
            dealt.setdefault(cat, set()).update(src)
        # (both sides from one pair word, `两国关系中断`: the pair's relation, not a direction of its own)
        paired = len(src) >= 2 and any(p.kind == "pair" and set(src) <= set(p.codes) for p in read)
        if (sov and src and not t.entry.nominal and not _symmetric(t)
                and all(any(same_lineage(a, b) for a in src) for b in tgt)
                and (own := [p for p in parties if p.role == "possessive" and 0 <= t.start - p.end <= _OWNER_REACH
                             and not p.implicit and _clause(text, t.start, t.end, [], lex)[0] <= p.start
                             and not any(same_lineage(c, x) for c in p.codes for x in src)])):
            # `북한은 미국의 대북 적대시 정책을 비난하였다`: no receiver but the doer itself (inside what the act is
            # about): the owner of that thing, named in the act's clause, receives it
            tgt = list(own[-1].codes)
        pairs = _pairs(src, tgt, _symmetric(t))
        if _symmetric(t) and len(pairs) == 1:
            pairs = _in_named_order(pairs[0], parties, text, lex)
        if (lex.mutual is not None and not _symmetric(t) and len(pairs) == 1
                and lex.mutual.search(text, max(0, t.start - _MUTUAL_REACH), t.start)):
            pairs.append(pairs[0][::-1])  # `the mutual withdrawal of ambassadors`: each side did it to the other
            both.add(id(t))
        cands += [(conf, k, t, a, b, not tgt, paired) for k, (a, b) in enumerate(pairs)]
        answered += [(t.text, a, b, t.end) for a in src for b in tgt]
    out = []
    skips = _skips(text, mentions)
    standing = lex.fact.get("standing", {}).get("sentence")
    standing_spans = [mo.span() for mo in standing.finditer(text)] if standing is not None else []
    seen: dict[tuple[str, str, str], list[tuple[str, str] | None]] = {}
    polar: dict[tuple[str, str, str], list[tuple[bool, int, int]]] = {}  # (negated, clause, trigger start) read
    guessed: set[tuple[str, str, str]] = set()  # readings whose roles were not cued by the sentence
    # the best-attested reading of an act first, so that a guessed direction does not shadow it
    for conf, _, t, a, b, among, paired in sorted(cands, key=lambda c: -c[0]):
        cat = t.entry.category
        span = dated.get(id(t))
        fact = factuality(text, t, lex, cat, skips)
        # an act said not to have happened and the same act done in another clause after a contrast are two acts
        # (`수교하지 않았으나 1990년에 수교하였다`; `напала, не объявив войны` is one)
        pol = (fact == "negated", _clause(text, t.start, t.end, parties, lex)[0], t.start)
        if (_met(seen.get((a, b, cat)), span) and not _other_polarity(polar.get((a, b, cat)), pol, text, lex)
                or (_met(seen.get((b, a, cat)), span) and id(t) not in both
                    and not _other_polarity(polar.get((b, a, cat)), pol, text, lex)
                    and (_symmetric(t) or paired or (b, a, cat) in guessed))):
            # (a one-sided act back the other way is another act, `X aided Y ... Y aided X`, unless the
            # reading it would repeat was only a guess of the pair or the pair's relation as a whole)
            continue
        if among and a in dealt.get(cat, ()) and b in dealt.get(cat, ()):
            # `A, B and C recognised Y's hegemony and established relations with Y`: those who act
            # together toward a receiver do not act on each other
            continue
        seen.setdefault((a, b, cat), []).append(span)
        polar.setdefault((a, b, cat), []).append(pol)
        if conf < _CUED:
            guessed.add((a, b, cat))
        if fact == "negated" and any(a <= t.start and t.end <= b for a, b in standing_spans):
            continue  # `has no diplomatic relations with`, `승인하지 않는다`: a state of affairs, no act
        by = None
        if fact in ("asserted", "planned"):
            rep, by = reporter(text, lex, parties, t)
            if rep:
                own = by is not None and (same_lineage(by, a) if by in registry().actors else False)
                if cats[cat].quad in _VERBAL and (own or by is None):
                    by = None  # the statement is the act
                elif fact == "asserted":
                    fact = "reported"
                else:
                    by = None
            else:
                by = None
        elif fact == "denied":
            _, by = reporter(text, lex, parties, t)
            by = by or a
        out.append((t, a, b, round(min(conf, 0.95), 2), fact, by))
    conds = [mo.start() for rx in lex.fact.get("condition", {}).values() for mo in rx.finditer(text)]
    # (a cue read after its verb, `방문하려면`, is found only there: the act it ends stands for it)
    conds += [o[0].end for o in out if o[4] == "conditional"]
    return _conditions(out, cats, conds, lex.order == "sov") if conds else out


_CONDITION_REACH = 60  # characters between a condition's cue and the act held out on it


def _conditions(out: list[tuple[Trigger, str, str, float, str, str | None]], cats: dict,
                conds: list[int], sov: bool = False) -> list[tuple[Trigger, str, str, float, str, str | None]]:
    """The acts of a sentence with a condition (`conds`: where its cues start). What the condition supposes
    (`if Ukraine joined NATO`) did not happen: no event. Force or penalties held out near it (`Russia would
    annex Crimea if …`) threaten."""
    kept: list[tuple[Trigger, str, str, float, str, str | None]] = []
    threats = {(o[1], o[2]) for o in out if o[0].entry.category == "THREATEN" and o[4] == "asserted"}
    # SOV: an act after a supposed one with the very same sides took them from the condition (`러시아가 우크라이나를
    # 침공한다면 제재를 가하겠다고 경고했다`: neither the sanction nor the warning is Russia's against Ukraine); in SVO
    # the main clause names its own subject
    supposed = [(o[0].end, o[1], o[2]) for o in out if o[4] == "conditional"] if sov else []
    for t, a, b, conf, fact, by in out:
        if fact == "conditional" or any(t.start >= end and (a, b) == (x, y) for end, x, y in supposed):
            continue
        if (fact == "planned" and cats[t.entry.category].quad == "material_conflict"
                and any(abs(c - t.start) <= _CONDITION_REACH for c in conds)):
            if (a, b) in threats:
                continue  # `warned Georgia that it would impose sanctions on it if …`: one threat
            t = replace(t, entry=replace(t.entry, category="THREATEN"))
            fact = "asserted"
            threats.add((a, b))
        kept.append((t, a, b, conf, fact, by))
    return kept


def _between(text: str, near: list[Party], lex: Lexicon) -> tuple[list[str], list[str]] | None:
    """`ties between X and Y were broken off`: a one-sided act whose doer goes unsaid, with its clause's two
    names behind `between`, read in their order (the first the doer)."""
    if lex.among_before is None or len(near) != 2 or not all(len(p.codes) == 1 for p in near):
        return None
    a, b = near
    if lex.among_before.search(text, max(0, a.start - 12), a.start) is None or same_lineage(a.codes[0], b.codes[0]):
        return None
    return [a.codes[0]], [b.codes[0]]


def _among(text: str, t: Trigger, parties: list[Party], tgt: list[str], lex: Lexicon) -> bool:
    """A symmetric act noun with two or more names after `between` (`the treaty between X and Y`): they are its parties."""
    if lex.among_before is None or len(tgt) < 2 or not _symmetric(t):
        return False
    named = [p for p in parties if p.start >= t.end and set(p.codes) & set(tgt)]
    return bool(named) and lex.among_before.search(text, max(t.end, named[0].start - _BETWEEN_REACH),
                                                   named[0].start) is not None


def between_pairs(text: str, names: Sequence[tuple[int, int, str]], lex: Lexicon
                  ) -> Iterator[tuple[tuple[int, str], tuple[int, str], re.Match | None, re.Match | None]]:
    """Each two names (start, end, code), in order, joined closely and of two lineages, as ((start of the first,
    its code), (end of the second, its code), `between` just before the first or None, `之间`/`사이의` right after
    the second or None). Shared by the act nouns of a sentence and the lead of a document."""
    for (s1, e1, a), (s2, e2, b) in zip(names, names[1:], strict=False):
        if s2 - e1 > _BETWEEN_GAP or same_lineage(a, b):
            continue
        mb = (lex.among_before.search(text, max(0, s1 - _BETWEEN_REACH), s1)
              if lex.among_before is not None else None)
        ma = lex.among_after.match(text, e2) if lex.among_after is not None else None
        yield (s1, a), (e2, b), mb, ma


def _between_names(text: str, t: Trigger, parties: list[Party], lex: Lexicon) -> tuple[str, str] | None:
    """The two sides of a one-sided act noun named as between two (`the war between Russia and Persia`,
    `俄罗斯与波斯之间的战争`, `러시아와 페르시아 사이의 전쟁`), in the sentence's order; None if it names none."""
    named = sorted((p for p in parties if not p.implicit and len(p.codes) == 1 and p.role != "location"),
                   key=lambda p: p.start)
    for (_s1, a), (e2, b), mb, ma in between_pairs(text, [(p.start, p.end, p.codes[0]) for p in named], lex):
        # (`the war between X and Y`; not `disrupted trade between X and Y`, where `between` is another noun's)
        # (`a military clash that took place in 1981 between X and Y`: words on when or where it happened between)
        before = mb is not None and t.end <= mb.start() and (
            not text[t.end:mb.start()].strip()
            or (lex.between_gap is not None and lex.between_gap.fullmatch(text, t.end, mb.start()) is not None))
        after = ma is not None and 0 <= t.start - e2 <= _BETWEEN_GAP and t.start - ma.end() <= 2
        if before or after:
            return a, b
    # `a border clash between the two countries`, `两国之间的战争`: the pair word names both sides, in its order
    for p in parties:
        if p.kind != "pair" or len(p.codes) != 2 or p.implicit:
            continue
        mb = lex.among_before.search(text, max(0, p.start - _BETWEEN_REACH), p.start) if lex.among_before else None
        ma = lex.among_after.match(text, p.end) if lex.among_after is not None else None
        if ((mb is not None and t.end <= mb.start() and not text[t.end:mb.start()].strip())
                or (ma is not None and 0 <= t.start - ma.end() <= 2)):
            return p.codes[0], p.codes[1]
    return None


def _leads(s: Sentence, x: TimeExpr, upto: int, lex: Lexicon) -> bool:
    """Whether the expression opens its clause (`…，1907年兩國…`) and so dates what follows it, up to
    sentence offset `upto`; a semicolon starts another thread of the narrative, which it does not date."""
    i = next((k for k in range(len(s.text)) if s.orig(k) >= x.start), None)
    if i is None or any(c in ";；" for c in s.text[i:upto]):
        return False
    ca, _cb = _clause(s.text, i, i + 1, [], lex)
    gap = s.text[ca:i].strip()
    g = grammar(s.lang)
    return not gap or (g is not None and g.lead_before is not None and g.lead_before.fullmatch(gap) is not None)


def event_date(s: Sentence, t: Trigger, exprs: list[TimeExpr], default: TimeExpr | None,
               clause: tuple[int, int] | None = None, lex: Lexicon | None = None) -> TimeExpr | None:
    """The date of the act named by `t`: of several dates the sentence states, the nearest one in the
    trigger's clause (`clause`, offsets in the sentence's text), else the sentence's date."""
    if len(exprs) < 2:
        return default
    a, b = s.orig_span(t.start, t.end)

    def dist(x: TimeExpr) -> int:
        return 0 if x.start < b and a < x.end else min(abs(x.start - b), abs(a - x.end))

    g = grammar(s.lang)

    def limit(x: TimeExpr) -> bool:
        # a limit or a comparison after the act (`the first visit since 1979`) dates it only when nothing else
        # does; a starting point (`supplied arms from 1955`, `합병한 2014년부터`) is when it began
        if x.start < b or g is None or g.limit_before is None or not getattr(x, "background", False):
            return False
        i = _local(s, x.start)
        return g.limit_before.search(s.text, max(0, i - 20), i) is not None

    if clause is not None:
        ca, cb = s.orig_span(*clause)
        inside = [x for x in exprs if ca <= x.start and x.end <= cb]
        if all(limit(x) for x in inside):
            # the narrative's date at the clause: the last one stated before it (`1905年…，1907年…，X承認…`)
            before = [x for x in exprs if x.end <= ca and not getattr(x, "background", False)]
            if before and lex is not None and _leads(s, before[-1], clause[0], lex):
                return before[-1]
            if not inside:
                return default
        exprs = inside
    exprs = [x for x in exprs if not limit(x)] or exprs
    if g is not None and g.date_before_act:
        exprs = [x for x in exprs if x.end <= b] or exprs
    best = min(exprs, key=lambda x: (dist(x), x.start > a))
    return best if dist(best) <= 80 else default


def _named_at(code: str, ms: list[ActorMention], text: str, after: int) -> int:
    """Where the sentence next names `code` from `after` on, by any form it was named with (`俄` also
    inside `《中俄…條約》`), else where it was first named."""
    mine = [m for m in ms if m.text and any(c == code or same_lineage(c, code) for c in m.codes)]
    found = [i for m in mine if (i := text.find(m.text, after)) >= 0]
    return min(found) if found else len(text) + min((m.start for m in mine), default=0)


def _respectively(evs: list[Event], s: Sentence, exprs: list[TimeExpr], ms: list[ActorMention]) -> list[Event]:
    """`分別於6月13日和18日簽訂了《中俄…》和《中美…》`: with `respectively`, the two days of a pair go one to
    each act, in the order their other parties are named after the word."""
    g = grammar(s.lang)
    hit = g.respectively.search(s.text) if g is not None and g.respectively is not None else None
    if hit is None:
        return evs
    pairs = [x for x in exprs if getattr(x, "parts", None) and x.parts.get("d") is not None
             and x.parts.get("d2") is not None and x.precision == "range"]
    for x in pairs:
        idx = [i for i, e in enumerate(evs) if (e.date_start, e.date_end) == (x.date_start, x.date_end)]
        if not idx:
            continue
        # the party common to the acts (the one that signs with each), the others are the ones counted
        hub = Counter(c for i in idx for c in {evs[i].source, evs[i].target}).most_common(1)[0][0]
        other = {i: {evs[i].source, evs[i].target} - {hub} for i in idx if hub in (evs[i].source, evs[i].target)}
        if len({frozenset(o) for o in other.values()}) != 2 or any(len(o) != 1 for o in other.values()):
            continue
        named = sorted({next(iter(o)) for o in other.values()}, key=lambda c: _named_at(c, ms, s.text, hit.start()))
        days = (x.date_start, x.date_end)
        for i, o in other.items():
            d = days[named.index(next(iter(o)))]
            evs[i] = replace(evs[i], date_start=d, date_end=d, date_precision="day")
    return evs


def _local(s: Sentence, pos: int) -> int:
    """The offset in the sentence's text of original offset `pos`."""
    return bisect_left(range(len(s.text)), pos, key=s.orig)


def _each_date(evs: list[Event], marks: list[TimeExpr | None], s: Sentence,
               exprs: list[TimeExpr]) -> list[Event]:
    """`In 1955 and 1959 the king met Soviet envoys`: an act dated by one of points in time joined by `and`
    (nothing else between them) was done at each of them; the copies of the sentence's events for the others.

    `marks`: per event of `evs`, the expression that dated it."""
    g = grammar(s.lang)
    if (g is None or g.date_and is None or len(exprs) < 2
            or (g.respectively is not None and g.respectively.search(s.text))):
        return []
    points = sorted(((_local(s, x.start), _local(s, x.end), x) for x in exprs if x.precision in _POINTS),
                    key=lambda p: p[0])
    # the span of a point (original offsets) -> the points joined with it
    chains: dict[tuple[int, int], list[tuple[int, int, TimeExpr]]] = {}
    for a, b in zip(points, points[1:], strict=False):
        if g.date_and.fullmatch(s.text, a[1], b[0]):
            chain = chains.get((a[2].start, a[2].end)) or [a]
            chain.append(b)
            chains[(a[2].start, a[2].end)] = chains[(b[2].start, b[2].end)] = chain
    seen = {(e.category, e.source, e.target, e.date_start) for e in evs}
    out = []
    for e, x in zip(evs, marks, strict=True):
        chain = chains.get((x.start, x.end)) if x is not None and e.date_start == x.date_start else None
        if not chain:
            continue
        for _a, _b, y in chain:
            key = (e.category, e.source, e.target, y.date_start)
            if key not in seen:
                seen.add(key)
                out.append(replace(e, date_start=y.date_start, date_end=y.date_end, date_precision=y.precision,
                                   date_source=y.source))
    return out


def _others(focus: str, ms: list[ActorMention]) -> dict[str, str]:
    """The actors `ms` name other than the focus state, one code per lineage."""
    return {_lineage_key(c): c for m in ms if m.kind in _ACTOR_KINDS for c in m.codes if not same_lineage(c, focus)}


def _in_named_order(pair: tuple[str, str], parties: list[Party], text: str, lex: Lexicon) -> list[tuple[str, str]]:
    """A symmetric act of two named together (`戈尔巴乔夫和美国总统布什签订`, where 和 also reads as `with`):
    the one the sentence names first is the source (gold README)."""
    a, b = pair
    links = _links(parties, text, lex)
    for i in range(len(parties) - 1):
        if (links[i] and any(same_lineage(c, b) for c in parties[i].codes)
                and any(same_lineage(c, a) for c in parties[i + 1].codes)):
            return [(b, a)]
    return [pair]


def _focus_pair(focus: str, ms: list[ActorMention], others: dict[str, str], pair: tuple[str, str] | None,
                partner: str | None) -> tuple[str, str] | None:
    """The pair of a sentence in a document about one state: it and the one other actor the sentence names
    (`others`, from `_others`); where it names no other, the last one named alone before (`Both countries
    established relations` in a paragraph on Korea), else the document's pair if that includes the focus."""
    # (a state named beside an organisation is the partner: `resolved by the two countries at a UN tribunal`)
    states = _others(focus, [m for m in ms if m.kind not in ("org", "igo")])
    if len(states) == 1 or len(others) == 1:
        return focus, next(iter((states if len(states) == 1 else others).values()))
    if not others and partner:
        return focus, partner
    if not others and pair and any(same_lineage(c, focus) for c in pair):
        return pair
    return None


def extract(seg, pair: tuple[str, str] | None, mentions: list[list[ActorMention]], dates,
            focus: str | None = None) -> list[Event]:
    """Events of a segmented document; see `dyad.events.extract_events`."""
    doc = seg.doc
    events: list[Event] = []
    last_source: str | None = None
    last_section = None
    orgs: list[tuple[str, str, int]] = []  # organisations named so far, for their short forms (`the Union`)
    partner: str | None = None  # in a document about one state, the last other actor named alone
    partner_section = None  # (a new section starts without one)
    for i, s in enumerate(seg.sentences):
        ms = mentions[i] if i < len(mentions) else []
        others = _others(focus, ms) if focus else {}
        if focus and s.section != partner_section:
            partner_section, partner = s.section, None
        if focus and s.body and others:
            partner = next(iter(others.values())) if len(others) == 1 else None
        if not s.body or s.kind not in ("text", "item") or s.is_heading:
            continue
        if s.section != last_section:
            last_section, last_source = s.section, None
        lex = lexicon(s.lang or seg.lang)
        if lex.triggers is None:
            lex = lexicon(seg.lang)
        date = dates[i].event if i < len(dates) else None
        exprs = [x for x in (dates[i].exprs if i < len(dates) else []) if x.date_start]
        when = None
        if len(exprs) >= 2:
            def when(t: Trigger, s=s, exprs=exprs, date=date, lex=lex) -> tuple[str, str] | None:
                clause = _clause(s.text, t.start, t.end, [], lex) if lex.clause_breaks is not None else None
                d = event_date(s, t, exprs, date, clause, lex)
                # (only a point in time tells two acts apart; a period may span both; nor does the sentence's
                # date that an act without a date of its own falls back to)
                return ((d.date_start, d.date_end or d.date_start)
                        if d is not None and d is not date and d.date_start and d.precision in _POINTS else None)
        # (in a document about one state, a doer left unsaid or named by a pronoun is that state)
        found = sentence_events(s, s.text, lex, ms, _focus_pair(focus, ms, others, pair, partner) if focus else pair, date,
                                last_source or focus, orgs, when)
        orgs += [(m.text, m.codes[0], s.index) for m in ms if m.kind in _ORG_KINDS and len(m.codes) == 1]
        # markup documents: the clean sentence (the span still points at the original characters)
        quote = s.text if getattr(doc, "format", None) in _MARKUP else doc.text[s.start:s.end]
        named = [t for t, p in lex.topics if p.search(s.text)] if found else []
        marks = []
        for t, a, b, conf, fact, by in found:
            clause = _clause(s.text, t.start, t.end, [], lex) if lex.clause_breaks is not None else None
            date = event_date(s, t, exprs, dates[i].event if i < len(dates) else None, clause, lex)
            marks.append(date)
            cat = categories()[t.entry.category]
            mods = set(t.entry.mods)
            topics = topics_of(s.text, lex, cat.name, named)
            if "nuclear" in topics and cat.quad.endswith("conflict"):
                mods.add("nuclear")
            events.append(Event(
                doc=doc.id, lang=s.lang or seg.lang, section=s.section, quote=quote, span=(s.start, s.end),
                source=a, target=b, category=cat.name, quad=cat.quad, intensity=intensity(cat.name, mods),
                factuality=fact, reported_by=by, topics=topics,
                date_start=date.date_start if date else None, date_end=date.date_end if date else None,
                date_precision=date.precision if date else None, date_source=date.source if date else None,
                confidence=conf, sentence_index=s.index,
            ))
        if len(found) > 1:
            events[len(events) - len(found):] = _respectively(events[len(events) - len(found):], s, exprs, ms)
        events += _each_date(events[len(events) - len(found):], marks, s, exprs)
        if found:
            last_source = found[0][1]
    return events


