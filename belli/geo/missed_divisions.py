"""Divisions the model misses but the text names as divisions (`belli.geo.missed`): a
list before a plural designator ("Hardin, Lee, Story and Tama counties"), a large state
after a direction ("the Eastern Oregon Beekeepers Association"), a name with its own
designator ("the Avoyelles Parish Sheriff's Office") and a division after a name and a
comma, closing the phrase ("at Hever Castle, Kent.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from belli.actors.context import NameSource
from belli.geo.candidates import COUNTRY_LABELS
from belli.geo.gazetteer import Gazetteer
from belli.geo.names import DIVISION_WORDS, PLURAL_DESIGNATOR, fold
from belli.geo.untagged import (
    ABBREVIATION,
    WORD_WINDOW,
    Span,
    countries_named,
    unmentioned,
)
from belli.records import Mention

__all__ = ["designated_unmentioned", "divisions_in", "parts_unmentioned", "stated_unmentioned"]

# a ceremonial county the places file lists ("Oulton Park, Cheshire.") closes a listing
# as GeoNames' divisions do
_DIVISION_KINDS = frozenset({"admin1", "admin2", "county"})

_NAME = r"[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,2}"
# a list of names before a plural designator: "Hardin, Lee and Story counties"; or the
# two ends of a range of them ("from Barton to Rice counties")
_LISTED = re.compile(
    rf"(?P<list>{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|or|&|to|through)\s+{_NAME})\s+"
    rf"{PLURAL_DESIGNATOR}\b")
# ...or after it, in the same clause: "counties along the river, such as Barton and Rice";
# "the districts of Balkh and Kunduz"
# (names without dots here: nothing after the list stops a name at a sentence's end)
_PLAIN_NAME = r"[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*){0,2}"
_LISTED_AFTER = re.compile(
    rf"\b{PLURAL_DESIGNATOR}\b[^.;:!?()]{{0,60}}?,?\s+(?:such as|including|like|of)\s+"
    rf"(?P<list>{_PLAIN_NAME}(?:,\s+{_PLAIN_NAME})*,?\s+(?:and|or|&)\s+{_PLAIN_NAME})(?!\w)")
_LIST_ITEM = re.compile(_NAME)
_DESIGNATOR = re.compile(rf"\b{PLURAL_DESIGNATOR}\b")
_NOT_A_NAME = frozenset({"The", "And", "Or", "In", "Of", "Both", "All", "To", "Through"})
# a direction before a division's name: "Eastern Oregon", "South West Kansas" (these patterns
# scan a whole story: a lookahead for the first character passes over most positions)
_PART = re.compile(r"(?=[NSEWCUL])\b(?:North|South|East|West|Central|Upper|Lower)(?:ern)?"
                   r"(?:[- ](?:North|South|East|West)(?:ern)?|(?:east|west)(?:ern)?)?"  # Northeast
                   r" (?P<name>[A-Z]\w+(?: [A-Z]\w+)?)")
_LARGE_DIVISION = 200_000  # a state or province this large, named by its own name
# up to three capitalized words and a division's own word, capitalized as in its name
# ("Avoyelles Parish", "DeKalb County", "Miss Greater Butler County"): the tail that is a
# division counts
_DESIGNATED = re.compile(r"(?=[A-Z])(?<![\w'’.-])(?P<name>(?:[A-Z][A-Za-z]*[a-z][ -]){1,3}(?:"
                         + "|".join(sorted(w.capitalize() for w in DIVISION_WORDS)) + r"))\b")
# a name of up to three capitalized words after a name and a comma, ending the phrase:
# the division that holds the place before it ("Hever Castle, Kent.")
_STATED = re.compile(r"(?=[\s,])(?<=[\w.’'])\s*,\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
                     r"(?=\s*(?:[.,;:)\n]|$))")
# what comes right before the first word of a sentence, a quote or a bracket; not a
# colon, which as often opens a listing ("Venue: Hever Castle, Kent.")
_OPENERS = frozenset(".!?\"“‘(—")


def divisions_in(text: str, gazetteer: Gazetteer, kb: NameSource) -> list[Span]:
    """The names of every list that ends in a plural designator ("X, Y and Z counties")
    where the names are divisions of one country only and none is a country's or a
    region's name or adjective: "the Gulf and Arab states" lists no states (Gulf is a
    province of Papua New Guinea), and "Northern and Western regions" could be Ghana's,
    Zambia's or Sri Lanka's."""
    out: list[Span] = []
    if not _DESIGNATOR.search(text):
        return out  # the list pattern is slow to try on every text; few texts need it
    for match in (*_LISTED.finditer(text), *_LISTED_AFTER.finditer(text)):
        begin = match.start("list")
        items = [Span(begin + item.start(), begin + item.end(), item.group(), "list")
                 for item in _LIST_ITEM.finditer(match.group("list"))
                 if item.group().split()[0] not in _NOT_A_NAME]
        if items and _divisions_of_one_country(items, gazetteer, kb):
            out += items
    return out

def _divisions_of_one_country(items: Sequence[Span], gazetteer: Gazetteer,
                              kb: NameSource) -> bool:
    shared: set[str | None] | None = None
    for item in items:
        if any(m.kind in COUNTRY_LABELS for m in kb.lookup_name(item.text)):
            return False
        countries = {e.country for e in gazetteer.lookup(item.text)
                     if e.kind in ("admin1", "admin2")}
        shared = countries if shared is None else shared & countries
        if not shared:
            return False
    return shared is not None and len(shared) == 1  # "Northern and Western": whose?

def parts_unmentioned(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer
                      ) -> list[Span]:
    """Large first-level divisions named after a direction that no mention covers, unless
    the direction is part of the name ("West Virginia", "Lower Saxony")."""
    out = []
    for match in _PART.finditer(unmentioned(text, mentions)):
        for name in dict.fromkeys((match.group("name"), match.group("name").split(" ")[0])):
            whole = text[match.start():match.start("name") + len(name)]
            if _large_division(gazetteer, name) and not gazetteer.lookup(whole):
                start = match.start("name")
                out.append(Span(start, start + len(name), name, "part"))
                break
    return out

def _large_division(gazetteer: Gazetteer, name: str) -> bool:
    return any(e.kind == "admin1" and not e.weak and e.population >= _LARGE_DIVISION
               and fold(e.name) == fold(name) for e in gazetteer.lookup(name))

def designated_unmentioned(text: str, mentions: Sequence[Mention],
                           gazetteer: Gazetteer) -> list[Span]:
    """Untagged divisions named with their own word ("the Avoyelles Parish Sheriff's
    Office", "the Greater Butler County fair"): the designator leaves no doubt that the
    name is the division's, even where it opens a body's or an event's name the model
    left untagged; the name's first words may be no part of it ("Greater")."""
    out = []
    for match in _DESIGNATED.finditer(unmentioned(text, mentions)):
        whole = match.group("name")
        for first in re.finditer(r"(?:^|(?<=[ -]))[A-Z]", whole):
            name = whole[first.start():]
            if " " in name and _division_by_name(gazetteer, name):
                out.append(Span(match.end("name") - len(name), match.end("name"), name,
                                "designated"))
                break
    return out

def _division_by_name(gazetteer: Gazetteer, name: str) -> bool:
    """Whether the gazetteer lists a division by this very name, designator included."""
    return any(e.is_division and not e.weak and fold(e.name) == fold(name)
               for e in gazetteer.lookup(name))

def stated_unmentioned(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer
                       ) -> list[Span]:
    """Untagged divisions after a name and a comma ("the fair at Hever Castle, Kent."):
    a name the gazetteer knows as a first- or second-level division of a country the
    article already names, closing its phrase. A place's division follows it so in every
    listing and address; the model often leaves it untagged after a name it missed too."""
    countries = countries_named(mentions, gazetteer)
    blanked = unmentioned(text, mentions)
    out = []
    for match in _STATED.finditer(text):
        name = match.group("name")
        if (blanked[match.start("name"):match.end("name")] == name
                and _ends_name(text, match.start()) and _division_of(gazetteer, name, countries)):
            out.append(Span(match.start("name"), match.end("name"), name, "stated"))
    return out

def _ends_name(text: str, comma: int) -> bool:
    """Whether the word before a comma ends a name: capitalized, and not the first word of
    its sentence, quote or bracket, whose capital says nothing. An apposition ("the lawyer,
    Washington.") or a vocative ("Well, Virginia, we tried.") is no place's division."""
    words = text[max(0, comma - WORD_WINDOW):comma].split()
    if not words or not words[-1][:1].isupper():
        return False
    start = text.rfind(words[-1], 0, comma)
    before = text[max(0, start - WORD_WINDOW):start].split()
    if not before:
        return False
    last = before[-1]  # "St." or "Gov." runs on into the name; a sentence's dot does not
    return last[-1] not in _OPENERS or (last[-1] == "." and last[:1].isupper()
                                         and len(last) <= ABBREVIATION)

def _division_of(gazetteer: Gazetteer, name: str, countries: frozenset[str]) -> bool:
    return any(e.kind in _DIVISION_KINDS and not e.weak and e.country in countries
               and fold(e.name) == fold(name) for e in gazetteer.lookup(name))
