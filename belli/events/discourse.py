"""Across sentences: an unnamed side is the document's main counterpart (a denial's
target, whoever accused the denier, is found in `belli.events.denials`).

An event with one side empty takes the document's main counterpart of the other: the
other country of a war between two ("71 Azerbaijani servicemen had been killed"), or, in
a conflict inside one country, whoever the document tells acting on that kind of actor
("five civilians were killed" in a story of al-Shabab's attacks in Somalia). Inside one
country is tried first, so a civil war's victims do not take a foreign partner as their
attacker, and words are matched with words before deeds (a plea to civilians is made by
who else pleads with them, not by who attacks them). Where no one is told acting that way
but the document's conflict is inside the named side's country (its own actors set against
each other more often than against any one foreign state), the unnamed side is of that
country, its kind unknown; an event that sets a country against itself pairs it with no
foreign name beside ("war on the rebels near the border with X" makes X no counterpart).
A rebel or breakaway side that settles with no one named ("the region's forces agreed to
disarm") settles with its own state, where the document tells the two in conflict. What
is given up (a withdrawal, a concession) is given up to the named side's adversary before
its partners (a resignation, given up at home, to no one), and an international
organisation takes its counterpart as a state does ("the alliance said it would send a
mission" after a member appealed to it). A
reaction to "the visit" told before is aimed at the visitor (`belli.events.antecedents`).
Three things are never evidence of a side: a verdict on the act told in its own sentence
("Poland condemned the arrest of the activists" pairs Poland with no side of the arrest),
what a rights group or an outlet says or does (who reports on a conflict is none of its
sides: `fighting_sides.pairings`; journalists shot are), and the document itself for a show of force, which faces only
whom its sentence names.
In words and cooperation a guessed counterpart must also fit the event's own sentence:
where the sentence names a country besides the named side's, the guess is one of those it
names ("Britain seeks a deal handing the islands to Mauritius" takes no third country), and
only a state's own voice (its government, forces, lawmakers, spies, or an international
body) takes the state's counterpart: a citizen or a police force speaking is no diplomacy.
A deed of conflict keeps the document's adversary whoever else its sentence names (a
speaker's country in "the State Department said, with Baku reportedly shelling its
neighbour's territory" is no party to the shelling).

The document's two sides in arms, and whom a demand to stop their fighting that names no
one is aimed at ("UNICEF demanded an end to the hostilities"), are found in
`belli.events.fighting_sides` (`conflict_sides`, `aimed_at_the_fighting`, re-exported here);
its counting helpers (pairings, home keys) are imported under this module's private names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from belli.actors.sectors import STATE_ORGANS
from belli.events.antecedents import aimed_at_earlier_acts
from belli.events.denials import WINDOW_SENTENCES, answer_denials
from belli.events.fighting_sides import aimed_at_the_fighting, conflict_sides
from belli.events.fighting_sides import countries as _countries
from belli.events.fighting_sides import fought_inside as _fought_inside
from belli.events.fighting_sides import guessed as _guessed
from belli.events.fighting_sides import home_key as _home_key
from belli.events.fighting_sides import main_pairing as _main_pairing
from belli.events.fighting_sides import pairings as _pairings
from belli.events.participants import FOREIGN_REASON
from belli.records import Actor, Event, Mention

__all__ = ["MIN_PAIRINGS", "MIN_SHARE", "WINDOW_SENTENCES", "aimed_at_the_fighting",
           "answer_denials", "conflict_sides", "infer_counterparts", "sides_of_the_conflict"]

# Sectors that speak for a state in a dyad, and an international organisation, which
# speaks for itself ("the alliance said it would send a mission" in a story of one
# member's appeal to it); a rebel group's counterpart is no state's
_STATE_SECTORS = frozenset({None, "GOV", "MIL", "COP", "SPY", "CVL", "LEG", "IGO"})
# ... and those that speak for it in words and cooperation: on audits of 38 new stories the
# main counterpart guessed for a citizen's or a police force's words was wrong far more
# often than right (a prisoner's son asking for his release is not his country's
# government asking the document's other state)
_STATE_VOICES = frozenset({None, "GOV", "MIL", "SPY", "LEG", "IGO"})
# An event whose one side is unnamed takes the document's main counterpart of the other
# side only when that counterpart is clear: at least MIN_SHARE of the named side's
# pairings, no other partner tied with it, and told with it at least MIN_PAIRINGS times or
# within NEAR_CHARS of the event. A single pairing is enough: the stricter setting (2
# pairings or one nearby, 3/4 of them) makes the guesses right 80% of the time instead of
# 70% on the golden files, but drops more right sides than wrong ones (recall 0.677 ->
# 0.661, precision 0.672 -> 0.654); an analyst who prefers a missing side to a guessed
# one raises both (tests/test_events_counterparts_clear.py).
MIN_PAIRINGS = 1
MIN_SHARE = 0.5
NEAR_CHARS = 400
# the share that whoever the document tells acting on one kind of actor at home must hold
# of those acts (right 89% of the time on the golden files with a single telling)
MIN_HOME_SHARE = 0.5
# cooperative types that settle a conflict: one side agrees to, hands over to, or stops
# fighting with its adversary, so where no partner in cooperation is clear the
# counterpart is the one it fights ("the region's forces agreed to disarm")
_SETTLEMENTS = frozenset({"AGREE", "CONCEDE", "RETREAT"})
# what is given up is given up to the adversary first: troops withdraw from where the
# other side claims, a side yields to whom it fights ("the forces will leave the
# district"), whoever else is the side's partner
_YIELDED = frozenset({"RETREAT", "CONCEDE"})
# modes of those types given up at home, to no one: a minister who resigns yields no
# post to the adversary, so the act takes no counterpart from the document
_DOMESTIC_MODES = frozenset({"resign"})
# verdicts on an act, by type and mode (None: any mode), whose speaker is no side of the
# act unless the text says so: condemning it, praising or welcoming it. Not a charge that
# names its doer ("accused Azerbaijan of violating the ceasefire": the accuser is the
# other party) nor a demand ("its demand that Qatar ease restrictions": eased for it).
# A penalty is a verdict too: who imposes sanctions "over the crackdown on protesters"
# punishes the act and did not do it
_VERDICTS = {"ACCUSE": "disapprove", "SUPPORT": None, "SANCTION": None}
# bodies with no country that are no state's side: "rights groups criticized the
# expulsions" speak for no country the document pairs with the expelling state
_NO_STATE_SIDE = frozenset({"NGO"})
# types aimed at no one unless their own sentence says whom they face ("along the border
# with X", "against X"), which the roles read: troops massed or an alert raised take no
# target from the document's main counterpart (right 3 times in 10 on the golden files)
_UNAIMED = frozenset({"MOBILIZE"})


@dataclass(frozen=True, slots=True)
class _Cast:
    """What bounds a guess for one event: the sectors that speak for the named state, and
    the countries the event's sentence names (in any reading, places too)."""

    voices: frozenset[str | None]
    named: frozenset[str]

    def allows(self, mine: str, other: str) -> bool:
        """A sentence that names another country than the named side's own leaves the
        guess only among those it names."""
        return not (self.named - {mine}) or other in self.named


