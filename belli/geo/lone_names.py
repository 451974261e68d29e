"""Whether a one-word name the model tagged as a person stands where a town would.

The model tags many small towns as people ("Ruston police said..."), but a one-word
person-tagged name is as often a surname ("Jackson told reporters..."), and the gazetteer
knows a town for most surnames. Such a name is read as a town only where a reader would:
no occurrence of it in the story reads as a person's (a title before it, a verb of
speech or ", who" after it), and at least one stands where places stand (after a
locative preposition, "from", a verb of going and "to", a verb of taking a place
("entered", "seized"), a strike's noun and "on" or "of" ("airstrikes on Rafah"), a name
and "of", a street address and a comma, "from" a tagged place and "to"; before a word
for a town's police, county or residents; in a list beside a tagged town, or before one
a hyphen joins it to: "Ruston-Monroe buses"). A story
uses a name in one sense throughout, so one occurrence decides for all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from belli.geo import words as lexicon
from belli.geo.article import ArticleNames

__all__ = ["ADDRESS", "ADDRESS_REACH", "PLACE_OF", "after_address", "from_place_to",
           "gendered_after", "occurrences", "read_as_person", "stands_as_town",
           "titled_person"]

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
_WORD_AFTER = re.compile(r"(?:['’]s)?\s+([A-Za-z]+)\b")
_WHO_AFTER = re.compile(r",\s+who\b")
_ABBREVIATION = 4  # a capitalized title this short before its dot is abbreviated ("Gov.")
_BASED_AFTER = re.compile(r"-based\b")
# a preposition that puts a place after it ("in Ruston", "from Ruston")
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|around|throughout|from|across)\s+$",
    re.IGNORECASE)
# a word for a place, a part of one or its people and "of" ("the town of Ruston", "the
# outskirts of Ruston", "residents of Ruston"): no person's name follows them
PLACE_OF = re.compile(rf"\b(?:{'|'.join(sorted(lexicon.PLACE_NOUNS))})\s+of\s+$",
                      re.IGNORECASE)
# a verb of going and "to": "moved to Ruston", "a trip to Ruston"
_GOING_TO = re.compile(r"\b([a-z]+)\s+to\s+$", re.IGNORECASE)
# a name or a comma and "of" ("Ann Lee of Ruston", "a company, of Ruston"), not "the wife
# of Jackson"
_NAME_OF = re.compile(r"(?:[A-Z][\w.']*|,)\s+of\s+$")
# between two items of a list, or two towns a hyphen joins ("Ruston-Monroe buses": a merged
# district's or a route's two ends; `occurrences` never starts a name after a hyphen, so
# only the first of the two is read so: "Winston-Salem" makes no "Salem")
_LISTING = re.compile(r",? (?:and|or|&) |, |-")
# a street address and a comma before a name: the address's town ("12 Elm St., Ruston",
# "40 Route 9 North, Ruston")
ADDRESS = re.compile(r"\b\d+[A-Za-z]?\s+(?:[A-Z][\w.'’]*\s+){0,3}(?:(?i:"
                     + "|".join(sorted(lexicon.STREETS)) + r")\b\.?|Route\s+\d+)"
                     r"(?:\s+(?:North|South|East|West|[NSEW]\.))?,\s+$")
ADDRESS_REACH = 60  # characters before a name enough to hold a street address and its comma
# "from" a place-tagged name and "to" before a name: the other end of a journey
_TO_AFTER_PLACE = re.compile(r"\s+to\s+$")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# a strike's noun and "on" or "of" before a name: the place hit ("airstrikes on Rafah")
_STRUCK = re.compile(r"\b([A-Za-z]+)\s+(?:on|of)\s+$")
_WINDOW = 40  # characters before a name enough to hold any of these cues
# "he", "she" or their forms later in the name's sentence, within a few words, not past
# a closing quote ("...a welcoming city," she said: the speaker is someone else)
_GENDERED = re.compile(r"[^.!?\n\"”]{0,60}?\b(?:he|she|his|her|him|himself|herself)\b",
                       re.IGNORECASE)


def stands_as_town(names: ArticleNames, name: str) -> bool:
    """Whether no occurrence of the one-word `name` reads as a person's and one stands
    where a town would."""
    spans = list(occurrences(names.text, name))
    if any(read_as_person(names.text, start, end) for start, end in spans):
        return False
    return any(_read_as_place(names, start, end) for start, end in spans)


def occurrences(text: str, name: str) -> Iterator[tuple[int, int]]:
    """The spans of `name` as a whole word in `text`."""
    for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?!\w)", text):
        yield found.span()


def read_as_person(text: str, start: int, end: int, tails: frozenset[str] = frozenset()) -> bool:
    """A title or a role before the name, or ", who", a verb of speech or one of `tails`
    ("supporters") after it."""
    if titled_person(text, start, end):
        return True
    after = _WORD_AFTER.match(text, end)
    return bool(after and after.group(1).lower() in lexicon.SPEECH_VERBS | tails)


def gendered_after(text: str, end: int) -> bool:
    """Whether "he", "she" or their forms follow the name later in its sentence ("Dyer
    said she..."): a town is "it", a person is not."""
    return bool(_GENDERED.match(text, end))


def titled_person(text: str, start: int, end: int) -> bool:
    """A title or a role before the name ("Mayor Ruston"), or ", who" after it: said of
    a person only, where a town may speak for its government ("Ruston said")."""
    before = _WORD_BEFORE.search(text[max(0, start - _WINDOW):start])
    if before and before.group(1).lower() in lexicon.PERSON_TITLES and _title_form(before):
        return True
    return bool(_WHO_AFTER.match(text, end))


def _title_form(before: re.Match[str]) -> bool:
    """Whether a title word stands as a title: without a dot, or as a capitalized
    abbreviation ("Gov.", "Dr."); a longer or lower-case word before a dot ends a
    sentence ("...before the fire. Ruston's inspector"), it names no one."""
    word = before.group(1)
    dotted = before.group(0).rstrip().endswith(".")
    return not dotted or (word[:1].isupper() and len(word) <= _ABBREVIATION)


def _read_as_place(names: ArticleNames, start: int, end: int) -> bool:
    """A place's preposition before the name, a word for a town's people or bodies after
    it, or a tagged town beside it in a list."""
    before = names.text[max(0, start - _WINDOW):start]
    going = _GOING_TO.search(before)
    taking = _WORD_BEFORE.search(before)
    struck = _STRUCK.search(before)
    if any(cue.search(before) for cue in (_PLACE_BEFORE, PLACE_OF, _NAME_OF, ADDRESS)) or (
            going and going.group(1).lower() in lexicon.GOING_VERBS) or (
            taking and taking.group(1).lower() in lexicon.TAKING_VERBS) or (
            struck and struck.group(1).lower() in lexicon.STRIKE_NOUNS):
        return True
    after = _WORD_AFTER.match(names.text, end)
    if after and after.group(1).lower() in lexicon.PLACE_HEADS or _BASED_AFTER.match(names.text, end):
        return True
    return _beside_town(names, start, end) or from_place_to(names.text, start, names.town_ends,
                                                             names.town_starts)


def after_address(text: str, start: int) -> bool:
    """Whether a street address and its comma end right at `start`, within
    ADDRESS_REACH characters ("12 Elm St., |Ruston"): the name there is the address's town."""
    before = text[max(0, start - ADDRESS_REACH):start]
    if not (before[-1:].isspace() and before.rstrip().endswith(",")):
        return False  # no comma and space right before: no address ends there, no search
    return ADDRESS.search(text, max(0, start - ADDRESS_REACH), start) is not None


def from_place_to(text: str, start: int, ends: frozenset[int], starts: frozenset[int]) -> bool:
    """Whether "from", a place-tagged name (its span among `starts` and `ends`) and "to"
    come right before `start` ("from Lincoln Parish to Ruston"): a journey's two ends
    are places."""
    to = _TO_AFTER_PLACE.search(text, max(0, start - 8), start)
    if to is None or to.end() != start or to.start() not in ends:
        return False
    return any(_FROM.search(text, max(0, begin - 12), begin) is not None
               for begin in starts if begin < to.start() and to.start() - begin <= _WINDOW)


def _beside_town(names: ArticleNames, start: int, end: int) -> bool:
    """Whether a place-tagged town is the next or the previous item of a list."""
    after = _LISTING.match(names.text, end)
    if after and after.end() in names.town_starts:
        return True
    return any(_LISTING.fullmatch(names.text, town_end, start)
               for town_end in range(max(0, start - 6), start) if town_end in names.town_ends)
