"""The sides one trigger's role finders build up: `Roles`, and the notes that say how
each actor was found (they become the event's reason)."""

from __future__ import annotations

from dataclasses import dataclass, field

from belli.events.participants import Found
from belli.events.syntax import Token

__all__ = ["Roles", "actor_key", "note"]


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


def note(roles: Roles, found: list[Found], slot: str, token: Token) -> None:
    if found:
        codes = ", ".join(_code(f) for f in found)
        roles.how.append(f"{codes} from {slot} '{token.text}'")


def _code(found: Found) -> str:
    actor = found.actor
    return " ".join(x for x in (actor.country or "?", actor.sector) if x)
