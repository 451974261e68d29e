"""The states that modify a tie between them are its two sides, not its targets.

"The war deepened Sino-Russian ties", "sanctions strengthened Iran-Russia relations":
a ties noun (the lexicon's `ties` class) is mutual, so the states that modify it hold
it together, as the states before "talks" do. Where the subject is one of them
("Moscow deepened Russian-Iranian ties") it acts and the other is the target.
"""

from __future__ import annotations

from belli.events.lexicon import load_lexicon
from belli.events.participants import Found, Participants
from belli.events.role_record import Roles, note
from belli.events.role_sources import NOUN_ACTS
from belli.events.syntax_index import Token, lemma

__all__ = ["mutual_sides"]


def _tie_states(obj: Token, people: Participants) -> list[Found]:
    """The states modifying a ties noun, where two or more distinct ones do, else []."""
    if lemma(obj) not in load_lexicon().classes.get("ties", frozenset()) or people.heads_mention(obj):
        return []
    states = [f for f in people.modifiers(obj, NOUN_ACTS) if f.actor.country and not f.is_place]
    return states if len({f.actor.country for f in states}) >= 2 else []


def mutual_sides(obj: Token, people: Participants, roles: Roles) -> bool:
    """Set the sides of a tie its modifiers name; False where the object is no such tie."""
    states = _tie_states(obj, people)
    acting = {f.actor.country for f in roles.source}
    if not states or (acting and not acting & {f.actor.country for f in states}):
        return False
    if acting:  # the subject is one side: the others are its targets
        others = [f for f in states if f.actor.country not in acting]
        roles.target.extend(others)
        note(roles, others, "the other side of the tie", obj)
        return True
    roles.source.extend(states)
    roles.reciprocal = True
    note(roles, states, "the sides of the tie", obj)
    return True