def infer_counterparts(events: Sequence[Event], stated: Sequence[Event] | None = None,
                       cast: Callable[[Event], frozenset[str]] | None = None) -> list[Event]:
    """"71 Azerbaijani servicemen had been killed": in a story of Armenian-Azerbaijani
    fighting the unnamed side is the other party. An event with one side named and the
    other empty (or only an unnamed group without a country) takes the document's main
    counterpart of the named side, with the reason (which the learned confidence reads). The pairings
    are counted over `stated` where given: the events as their sentences tell them, before
    other inference across sentences filled a side, so one guess does not feed the next.
    `cast` gives the countries each event's sentence names, which bound the guess."""
    stated = events if stated is None else stated
    events = aimed_at_the_fighting(aimed_at_earlier_acts(events), stated)
    contexts: dict[frozenset[str], tuple[list[Event], _Context]] = {}
    filled = []
    for event in events:
        # "Poland condemned the arrest of the activists": a verdict on the act, told in its
        # sentence, pairs its speaker with the act's doer; that pairing is no evidence of
        # the act's sides, so the context is counted without it
        apart = frozenset(v.event_id for v in stated if _verdict_on(v, event))
        if apart not in contexts:
            told = [e for e in stated if e.event_id not in apart]
            contexts[apart] = (told, _context(told))
        told, context = contexts[apart]
        bounds = (_Cast(_STATE_SECTORS, frozenset()) if event.quad == 4 else
                  _Cast(_STATE_VOICES, cast(event) if cast else frozenset()))
        filled.append(_filled(event, *context, partial(_told_near, event, told), bounds))
    return filled


# the document's pairings of cooperation (True) and conflict (False), who acts on whom at
# home, in conflict and by quad, the words each kind of actor is named by, and the
# countries whose conflict is inside them
_Context = tuple[dict[bool, dict[str, dict[str, int]]], dict[str, dict[str, dict[str, int]]],
                 dict[int, dict[str, dict[str, dict[str, int]]]], dict[str, str], set[str]]


