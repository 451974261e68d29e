"""Acts told with no actor in their sentence take them from the text around them.

"The siege continues", "fighting broke out", "hostilities were suspended": an event noun
or an agentless passive often names no one, because the story has already said who.
Such an act is coded only where the sentence tells the act itself as happening (the
subject of a verb that starts, carries on or ends it, the doer of a passive: "villages
hit by the shelling", a passive with no doer, or a verb that ends or starts fighting
done together: "the deal halts fighting"), not where it dates, names or sets the scene
for another ("since the protest began", "under the ceasefire", "two days of clashes"),
and only where the context says who clearly:

- the same act told again: a definite noun ("the siege", not "a clearance operation")
  or an agentless passive repeats the nearest earlier act of its type told with its
  actors, a few sentences back at most, and takes its sides;
- the document's two sides: fighting done together ("clashes began") or its suspension
  ("a ceasefire has held", "hostilities were suspended", "the accord ended the
  hostilities") in a story of one armed conflict, told by more than one act of arms, is
  done by the conflict's two adversaries together (`discourse.conflict_sides`). A passive whose subject is no such fighting ("a
  convoy was ambushed", "dozens were wounded") was done by one side, the text not saying
  which.

A question ("did the ceasefire hold?") tells no act, and an act told twice in one
sentence ("fighting broke out and clashes continued") is coded once.

Elsewhere the act stays uncoded: in the golden files most event nouns with no actor are
re-mentions or scenery, and guessing their sides costs more right events than it finds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from belli.events.cue_lists import cue_list
from belli.events.discourse import conflict_sides
from belli.events.place_targets import PROTEST_AT_OWN_STATE, state_actor
from belli.events.syntax import Token, agent_of, is_passive, lemma
from belli.events.syntax_index import sentence_of
from belli.events.triggers import Trigger
from belli.records import Actor, Event

__all__ = ["ANAPHORA_WINDOW_SENTENCES", "adopt_actors", "aspectual_verbs", "may_adopt",
           "told_as_happening"]

ANAPHORA_WINDOW_SENTENCES = 3  # how far back "the siege continues" looks for the siege
# types done by both sides of a conflict at once, or that suspend it
_JOINT_TYPES = frozenset({"ASSAULT", "RETREAT"})
# one attack told is not yet a conflict's two sides: its acts of arms must recur
_MIN_FIGHTS = 2


def adopt_actors(unowned: Sequence[tuple[Trigger, Event]], told: Sequence[Event],
                 sentence_of: Callable[[int], int]) -> list[Event]:
    """Of the events coded with no actor (each beside its trigger), those the context
    gives actors, with them and the reason; `told` are the document's other events and
    `sentence_of` numbers the sentence of an offset."""
    sides = conflict_sides(told) if _fights(told) >= _MIN_FIGHTS else None
    out: list[Event] = []
    for trigger, event in unowned:
        if not may_adopt(trigger, event.type) or "future" in event.aux \
                or _told_here(event, [*told, *out]):
            continue
        repeated = _repeated(event, told, sentence_of) if _points_back(trigger) else None
        adopted = repeated or _together(trigger, event, sides) or _crowd_of_the_place(event)
        if adopted is not None:
            out.append(adopted)
    return out


def may_adopt(trigger: Trigger, type: str) -> bool:
    """Whether the context may give actors to an act told with none: one told as
    happening, or a crowd's protest. The trigger and type alone say so, before the
    event is built."""
    return told_as_happening(trigger.head, trigger.kind) or _crowd_protested(trigger, type)


def told_as_happening(token: Token, kind: str) -> bool:
    """Whether the clause tells the act itself: an event noun that is the subject of a
    verb that starts, carries on or ends it, or the doer of a passive ("villages hit BY
    THE SHELLING": the act did something); a passive with no doer; a verb that stops or
    starts fighting done together ("the deal halts FIGHTING"). Neither in a clause that
    dates another act nor in a question."""
    if _asked(token):
        return False
    verb = _caused(token) or (_telling_verb(token) if kind == "nouns" else _told_verb(token))
    if verb is None:
        return False
    return not any(_dating(c) for c in verb.children)


def _dating(child: Token) -> bool:
    """A mark of a clause that dates another act; the parser labels a "when" or a "while"
    that opens a clause as an adverb ("who were there WHEN the road was closed")."""
    if child.lower_ not in cue_list("dating_marks"):
        return False
    return child.dep_ == "mark" or (child.dep_ == "advmod" and child.tag_ == "WRB")


def _caused(token: Token) -> Token | None:
    """The passive verb whose doer the act is ("displaced BY FIGHTING", a noun or a
    gerund): what the act did is told, so the act happened. The parser labels the "by"
    of a passive a plain preposition now and then."""
    by = token.head
    if token.dep_ not in ("pobj", "pcomp") or by.lower_ != "by":
        return None
    if by.dep_ == "agent" or (by.dep_ == "prep" and is_passive(by.head)):
        return by.head
    return None


def _telling_verb(noun: Token) -> Token | None:
    """The verb that starts, carries on or ends the act an event noun names, if any."""
    if noun.dep_ in ("nsubj", "nsubjpass") and lemma(noun.head) in aspectual_verbs():
        return noun.head
    return None


def _told_verb(verb: Token) -> Token | None:
    """The verb itself where it tells an act with no doer named: a passive with no "by",
    or an act on fighting done together ("the accord ended the hostilities")."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return verb if agent_of(verb) is None else None
    return verb if _fighting_acted_on(verb) else None


def _crowd_protested(trigger: Trigger, type: str) -> bool:
    """A protest verb whose doer is a crowd told by its size: only a protest, since a
    crowd's clash or attack is no side of the story's conflict."""
    return type == "PROTEST" and trigger.kind == "verbs" and _crowd_did(trigger.head)


def _crowd_did(verb: Token) -> bool:
    """Whether the verb's doer is a crowd told by its size alone ("HUNDREDS marched",
    "THOUSANDS rallied", "2,000 protested"): people the text counts but does not name."""
    return any(c.dep_ == "nsubj" and (c.tag_ == "CD" or (
        c.tag_ == "NNS" and lemma(c) in cue_list("toll_counts"))) for c in verb.children)


def _fighting_acted_on(verb: Token) -> bool:
    """Whether the verb's object is fighting done together ("halts FIGHTING", "ended the
    HOSTILITIES"); the parser may take a gerund object for a clause ("halts fighting")."""
    return any(c.dep_ in ("dobj", "xcomp") and _is_fighting(c) for c in verb.children)


def _is_fighting(token: Token) -> bool:
    """A word of fighting done together, or of its pause (`joint_fighting_nouns`)."""
    fights = cue_list("joint_fighting_nouns")
    return lemma(token) in fights or token.lower_ in fights


def aspectual_verbs() -> frozenset[str]:
    """Verbs whose subject is an act they start, carry on or end (`aspectual_verbs` in
    data/cues.yaml: a word list analysts extend)."""
    return cue_list("aspectual_verbs")


def _asked(token: Token) -> bool:
    """Whether the token's sentence is a direct question: it asks, it tells nothing."""
    # a sentence that ends a paragraph carries the blank lines after it
    return sentence_of(token).text.rstrip().rstrip("\"'”’)").endswith("?")


def _fights(told: Sequence[Event]) -> int:
    """How many acts of arms (quad 4) the document tells with a country named."""
    return sum(1 for e in told if e.quad == 4 and not e.negated and _named(e))


def _told_here(event: Event, told: Sequence[Event]) -> bool:
    """Whether the sentence already codes an act of the type: "five were killed and
    five others injured" tells one attack, "fighting broke out and clashes continued"
    one fight, each coded once."""
    return any(e.start == event.start and e.type == event.type for e in told)


def _points_back(trigger: Trigger) -> bool:
    """"The siege", "this attack", "Tuesday's attack": a definite noun speaks of an act
    the reader knows; "a clearance operation" brings in a new one. A passive with no
    doer speaks of a known act where what it befell is known: "THE girls were released",
    not "humanitarian corridors were opened"."""
    if trigger.kind == "nouns":
        return _definite(trigger.head)
    return any(_definite(c) for c in trigger.token.children if c.dep_ == "nsubjpass")


def _definite(noun: Token) -> bool:
    new = cue_list("new_act_determiners")
    return any(c.dep_ in ("det", "poss") and c.lower_ not in new for c in noun.children)


def _repeated(event: Event, told: Sequence[Event],
              sentence_of: Callable[[int], int]) -> Event | None:
    """The event with the sides of the same act told just before, if there is one."""
    here = sentence_of(event.start)
    earlier = [e for e in told if e.start < event.start and e.type == event.type
               and not e.negated and _named(e)
               and here - sentence_of(e.start) <= ANAPHORA_WINDOW_SENTENCES]
    if not earlier:
        return None
    last = max(earlier, key=lambda e: e.start)
    why = f"actors: it tells again '{last.trigger}' of the sentences before"
    return _with_sides(event, last.source, last.target, last.reciprocal, why)


def _together(trigger: Trigger, event: Event, sides: tuple[str, str] | None) -> Event | None:
    """Fighting done together, or its suspension, in a story of one armed conflict, is
    done by the conflict's two sides."""
    if sides is None or event.type not in _JOINT_TYPES or not _joint(trigger):
        return None
    countries = tuple(dict.fromkeys(sides))  # a conflict inside one country: one actor
    actors = tuple(Actor(text=c, name=c, country=c) for c in countries)
    why = f"actors: {' and '.join(countries)} {'are' if len(countries) > 1 else 'is'} " \
          "the document's sides in arms"
    return _with_sides(event, actors, (), True, why)


def _crowd_of_the_place(event: Event) -> Event | None:
    """"PROTESTS erupted in Tehran", "hundreds MARCHED in Tbilisi": a protest whose crowd
    the text does not name is made by the civilians of the country it is in, and addresses
    their own state (the convention `place_targets.own_state` follows for a named crowd)."""
    place = event.place
    if event.type != "PROTEST" or place is None or not place.country:
        return None
    country = place.country
    crowd = state_actor(country, "CVL", f"an unnamed crowd in {place.name}: its country's civilians")
    state = state_actor(country, "GOV", PROTEST_AT_OWN_STATE)
    why = f"actors: an unnamed crowd in {place.name}, {country} CVL against {country} GOV"
    return _with_sides(event, (crowd,), (state,), False, why)


def _joint(trigger: Trigger) -> bool:
    """Whether the act is done by both sides at once: a noun of mutual fighting ("clashes
    began"; not "the offensive began", one side's act whose side is not known), a verb
    whose object is such fighting ("the deal halts fighting"), such fighting as a gerund
    ("displaced by fighting"), or a passive whose subject is such fighting ("hostilities
    were suspended"; not "a convoy was ambushed" or "dozens were wounded", done by one
    side to the other)."""
    if trigger.kind == "nouns":
        return trigger.deciding.roles == "reciprocal"
    verb = trigger.token
    if verb.tag_ == "VBG" and _is_fighting(verb):
        return True  # a gerund read as a verb: "displaced by FIGHTING"
    return _fighting_acted_on(verb) or any(
        c.dep_ == "nsubjpass" and _is_fighting(c) for c in verb.children)


def _named(event: Event) -> bool:
    return any(a.country for a in (*event.source, *event.target))


def _with_sides(event: Event, source: Sequence[Actor], target: Sequence[Actor],
                reciprocal: bool, why: str) -> Event:
    return event.replace(source=tuple(source), target=tuple(target), reciprocal=reciprocal,
                         reason=f"{event.reason}; {why}")
