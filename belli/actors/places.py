"""Places a mention names, for the actor stage (`belli.actors.resolve`).

* a place the knowledge base lists (contested names with all their variants, provinces,
  regions), named by the whole mention or inside it ("West Darfur State");
* a city the knowledge base does not list, from the city gazetteer: a place linked to its
  country, or the owner of an actor phrase ("the Tyumen deputy governor" -> RUS GOV);
* a town the text places in a division ("Paris, Texas": `belli.actors.towns`), or its
  body ("the Paris mayor").

A place keeps every variant of its name and gets coordinates where the knowledge base or
the gazetteer has them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from belli.actors.divisions import division_named
from belli.actors.document import place_link
from belli.actors.readings import Facts
from belli.nlp.patterns import find_city
from belli.records import Actor, Mention, Place
from belli.yamldata import word_list

__all__ = ["PlaceNames", "capitalized_runs", "in_town", "windows"]

T = TypeVar("T")

# nouns after a place's name that leave it the same place ("the Tyumen region")
_PLACE_NOUNS = (word_list("belli.actors", "place_kinds.yaml", "divisions")
                | word_list("belli.actors", "place_kinds.yaml", "local_areas"))
_MAX_PLACE = 4  # tokens of the longest place name looked up inside a mention


@dataclass(frozen=True)
class PlaceNames:
    """Looks places up in the knowledge base (`kb`) and the city gazetteer (`cities`);
    `title_words` are words of titles, never a city's name ("Police", "Marshal")."""

    kb: Any
    cities: Any
    title_words: frozenset[str]

    def city_phrase(self, mention: Mention, span: Any, facts: Facts, name: list[Any],
                    named: frozenset[str] = frozenset()) -> list[Actor]:
        """An actor phrase owned by a city the KB does not list: "the Tyumen deputy
        governor", "Ankara's Cankaya district administration" -> the city's country.
        `named` are the states the story names, which decide between a city and another
        state's division of one name ("New Brunswick", "Santa Barbara")."""
        if not facts.cue and not facts.role:
            return []
        tokens = list(span)
        own: set[int] = set()
        if mention.label == "PERSON":
            # a person's own name may be a town ("Prosper", "Marco"): only an owner after
            # "of"/"in", and never a word of the name itself (a province or region the
            # knowledge base lists is read whole: "the Golan Heights")
            owner = next((i for i, t in enumerate(tokens) if t.lower_ in ("of", "in")), None)
            tokens = tokens[owner + 1:] if owner is not None else []
            own = {t.i for t in name}
        region = self.place_in(tokens)
        if region is not None and region.country:
            # "the government of Sindh province", "Darfur rebels": a province or region
            return _owned_by(mention, facts, region.kind, region.name, region.country)
        for run in windows(capitalized_runs(tokens), _MAX_PLACE):
            if _compound_tail(run[0]) or any(t.i in own for t in run) or self._no_city(run):
                continue  # "anti-Balaka militias": a group's own name, not the town of Balaka
            city = find_city(self.cities, " ".join(t.text for t in run))
            division = _division_named(run)
            if division is not None and (city is None or _division_first(city, division, named)):
                # "the New York resident", "North Carolina police": a state's division, read
                # whole, never as the town its last word names (York, Carolina)
                return _owned_by(mention, facts, "division", *division)
            if city is not None:
                return _owned_by(mention, facts, "city", city.name, city.country)
        return []

    def _no_city(self, run: list[Any]) -> bool:
        """Whether a run of capitalized words names no city: one ending in a cue word
        ("Police" is also a town in Poland, "Capitol Police" no town at all), or one word
        read as an adjective before another ("CENTRAL European leaders": not Central,
        Kentucky; but "Nice police" are the police of Nice)."""
        last = run[-1]
        if last.lower_ in self.title_words or self.kb.sector_for(last.lower_):
            return True
        return len(run) == 1 and last.pos_ == "ADJ" and _an_adjective_after(last)

    def city(self, mention: Mention, place: Place | None) -> tuple[list[Actor], Place | None]:
        """A city the knowledge base does not list: a place, linked to its country."""
        name = mention.text[4:] if mention.text.lower().startswith("the ") else mention.text
        words = name.rsplit(" ", 1)
        if len(words) == 2 and words[1].lower() in _PLACE_NOUNS:
            name = words[0]  # "the Tyumen region", "Anbar province": the place named
        city = find_city(self.cities, name)
        if city is not None and self._another_states_name(name, city.country):
            city = None  # "colombia" is Colombia, not the Cuban town of that name
        if city is None:
            if place is not None and place.country:
                return [place_link(mention.text, place.name, place.country)], place
            return [], place
        found = place or Place(name=city.name, country=city.country, lat=city.lat,
                               lon=city.lon, gazetteer_id=f"geonames:{city.geonameid}",
                               feature="city")
        return [place_link(mention.text, city.name, found.country or city.country)], found

    def _another_states_name(self, name: str, country: str) -> bool:
        """Whether a name is, whatever its case, the name of a state other than `country`."""
        return any(m.kind == "country" and m.code != country
                   for m in self.kb.lookup_caseless(name))

    def known_place(self, text: str, span: Any = None) -> Place | None:
        """A place the knowledge base lists (contested names with all their variants),
        named by the whole mention or inside it ("West Darfur State", "Sindh province")."""
        lookup = getattr(self.kb, "lookup_place", None)
        found = lookup(text) if lookup is not None else []
        entry = found[0] if found else (self.place_in(list(span)) if span is not None else None)
        if entry is None:
            return None
        return Place(name=entry.name, country=entry.country, lat=entry.lat, lon=entry.lon,
                     feature=entry.kind, variants=tuple(dict.fromkeys((entry.name, *entry.variants))))

    def place_in(self, tokens: list[Any]) -> Any | None:
        """The longest knowledge-base place named by a run of capitalized tokens."""
        lookup = getattr(self.kb, "lookup_place", None)
        if lookup is None:
            return None
        for run in windows([tokens], _MAX_PLACE):
            if run[0].text[:1].isupper() and run[-1].text[-1:].isalnum():
                found = lookup(run[0].doc[run[0].i:run[-1].i + 1].text)
                if found:
                    return found[0]
        return None

    def enriched(self, place: Place | None, text: str) -> Place | None:
        """The place with every variant of its name and its coordinates, where the KB has them."""
        lookup = getattr(self.kb, "lookup_place", None)
        found = lookup(text) if place is not None and lookup is not None else []
        if not found or place is None:
            return place
        entry = found[0]
        variants = tuple(dict.fromkeys((*place.variants, entry.name, *entry.variants)))
        return place.replace(variants=variants, lat=entry.lat, lon=entry.lon)

    def located(self, place: Place | None) -> Place | None:
        """Coordinates for a capital from the city gazetteer, when the KB gave none."""
        if place is None or place.lat is not None or place.feature not in ("capital", "city"):
            return place
        city = self.cities.get(place.name.lower())
        if city is None or city.country != place.country:
            return place
        return place.replace(lat=city.lat, lon=city.lon, gazetteer_id=f"geonames:{city.geonameid}")


