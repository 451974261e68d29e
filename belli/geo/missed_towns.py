"""Towns the model misses but the text places (`belli.geo.missed`): after "in", "at",
"near" or "outside" or a word for a place and "of" ("a market at Kohat", "the town of
Kohat"), after a street address or at the end of a journey ("from Lincoln Parish to
Ruston"), in a list with two place-tagged names ("Ames, Boone, Marshalltown and
Ankeny"), before a word for who lives there ("Chicopee residents"), and right before a
tagged division that holds them ("Silverstone, Northamptonshire"). Only a town of a
country the article names, and not a name the knowledge base reads as something else or
a common word ("in Congress").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from functools import lru_cache

from belli.actors.context import NameSource
from belli.geo import words as lexicon
from belli.geo.candidates import CITY_KINDS, COUNTY_KINDS
from belli.geo.gazetteer import Entry, Gazetteer, distance_km
from belli.geo.lone_names import after_address, from_place_to
from belli.geo.names import fold
from belli.geo.untagged import (
    PLACE_LABELS,
    WORD_WINDOW,
    Span,
    countries_named,
    sentence_start,
    unmentioned,
)
from belli.records import Mention

__all__ = ["located_unmentioned", "resident_unmentioned", "towns_before_divisions"]

# a name of up to three capitalized words right after a locative preposition ("at Kohat")
# or a word for a place and "of" ("the town of Kohat", "the outskirts of Kohat"); each
# pattern here scans a whole story: a lookahead for its first character ("(?=...)") lets
# the engine pass over most positions before it tries the rest
_LOCATIVE = re.compile(r"(?=[a-z])(?:\b(?:in|at|near|outside)|\b(?:"
                       + "|".join(sorted(lexicon.PLACE_NOUNS)) + r")\s+of)"
                       r"\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?![\w'’-]| [A-Z])")
# where a name may start after a street address and a comma, or after "to" ("from
# Lincoln Parish to Ruston"), and the name itself (`after_address`, `from_place_to`)
_AFTER_ADDRESS = re.compile(r",\s+(?=[A-Z])")
_AFTER_TO = re.compile(r"(?=t)\bto\s+(?=[A-Z])")
_NAME_AT = re.compile(r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?![\w'’-]| [A-Z])")
_MIN_LOCATED = 1000  # a town this large, at least, for a name the model did not tag
# a name of up to three capitalized words right before a word for who lives there
# ("Chicopee residents", "a Dunmore man")
_RESIDENT = re.compile(r"(?=[A-Z])(?<![\w'’.-])(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s+(?:"
                       + "|".join(sorted(lexicon.RESIDENTS)) + r")\b")
# ...and a headline's first word, capitalized whatever it is, only for a town this large
_MIN_HEADLINE = 20_000
# the knowledge base's kinds that name a place; any other reading ("Congress" the
# legislature, a person, a group) makes an untagged name no town
_PLACE_KINDS = CITY_KINDS | {"country"}  # "Moscow" stands for a state
# a name of up to three capitalized words and a comma, right before a division's mention
_BEFORE_COMMA = re.compile(r"(?<![\w'’.-])(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s*$")
_HOLDERS = frozenset({"admin1", "admin2", *COUNTY_KINDS})  # divisions that hold a town
_COUNTY_REACH_KM = 60.0  # a county's town lies this close to the county's point
# a name of up to three capitalized words after a list's comma or "and" ("Corliss and
# Dunmore"), and, walking back, the item before such a separator
_LIST_ITEM = re.compile(r"(?=[,\s])(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
                        r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?![\w'’-]| [A-Z])")
_ITEM_BEFORE = re.compile(r"(?<![\w'’.-])(?P<item>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"
                          r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
# a list's separator, where the walk forward takes the next item ("Boone, Marshalltown")
_SEPARATOR = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_MIN_LISTED_PLACES = 2  # place-tagged items a list needs, on either side, for its untagged
# a verb of speech or ", who" after a name: a speaker's, not a listed town's ("Ames, Boone
# and Moscow, Jackson said")
_SPEAKER_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(lexicon.SPEECH_VERBS))})\b|,\s+who\b")
_MAX_LIST_ITEMS = 8
_CALENDAR = frozenset(w.lower() for w in (*calendar.month_name, *calendar.day_name) if w)


def located_unmentioned(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer,
                        kb: NameSource | None = None) -> list[Span]:
    """Untagged towns after a locative preposition ("schools at Kohat and Bannu"), and
    those `_ends_unmentioned` and `_listed_unmentioned` find: a
    capitalized name the gazetteer knows as a town of a country the article's places or
    actors already name, and the knowledge base as nothing else. The model misses small
    towns it never saw; "in" or "at" before a name that is a town of the story's country
    rarely means anything else. A town named by a common English word ("in Congress", "in
    Liberty": `common_words.yaml`) counts only where the model tags it."""
    countries = countries_named(mentions, gazetteer)
    out = []
    for match in _LOCATIVE.finditer(unmentioned(text, mentions)):
        name = match.group("name")
        whole = _LOCATIVE.match(text, match.start())
        if whole is None or whole.group("name") != name:
            continue  # a blanked mention lay between: "in Chicago Ruiz produced"
        if _town_of(gazetteer, name, countries) and not _other_than_town(kb, name):
            out.append(Span(match.start("name"), match.end("name"), name, "locative"))
    return [*out, *_ends_unmentioned(text, mentions, gazetteer, kb, countries),
            *_listed_unmentioned(text, mentions, gazetteer, kb, countries)]

def _ends_unmentioned(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer,
                      kb: NameSource | None, countries: frozenset[str]) -> list[Span]:
    """Untagged towns of the story's countries after a street address and a comma ("12
    Elm St., Ruston") or at the end of a journey from a tagged place ("from Lincoln Parish
    to Ruston"), as `located_unmentioned` reads them after "in"."""
    blank = unmentioned(text, mentions)
    places = [m for m in mentions if m.label in PLACE_LABELS]
    ends, starts = frozenset(m.end for m in places), frozenset(m.start for m in places)
    at = [m.end() for m in _AFTER_ADDRESS.finditer(blank)
          if after_address(text, m.end())]
    if places:
        at += [m.end() for m in _AFTER_TO.finditer(blank)
               if from_place_to(text, m.end(), ends, starts)]
    out = []
    for start in sorted(at):
        found = _NAME_AT.match(blank, start)
        if found is None:
            continue
        name = found.group("name")
        if _town_of(gazetteer, name, countries) and not _other_than_town(kb, name):
            out.append(Span(start, found.end(), name, "locative"))
    return out

def _listed_unmentioned(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer,
                        kb: NameSource | None, countries: frozenset[str]) -> list[Span]:
    """Untagged towns of the story's countries in a list of names that holds at least two
    place-tagged ones ("crews from Ashby, Elmore, Corliss and Dunmore"): the items of a
    list are of one kind, and two tagged places, before or after the name, say which."""
    blank = unmentioned(text, mentions)
    items = {m.start: m for m in mentions}
    out = []
    for match in _LIST_ITEM.finditer(blank):
        name = match.group("name")
        start = match.start("name")
        if _SPEAKER_AFTER.match(text, match.end("name")):
            continue
        listed = (_listed_places(text, items, start)
                  + _places_after(text, items, match.end("name")))
        if (listed >= _MIN_LISTED_PLACES
                and _town_of(gazetteer, name, countries) and not _other_than_town(kb, name)):
            out.append(Span(start, match.end("name"), name, "listed"))
    return out

def _listed_places(text: str, items: dict[int, Mention], start: int) -> int:
    """How many place-tagged mentions the list that the name at `start` ends holds, walked
    back item by item over mentions and untagged names."""
    count, at = 0, start
    for _ in range(_MAX_LIST_ITEMS):
        before = _ITEM_BEFORE.search(text, max(0, at - WORD_WINDOW), at)
        if before is None:
            break
        item = items.get(before.start("item"))
        if item is not None and item.end != before.end("item"):
            break  # the mention reaches past the separator: no list item
        count += item is not None and item.label in PLACE_LABELS
        at = before.start("item")
    return count

def _places_after(text: str, items: dict[int, Mention], end: int) -> int:
    """How many place-tagged mentions the list holds after the name ending at `end`,
    walked forward item by item over mentions and untagged names ("Ames, Boone,
    Marshalltown and Ankeny": Boone's list goes on to a tagged Marshalltown)."""
    count, at = 0, end
    for _ in range(_MAX_LIST_ITEMS):
        separator = _SEPARATOR.match(text, at)
        if separator is None:
            break
        item = items.get(separator.end())
        if item is not None:
            count += item.label in PLACE_LABELS
            at = item.end
            continue
        name = _NAME_AT.match(text, separator.end())
        if name is None:
            break
        at = name.end()
    return count

def resident_unmentioned(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer,
                         kb: NameSource | None = None) -> list[Span]:
    """Untagged towns before a word for who lives there ("Chicopee residents", "a Dunmore
    man"): a town of a country the article names, as `located_unmentioned` asks. A
    sentence's first word is capitalized whatever it is ("Many residents fled"), so there
    the name counts only at the text's head (a headline) and where the article never
    writes it in lower case, for a sizable town."""
    countries = countries_named(mentions, gazetteer)
    blanked = unmentioned(text, mentions)
    out = []
    for match in _RESIDENT.finditer(blanked):
        found = _resident_town(text, match, gazetteer, kb, countries)
        if found is not None:
            out.append(found)
    return out

def _resident_town(text: str, match: re.Match[str], gazetteer: Gazetteer,
                   kb: NameSource | None, countries: frozenset[str]) -> Span | None:
    """The town a `_RESIDENT` match names, its longest tail that is one ("The Chicopee")."""
    words = match.group("name").split(" ")
    for i in range(len(words)):
        name = " ".join(words[i:])
        start = match.end("name") - len(name)
        head = sentence_start(text, start)
        if head and (start > 0 or _written_lower(text, name)):
            continue
        # a story that names no country yet (a headline's "Chicopee residents" before
        # any state) still names its town, a sizable one
        least = _MIN_HEADLINE if head or not countries else _MIN_LOCATED
        if _town_of(gazetteer, name, countries or None, least) and not _other_than_town(kb, name):
            return Span(start, match.end("name"), name, "resident")
    return None

def _written_lower(text: str, name: str) -> bool:
    """Whether the name's first word appears in lower case in the text: an ordinary word."""
    return re.search(rf"\b{re.escape(name.split()[0].lower())}\b", text) is not None

def towns_before_divisions(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer,
                           kb: NameSource | None = None) -> list[Span]:
    """Untagged towns the text puts in a tagged division right after a comma ("laps at
    Silverstone, Northamptonshire", "Paonia, Colo."): a name the gazetteer knows as a town
    inside that very division, and the knowledge base as nothing else."""
    blanked = unmentioned(text, mentions)
    out = []
    for mention in mentions:
        divisions = _divisions_named(gazetteer, mention) if mention.label in PLACE_LABELS else []
        at = max(0, mention.start - WORD_WINDOW)
        found = _BEFORE_COMMA.search(blanked, at, mention.start) if divisions else None
        if found and not _other_than_town(kb, found.group("name")) and _town_in(
                gazetteer, found.group("name"), divisions):
            out.append(Span(found.start("name"), found.end("name"), found.group("name"),
                            "contained"))
    return out

def _divisions_named(gazetteer: Gazetteer, mention: Mention) -> list[Entry]:
    """The divisions a place-tagged mention names by their own name or short form."""
    short = gazetteer.short_form(mention.text)
    return [e for e in gazetteer.lookup(mention.text) if not e.weak and (
        e == short or (e.kind in _HOLDERS and fold(e.name) == fold(mention.text)))]

def _town_in(gazetteer: Gazetteer, name: str, divisions: Sequence[Entry]) -> bool:
    """Whether the gazetteer knows a town by this very name inside one of `divisions`: in a
    first-level one by its code, in a county within a county's reach of its point."""
    towns = [e for e in gazetteer.lookup(name)
             if e.kind == "city" and not e.weak and fold(e.name) == fold(name)]
    return any(t.country == d.country and (
        t.admin1 == d.admin1 if d.kind == "admin1" else distance_km(t, d) <= _COUNTY_REACH_KM)
        for t in towns for d in divisions)

def _other_than_town(kb: NameSource | None, name: str) -> bool:
    """Whether a name reads as something else first: a month or a day, a common English
    word, or a knowledge-base name that is no place."""
    if name.lower() in _CALENDAR or name.lower() in lexicon.TOWN_WORDS:
        return True
    return kb is not None and any(m.kind not in _PLACE_KINDS for m in kb.lookup_name(name))

@lru_cache(maxsize=1)
def _town_of(gazetteer: Gazetteer, name: str, countries: frozenset[str] | None,
             least: int = _MIN_LOCATED) -> bool:
    """Whether `name` is a town of `countries` (of any country where None) this large."""
    return any(e.kind == "city" and not e.weak and e.population >= least
               and (countries is None or e.country in countries) and fold(e.name) == fold(name)
               for e in gazetteer.lookup(name))
