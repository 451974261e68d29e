"""The country a story's own writing points to: its newsroom's spelling, dates and money.

A local paper names its towns bare ("Portsmouth council votes", "a Plymouth man"), and a
town's name is often a famous foreign city's too. How the story is written says which
side of the ocean it comes from: American spelling ("center", "neighbor"), month-first
dates ("March 5") and dollar amounts mark an American newsroom; British spelling
("centre", "neighbour"), day-first dates ("5 March"), "per cent" and pound amounts a
British or Commonwealth one. Each side's cues cancel the other's, so a wire story quoting
dollars in British spelling points nowhere. Names count too: a local body spelled the
American way ("the Civic Center") is as American as the prose around it.

The result is support for a country, as the article's actors give
(`belli.geo.context_support`): it weighs with the other names of the story, never alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from belli.yamldata import word_list

__all__ = ["Usage", "newsroom_countries", "read_usage"]

_FILE = "usage.yaml"
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|"
           r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
# each pattern scans a whole story: a lookahead for its first character ("(?=...)")
# lets the engine pass over most positions before it tries the rest
_MONTH_FIRST = re.compile(rf"(?=[ADFJMNOS])\b{_MONTHS} \d{{1,2}}\b(?!:)")  # "March 5", not "May 10:30"
_DAY_FIRST = re.compile(rf"(?=\d)\b\d{{1,2}}(?:st|nd|rd|th)? {_MONTHS}")  # "5 March", "5th March"
_PER_CENT = re.compile(r"(?=p)\bper cent\b", re.IGNORECASE)
_DOLLARS = re.compile(r"(?=\$)(?<![A-Za-z])\$\s?\d")  # "$5", not "C$5" or "A$5"
_POUNDS = re.compile(r"£\s?\d")
_EUROS = re.compile(r"(?=[€\d])(?:€\s?\d|\d(?:\s?(?:million|billion|m|bn))?\s?(?:euros?|EUR)\b)")
# words written in lower case, or capitalized only as a sentence's first word
# (after a word of two lower-case letters or more: "the U.S. Labor Department", "Mr. Harbor"
# end no sentence)
_WORD = re.compile(r"(?=[a-z])(?<![A-Za-z])[a-z]+"
                   r"|(?=[A-Z])(?:^|(?<=[a-z]{2}[.!?]\s)|(?<=\n))[A-Z][a-z]+", re.MULTILINE)
_LEAD = 2  # one side's cues must outnumber the other's by this much...
_SHARE = 3  # ...and this many times over, for the story to be that side's
SUPPORT = 1.0  # what a newsroom's country weighs: as much as one of the story's actors


@dataclass(frozen=True, slots=True)
class Usage:
    """How many of each side's cues a story holds."""

    american: int
    british: int
    dollars: bool
    pounds: bool
    euros: bool


@cache
def _spellings(side: str) -> frozenset[str]:
    return frozenset(word_list("belli.geo", _FILE, side))


def read_usage(text: str) -> Usage:
    """Count the story's American and British spellings and dates, and its currencies."""
    # lower-case words only: a name keeps its own country's spelling ("the World Health
    # Organization", "the Australian Labor Party") whoever writes it
    words = [w.lower() for w in _WORD.findall(text)]
    americanisms, britishisms = _spellings("american"), _spellings("british")
    american = sum(1 for w in words if w in americanisms)
    british = sum(1 for w in words if w in britishisms)
    american += len(_MONTH_FIRST.findall(text))
    british += len(_DAY_FIRST.findall(text)) + len(_PER_CENT.findall(text))
    return Usage(american, british, _DOLLARS.search(text) is not None,
                 _POUNDS.search(text) is not None, _EUROS.search(text) is not None)


def newsroom_countries(text: str) -> dict[str, float]:
    """The country the story's writing points to, with its support: the United States
    for American usage well ahead of British; Britain for British usage well ahead of
    American, unless the story counts in dollars or euros (Canada, Australia, Ireland
    write British too); nothing where the cues are few or mixed."""
    usage = read_usage(text)
    american = usage.american + usage.dollars
    british = usage.british + usage.pounds
    if american >= british + _LEAD and american >= _SHARE * british:
        return {"USA": SUPPORT}
    if british >= american + _LEAD and british >= _SHARE * american and not (usage.dollars or usage.euros):
        return {"GBR": SUPPORT}
    return {}
