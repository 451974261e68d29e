"""What the gazetteer and the knowledge base offer for a place name: its candidates.

A name's candidates are the gazetteer's places of that name (curated places and countries
keep small same-named towns out), the countries the knowledge base knows by it ("U.S.",
"Britain", "Azeri", partly recognized states) and the seat of government a capital or a
metonym names ("Washington"). "The Gulf" and its like name whichever water lies beside
the countries the article names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from belli.actors.context import NameSource
from belli.geo import words as lexicon
from belli.geo.gazetteer import Entry, Gazetteer
from belli.geo.names import fold

__all__ = ["CITY_KINDS", "COUNTRY_KINDS", "COUNTRY_LABELS", "COUNTY_KINDS", "LARGE_CITY",
           "Candidate", "CandidateSource", "lookup"]

# the knowledge base's kinds of a country's name, and the entity label each takes
COUNTRY_LABELS = {"country": "GPE", "adjective": "NORP", "demonym": "NORP"}
COUNTRY_KINDS = frozenset(COUNTRY_LABELS)
CITY_KINDS = frozenset({"capital", "metonym"})
# curated divisions (`places.csv` feature "county"): ranked like the gazetteer's own
COUNTY_KINDS = frozenset({"county"})
# a city this large may open an organization's name under any of its names ("New York")
LARGE_CITY = 100_000
# a short word with a capital after lower-case letters: an acronym ("MoD", "DoJ", "PhD"),
# not a name ("DeKalb", "McAllen" are longer)
_ACRONYM = re.compile(r"[A-Z][a-z]{1,2}[A-Z][A-Za-z]?")


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: Entry
    why: str


class CandidateSource:
    """The candidates of names in one article: `named` are the countries it names, the
    shores a bare water may lie beside."""

    def __init__(self, gazetteer: Gazetteer, kb: NameSource, named: frozenset[str]) -> None:
        self.gazetteer = gazetteer
        self.kb = kb
        self.named = named

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """Every place `name` may be: the gazetteer's, plus the knowledge base's countries
        and capitals."""
        if fold(name) in lexicon.BARE_WATERS:
            return self._bare_water(name)
        matches = lookup(self.kb, name)
        entries = self.gazetteer.lookup(name)
        if any(m.kind == "country" for m in matches) or _ACRONYM.fullmatch(name):
            # a country's name: towns that only list it among their other names ("Egypt"
            # for Goodyear, Arizona) are no reading of it; nor of an acronym written with
            # lower-case letters inside ("MoD" for Maud, Oklahoma)
            entries = [e for e in entries if e.kind != "city" or fold(e.name) == fold(name)]
        if any(_curated(e) for e in entries):
            entries = self._curated_first(entries)
        short = self.gazetteer.short_form(name)
        found = {e.gazetteer_id: Candidate(e, "short form" if e == short else "gazetteer")
                 for e in entries}
        codes = [m.code for m in matches if m.kind in COUNTRY_KINDS]
        for candidate in self.countries_of(codes, f"'{name}' names the country"):
            found.setdefault(candidate.entry.gazetteer_id, candidate)
        for match in matches:
            capital = self._capital(match, name) if match.kind in CITY_KINDS else None
            if capital is not None:
                found[capital.gazetteer_id] = Candidate(capital, f"capital of {match.code}")
        return tuple(found.values())

    def _curated_first(self, entries: list[Entry]) -> list[Entry]:
        """A curated place (a sea, a region, an analyst's site) outranks a small town of
        the same name whatever the context: "the Middle East" is no Maryland town; a
        curated county competes with towns as a division does ("Cheshire, Conn."). But
        an analyst's own place in a country the story does not name yields to the
        places so named in the countries it does: an analyst's Red Hill checkpoint in
        Armenia is no reading of "Red Hill" in a story set in Australia."""
        curated = [e for e in entries if _curated(e)]
        foreign = all(e.analyst and e.country not in self.named for e in curated)
        if foreign and any(e.is_division and e.country in self.named for e in entries):
            return [e for e in entries if not _curated(e)]
        return [e for e in entries if e.kind != "city" or e.population >= LARGE_CITY]

    def _bare_water(self, name: str) -> tuple[Candidate, ...]:
        """"The Gulf": the gulf whose shores the article names (the Persian Gulf beside
        Iran, the Gulf of Mexico beside Texas), else none (never a same-named province)."""
        for water, shores in lexicon.BARE_WATERS[fold(name)]:
            if shores & self.named:
                return tuple(Candidate(e, f"'{name}' beside {'/'.join(sorted(shores))}")
                             for e in self.gazetteer.lookup(water) if not e.is_division)
        return ()

    def _capital(self, match: Any, name: str) -> Entry | None:
        """The city a capital or metonym names ("Washington" -> the city): the city of that
        name in its state ("Sanaa", where the government now sits in Aden), else the seat
        of government."""
        seat = getattr(match.entry, "seat", None) or getattr(match.entry, "capital", None)
        for wanted in filter(None, (name, seat)):
            cities = [e for e in self.gazetteer.lookup(wanted) if e.kind == "city"
                      and e.country == match.code and fold(e.name) == fold(wanted)]
            if cities:
                return max(cities, key=lambda e: e.population)
        return None

    def countries_of(self, codes: list[str], why: str) -> tuple[Candidate, ...]:
        """The countries of `codes`, each once, with the reason `why`."""
        out = []
        for code in dict.fromkeys(codes):
            entry = self.gazetteer.country(code)
            if entry is not None:
                out.append(Candidate(entry, why))
        return tuple(out)


def _curated(entry: Entry) -> bool:
    """A place of a places file, not a division of the GeoNames table nor a county."""
    return not entry.is_division and entry.kind not in COUNTY_KINDS


def lookup(kb: NameSource, name: str) -> list[Any]:
    """The knowledge base's matches for `name`, else for it without a final period ("U.S."),
    else with the final period a tokenizer split off ("U.S" for "U.S.")."""
    found = kb.lookup_name(name) or kb.lookup_name(name.rstrip("."))
    if not found and "." in name and not name.endswith("."):
        found = kb.lookup_name(name + ".")
    return list(found)
