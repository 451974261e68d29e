"""Officials of a first-level division named before their office: "Central Java Governor
X", "Sindh Governor X", "Ontario Premier X" (data/titles.yaml, `division_offices`).

A province's or federal state's governor is part of the state's government: the
division's country + GOV. The division's name is read from the gazetteer's first-level
divisions; a name several states share ("Punjab") counts only where the story names
exactly one of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from belli.actors.sectors import FORMER
from belli.geo.gazetteer import load_gazetteer
from belli.geo.names import fold
from belli.records import Actor, Mention
from belli.yamldata import word_list

__all__ = ["capitalized_before", "division_abroad", "division_country", "division_named",
           "division_official"]

_MAX_NAME = 3  # words of a division's name ("Khyber Pakhtunkhwa", "New South Wales")
_MAX_OFFICE = 2  # words of an office ("chief minister")


def _offices() -> frozenset[str]:
    return word_list("belli.actors", "titles.yaml", "division_offices")


def _office_at(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    """The first division office among tokens start..end, as (first, past-last) token."""
    for i in range(start, end):
        for size in range(min(_MAX_OFFICE, end - i), 0, -1):
            if " ".join(t.lower_ for t in doc[i:i + size]) in _offices():
                return i, i + size
    return None


def division_country(names: list[str], lookup: Callable[[str], list[Any]],
                     named: frozenset[str]) -> tuple[str, str] | None:
    """(name, country) of the longest name that is a first-level division's own name."""
    for name in names:
        countries = {e.country for e in lookup(name)
                     if e.kind == "admin1" and fold(e.name) == fold(name)}
        if len(countries) > 1:
            countries &= named  # "Punjab" in a story on Pakistan
        if len(countries) == 1:
            return name, next(iter(countries))
    return None


def division_named(name: str) -> tuple[str, str] | None:
    """(name, country) of the first-level division a name is, where one state alone has a
    division so named ("West Virginia", "Central Java"); the gazetteer loaded only when
    asked."""
    return division_country([name], load_gazetteer().lookup, frozenset())


def capitalized_before(doc: Any, end: int, first: int, limit: int) -> list[Any]:
    """The capitalized words right before token `end`, not before token `first`, at most
    `limit`, in the text's order: the words a name may hold before an office or a
    state's name ("Central Java Governor", "Northern Ireland")."""
    i = end - 1
    while i >= first and end - i <= limit and doc[i].text[:1].isupper() and doc[i].is_alpha:
        i -= 1
    return list(doc[i + 1:end])


def division_official(span: Any, first: int, lookup: Callable[[str], list[Any]],
                      named: frozenset[str]) -> Actor | None:
    """The state a person's division office names; `first` is the first token of the
    title before the name (the span's start where there is none). A former holder
    ("former Texas Governor X") is an elite (CAMEO ELI), no longer the government."""
    found = _office_holder(span, first, lookup, named)
    if found is not None and any(t.lower_ in FORMER
                                 for t in span.doc[max(first - 3, 0):span.end]):
        found = found.replace(sector="ELI", reason=f"former {found.reason} → ELI")
    return found


def _office_holder(span: Any, first: int, lookup: Callable[[str], list[Any]],
                   named: frozenset[str]) -> Actor | None:
    doc = span.doc
    office = _office_at(doc, first, span.end)
    if office is None:
        return None
    words = [t.text for t in capitalized_before(doc, office[0], 0, _MAX_NAME)]
    found = division_country([" ".join(words[k:]) for k in range(len(words))], lookup, named)
    if found is None:
        return None
    name, country = found
    title = doc[office[0]:office[1]].text
    return Actor(text=span.text, country=country, sector="GOV",
                 reason=f"{title} of {name}, a first-level division of {country} → GOV")


_DIVISIONS = word_list("belli.actors", "place_kinds.yaml", "divisions")


def division_abroad(mention: Mention, actors: list[Actor], named: frozenset[str]) -> bool:
    """Whether a division named by its kind ("the Dorsk Region") is only a gazetteer town of
    that name in a state the story never names: a guess of the wrong kind."""
    last = mention.text.rsplit(" ", 1)[-1].lower()
    return last in _DIVISIONS and bool(actors) and actors[0].country not in named
