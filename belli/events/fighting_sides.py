"""The document's sides in arms, and whom a plea to stop their fighting is aimed at.

`conflict_sides` finds the two countries a document's fighting sets against each other
(fighting told with no one named is theirs: `belli.events.nominal`). A demand that asks
for the fighting to stop and names no one ("UNICEF demanded an end to the hostilities",
"urged both sides to show restraint") is aimed at the sides the fighting sets against each
other most often (`aimed_at_the_fighting`), but not a plea about harm done to others ("an
end to violence against women") nor one to "all parties" that asks for no end to the
fighting ("urged all parties to vote"). An accusation of "both sides" or "the warring
parties" that the actor layer could not split ("the UN says both sides committed abuses"
in a civil war) is aimed at the same sides. The counting helpers are shared with
`belli.events.discourse`, which fills a side told with no one named.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from belli.events.cue_lists import cue_list
from belli.records import Actor, Event

__all__ = ["MIN_CONFLICT_PAIRINGS", "aimed_at_the_fighting", "conflict_sides", "countries",
           "fought_inside", "guessed", "home_key", "main_pairing", "pairings"]

# "the two sides" are the document's adversaries only where their pairing recurs
MIN_CONFLICT_PAIRINGS = 2
# how many words after a demand's trigger its plea to stop fighting is looked for in
# ("demanded AN END TO THE HOSTILITIES"), and after "to" what it asks of the parties
_STOP_WITHIN = 8
_ASKED_WITHIN = 4
# how close after the trigger a plea for easing stands ("urged restraint", "called for
# calm"); farther on, "urged the population to remain calm" asks it of others
_EASED_WITHIN = 2
# grammar words beside "parties" or "sides" that are no sign of a conflict ("ALL parties")
_DETERMINERS = frozenset({"the", "all"})
# prepositions that aim fighting at someone: "violence AGAINST women", "attacks ON
# civilians"; where that is no party, the plea is for those harmed, not to the fighters
_AIMING = frozenset({"against", "on", "towards", "toward"})
_CLAUSE_END = r"[,;:.!?\"“”]"


def _armed() -> frozenset[str]:
    """The sectors that fight (data/cues.yaml, upper-cased as actors carry them)."""
    return frozenset(s.upper() for s in cue_list("armed_sectors"))


def _party_words() -> frozenset[str]:
    return cue_list("warring_words") | _DETERMINERS


def aimed_at_the_fighting(events: Sequence[Event], stated: Sequence[Event]) -> list[Event]:
    """"UNICEF demanded an end to the hostilities": a demand that asks for the fighting to
    stop, naming no one, is aimed at whoever the document tells fighting (the pair of
    sides its conflict events name most, else the countries `conflict_sides` finds)."""
    open_asks = [i for i, e in enumerate(events) if e.type == "REQUEST" and not e.target
                 and not e.reciprocal]
    named = [i for i, e in enumerate(events) if _parties_phrase(e)]
    charged = [i for i, e in enumerate(events) if e.type == "ACCUSE" and not e.target
               and not e.reciprocal and _charges_the_parties(e)]
    parties = _fighting_parties(stated) if open_asks or named or charged else ()
    out = list(events)
    for i in charged:  # "the UN says BOTH SIDES have committed abuses"
        aimed = _others_than(parties, events[i].source)
        if aimed:
            why = f"target: the sides of the document's fighting, whom it charges ({_sides_listed(aimed)})"
            out[i] = guessed(events[i], "target", aimed, why)
    for i in open_asks:
        aimed = _others_than(parties, events[i].source)
        if aimed and (_asks_to_stop_fighting(events[i], parties) or _addresses_the_parties(events[i])):
            why = f"target: the sides of the document's fighting, whom it asks ({_sides_listed(aimed)})"
            out[i] = guessed(events[i], "target", aimed, why)
    for i in named:
        out[i] = _parties_named(out[i], parties)
    return out


def _parties_phrase(event: Event) -> Actor | None:
    """The actor "the warring parties", "both sides" names, where the actor layer read it
    as no two countries (a political party, or no one); "all parties" only where what it
    is asked to do ends the fighting ("urged all parties to vote" asks it of voters)."""
    for actor in event.target:
        words = (actor.text or "").lower().split()
        if (words and words[-1] in ("parties", "sides") and set(words[:-1]) <= _party_words()
                and len(countries(event.target)) < 2
                and (set(words) & cue_list("warring_words") or _asked_after(event, actor.text))):
            return actor
    return None


def _asked_after(event: Event, phrase: str) -> bool:
    """Whether the to-clause after the phrase asks the parties to end or ease the fighting."""
    at = event.sentence.lower().find(phrase.lower(), (event.trigger_end or event.start) - event.start)
    return at >= 0 and _stops_fighting(event.sentence[at + len(phrase):])


def _stops_fighting(text: str) -> bool:
    """"to show RESTRAINT", "to allow AID through", "to return to TALKS": a to-clause that
    asks for the fighting to end or ease (data/cues.yaml `fighting_stoppers`)."""
    words = re.findall(r"[a-z-]+", re.split(_CLAUSE_END, text.lower())[0])
    return words[:1] == ["to"] and bool(set(words[1:1 + _ASKED_WITHIN]) & cue_list("fighting_stoppers"))


def _parties_named(event: Event, parties: Sequence[Actor]) -> Event:
    """"urged the warring parties to let aid through": the phrase is the fighting's sides."""
    phrase = _parties_phrase(event)
    aimed = _others_than(parties, event.source)
    if phrase is None or not aimed:
        return event
    why = f"target: '{phrase.text}' are the sides of the document's fighting ({_sides_listed(aimed)})"
    kept = tuple(a for a in event.target if a is not phrase)
    return guessed(event, "target", (*kept, *aimed), why)