def _context(stated: Sequence[Event]) -> _Context:
    # partners in cooperation and adversaries in conflict are counted apart: support for
    # Ukraine in a story of Russia's war is not support from Russia
    pairs = {side: _pairings([e for e in stated if (e.quad <= 2) == side]) for side in (True, False)}
    at_home = _directed([e for e in stated if e.quad > 2])
    # a plea to civilians is likelier made by who else pleads with them than by who
    # attacks them: words and deeds of conflict are matched apart first
    alike = {q: _directed([e for e in stated if e.quad == q]) for q in (3, 4)}
    inside = _fought_inside([e for e in stated if e.quad > 2], pairs[False])
    return pairs, at_home, alike, _words_for(stated), inside


def _verdict_on(verdict: Event, event: Event) -> bool:
    """Whether `verdict` is words said about acts in `event`'s sentence ("condemned the
    arrest", "welcomed the release"): another event of a verdict's type told there."""
    judged = verdict.type in _VERDICTS and _VERDICTS[verdict.type] in (None, verdict.mode)
    # "expelled the ambassador and suspended cooperation": two penalties, no verdict
    penalties = verdict.type == event.type == "SANCTION"
    return judged and not penalties and verdict.event_id != event.event_id \
        and verdict.start == event.start


def _told_near(event: Event, stated: Sequence[Event], mine: str, other: str) -> bool:
    """Whether an event told within NEAR_CHARS of this one sets `mine` and `other` on
    opposite sides."""
    return any(not e.negated and abs(e.start - event.start) <= NEAR_CHARS
               and _opposed(_countries(e.source), _countries(e.target), mine, other) for e in stated)


def _opposed(sources: set[str], targets: set[str], mine: str, other: str) -> bool:
    return (mine in sources and other in targets) or (other in sources and mine in targets)


def _filled(event: Event, pairs: dict[bool, dict[str, dict[str, int]]],
            at_home: dict[str, dict[str, dict[str, int]]],
            alike: dict[int, dict[str, dict[str, dict[str, int]]]],
            said: dict[str, str], inside: set[str], near: Callable[[str, str], bool],
            bounds: _Cast) -> Event:
    """One event with its empty side filled: in conflict, first by whoever the document
    tells acting that way inside the named side's own country (a civil war's victims
    are not the foreign partner's), then, where the document's conflict is inside that
    country, by that country, else by the main counterpart of the named side. A mode
    given up at home (a resignation) is aimed at no one and stays as it is, as does a
    show of force whose sentence names no one it faces."""
    if event.mode in _DOMESTIC_MODES or (event.type in _UNAIMED and _lacks_country(event.target)):
        return event
    if event.quad > 2 and not _foreign_side(event):
        for directed in (alike[event.quad], at_home):
            done = _completed_at_home(event, directed, said)
            if done is not event:
                return done
    if event.quad == 4 and not _foreign_side(event):
        # deeds only: words in a civil war are as often aimed abroad (right 2 of 6 times)
        done = _one_side_filled(event, partial(_own_country, inside), keep=False)
        if done is not event:
            return done
    if event.type in _YIELDED:
        done = _completed(event, near, bounds, pairs[False], pairs[True])
    else:
        done = _completed(event, near, bounds, pairs[event.quad <= 2],
                          pairs[False] if event.type in _SETTLEMENTS else None)
    if done is event and event.type in _SETTLEMENTS:
        done = _settled_at_home(event, at_home)
    return done


def sides_of_the_conflict(events: Sequence[Event], mentions: Sequence[Mention],
                          stated: Sequence[Event] | None = None) -> list[Event]:
    """"Iran, which borders both countries, said it was ready to help THE TWO SIDES": a
    group phrase counted back to the last states named can take in the one acting on it,
    who is no party to it. The sides are then the document's main adversaries, where one
    pairing of conflict leads clearly and leaves the acting side out."""
    groups = {m.mention_id: m for m in mentions if len(_countries(m.actors)) >= 2}
    stated = events if stated is None else stated
    adversaries = _main_pairing(_pairings([e for e in stated if e.quad > 2]))
    if not groups or adversaries is None:
        return list(events)
    return [_regrouped(event, groups, adversaries) for event in events]


