"""How the text uses a name, wherever it does so once: as a municipality ("the Moscow
Police Department", "a Peru man"), after a street address ("12 Elm St., Lebanon") or
after a compass part ("central Ontario"). One sense per article: a use anywhere marks
every occurrence of the name. The resolver (`belli.geo.resolve`) weighs each reading by it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from belli.geo.lone_names import after_address
from belli.geo.names import SETTLEMENT_WORDS, fold
from belli.geo.toponyms import Toponym

__all__ = ["MUNICIPAL", "NO_COUNTRY", "TOWN_ONLY", "addressed_names", "cued_names",
           "names_after_parts"]

# words after a name that make it a municipality: its own government, services or people
# ("the Moscow Police Department", "Rome City Council", "a Peru man", "Vienna police")
MUNICIPAL = re.compile(
    r"(?:['’]s)?\s+(?:city\s+(?:council|hall|manager|commission|schools)|police|"
    r"fire\s+(?:department|chief|station)|civic\s+cent(?:er|re)|"
    r"firefighters|mayor|township|residents?\b|man\b|woman\b|(?:public\s+)?library)",
    re.IGNORECASE)
# ...and those no country or state has: a town's own offices ("the Peru Fire Department")
TOWN_ONLY = re.compile(r"(?:['’]s)?\s+(?:city\s+(?:council|hall|manager|commission|schools)|"
                       r"police\s+department|fire\s+department|township|"
                       r"civic\s+cent(?:er|re))", re.IGNORECASE)
# ...and those after a name that a country's name never stands before: a person of the
# place ("a Lebanon woman", "two Peru men": of a country news writes "a Lebanese woman"),
# or a town's own school ("Peru Elementary", "Lima High School")
NO_COUNTRY = re.compile(r"\s+(?:man|woman|men|women|boy|girl|teen|teenager|couple|"
                        r"elementary|(?:high|middle|junior\s+high)\s+school)\b",
                        re.IGNORECASE)
# a compass part before a name makes it an area ("central Ontario", "southern Lebanon"):
# a state's or a country's, not a town's (lower-case: "North Dakota" is a name)
_PART_OF = re.compile(r"\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|"
                      r"central|upstate|downstate)\s+$")


def cued_names(text: str, toponyms: Sequence[Toponym], cue: re.Pattern[str]) -> frozenset[str]:
    """The names the text uses, somewhere, as a municipality (`cue` after the name): one
    sense per article, so every occurrence is the town. A toponym that took in the
    settlement word of its cue ("Quincy City" + "Council") is the name before that word."""
    keys = set()
    for toponym in toponyms:
        if cue.match(text, toponym.end):
            keys.add(toponym.key)
        head, _, tail = toponym.text.rpartition(" ")
        if head and tail.lower() in SETTLEMENT_WORDS and cue.match(text, toponym.start + len(head)):
            keys.add(fold(head))
    return frozenset(keys)

def addressed_names(text: str, toponyms: Sequence[Toponym]) -> frozenset[str]:
    """The names the text puts right after a street address somewhere ("12 Elm St.,
    Lebanon"): an address ends with its town, and names a country only after the town."""
    return frozenset(t.key for t in toponyms
                     if after_address(text, t.start))

def names_after_parts(text: str, toponyms: Sequence[Toponym]) -> frozenset[str]:
    """The names the text opens with a compass part somewhere ("central Ontario"): one
    sense per article, so every occurrence is the area."""
    return frozenset(t.key for t in toponyms
                     if _PART_OF.search(text, max(0, t.start - 20), t.start))