def capitalized_runs(tokens: list[Any]) -> list[list[Any]]:
    """The runs of neighbouring capitalized tokens: "of New York City authorities" gives
    one run, "New York City"."""
    runs: list[list[Any]] = []
    for token in tokens:
        if token.text[:1].isupper():
            if runs and runs[-1][-1].i == token.i - 1:
                runs[-1].append(token)
            else:
                runs.append([token])
    return runs


def windows(runs: list[list[T]], max_size: int) -> Iterator[list[T]]:
    """Every stretch of neighbouring items within one run, at most `max_size` long: the
    longest first across all the runs, and of one length, in the order of the text. So
    "New York City authorities" is New York City's before it is York's."""
    longest = max((len(run) for run in runs), default=0)
    for size in range(min(max_size, longest), 0, -1):
        for run in runs:
            for i in range(len(run) - size + 1):
                yield run[i:i + size]


def _division_first(city: Any, division: tuple[str, str], named: frozenset[str]) -> bool:
    """Whether a name both a city and another state's division bear is the division: the
    city only where the story names its state and not the division's ("Santa Barbara
    police" in a story on the United States); a division otherwise, news naming a province
    or a state more often than a town abroad ("New Brunswick officials")."""
    return not (city.country in named and division[1] not in named)


def _owned_by(mention: Mention, facts: Facts, kind: str, name: str, country: str) -> list[Actor]:
    """The actor of a phrase a place owns: the place's country, the cue's sector (GOV for
    a role with no cue)."""
    sector = facts.cue[1] if facts.cue else "GOV"
    why = f"{kind} {name} ({country}) + cue '{facts.cue[0] if facts.cue else facts.role}' → {sector}"
    return [Actor(text=mention.text, name=name, country=country, sector=sector,
                  role=facts.role, person=facts.person, reason=why)]


def _division_named(run: list[Any]) -> tuple[str, str] | None:
    """(name, country) of the first-level division a run of two or more words names, where
    one state alone has a division so named ("West Virginia", "Central Java")."""
    return division_named(" ".join(t.text for t in run)) if len(run) >= 2 else None


def _an_adjective_after(token: Any) -> bool:
    """Whether the next word, capitalized too, is an adjective or a people's name
    ("Central European")."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (after is not None and after.text[:1].isupper()
            and (after.pos_ == "ADJ" or after.ent_type_ == "NORP"))


def in_town(mention: Mention, town: Place, facts: Facts) -> Mention:
    """A mention of a town the text placed in a division ("Paris, Texas"): the town, or
    its body when a cue names one ("the Paris mayor")."""
    if facts.cue is None:
        return mention.replace(actors=(place_link(mention.text, town.name, town.country or ""),),
                               place=town)
    cue, sector = facts.cue
    why = f"town {town.name} ({town.country}), placed in its division by the text + cue '{cue}' → {sector}"
    return mention.replace(actors=(Actor(text=mention.text, name=town.name, country=town.country,
                                         sector=sector, role=facts.role, person=facts.person,
                                         reason=why),))


def _compound_tail(token: Any) -> bool:
    """A word after a hyphen inside a compound ("anti-Balaka", "Al-Shabaab"): part of one
    name, never a town's name on its own."""
    doc, i = token.doc, token.i
    return (i >= 2 and doc[i - 1].text == "-" and doc[i - 2].is_alpha
            and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_)