def _regrouped(event: Event, groups: dict[str, Mention], adversaries: tuple[str, str]) -> Event:
    for slot, other in (("target", "source"), ("source", "target")):
        acting = _countries(getattr(event, other))
        actors = getattr(event, slot)
        group = next((groups[m] for m in event.mention_ids if m in groups
                      and any(a.text == groups[m].text for a in actors)), None)
        if group is None or not acting & _countries(group.actors) or acting & set(adversaries):
            continue
        why = (f"'{group.text}' are the document's main adversaries {' and '.join(adversaries)}, "
               f"not {', '.join(sorted(acting))} acting on them")
        sides = tuple(Actor(text=group.text, name=c, country=c, reason=why) for c in adversaries)
        kept = tuple(a for a in actors if a.text != group.text)
        return event.replace(**{slot: kept + sides}, reason=f"{event.reason}; {why}")
    return event


def _directed(events: Sequence[Event]) -> dict[str, dict[str, dict[str, int]]]:
    """Who acts on each kind of actor ("source" of a target key) and whom each acts on
    ("target" of a source key), by country and sector."""
    found: dict[str, dict[str, dict[str, int]]] = {"source": {}, "target": {}}
    for event in events:
        if event.negated or event.reciprocal:
            continue
        sources = {k for a in event.source if (k := _home_key(a))}
        targets = {k for a in event.target if (k := _home_key(a))}
        for s in sources:
            for t in targets - sources:
                by_target = found["source"].setdefault(t, {})
                by_target[s] = by_target.get(s, 0) + 1
                by_source = found["target"].setdefault(s, {})
                by_source[t] = by_source.get(t, 0) + 1
    return found


def _counterpart(country: str, pairs: dict[str, dict[str, int]],
                 near: Callable[[str, str], bool] | None = None) -> str | None:
    """The country's clear partner in `pairs`, or None: no tie, and, with `near` (the main
    counterpart's test), MIN_SHARE of the pairings and MIN_PAIRINGS of them or one nearby;
    without it (whoever acts on a kind of actor at home), MIN_HOME_SHARE."""
    partners = pairs.get(country) or {}
    if not partners:
        return None
    ranked = sorted(partners.items(), key=lambda kv: -kv[1])
    best, count = ranked[0]
    if len(ranked) > 1 and ranked[1][1] == count:
        return None
    share = count / sum(partners.values())
    if near is None:
        return best if share >= MIN_HOME_SHARE else None
    clear = share >= MIN_SHARE and (count >= MIN_PAIRINGS or near(country, best))
    return best if clear else None


# Given the named side, the empty side's slot and what it holds (words with no country),
# the actor guessed for it, or None.
_Guess = Callable[[Sequence[Actor], str, Sequence[Actor]], Actor | None]


def _completed(event: Event, near: Callable[[str, str], bool], bounds: _Cast,
               pairs: dict[str, dict[str, int]],
               adversaries: dict[str, dict[str, int]] | None = None) -> Event:
    """The empty side is the named state's main counterpart; the guess takes the side's
    own words, if any, as its text."""
    return _one_side_filled(event, partial(_main_counterpart, near, bounds, pairs, adversaries),
                            keep=False)


def _main_counterpart(near: Callable[[str, str], bool], bounds: _Cast,
                      pairs: dict[str, dict[str, int]],
                      adversaries: dict[str, dict[str, int]] | None,
                      named: Sequence[Actor], empty: str, missing: Sequence[Actor]) -> Actor | None:
    have = [a for a in named if a.country and a.sector in bounds.voices]
    if len(have) != 1:
        return None
    mine = have[0].country or ""
    other = _counterpart(mine, pairs, near)
    if other is None and adversaries is not None and not pairs.get(mine):
        other = _counterpart(mine, adversaries, near)
    if other is None or not bounds.allows(mine, other):
        return None
    why = f"{empty} inferred: {other} is the document's main counterpart of {mine}"
    return Actor(text=next((a.text for a in missing), other), name=other, country=other,
                 sector=next((a.sector for a in missing), None), reason=why)


def _own_country(inside: set[str], named: Sequence[Actor], empty: str,
                 missing: Sequence[Actor]) -> Actor | None:
    """"Five people were killed" in a story of a country's fight with its own rebels: the
    unnamed side is of the named side's country, whose kind the text does not tell."""
    countries = _countries(named)
    if len(countries) != 1 or not countries <= inside:
        return None
    (country,) = countries
    why = f"{empty} inferred: the document's conflict is inside {country}"
    return Actor(text=next((a.text for a in missing), country), name=country, country=country,
                 sector=next((a.sector for a in missing), None), reason=why)


def _lacks_country(side: Sequence[Actor]) -> bool:
    return not any(a.country for a in side)


