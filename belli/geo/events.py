"""The place of an event: the toponym its clause puts it in ("shelled villages near Kapan").

For the event coder. After the place stage every toponym mention carries a `Place`; an
event takes the place of a mention inside its clause that a locative preposition governs
(in, at, near, across, over, outside, inside, around, throughout, along, within, off),
allowing an article, a direction and a kind word between them ("in the southern town of
Kapan"). A name the clause only uses as an actor ("Moscow sent troops") or inside another
name ("Russian diplomats") is no event place. When several qualify the one nearest the
trigger wins. A longer name that ends on its place after a locative ("Police in Dhaka",
"parliament in Tbilisi") yields that place as a mention of its own (`named_inside`).
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
from belli.geo.words import DIRECTION_WORDS, KIND_WORDS
from belli.records import Mention, Place

__all__ = ["LOCATIVES", "event_place", "finer", "locative_of", "named_as_is", "named_inside",
           "narrowest"]

LOCATIVES = ("in", "at", "near", "across", "over", "outside", "inside", "around",
             "throughout", "through", "along", "within", "off")
_KINDS = "(?:" + "|".join(sorted(map(re.escape, KIND_WORDS))) + ")"
_DIRECTIONS = "(?:" + "|".join(sorted(map(re.escape, DIRECTION_WORDS))) + ")"
_BEFORE = re.compile(
    r"\b(" + "|".join(LOCATIVES) + r")\s+(?:the\s+|a\s+)?"
    rf"(?:{_DIRECTIONS}\s+)*"
    rf"(?:{_KINDS}\s+of\s+)?$",
    re.IGNORECASE)
# between a container and the finer place its phrase names right after it: "the West Bank
# CITY OF Hebron", "the Donetsk REGION TOWN OF X"
_KIND_OF = re.compile(rf"^\s+(?:{_KINDS}\s+)?{_KINDS}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# a longer name's tail past its last locative: "Police IN Dhaka", "parliament IN Tbilisi"
_HELD_TAIL = re.compile(r".*\b(?:" + "|".join(LOCATIVES) + r")\s+(?:the\s+)?(\S.*)$",
                        re.IGNORECASE | re.DOTALL)
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
    (and for "Armenia" in "Kapan, Syunik, Armenia"); or right after it, past a kind word
    ("Hebron" for "West Bank" in "the West Bank city of Hebron"). Only a finer place of
    the same country counts; another name in a list ("in Goris and Syunik") is none."""
    placed = sorted((m for m in mentions if m.place is not None and m.place.lat is not None),
                    key=lambda m: m.start)
    found = container
    while True:
        inner = _held(text, placed, found) or _named_after(text, placed, found)
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
    return before if _inside(before, container) else None


def _named_after(text: str, placed: Sequence[Mention], container: Mention) -> Mention | None:
    """The place the container's phrase names right after a kind word ("Hebron" of "the
    West Bank city of Hebron"), if finer and of its country."""
    after = next((m for m in placed if m.start >= container.end), None)
    if after is None or not _KIND_OF.match(text[container.end:after.start]):
        return None
    return after if _inside(after, container) else None


def _inside(inner: Mention, container: Mention) -> bool:
    """Whether `inner` is a place finer than `container`'s and of its country."""
    outer, place = container.place, inner.place
    if outer is None or place is None or outer.precision not in _FINENESS or \
            _FINENESS.get(place.precision or "", 9) >= _FINENESS[outer.precision]:
        return False
    return outer.country in (None, place.country) and _is_place(inner, place)


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


def named_inside(text: str, mention: Mention) -> Mention | None:
    """The toponym a longer name ends on after a locative, as a mention of its own
    ("Dhaka" of "Police in Dhaka", "Tbilisi" of "parliament in Tbilisi"), where the place
    stage gave the longer name that place; else None."""
    place = mention.place
    found = _HELD_TAIL.match(mention.text)
    if place is None or found is None or named_as_is(mention):
        return None
    start = mention.start + found.start(1)
    inner = mention.replace(start=start, text=text[start:mention.end])
    return inner if named_as_is(inner) else None