def _asks_to_stop_fighting(event: Event, parties: Sequence[Actor]) -> bool:
    """Whether the words after the trigger, to the end of its clause, ask for the fighting
    to stop or ease: "an end to the war", "a halt to the fighting", "to stop the clashes",
    "restraint"; not
    "an end to violence against women", harm done to others than the parties."""
    if event.trigger_end is None:
        return False
    clause = re.split(_CLAUSE_END, event.sentence[event.trigger_end - event.start:])[0]
    words = re.findall(r"[a-z-]+", clause.lower())[:_STOP_WITHIN]
    if any(w in cue_list("truce_words") for w in words):
        return True
    if set(words[:_EASED_WITHIN]) & cue_list("easing_words"):  # "urged RESTRAINT"
        return True
    stop = next((n for n, w in enumerate(words) if w in cue_list("stopping_words")), None)
    return stop is not None and any(
        w in cue_list("fighting_words") and not _aimed_at_others(words[n + 1:], parties)
        for n, w in enumerate(words[stop + 1:], start=stop + 1))


def _aimed_at_others(after: Sequence[str], parties: Sequence[Actor]) -> bool:
    """Whether the words after a fighting noun aim it at someone no party is named in:
    "violence AGAINST WOMEN", "attacks ON CIVILIANS" (but "attacks on the army")."""
    if not after or after[0] not in _AIMING:
        return False
    names = {w.rstrip("s") for a in parties
             for w in re.findall(r"[a-z-]+", f"{a.text} {a.name or ''}".lower())}
    aimed_at = {w.rstrip("s") for w in after[1:1 + _ASKED_WITHIN]} - _DETERMINERS
    return not names & aimed_at


def _charges_the_parties(event: Event) -> bool:
    """Whether an accusation's words just after the trigger name the sides of a fight
    with no one of them named: "says BOTH SIDES have committed abuses", "accused THE
    WARRING PARTIES of war crimes"; not "all parties", which names no fight."""
    found = _parties_named_after(event, "that")
    if found is None:
        return False
    words, end = found
    said = set(words[:end])
    return said <= _party_words() and bool(said & cue_list("warring_words"))


def _addresses_the_parties(event: Event) -> bool:
    """Whether the words just after the trigger name the sides with no one of them named:
    "urged BOTH SIDES to show restraint", "called on THE WARRING PARTIES to"; "all
    parties" only where they are asked to end the fighting ("to agree a TRUCE")."""
    found = _parties_named_after(event, "on", "upon")
    if found is None:
        return False
    words, end = found
    if words[end + 1:end + 2] == ["of"]:
        return False  # "both sides of the river" are places
    if not set(words[:end]) <= _party_words():
        return False
    return bool(set(words[:end]) & cue_list("warring_words")) or _asked_after(event, words[end])


def _parties_named_after(event: Event, *leading: str) -> tuple[list[str], int] | None:
    """The first words after the trigger, past one leading word ("said THAT", "called
    ON"), and where "parties" or "sides" stands among them after a word that qualifies it
    ("BOTH sides"); None where they do not end so."""
    if event.trigger_end is None:
        return None
    words = re.findall(r"[a-z-]+", event.sentence[event.trigger_end - event.start:].lower())[:5]
    words = words[1:] if words[:1] and words[0] in leading else words
    end = next((n for n, w in enumerate(words) if w in ("parties", "sides")), None)
    return (words, end) if end else None


def _fighting_parties(stated: Sequence[Event]) -> tuple[Actor, ...]:
    """The two or more kinds of actor the document's fighting sets against each other most
    often, one actor of each; else the two countries of `conflict_sides`."""
    counts: Counter[frozenset[str]] = Counter()
    seen: dict[str, Actor] = {}
    for event in stated:
        if event.quad != 4 or event.negated:
            continue
        keys = {k: a for a in (*event.source, *event.target)
                if (k := home_key(a)) and a.sector in _armed()}
        if len(keys) >= 2 and (event.reciprocal or event.target):
            counts[frozenset(keys)] += 1
            seen.update(keys)
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return tuple(seen[k] for k in sorted(ranked[0][0]))
    pair = conflict_sides(stated)
    return tuple(Actor(text=c, name=c, country=c) for c in dict.fromkeys(pair or ()))



