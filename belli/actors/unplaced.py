"""Actors of a mention that names no place, for the actor stage (`belli.actors.resolve`):
a person known earlier or to the knowledge base, a division's official ("Central Java
Governor X"), a body named after its leader ("the Assad regime"), a title or body that
names one state by itself ("Secretary of State Jane Doe"), or a city's phrase."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from belli.actors.antecedents import Antecedent
from belli.actors.context import Anchor
from belli.actors.divisions import division_official
from belli.actors.doc_state import DocState
from belli.actors.document import Office, recalled
from belli.actors.mention_facts import FactReader
from belli.actors.people import choose_person, people_in
from belli.actors.places import PlaceNames
from belli.actors.readings import Facts
from belli.actors.sectors import FORMER, STATE_ORGANS
from belli.actors.societies import local_words
from belli.actors.titles import bare_congress, state_title
from belli.geo.gazetteer import load_gazetteer
from belli.records import Actor, Mention

__all__ = ["UnplacedReader"]


@dataclass
class UnplacedReader:
    """Reads the actors of mentions that name no place."""

    fact_reader: FactReader
    places: PlaceNames

    def read(self, mention: Mention, span: Any, anchors: list[Anchor], facts: Facts,
             name: list[Any], state: DocState, actors: list[Actor]) -> list[Actor]:
        """A mention naming no place: a person, a body named after its leader, a titled
        body, or a city's phrase."""
        person_like = mention.label == "PERSON"
        if person_like:
            actor = (self._person(mention, anchors, facts, state)
                     or self._titled(mention, span, facts, person=True))
            if actor is not None and actor.person and actor.country:
                # "Erdogan met Putin. BOTH LEADERS agreed": a known person's state is one a
                # description of leaders refers back to
                state.antecedents.append(Antecedent(start=mention.start, sentence=mention.sentence,
                                                    actor=actor, kind="person"))
            actors = [actor] if actor else []
            office = None if actor else self._office(facts)
            if office is not None:
                state.offices[mention.start] = office
        elif facts.cue:
            actors = self._led_by(mention, anchors, facts, state)
        if not actors and not person_like:
            titled = self._titled(mention, span, facts, person=False) or bare_congress(
                span, state.named - {"USA"})
            actors = [titled.replace(text=mention.text)] if titled else []
        if not actors and (mention.source == "phrase" or _state_organ(mention, facts)):
            actors = self.places.city_phrase(mention, span, facts, name, state.named)
        return actors

    def division_official(self, mention: Mention, span: Any, anchors: list[Anchor],
                          facts: Facts, state: DocState) -> Mention | None:
        """"Central Java Governor X": a division's office, for a person the KB does not know."""
        if mention.label != "PERSON" or any("person" in a.kinds() for a in anchors):
            return None
        title = self.fact_reader.title_tokens(span)
        first = title[0].i if title else span.start
        official = division_official(span, first, load_gazetteer().lookup, state.named)
        if official is None:
            return None
        official = official.replace(role=facts.role, person=facts.person)
        state.memory.remember(official)  # "said Harjono" later
        return mention.replace(actors=(official,), place=None)

    def _led_by(self, mention: Mention, anchors: list[Anchor], facts: Facts,
                state: DocState) -> list[Actor]:
        """A body named after its leader: "the Assad regime", "Obama's administration"."""
        entry = choose_person([e for a in anchors for e in people_in(a.matches)], state.date)
        if entry is None or facts.cue is None:
            return []
        cue, sector = facts.cue
        why = f"'{cue}' of {entry.name}, {entry.role or 'official'} of {entry.country} → {sector}"
        return [Actor(text=mention.text, name=entry.name, country=entry.country, sector=sector,
                      reason=why)]

    def _titled(self, mention: Mention, span: Any, facts: Facts, person: bool) -> Actor | None:
        """A title or body that names one state by itself (`belli.actors.titles`):
        "Secretary of State Jane Doe", "Republican lawmakers"."""
        tokens = (self.fact_reader.title_tokens(span) + list(span) + _apposed_title(span) if person
                  else _title_of(span) + list(span))
        found = state_title(tokens)
        if found is None:
            return None
        if person and found.sector in STATE_ORGANS and any(t.lower_ in FORMER for t in tokens):
            # "former Secretary of State X": a former office holder is an elite (CAMEO ELI)
            found = found.replace(sector="ELI", reason=f"former {found.reason} → ELI")
        return found.replace(text=mention.text, role=facts.role if person else None,
                             person=facts.person if person else None)

    def _office(self, facts: Facts) -> Office | None:
        """The office a person's own words state ("former president", "General",
        "opposition leader"), for a person the knowledge base does not know. Words of the
        noun a name modifies are no office ("Hutu rebel group": a group, see `domestic`)."""
        if not facts.is_phrase:
            return None
        if facts.cue is not None:
            cue, sector = facts.cue
            return Office(facts.role or cue, sector, f"title '{facts.role or cue}' → {sector}",
                          facts.person)
        if facts.role and any(w in self.fact_reader.title_words for w in facts.role.split()):
            return Office(facts.role, "GOV", f"title '{facts.role}' with no sector cue → GOV",
                          facts.person)
        return None

    def _person(self, mention: Mention, anchors: list[Anchor], facts: Facts,
                state: DocState) -> Actor | None:
        """A person with no country in the phrase: earlier in the document, or the KB."""
        known = recalled(state.memory, facts.person or mention.text)
        if known is not None:
            return known.replace(text=mention.text, role=facts.role or known.role)
        entries = [e for a in anchors for e in people_in(a.matches)]
        entry = choose_person(entries, state.date)
        if entry is None:
            return None
        sector = facts.cue[1] if facts.cue else entry.sector
        return Actor(text=mention.text, name=entry.name, country=entry.country, sector=sector,
                     role=facts.role or entry.role, person=entry.name,
                     reason=f"known person: {entry.name}, {entry.role or 'official'} of {entry.country}")


def _title_of(span: Any) -> list[Any]:
    """The title word and "of" before a body the model cut out of a title: "the secretary
    of [state] said" (the model tags "state" ORG); not in an apposition, whose name
    holds the title already ("Jane Doe, the secretary of state,")."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].dep_ == "appos":
        return []
    return [doc[i - 2], doc[i - 1]]


def _apposed_title(span: Any) -> list[Any]:
    """The words of a title in apposition after a name: "Jane Doe, the secretary of
    state, said" (a title the model did not join to the name)."""
    return [t for c in span.root.children if c.dep_ == "appos" and c.i >= span.end
            for t in c.subtree]


def _state_organ(mention: Mention, facts: Facts) -> bool:
    """A named body whose words make it a town's own organ: the town it names is its
    owner ("the Kadugli Town Council", "the Tyumen city administration")."""
    return (mention.label == "ORG" and facts.cue is not None and facts.cue[1] in STATE_ORGANS
            and any(w in local_words() for w in mention.text.lower().split()))
