"""Streets the model left untagged: "Desire Street", "14th St.", "Third street", and the
names of a coordination with one plural street word ("Bourbon and Dauphine streets").

A street lies in the town its story is set in; the place stage puts it where the text
puts it, else at the story's focus (`belli.geo.stage`). A name of capitalized words or an
ordinal before a street word is a street's name in any story; the first word may not be
a determiner or a sentence's lone opener ("The Street said"), a lone capitalized word that
opens a sentence before a lower-case street word is the sentence's capital, not a name
("Poor road conditions slowed aid", "Rural roads flooded"), and a name the model tagged
(an organization named after its street, "Wall Street") keeps its reading, since only
spans no mention overlaps become mentions (`belli.geo.untagged.span_mentions`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from belli.geo import words as lexicon
from belli.geo.untagged import Span

__all__ = ["streets_unmentioned"]

_STREET_WORDS = "|".join(sorted(lexicon.STREETS, key=len, reverse=True))
# an owner's "'s" ends a name: "Kampala's Fifth Street" is Fifth Street, Kampala's
_NAME_WORD = r"(?:[A-Z](?:[\w-]|['’](?!s\b))*|\d+(?:st|nd|rd|th))"
# a street word in either case after one to three name words: "Third street", "Elm St."
# (an abbreviation's full stop is the name's; a sentence's is not: "on Wall Street.")
_STREET = re.compile(rf"\b(?P<name>(?:{_NAME_WORD}\s+){{1,3}})"
                     rf"(?P<word>(?i:{_STREET_WORDS}))\b")
# the street words of words.yaml that are abbreviations, whose full stop is theirs
_ABBREVIATED = frozenset({"st", "ave", "rd", "blvd"}) & lexicon.STREETS
# where a sentence opens: the text's start, or a stop and maybe a quote or a bracket
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?…][\"'”’)]*\s+|\n\s*)[\"'“‘(]*$")
# two names and one plural street word: "Bourbon and Dauphine streets"
_PAIR = re.compile(r"\b(?P<first>[A-Z][\w'’-]*)\s+(?:and|&)\s+(?P<second>[A-Z][\w'’-]*\s+"
                   r"(?:streets|avenues|roads))\b")
# words that open a phrase, not a street's name ("The Street", "A Road to Peace")
_OPENERS = frozenset({"the", "a", "an", "this", "that", "our", "their", "his", "her"})


def streets_unmentioned(text: str) -> list[Span]:
    """The untagged streets of `text` (label FAC, source "street"); the stage keeps those
    no mention overlaps."""
    return [Span(start, end, text[start:end], "street", "FAC") for start, end in _spans(text)]


def _spans(text: str) -> Iterator[tuple[int, int]]:
    for match in _STREET.finditer(text):
        end = match.end() + _full_stop(text, match)
        start = _past_openers(text, match.start(), end)
        if start is not None and not _capital_of_sentence(text, start, match):
            yield start, end
    for match in _PAIR.finditer(text):
        yield match.span("first")
        yield match.span("second")


def _full_stop(text: str, match: re.Match[str]) -> int:
    """1 where an abbreviated street word's full stop follows ("14th St."), else 0."""
    return int(text.startswith(".", match.end()) and match["word"].lower() in _ABBREVIATED)


def _capital_of_sentence(text: str, start: int, match: re.Match[str]) -> bool:
    """A lone word that opens a sentence before a lower-case street word ("Poor road
    conditions"): its capital is the sentence's, so it is no name."""
    return (match["word"].islower() and len(text[start:match.start("word")].split()) == 1
            and _SENTENCE_OPENS.search(text, 0, start) is not None)


def _past_openers(text: str, start: int, end: int) -> int | None:
    """The name's start after any opener word ("The Elm Street" is "Elm Street"), or None
    where nothing but the street word is left."""
    words = text[start:end].split()
    while len(words) > 1 and words[0].lower() in _OPENERS:
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    return start if len(words) > 1 else None
