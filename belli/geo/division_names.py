"""The first-level division a name means where news names it with a division word:
"Kaduna state", "the Odesa region", "Sagaing region", "the province of Idlib".

Many first-level divisions bear their capital's name, and news writes both alike; the
word around the name says the text means the division. The gazetteer may spell the
division otherwise than the town ("Odessa" for Odesa, "Sagain" for Sagaing, "Kiev" for
Kyiv): a division is the town's namesake when the town bears the division's name among
its own names, or when the town lies in it under a spelling of the same name
(`names.close_spelling`). A town no division is named after ("the Mariupol region")
stays the town.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from belli.geo import words as lexicon
from belli.geo.candidates import Candidate
from belli.geo.gazetteer import Entry, Gazetteer
from belli.geo.names import close_spelling, designator

__all__ = ["NAMESAKE", "first_level_word", "named_with_division_word", "worded_divisions"]

# why a namesake division is a candidate (`Candidate.why`)
NAMESAKE = "the division named after the town"
_WORDS = "|".join(sorted(lexicon.FIRST_LEVEL))
# a division word right after a name, not one opening a longer name ("Ohio State University")
_AFTER = re.compile(rf"\s+(?i:{_WORDS})\b(?!\s+[A-Z])")
# a division word and "of" right before a name ("the province of Idlib")
_BEFORE = re.compile(rf"\b(?:{_WORDS})\s+of\s+$", re.IGNORECASE)
_BEFORE_REACH = 30  # characters before a name that `_BEFORE` reads
# a possessive after the name: "the state of Georgia's democracy" is its condition
_OWNER = re.compile(r"['’](?:s\b|\s)")


def first_level_word(name: str) -> str | None:
    """The first-level division word ending a name ("Odesa region" -> "region"), or None."""
    word = designator(name)[1]
    return word if word in lexicon.FIRST_LEVEL else None


def named_with_division_word(text: str, start: int, end: int) -> bool:
    """Whether the text names [start, end) with a division word after it ("Kaduna state")
    or before it with "of" ("the state of Borno"), where no possessive follows the name:
    "the state of Mexico's economy" speaks of how Mexico fares."""
    if _AFTER.match(text, end):
        return True
    return bool(_BEFORE.search(text, max(0, start - _BEFORE_REACH), start)) \
        and not _OWNER.match(text, end)


def worded_divisions(gazetteer: Gazetteer, name: str,
                     candidates: Sequence[Candidate]) -> tuple[Candidate, ...]:
    """The first-level divisions a name with a division word means: those among its
    candidates, else the divisions named after a town among them; () when none is. The
    word rules out a town, never a country of the name ("the state of Georgia" may be
    either Georgia), which the context decides between."""
    own = tuple(c for c in candidates if c.entry.kind == "admin1")
    divisions = own or _namesakes(gazetteer, name, candidates)
    if not divisions:
        return ()
    return divisions + tuple(c for c in candidates if c.entry.kind == "country")


def _namesakes(gazetteer: Gazetteer, name: str,
               candidates: Sequence[Candidate]) -> tuple[Candidate, ...]:
    """The first-level divisions named after a town among `candidates` (`_named_after`)."""
    out: dict[str, Candidate] = {}
    for town in (c.entry for c in candidates if c.entry.kind == "city" and not c.entry.weak):
        for division in gazetteer.first_level(town.country):
            if division.ident not in out and _named_after(gazetteer, division, town, name):
                out[division.ident] = Candidate(division, NAMESAKE)
    return tuple(out.values())


def _named_after(gazetteer: Gazetteer, division: Entry, town: Entry, name: str) -> bool:
    """Whether a division bears the name of a town the text calls `name`: the town lies in
    it under a spelling of the division's name ("Sagain" for Sagaing), or the town is
    known by the division's name too ("Kiev" for Kyiv) and lies in it or in no division
    the gazetteer lists (a capital that is a division of its own)."""
    inside = division.admin1 == town.admin1
    if inside and close_spelling(division.name, name):
        return True
    if not inside and gazetteer.admin1(town.country, town.admin1) is not None:
        return False
    return any(e.kind == "city" and e.ident == town.ident and not e.weak
               for e in gazetteer.lookup(division.name))