def _others_than(parties: Sequence[Actor], source: Sequence[Actor]) -> tuple[Actor, ...]:
    """The parties, less the demanding side itself: "Kyiv called for an end to the war"
    asks it of Moscow; in a war inside one country, of the other kind of actor."""
    if len({a.country for a in parties}) > 1:
        mine = {a.country for a in source if a.country}
        return tuple(a for a in parties if a.country not in mine)
    keys = {home_key(a) for a in source}
    return tuple(a for a in parties if home_key(a) not in keys)



def _sides_listed(actors: Sequence[Actor]) -> str:
    """"SDN MIL, SDN REB": each actor's country and sector, for a reason."""
    return ", ".join(" ".join(p for p in (a.country, a.sector) if p) for a in actors)


def conflict_sides(events: Sequence[Event]) -> tuple[str, str] | None:
    """The document's two adversaries in arms, or None: the countries that one pairing of
    material conflict (quad 4) clearly leads with, else, where no such event names both
    sides ("servicemen were killed", "Azerbaijani troops occupied positions"), the two
    countries such events name most, clearly ahead of any third, else, where the fighting
    is inside one country (`_fought_inside`), that country on both sides. Words are left
    out: a story of one war tells accusations against third states too."""
    material = [e for e in events if e.quad == 4 and not e.negated]
    pairs = pairings(material)
    # one clash at home is not yet a civil war's two sides: its fighting must recur
    inside = fought_inside(material, pairs, MIN_CONFLICT_PAIRINGS)
    civil = (next(iter(inside)),) * 2 if len(inside) == 1 else None
    return main_pairing(pairs, 1) or _two_named(material) or civil



def fought_inside(conflict: Sequence[Event], adversaries: dict[str, dict[str, int]],
                   least: int = 1) -> set[str]:
    """The countries whose conflict the document tells inside them: at least `least`
    events, and more than set them against any one foreign country, set their own actors
    against each other (an army against rebels, gunmen against villagers)."""
    home = Counter(c for e in conflict if not e.negated and not e.reciprocal
                   for c in countries(e.source) & countries(e.target))
    return {c for c, n in home.items()
            if n >= least and n > max((adversaries.get(c) or {}).values(), default=0)}



def _two_named(events: Sequence[Event]) -> tuple[str, str] | None:
    """The two countries the events name most, clearly ahead of a third; none where an
    event sets a country against itself (a conflict inside one country, where a foreign
    name is a bystander's)."""
    if any(countries(e.source) & countries(e.target) for e in events):
        return None
    counts = Counter(c for e in events for c in countries((*e.source, *e.target)))
    ranked = counts.most_common(3)
    if len(ranked) < 2 or (len(ranked) == 3 and ranked[2][1] == ranked[1][1]):
        return None
    first, second = sorted((ranked[0][0], ranked[1][0]))
    return first, second



def main_pairing(pairs: dict[str, dict[str, int]], least: int = MIN_CONFLICT_PAIRINGS
                  ) -> tuple[str, str] | None:
    counts = sorted(((n, tuple(sorted((a, b)))) for a, partners in pairs.items()
                     for b, n in partners.items() if a < b), reverse=True)
    if not counts or counts[0][0] < least or (
            len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    first, second = counts[0][1]
    return first, second



# who reports on a conflict is no side of it: a rights group's or an outlet's charge or
# call pairs it with whom it names, which makes it no counterpart of their deeds (as the
# acting side only: journalists shot are a side of the shooting)
_OBSERVERS = frozenset({"NGO", "JRN"})


def pairings(events: Sequence[Event]) -> dict[str, dict[str, int]]:
    pairs: dict[str, dict[str, int]] = {}
    for event in events:
        if event.negated:
            continue  # what did not happen pairs no one
        sources = {a.country for a in event.source if a.country and a.sector not in _OBSERVERS}
        targets = {a.country for a in event.target if a.country}
        if sources & targets:
            continue  # a conflict inside one country: a foreign name beside is no partner
        for s in sources:
            for t in targets:
                pairs.setdefault(s, {}).setdefault(t, 0)
                pairs[s][t] += 1
                pairs.setdefault(t, {}).setdefault(s, 0)
                pairs[t][s] += 1
    return pairs



def countries(actors: Sequence[Actor]) -> set[str]:
    """The countries the actors are of."""
    return {a.country for a in actors if a.country}



def home_key(actor: Actor) -> str | None:
    """A country's actor of one kind ("SOM|REB"): the parties of a conflict inside one
    country are told apart by sector."""
    return f"{actor.country}|{actor.sector}" if actor.country and actor.sector else None



def guessed(event: Event, slot: str, actors: tuple[Actor, ...], why: str | None) -> Event:
    """The event with `slot` inferred, saying why (the learned confidence reads it)."""
    return event.replace(**{slot: actors}, reason=f"{event.reason}; {why}")
