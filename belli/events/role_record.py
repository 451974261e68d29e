"""The sides one trigger's role finders build up: `Roles`, and the notes that say how
each actor was found (they become the event's reason)."""

from __future__ import annotations

from dataclasses import dataclass, field

from belli.actors.kb import load_kb
from belli.actors.sectors import STATE_ORGANS
from belli.events.found_actor import same_actor
from belli.events.participants import Found
from belli.events.syntax import Token
from belli.records import Actor

__all__ = ["Roles", "actor_key", "actor_keys", "note", "one_side_each", "organ_of_source",
           "own_body"]


@dataclass
class Roles:
    """The sides found for one trigger, and how each was found."""

    source: list[Found] = field(default_factory=list)
    target: list[Found] = field(default_factory=list)
    reciprocal: bool = False
    partnered: bool = False  # a target came with "with": a partner, not someone acted on
    direct: bool = False  # a target is the verb's object ("telephoned Kozyrev")
    how: list[str] = field(default_factory=list)  # for the event's reason


def actor_key(found: Found) -> tuple[str | None, str | None, str | None]:
    actor = found.actor
    return actor.country, actor.sector, actor.person


def actor_keys(side: list[Found]) -> set[tuple[str | None, str | None]]:
    """The (country, sector) pairs a side already holds, to add only new ones."""
    return {(f.actor.country, f.actor.sector) for f in side}


def organ_of_source(found: Found, source: set[tuple[str | None, str | None]]) -> bool:
    """Whether an actor is an unnamed organ of a state the source (its country and sector
    pairs) is an organ of: "the army" beside the prime minister; not a person named."""
    states = {country for country, sector in source if sector in STATE_ORGANS}
    return (found.actor.country in states and found.actor.sector in STATE_ORGANS
            and not found.actor.person)


def own_body(found: Found, source: list[Found]) -> bool:
    """Whether an actor is a source's own body: the very same entity, or an unnamed body
    of a named source's country and sector ("Minister Rossi urged ITALIAN OFFICIALS").
    Bodies named apart stay two ("Erdogan warned Interior Minister Soylu", two rival named
    factions), and so does a named body beside an unnamed one ("forces loyal to Haftar
    shelled LIBYAN GOVERNMENT FORCES"); a place the source names speaks for no one."""
    actor, key = found.actor, same_actor(found)
    return any((f.actor.country, f.actor.sector) == (actor.country, actor.sector)
               and (same_actor(f) == key or _named(f.actor) and not _named(actor))
               for f in source if not f.is_place)


def _named(actor: Actor) -> bool:
    """Whether an actor names a person or a body of its own, not only its country."""
    if actor.person:
        return True
    if actor.name is None or actor.country is None:
        return False
    try:
        country = load_kb().country(actor.country).name
    except KeyError:
        return True  # an organization's or a group's own name
    return actor.name != country


def note(roles: Roles, found: list[Found], slot: str, token: Token) -> None:
    if found:
        codes = ", ".join(_code(f) for f in found)
        roles.how.append(f"{codes} from {slot} '{token.text}'")


def _code(found: Found) -> str:
    actor = found.actor
    return " ".join(x for x in (actor.country or "?", actor.sector) if x)


def one_side_each(roles: Roles, undergoes: bool) -> None:
    """One mention on both sides as the same actor ("Russia was subjected to ...", "the
    convoy came under ...") stays on one: the target where the subject undergoes the act
    (a passive or a converse verb), else the source. Never a self-act from one phrase."""
    source = {(f.mention_id, actor_key(f)) for f in roles.source if f.mention_id}
    shared = source & {(f.mention_id, actor_key(f)) for f in roles.target if f.mention_id}
    if not shared:
        return
    if undergoes:
        roles.source = [f for f in roles.source if (f.mention_id, actor_key(f)) not in shared]
    else:
        roles.target = [f for f in roles.target if (f.mention_id, actor_key(f)) not in shared]
    roles.how.append("one mention on both sides: kept as the "
                     + ("target, the subject undergoes the act" if undergoes else "source"))
