"""An event while it is being coded: the trigger, what was found, and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from belli.events.modality import Modality
from belli.events.participants import Found
from belli.events.roles import Roles
from belli.events.triggers import Trigger
from belli.records import Place

__all__ = ["Draft"]


@dataclass
class Draft:
    """Mutable while the coder settles type, actors and modality; then an `Event`."""

    trigger: Trigger
    sentence: Any
    type: str
    mode: str | None
    roles: Roles
    modality: Modality
    intent: str | None = None
    place: Place | None = None
    mention_ids: list[str] = field(default_factory=list)
    why: list[str] = field(default_factory=list)
    # triggers merged into this one, each with whose word it was told on: its numbers
    # are that speaker's claim
    also: list[tuple[Trigger, str | None]] = field(default_factory=list)
    alleged: bool = False  # an act named by an accusation, told on the accuser's word

    @property
    def actors(self) -> list[Found]:
        return self.roles.source + self.roles.target

    def countries(self, side: list[Found]) -> set[str]:
        return {f.actor.country for f in side if f.actor.country}