def _foreign_side(event: Event) -> bool:
    """Whether a side holds a group its own words call foreign ("international forces"),
    which no actor of the country the conflict is inside can stand for."""
    return any((a.reason or "").startswith(FOREIGN_REASON) for a in (*event.source, *event.target))


def _completed_at_home(event: Event, directed: dict[str, dict[str, dict[str, int]]],
                       said: dict[str, str]) -> Event:
    """"Five people were killed" in a story of al-Shabab's attacks in Somalia: where the
    conflict is inside one country, the unnamed side is whoever of that country the
    document most often tells acting that way on the named side's kind of actor (those
    who attack civilians, those who hunt rebels). The side's own words (two villagers
    named but not placed) stay beside the guess, which takes the words the document names
    that actor by most often (`said`, by `_home_key`), else its country's code."""
    return _one_side_filled(event, partial(_home_counterpart, directed, said), keep=True)


def _home_counterpart(directed: dict[str, dict[str, dict[str, int]]], said: dict[str, str],
                      named: Sequence[Actor], empty: str, missing: Sequence[Actor]) -> Actor | None:
    have = {k for a in named if (k := _home_key(a))}
    if len(have) != 1:
        return None
    (mine,) = have
    other = _counterpart(mine, directed[empty])
    if other is None or other.split("|")[0] != mine.split("|")[0]:
        return None
    country, sector = other.split("|")
    why = (f"{empty} inferred: {country} {sector} is who the document tells acting "
           f"{'on' if empty == 'source' else 'against'} {country} {mine.split('|')[1]}")
    return Actor(text=said.get(other, country), name=country, country=country, sector=sector,
                 reason=why)


def _words_for(events: Sequence[Event]) -> dict[str, str]:
    """The words the document names each kind of actor by most often ("al-Shabab" for
    "SOM|REB"), the first told where two tie."""
    counts: dict[str, dict[str, int]] = {}
    for event in events:
        for actor in (*event.source, *event.target):
            if (key := _home_key(actor)) and actor.text:
                by_text = counts.setdefault(key, {})
                by_text[actor.text] = by_text.get(actor.text, 0) + 1
    return {key: max(texts, key=texts.__getitem__) for key, texts in counts.items()}


def _one_side_filled(event: Event, guess: _Guess, keep: bool) -> Event:
    """The event with its first side that has no country filled by `guess` from the
    other side (the side's own words kept beside the guess where `keep`), or the event
    itself where nothing is guessed; a reciprocal event's sides are both named."""
    if event.reciprocal:
        return event
    for named, empty in (("source", "target"), ("target", "source")):
        missing = getattr(event, empty)
        if any(a.country for a in missing) or any(a.sector in _NO_STATE_SIDE for a in missing):
            continue
        actor = guess(getattr(event, named), empty, missing)
        if actor is not None:
            return _guessed(event, empty, (*missing, actor) if keep else (actor,), actor.reason)
    return event


# sectors that bear arms or rule against a state from inside it: what they settle, they
# settle with that state
_INSURGENT_SECTORS = frozenset({"REB", "PRE"})
# the state's own arms, whose conflict with them shows whom they settle with
_STATE_ARMS = STATE_ORGANS  # belli.actors.sectors: the one list of state organs


def _settled_at_home(event: Event, directed: dict[str, dict[str, dict[str, int]]]) -> Event:
    """"The region's armed forces agreed to disarm" in a story of Azerbaijan's offensive
    against a breakaway region: a rebel or breakaway side settling with no one named
    settles with its own country's government, where the document tells that country's
    state and that side in conflict (either acting on the other) and no foreign party."""
    if event.reciprocal or event.target or len(event.source) != 1:
        return event
    mine = _home_key(event.source[0])
    if mine is None or mine.split("|")[1] not in _INSURGENT_SECTORS:
        return event
    if not _against_own_state(mine, directed):
        return event
    country = mine.split("|")[0]
    why = (f"target inferred: {event.source[0].sector} of {country} settle with {country}'s "
           f"state, which the document tells in conflict with them")
    return _guessed(event, "target", (Actor(text=country, name=country, country=country,
                                            sector="GOV", reason=why),), why)


def _against_own_state(mine: str, directed: dict[str, dict[str, dict[str, int]]]) -> bool:
    """Whether the document tells `mine` ("AZE|PRE") in conflict with its own country's
    state, either way, and with no other country's actor (whom it settles with is then
    not clear)."""
    country = mine.split("|")[0]
    partners = [key.split("|") for way in ("source", "target")
                for key in directed[way].get(mine) or {}]
    if any(theirs != country for theirs, _ in partners):
        return False
    return any(sector in _STATE_ARMS for _, sector in partners)
