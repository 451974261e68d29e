"""Actors and places from the places a mention names, for the actor stage
(`belli.actors.resolve`): the owner and the names coordinated with it ("Armenian and
Azerbaijani forces"), each a state or body later text may refer back to; and, where no
actor reads, the place the knowledge base lists or a city of the mention's name."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from belli.actors.antecedents import Antecedent, kind_of
from belli.actors.context import Anchor, is_coordinated
from belli.actors.divisions import division_abroad
from belli.actors.doc_state import STATE_KINDS, DocState
from belli.actors.inside_names import posted_at
from belli.actors.places import PlaceNames
from belli.actors.readings import (
    Facts,
    Reading,
    choose_match,
    is_location_reading,
    read_anchor,
)
from belli.actors.societies import national_society
from belli.records import Actor, Mention

__all__ = ["PlaceReader"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass
class PlaceReader:
    """Reads the actors and place of a mention from the places it names."""

    places: PlaceNames
    policy: str

    def read(self, places: list[Anchor], facts: Facts, doc: Any, state: DocState,
             mention: Mention) -> tuple[list[Actor], Any]:
        actors: list[Actor] = []
        place = None
        society = national_society(places, doc, facts)  # "the Kenya Red Cross": KEN NGO
        if society is not None:
            return [society], None
        places = [a for i, a in enumerate(places) if not _qualifies(a, places[i + 1:i + 2], doc)]
        for i, anchor in enumerate(places):
            if i and (not is_coordinated(doc, places[i - 1], anchor)
                      or posted_at(doc, places[i - 1], anchor, facts)):
                break  # only the owner and names coordinated with it ("Armenian and Azerbaijani")
            match = choose_match(anchor.matches, facts.position)
            reading = read_anchor(match, _for_anchor(facts, anchor, len(places)), self.policy)
            place = place or self.places.located(self.places.enriched(reading.place, anchor.text))
            if reading.actor is not None:
                actors.append(reading.actor)
                if not is_location_reading(reading.actor):
                    _note_antecedent(state, mention, match, reading, facts)
        return actors, place

    def bare_place(self, mention: Mention, span: Any, anchors: list[Anchor], place: Any,
                   state: DocState) -> tuple[list[Actor], Any]:
        """A mention no actor reads: the place the knowledge base lists, else a city."""
        actors: list[Actor] = []
        if place is None:
            inside = span if mention.label in _PLACE_LABELS else None
            place = self.places.known_place(mention.text, inside)
        if mention.label in _PLACE_LABELS:
            guessed = place is None  # no place the knowledge base lists
            actors, place = self.places.city(mention, place)
            if _named_after(anchors, actors, state.named) or (
                    guessed and division_abroad(mention, actors, state.named)):
                # "Mandela township": a town named after a person, and the gazetteer's
                # town of that name lies in a state the story never names: no guess
                actors, place = [], None
        return actors, place


def _note_antecedent(state: DocState, mention: Mention, match: Any, reading: Reading,
                     facts: Facts) -> None:
    actor = reading.actor
    if actor is not None and (actor.person or actor.role):
        _note_owner(state, mention, match, actor)
        return
    if actor is None:
        return
    kind = ("igo" if kind_of(actor) == "igo" else "state" if match.kind in STATE_KINDS
            else None)
    if kind is None or (match.kind in ("adjective", "demonym") and facts.is_phrase):
        kind = "owner"  # "Iraqi" in "Iraqi forces": a country to refer back to, not a subject
    state.antecedents.append(Antecedent(
        start=mention.start, sentence=mention.sentence, actor=actor, kind=kind,
        subject=facts.position == "subject",
    ))


def _note_owner(state: DocState, mention: Mention, match: Any, actor: Actor) -> None:
    """The state a person or an office is named by ("KENYA'S president", "the Iranian
    foreign minister"): a country "the country" may refer back to, never an "it"."""
    if match.kind not in STATE_KINDS or not actor.country:
        return
    owner = Actor(text=mention.text, name=getattr(match.entry, "name", None),
                  country=actor.country, reason=f"the state '{mention.text}' is named by")
    state.antecedents.append(Antecedent(start=mention.start, sentence=mention.sentence,
                                        actor=owner, kind="office"))


def _qualifies(anchor: Anchor, after: list[Anchor], doc: Any) -> bool:
    """A national adjective right before a named body only says whose body it is ("the
    Iranian Revolutionary Guards", "Sudanese Rapid Support Forces"): one actor, the body.
    So does its state as owner, where the body is that state's ("IRAN'S Revolutionary
    Guards")."""
    if not after or "institution" not in after[0].kinds():
        return False
    if anchor.kinds() <= {"adjective", "demonym"}:
        return after[0].start == anchor.end
    owners = {m.code for m in anchor.matches if m.kind in ("country", "metonym")}
    bodies = {m.code for m in after[0].matches if m.kind == "institution"}
    return (after[0].start == anchor.end and doc[anchor.end - 1].tag_ == "POS"
            and bool(owners) and bodies <= owners)


def _named_after(anchors: list[Anchor], actors: list[Actor], named: frozenset[str]) -> bool:
    """Whether a place's name is only a known person's and its town lies in a state the
    document does not name."""
    return (bool(anchors) and all(a.kinds() == {"person"} for a in anchors)
            and bool(actors) and actors[0].country not in named)


def _for_anchor(facts: Facts, anchor: Anchor, count: int) -> Facts:
    """Facts for one name of the mention; several coordinated names each keep their text."""
    return replace(facts, text=facts.text if count == 1 else anchor.text,
                   is_phrase=facts.is_phrase or count > 1, name=anchor.text)
