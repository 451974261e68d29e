"""The place of an event: the toponym its clause puts it in ("shelled villages near Kapan").

For the event coder. After the place stage every toponym mention carries a `Place`; an
event takes the place of a mention inside its clause that a locative preposition governs
(in, at, near, across, over, outside, inside, around, throughout, along, within, off),
allowing an article, a direction and a kind word between them ("in the southern town of
Kapan"). A name the clause only uses as an actor ("Moscow sent troops") or inside another
name ("Russian diplomats") is no event place. When several qualify the one nearest the
trigger wins.

The returned `Place` is the mention's, with `reason` prefixed by the preposition phrase;
`precision` (exact, town, region, country) and `feature` are the place stage's, so a
country named as the place ("in Syria") stays a country and is never drawn as a town.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from belli.geo.names import fold
from belli.geo.toponyms import PLACE_LABELS
from belli.records import Mention, Place

__all__ = ["LOCATIVES", "event_place", "locative_of"]

LOCATIVES = ("in", "at", "near", "across", "over", "outside", "inside", "around",
             "throughout", "along", "within", "off")
_BEFORE = re.compile(
    r"\b(" + "|".join(LOCATIVES) + r")\s+(?:the\s+|a\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|"
    r"northwestern|southeastern|southwestern|nearby|rural|occupied|disputed|capital|"
    r"border|restive|besieged|frontline|front-line)\s+)*"
    r"(?:(?:city|town|village|region|province|district|area|capital|port|enclave|"
    r"settlement|county|state|republic|coast|shores?|outskirts|department|governorate)"
    r"\s+of\s+)?$",
    re.IGNORECASE)


def locative_of(text: str, mention: Mention) -> str | None:
    """The locative preposition that governs `mention` in `text` ("in", "near"), or None."""
    found = _BEFORE.search(text[max(0, mention.start - 60):mention.start])
    return found.group(1).lower() if found else None


def event_place(text: str, mentions: Sequence[Mention], start: int, end: int,
                trigger: int | None = None) -> Place | None:
    """The place of the event whose clause spans [start, end) of `text`, or None.

    `mentions` are the analysis' mentions after the place stage; `trigger` is the offset
    of the event's trigger word, used to choose among several located toponyms.
    """
    anchor = trigger if trigger is not None else start
    found: list[tuple[int, int, Mention, Place, str]] = []
    for mention in mentions:
        place = mention.place
        if place is None or not (start <= mention.start and mention.end <= end):
            continue
        preposition = locative_of(text, mention)
        if preposition is not None and _is_place(mention, place):
            found.append((abs(mention.start - anchor), mention.start, mention, place,
                          preposition))
    if not found:
        return None
    *_, mention, place, preposition = min(found, key=lambda f: f[:2])
    why = f"'{preposition} {mention.text}' in the event's clause"
    return place.replace(reason=f"{why}: {place.reason}" if place.reason else why)


def _is_place(mention: Mention, place: Place) -> bool:
    """A mention that is itself a place: a place label, a location reading of the actor
    stage, or a name the gazetteer gave as is (a town the model tagged as a person)."""
    if place.lat is None:
        return False
    if mention.label in PLACE_LABELS or any(a.is_location for a in mention.actors):
        return True
    names = {fold(n) for n in (place.name, *place.variants)}
    return fold(mention.text) in names
