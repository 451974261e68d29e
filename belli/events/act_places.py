"""Where an act happened, for the event coder (`belli.events.coder`): the place its
clause names with in/at/near/across/over, a toponym the clause reaches through objects
and place prepositions, or the place the act is done to ("shelled Kharkiv"); and, once
the actors are settled, the place a participle of consequence borrows from its verb.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from belli.events.cue_lists import cue_list
from belli.events.draft import Draft
from belli.events.participants import PLACE_KINDS, Participants
from belli.events.syntax import clause_verb, lemma, objects_of, prep_objects
from belli.events.triggers import Trigger
from belli.geo.events import LOCATIVES, event_place, finer, named_as_is, narrowest
from belli.records import Mention, Place

__all__ = ["act_place", "borrowed_place"]

_LOCATIVE = frozenset(LOCATIVES)
_PLACED_BY_OBJECT = cue_list("placed_by_object")
# prepositions on the way from a clause's verb to where its act happened
_PLACE_PREPS = _LOCATIVE | {"during", "amid"}
_NEARBY = 300  # characters before a place within which the text may name a finer one


def act_place(trigger: Trigger, people: Participants, draft: Draft) -> Place | None:
    """The place the trigger's clause names with in/at/near/across/over."""
    heads = [trigger.head, trigger.token]
    if trigger.kind == "nouns" and trigger.token.head != trigger.token:
        heads.append(trigger.token.head)
    return (_prep_place(heads, people, draft) or _clause_place(trigger, people)
            or _object_place(trigger, people, draft))


def _prep_place(heads: list[Token], people: Participants, draft: Draft) -> Place | None:
    """The first place a locative phrase of the heads names, or a finer one of the same
    country another of them names ("a town in eastern Congo near Goma": Goma)."""
    chosen: tuple[Place, str | None] | None = None
    for found in _locative_places(heads, people):
        if chosen is None or finer(found[0], chosen[0]):
            chosen = found
    if chosen is None:
        return None
    place, mention_id = chosen
    if not mention_id:
        return place
    draft.mention_ids.append(mention_id)
    return _narrowed(place, mention_id, people, draft)


def _locative_places(heads: list[Token],
                     people: Participants) -> Iterator[tuple[Place, str | None]]:
    for head in heads:
        for prep, obj in prep_objects(head, deep=head.pos_ == "VERB"):
            if prep in _LOCATIVE:
                found = _place_of(obj, people)
                if found is not None:
                    yield found


def _place_of(token: Token, people: Participants) -> tuple[Place, str | None] | None:
    """The place a toponym phrase names (`Participants.place`), or an analyst's point
    named in full whatever the model's label ("the Red Hill Checkpoint" as an ORG)."""
    found = people.place(token)
    if found is not None:
        return found
    for mention in people.by_token.get(token.i, ()):
        if mention.place is not None and mention.place.precision == "exact" \
                and named_as_is(mention):
            return mention.place, mention.mention_id
    return None


def _narrowed(place: Place, mention_id: str, people: Participants, draft: Draft) -> Place:
    """The finer place the text puts in the one found, right before it ("Kapan, in
    Armenia's Syunik province": Kapan, `belli.geo.events.narrowest`), else the place."""
    container = next((m for m in people.mentions if m.mention_id == mention_id), None)
    if container is None:
        return place
    nearby = people.between(max(0, container.start - _NEARBY), container.start)
    inner = narrowest(people.text, [*nearby, container], container)
    if inner is container or inner.place is None:
        return place
    draft.mention_ids.append(inner.mention_id)
    why = f"'{inner.text}', which the text puts in '{container.text}'"
    return inner.place.replace(reason=f"{why}: {inner.place.reason}")


def borrowed_place(trigger: Trigger, people: Participants, draft: Draft) -> Place | None:
    """Where the event's own clause names no place: its verb's, for a participle of
    consequence. Read once the actors are settled: a borrowed place says where, never whose
    the unnamed actors are. (Not the dateline's: a story is filed where its reporter is,
    and placing events there kept seven pairs of one event's reports apart in linking.)"""
    if _consequence(trigger.token):  # "a bomb exploded in Kabul, killing six"
        return _prep_place([trigger.token.head], people, draft)
    return None


def _object_place(trigger: Trigger, people: Participants, draft: Draft) -> Place | None:
    """The place an act is done to, where the act happens at its object ("shelled
    Kharkiv", "Goma was captured")."""
    if trigger.kind != "verbs" or draft.type.lower() not in _PLACED_BY_OBJECT:
        return None
    for obj in objects_of(trigger.token):
        found = _place_of(obj, people)
        if found is not None and found[0].lat is not None:
            place, mention_id = found
            if mention_id:
                draft.mention_ids.append(mention_id)
            return place.replace(reason=f"the act's object: {place.reason or place.name}")
    return None


def _consequence(token: Token) -> bool:
    """A participle clause of what its verb did ("exploded in X, killing six"): it
    happened where that verb did."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.pos_ == "VERB" \
        and token.i > token.head.i


def _clause_place(trigger: Trigger, people: Participants) -> Place | None:
    """Where the parse hung no place on the trigger, a toponym its clause reaches through
    objects and place prepositions only ("detonated devices near a convoy in the town of
    X", "arrested six during a raid in X"). One inside an actor's phrase ("a Uyghur
    living in X"), a possessive ("in X's promises"), an earlier or later act ("after
    talks in X"), the act an agreement is about ("agreed to the deployment in X") or a
    target's whereabouts ("sanctions on companies in X") is not where the act happened."""
    verb = clause_verb(trigger.token)
    start, end = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    inside = [m for m in people.between(start, end) if _reached(m, verb, people)]
    if not inside:
        return None
    return event_place(people.text, inside, start, end, trigger.head.idx)


def _reached(mention: Mention, verb: Token, people: Participants) -> bool:
    span = people.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "compound" and lemma(root.head) in PLACE_KINDS:
        root = root.head  # "in Cauca department"
    if root.dep_ != "pobj":
        return False
    path = [root]
    while path[-1] != verb and path[-1].head != path[-1]:
        path.append(path[-1].head)
    return path[-1] == verb and all(_place_link(t) for t in path[:-1])


def _place_link(token: Token) -> bool:
    if token.dep_ != "prep":
        return token.dep_ in ("pobj", "dobj")
    if token.lower_ == "of":  # "the town of X", not "accused of the bombing near X"
        return lemma(token.head) in PLACE_KINDS
    return token.lower_ in _PLACE_PREPS
