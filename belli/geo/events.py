"""The place of an event: the toponym its clause puts it in ("shelled villages near Kapan").

For the event coder. After the place stage every toponym mention carries a `Place`; an
event takes the place of a mention inside its clause that a locative preposition governs
(in, at, near, across, over, outside, inside, around, throughout, along, within, off),
allowing an article, a direction and a kind word between them ("in the southern town of
Kapan"). A name the clause only uses as an actor ("Moscow sent troops") or inside another
name ("Russian diplomats") is no event place. When several qualify the one nearest the
trigger wins.
A division or a country that the text names as the container of a finer place before
it ("Kapan, in Armenia's Syunik province"; "near Kapan, in Syunik") gives way to that
place (`narrowest`): an event is placed at the most specific place its clause names.

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

__all__ = ["LOCATIVES", "event_place", "finer", "locative_of", "named_as_is", "narrowest"]

LOCATIVES = ("in", "at", "near", "across", "over", "outside", "inside", "around",
             "throughout", "through", "along", "within", "off")
_BEFORE = re.compile(
    r"\b(" + "|".join(LOCATIVES) + r")\s+(?:the\s+|a\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|"
    r"northwestern|southeastern|southwestern|nearby|rural|occupied|disputed|capital|"
    r"border|restive|besieged|frontline|front-line)\s+)*"
    r"(?:(?:city|town|village|region|province|district|area|capital|port|enclave|"
    r"settlement|county|state|republic|coast|shores?|outskirts|department|governorate)"
    r"\s+of\s+)?$",
    re.IGNORECASE)
# between a place and the container the text puts it in: "Kapan, in", "Kapan in the",
# "Kapan, " ("Kapan, Syunik")
_PUT_IN = re.compile(r"^\s*,?\s*(?:(?:in|inside|within)\s+(?:the\s+)?)?$", re.IGNORECASE)
# between a container's parts: "Armenia's Syunik province"
_POSSESSIVE = re.compile(r"^['’]s?\s+$")
_FINENESS = {"exact": 0, "town": 1, "region": 2, "country": 3}


def finer(inner: Place, outer: Place) -> bool:
    """Whether `inner` is a finer place of the same country ("near Goma" beside "in
    eastern Congo"): where a clause names both, the act is where the finer one is."""
    return bool(inner.country) and inner.country == outer.country \
        and _FINENESS.get(inner.precision or "", 9) < _FINENESS.get(outer.precision or "", 9)


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
    inner = narrowest(text, mentions, mention)
    if inner is not mention and inner.place is not None:
        why += f", which holds '{inner.text}'"
        place = inner.place
    return place.replace(reason=f"{why}: {place.reason}" if place.reason else why)


def narrowest(text: str, mentions: Sequence[Mention], container: Mention) -> Mention:
    """The finest place the text puts inside `container`'s place, right before it, else
    `container`: "Kapan" for "Syunik province" in "Kapan, in Armenia's Syunik province"
    (and for "Armenia" in "Kapan, Syunik, Armenia"). Only a finer place of the same
    country counts; another name in a list ("in Goris and Syunik") is none."""
    placed = sorted((m for m in mentions if m.place is not None and m.place.lat is not None),
                    key=lambda m: m.start)
    found = container
    while True:
        inner = _held(text, placed, found)
        if inner is None:
            return found
        found = inner


def _held(text: str, placed: Sequence[Mention], container: Mention) -> Mention | None:
    """The place the text puts right before `container` (past the possessives opening
    the container's phrase: "Armenia's Syunik province"), if finer and of its country."""
    first = container
    before = _just_before(placed, first)
    while before is not None and _POSSESSIVE.match(text[before.end:first.start]):
        first, before = before, _just_before(placed, before)
    if before is None or not _PUT_IN.match(text[before.end:first.start]):
        return None
    outer, inner = container.place, before.place
    if outer is None or inner is None or outer.precision not in _FINENESS or \
            _FINENESS.get(inner.precision or "", 9) >= _FINENESS[outer.precision]:
        return None
    same = outer.country in (None, inner.country)
    return before if same and _is_place(before, inner) else None


def _just_before(placed: Sequence[Mention], mention: Mention) -> Mention | None:
    return next((m for m in reversed(placed) if m.end <= mention.start), None)


def _is_place(mention: Mention, place: Place) -> bool:
    """A mention that is itself a place: a place label, a location reading of the actor
    stage, or a name the gazetteer gave as is (a town the model tagged as a person)."""
    if place.lat is None:
        return False
    if mention.label in PLACE_LABELS or any(a.is_location for a in mention.actors):
        return True
    return named_as_is(mention)


def named_as_is(mention: Mention) -> bool:
    """Whether the whole mention is its place's name or a variant of it ("the Red Hill
    Checkpoint" of an analyst's file, whatever the model's label), not a place named
    inside it ("Leeds police")."""
    place = mention.place
    if place is None:
        return False
    return fold(mention.text) in {fold(n) for n in (place.name, *place.variants)}
