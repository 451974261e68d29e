"""Which mentions name a place, where in them, and what the gazetteer offers for each name.

A mention names a place in one of three ways (GeoWebNews' classes, which are also what an
analyst asks of a map):

* `name`: the mention is the toponym ("in Kapan", "Moscow sent...", "the Caspian Sea");
  a person- or organization-tagged mention counts when the text treats the same name as
  a place elsewhere, a locative preposition governs it, or a division follows it
  ("Alexandria, La."): the model often tags small towns as people;
* `adjective`: a country's adjective or demonym ("Russian diplomats", "Palestinians");
* `inside`: a place named inside an organization or a title ("Toronto police",
  "the Kidney Foundation of Canada", "U.S. Trade Representative Robert Lighthizer").

Candidates come from the gazetteer and, for countries, from the actors' knowledge base
(belli.geo.candidates). A name the
gazetteer lacks may still give its place away: a local area or a water named after its
town or county ("Brick Township", "the Yakima River"), a direction abbreviated
("N. Charleston"), a party tag the model took in ("R-Cedar Rapids").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from belli.actors.context import NameSource
from belli.geo import words as lexicon
from belli.geo.candidates import (
    CITY_KINDS,
    COUNTRY_KINDS,
    LARGE_CITY,
    Candidate,
    CandidateSource,
    lookup,
)
from belli.geo.gazetteer import Entry, Gazetteer
from belli.geo.names import PARTY_TAG, PLURAL_DESIGNATOR, designator, fold, same_name
from belli.geo.runs import CONNECTORS, WORD, bare, capitalized, longer, span, unpossessed
from belli.records import Mention

__all__ = ["PLACE_LABELS", "Candidate", "Toponym", "find_toponyms", "never_alone"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SKIP_LABELS = frozenset({
    "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "WEAPON",
    "MILITARY_PLATFORM", "LANGUAGE", "WORK_OF_ART", "PRODUCT", "PRON", "NP",
})
# an amount or a law names at most a country, by its name or adjective ("40 US dollars",
# "500 Egyptian pounds", "the Ukrainian Law on Corruption"); never a town: "the Paris
# Agreement" is about no place in Paris
_COUNTRY_ONLY_LABELS = frozenset({"MONEY", "LAW"})
# a region ("Atlantic", "Pacific") comes after a division, which an organization's name
# states more often: "Florida Atlantic University" is in Florida, not in the ocean; a name
# the article tags as a place elsewhere comes last, wherever it stands ("Smart Dubai")
_ALL_INSIDE = ("country", "division", "region", "owned", "leading", "repeat")
# labels a repeated place name counts inside: not a person's ("Jordan Peterson" in a story
# about Jordan), not a place's own longer name ("French Quarter" in a story naming France)
_REPEAT_LABELS = frozenset({"ORG", "NORP", "EVENT"})
# a locative preposition right before a name: the name is a place ("in Alexandria")
_IN_PLACE = re.compile(r"\b(?:in|at|near|outside|inside|around|throughout)\s+$", re.IGNORECASE)
# between two items of a list: "Hondo and Castroville", "Elgin, Bastrop"
_LISTING = re.compile(r",? (?:and|or|&) |, ")
_LISTING_GAP = 6  # characters enough to hold the longest of them
_NEXT_WORD = re.compile(r" ([a-z]+)\b")  # a lower-case word right after a name
# a word before a town's name that makes it a part or the whole area of the town: "Downtown
# Tulsa", "Metro Denver", "Historic Savannah"
_AREA_OF = re.compile(rf"(?:{'|'.join(sorted(lexicon.AREA_WORDS))})\s+(?=[A-Z])", re.IGNORECASE)
# the words that may come before a name that opens an organization's ("the Salem Police",
# "the Downtown Tulsa Partnership")
_BEFORE_LEADING = lexicon.AREA_WORDS | {"the"}
# a part of a country or region: "Southern California", "northern Syria"
_DIRECTION = re.compile(r"(?:north|south|east|west|central|upper|lower)(?:ern)?(?:[- ]?"
                        r"(?:north|south|east|west)(?:ern)?)?\s+", re.IGNORECASE)
_DIVISIONS = frozenset({"admin1", "admin2", "region", "province"})  # kinds a designator allows
_NAMESAKE_KINDS = frozenset({"city", "admin2"})
_PARTY = re.compile(rf"{PARTY_TAG}(?=[A-Z][a-z])")  # "R-Cedar Rapids", not "D-N.Y."
_PLURAL_DESIGNATOR = re.compile(rf"\s+{PLURAL_DESIGNATOR}$",
                                re.IGNORECASE)
# a name after these words inside a longer mention is where the body lies or comes from
# ("the University of Nebraska", "fighters from Idlib")
_OWNER = frozenset({"of", "in", "for", "from"})
# never a place inside a longer name: a title's word, or the field a body serves
_NOT_INSIDE = lexicon.NOT_ALONE | lexicon.FIELDS
_MAX_RUN = 5
# a first-level division this large opens an organization's name by its bare name
_LARGE_DIVISION = 200_000
# a person- or organization-tagged name is read as a town only if the town has this many
_MIN_LONE_POPULATION = 2000
# an organization that starts with a place this small rarely means the place
_MIN_LEADING_POPULATION = 1000


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name inside mention `index`, over [start, end) of the article text."""

    index: int
    start: int
    end: int
    text: str
    how: str  # name, adjective, inside
    candidates: tuple[Candidate, ...]

    @property
    def key(self) -> str:
        return fold(self.text)


def find_toponyms(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer,
                  kb: NameSource, datelines: frozenset[int] = frozenset(),
                  divisions: frozenset[int] = frozenset()) -> list[Toponym]:
    """The toponyms of an article's mentions, at most one per mention; a mention that
    starts at a dateline (`datelines`: offsets) is a place whatever its label, and one
    that starts a name of a list of divisions (`divisions`: "Clarke and Oconee counties")
    is a division whatever its label."""
    finder = _Finder(text, gazetteer, kb, mentions, datelines, divisions)
    out = []
    for index, mention in enumerate(mentions):
        if mention.label in _SKIP_LABELS:
            continue
        if mention.label in _COUNTRY_ONLY_LABELS:
            found = finder.inside(index, mention, ("country",))
        else:
            found = finder.toponym(index, mention)
        if found is not None:
            out.append(found)
    return out


# `_Finder._inside`'s answer: offset in the mention, the place's text, its candidates
_InsideFound = tuple[int, str, tuple[Candidate, ...]] | None


class _Finder:
    """Finds the toponym of one mention at a time, knowing the article's other mentions."""

    def __init__(self, text: str, gazetteer: Gazetteer, kb: NameSource,
                 mentions: Sequence[Mention], datelines: frozenset[int],
                 divisions: frozenset[int]) -> None:
        self.text = text
        self.gazetteer = gazetteer
        self.kb = kb
        self.datelines = datelines
        self.divisions = divisions
        # names tagged as places somewhere in the article; words of its full person names
        self.place_names = {fold(bare(m.text)[0]) for m in mentions if m.label in PLACE_LABELS}
        # names tagged as towns, divisions, countries or regions (not buildings) somewhere
        self.tagged = {fold(name): name for m in mentions if m.label in ("GPE", "LOC")
                       for name in (bare(m.text)[0],)}
        self.town_starts = {m.start for m in mentions if m.label == "GPE"}
        self.town_ends = {m.end for m in mentions if m.label == "GPE"}
        self.person_words = {fold(w) for m in mentions if m.label == "PERSON"
                             and len(m.text.split()) > 1 for w in m.text.split()}
        self.countries = self._countries_named(mentions)
        self.source = CandidateSource(gazetteer, kb, self.countries)
        self.candidates = self.source.candidates
        # `_inside`'s answers by the mention's text and label and the ways tried
        self._inside_found: dict[tuple[str, str, tuple[str, ...]], _InsideFound] = {}

    def _countries_named(self, mentions: Sequence[Mention]) -> frozenset[str]:
        """The countries the article names by their own, a first-level division's name or
        an adjective ("Israeli", "Texas"): the ones a namesake of a water may lie in."""
        codes: set[str] = set()
        for mention in mentions:
            if mention.label in PLACE_LABELS or mention.label == "NORP":
                name = bare(mention.text)[0]
                codes.update(m.code for m in lookup(self.kb, name) if m.kind in COUNTRY_KINDS)
                codes.update(e.country for e in self.gazetteer.lookup(name)
                             if e.kind == "admin1" and not e.weak and e.country)
        return frozenset(codes)

    def toponym(self, index: int, mention: Mention) -> Toponym | None:
        name, offset = bare(mention.text)
        start = mention.start + offset
        if mention.label == "NORP":
            return self._adjective(index, start, name) or self.inside(index, mention)
        if mention.start in self.divisions or start in self.divisions:  # "the North West and..."
            return self._division(index, start, name) or self.inside(index, mention)
        if mention.label in PLACE_LABELS or self._treated_as_place(mention, name):
            whole = self._named(index, start, name)
            if whole is not None:
                return whole
        return self.inside(index, mention)

    def _treated_as_place(self, mention: Mention, name: str) -> bool:
        """A person- or org-tagged name the text treats as a place, and no KB entry names
        something else ("Alexandria" tagged PERSON after "in")."""
        if mention.start in self.datelines or self._party_place(mention, name):
            return True
        if any(m.kind not in COUNTRY_KINDS | CITY_KINDS for m in self.kb.lookup_name(name)):
            return False
        if fold(name) in self.place_names:
            return True
        if _IN_PLACE.search(self.text[max(0, mention.start - 40):mention.start]):
            return True
        if self._lone_name(mention, name) or self._division_named(mention, name):
            return True
        if self._listed_with_town(mention, name) or self._attributive(mention, name):
            return True
        after = re.match(r",\s*([A-Z][\w.']*(?: [A-Z][\w.']*)?)", self.text[mention.end:])
        return bool(after and any(e.kind in ("admin1", "country") and not e.weak
                                  for e in self.gazetteer.lookup(after.group(1))))

    def _attributive(self, mention: Mention, name: str) -> bool:
        """A person-tagged name before a word that says who lives or serves somewhere ("a
        Glen Rose woman", "Pine Ridge residents", "Elm Grove police"): a person's name
        does not qualify a noun so; a town's does."""
        after = _NEXT_WORD.match(self.text, mention.end)
        return (mention.label == "PERSON" and after is not None
                and after.group(1) in lexicon.ROLES and any(
                    not e.weak and e.kind in _NAMESAKE_KINDS and same_name(e.name, name)
                    for e in self.gazetteer.lookup(name)))

    def _listed_with_town(self, mention: Mention, name: str) -> bool:
        """A name listed beside a place-tagged one ("Hondo and Castroville", "Elgin, Bastrop
        and Smithville") that the gazetteer knows as a town or county by that very name: the
        items of a list are of one kind."""
        after = _LISTING.match(self.text, mention.end)
        beside = bool(after and after.end() in self.town_starts) or any(
            _LISTING.fullmatch(self.text, end, mention.start) for end in
            range(max(0, mention.start - _LISTING_GAP), mention.start) if end in self.town_ends)
        return beside and any(not e.weak and e.kind in _NAMESAKE_KINDS and same_name(e.name, name)
                              for e in self.gazetteer.lookup(name))

    def _party_place(self, mention: Mention, name: str) -> bool:
        """A legislator's party-and-place tag the model took for a name ("Rep. Ann Lee,
        D-Charleston, said"): after a comma or a bracket, the place the member serves."""
        before = self.text[max(0, mention.start - 2):mention.start]
        return bool(_PARTY.match(name)) and before.endswith((", ", "("))

    def _lone_name(self, mention: Mention, name: str) -> bool:
        """A one-word "person" never part of a person's full name in the article, or an
        "organization" called exactly like a town, that the gazetteer knows as a place
        ("Alexandria woman charged...", "Parkers Prairie" tagged ORG)."""
        if mention.label == "PERSON" and (" " in name or fold(name) in self.person_words):
            return False
        if mention.label not in ("PERSON", "ORG"):
            return False
        return any(not e.weak and fold(e.name) == fold(name)
                   and e.population >= _MIN_LONE_POPULATION for e in self.gazetteer.lookup(name))

    def _division_named(self, mention: Mention, name: str) -> bool:
        """A person- or organization-tagged name of several words that is exactly the name
        of a country, a first-level division or a large city ("Tamil Nadu said...", "New
        Brunswick"): a person's name is rarely a state's."""
        if mention.label not in ("PERSON", "ORG") or " " not in name:
            return False
        return any(not e.weak and fold(e.name) == fold(name) and (
            e.kind in ("country", "admin1") or e.population >= LARGE_CITY)
            for e in self.gazetteer.lookup(name))

    def _named(self, index: int, start: int, name: str) -> Toponym | None:
        if fold(name) in lexicon.NOT_ALONE:
            return None
        candidates = self.candidates(name)  # "N. Charleston" too (names.spelled_out)
        if candidates:
            return Toponym(index, start, start + len(name), name, "name", candidates)
        base, word = designator(name)
        if word is not None:
            candidates = tuple(c for c in self.candidates(base) if c.entry.kind in _DIVISIONS)
            if candidates:
                return Toponym(index, start, start + len(name), name, "name", candidates)
        local = self._local_area(name)
        if local:
            return Toponym(index, start, start + len(name), name, "name", local)
        part = _DIRECTION.match(name)
        if part is not None:
            candidates = tuple(c for c in self.candidates(name[part.end():])
                               if c.entry.kind != "city")
            if candidates:
                start += part.end()
                return Toponym(index, start, start + len(name) - part.end(),
                               name[part.end():], "name", candidates)
        area = _AREA_OF.match(name)
        if area is not None:  # "Downtown Tulsa", "Metro Denver": the town itself
            candidates = self.candidates(name[area.end():])
            if candidates:
                start += area.end()
                return Toponym(index, start, start + len(name) - area.end(),
                               name[area.end():], "name", candidates)
        party = _PARTY.match(name)
        if party is not None:  # "R-Cedar Rapids": the model took the legislator's party in
            candidates = self.candidates(name[party.end():])
            if candidates:
                start += party.end()
                return Toponym(index, start, start + len(name) - party.end(),
                               name[party.end():], "name", candidates)
        head = name.split(",")[0].strip()
        if head != name and head:
            candidates = self.candidates(head)
            if candidates:
                return Toponym(index, start, start + len(head), head, "name", candidates)
            return self._stated_tail(index, start, name)
        return None

    def _stated_tail(self, index: int, start: int, name: str) -> Toponym | None:
        """The division or country after the last comma of a place the gazetteer lacks
        ("Hollowell Speedway, Kent", "Camp Lemonnier, Djibouti"): the place lies in it."""
        _, comma, tail = name.rpartition(",")
        tail = tail.strip()
        if not comma or not tail:  # a head that differs only by its spaces has no tail
            return None
        candidates = tuple(c for c in self.candidates(tail) if not c.entry.weak
                           and c.entry.kind in _DIVISIONS | COUNTRY_KINDS)
        if not candidates:
            return None
        at = start + name.rindex(tail)
        return Toponym(index, at, at + len(tail), tail, "name", candidates)

    def _local_area(self, name: str) -> tuple[Candidate, ...]:
        """The town that names a local area ("Brick Township", "Mallow district", "the
        Crestwood neighborhood") or a river or lake ("the Yakima River", "Lake Conroe"):
        the gazetteer lists few townships, districts, neighborhoods and waters, and most
        take their name from the town or county at their heart or on their banks."""
        base, _, word = name.rpartition(" ")
        kinds: frozenset[str] | None = None
        if word.lower() in lexicon.WATERS:
            kinds = _NAMESAKE_KINDS
        elif name.split(" ", 1)[0].lower() in lexicon.WATERS_BEFORE:
            base, kinds = name.split(" ", 1)[1], _NAMESAKE_KINDS
        elif word.lower() not in lexicon.LOCAL_AREAS:
            return ()
        if not base or fold(base) in lexicon.NOT_ALONE:
            return ()
        if kinds is None:
            return tuple(c for c in self.candidates(base) if not c.entry.weak)
        # a county's bare name counts here: "the Yakima River" is Yakima County's
        if fold(base) in self.place_names:  # the text names the town itself too
            return tuple(c for c in self.candidates(base) if c.entry.kind in kinds)
        return tuple(c for c in self.candidates(base) if c.entry.kind in kinds
                     and self._namesake(c.entry))

    def _namesake(self, entry: Entry) -> bool:
        """Whether a water may take its name from `entry`: a county, a large city, or a
        town in a country the article names (any town where it names none). Many towns
        share a river's name far from it: "the Jordan River" is no Minnesota town's."""
        return (entry.kind == "admin2" or entry.population >= LARGE_CITY
                or entry.country in self.countries or not self.countries)

    def _division(self, index: int, start: int, name: str) -> Toponym | None:
        """A name the text lists as a division ("Madison" in "Clarke, Madison and Oconee
        counties"): only its divisions, never a town or a person."""
        single = _PLURAL_DESIGNATOR.sub("", name)
        candidates = tuple(c for c in self.candidates(single) if c.entry.kind in _DIVISIONS)
        if not candidates:
            return None
        return Toponym(index, start, start + len(single), single, "name", candidates)

    def _adjective(self, index: int, start: int, name: str) -> Toponym | None:
        """A country's, a division's or a region's adjective or demonym: "Russian", "Texan",
    "Kurdish", "European"."""
        codes = [m.code for m in self.kb.lookup_name(name) if m.kind in COUNTRY_KINDS]
        candidates = self.source.countries_of(codes, f"'{name}' names the country")
        division = None if candidates else self.gazetteer.demonym(name)
        if division is not None:
            candidates = (Candidate(division, f"'{name}' names the division"),)
        if not candidates:
            candidates = tuple(Candidate(e, "region") for e in self.gazetteer.lookup(name)
                               if not e.is_division)
        if not candidates:
            return None
        return Toponym(index, start, start + len(name), name, "adjective", candidates)

    def inside(self, index: int, mention: Mention,
               kinds: Sequence[str] = _ALL_INSIDE) -> Toponym | None:
        """A place named inside a longer mention: a country anywhere ("U.S. officials"),
        another place after "of"/"in" ("the University of Nebraska") or at the start of an
        organization's name ("Toronto police"). Inside a place's own name only a country
        before common nouns counts ("the Syrian border", not "the French Quarter").
        `kinds`: the ways tried, in order (an amount or a law tries only "country")."""
        key = (mention.text, mention.label, tuple(kinds))
        if key not in self._inside_found:  # the same name recurs through an article
            self._inside_found[key] = self._inside(mention, kinds)
        found = self._inside_found[key]
        if found is None:
            return None
        offset, shown, candidates = found
        start = mention.start + offset
        return Toponym(index, start, start + len(shown), shown, "inside", candidates)

    def _inside(self, mention: Mention, kinds: Sequence[str]) -> _InsideFound:
        """`inside`'s place as (offset in the mention, its text, candidates); it reads
        only the mention's text and label."""
        words = [(m.start(), unpossessed(m.group())) for m in WORD.finditer(mention.text)]
        runs = [(i, size, shown) for size in range(min(_MAX_RUN, len(words)), 0, -1)
                for i in range(len(words) - size + 1) if capitalized(words[i:i + size])
                and fold(shown := span(mention.text, words, i, i + size)) not in _NOT_INSIDE
                and not self._body_city(shown)]
        divisions = [run for run in runs if self._may_be_division(run[2])]
        # "the College of St. Anne in Dover": where a body lies beats whom it is named for
        located = sorted(runs, key=lambda run: not _after_in(words, run[0]))
        tries = {"country": runs, "division": divisions, "region": runs, "owned": located,
                 "leading": runs, "repeat": [run for run in runs if fold(run[2]) in self.tagged
                                             and not run[2].lower().startswith("the ")]}
        for kind in kinds:
            for i, size, shown in tries[kind]:
                found = self._inside_run(kind, mention, shown, words, i, size)
                if found:
                    return words[i][0], shown, found
        return None

    def _body_city(self, shown: str) -> bool:
        """Whether "City" after a town's name belongs to a body's name ("Dublin City
        Council", "Springfield City Schools"): no place is called so, only the town is
        (its alternate name elsewhere: Dublin, Ireland's "Dublin City"). "Kansas City"
        is a place of its own."""
        head, _, last = shown.rpartition(" ")
        return bool(head) and last.lower() == "city" and not any(
            fold(e.name) == fold(shown) for e in self.gazetteer.lookup(shown))

    def _inside_run(self, kind: str, mention: Mention, shown: str,
                    words: list[tuple[int, str]], i: int, size: int) -> tuple[Candidate, ...]:
        if kind == "repeat":
            return self._repeat_run(mention, shown)
        before = [w.lower() for _, w in words[max(0, i - 2):i]]
        if before[-1:] == ["the"]:
            before = before[:-1]
        owned = bool(before) and before[-1] in _OWNER
        after = [w for _, w in words[i + size:]]
        if mention.label in PLACE_LABELS and kind != "leading" and not (
                owned or all(w[:1].islower() for w in after) or _names_body(after)
                or _designated(kind, shown)):
            return ()  # a name of its own: "French Quarter", "Glenrock Lagoon"
        if kind == "country":
            if any(_encloses(e, name) for name in longer(mention.text, words, i, size)
                   for e in self.gazetteer.lookup(name)):
                return ()  # part of a region's or a state's name: "Central American"
            # "Russia's President": a country that owns a title is a place
            end = words[i + size - 1][0] + len(words[i + size - 1][1])
            possessive = mention.text[end:end + 2] in ("'s", "’s")
            return self._country_run(mention, shown, owned, possessive)
        if kind == "division":
            found = self._division_run(shown)
            enclosing = longer(mention.text, words, i, size)
            if found and any(not e.weak for name in enclosing
                             for e in self.gazetteer.lookup(name)):
                return ()  # it opens a longer place name: "Kansas City"
            return found
        if kind == "region":
            return self._region_run(shown)
        known = lookup(self.kb, shown)
        if any(m.kind not in COUNTRY_KINDS | CITY_KINDS for m in known):
            return ()  # a person, an institution or an organization, not a place
        leading = i <= 2 and all(w.lower() in _BEFORE_LEADING for _, w in words[:i])
        if (kind == "owned" and owned) or (
                kind == "leading" and leading and self._may_lead(mention, words, i + size)):
            served = kind == "leading" and _serves(after)
            return tuple(c for c in self.candidates(shown) if _plausible_inside(c.entry, shown)
                         or (served and c.entry.weak and c.entry.kind == "admin2"))
        return ()

    def _repeat_run(self, mention: Mention, shown: str) -> tuple[Candidate, ...]:
        """A name the article tags as a place elsewhere, inside an organization's or an
        event's name ("Smart Dubai", "the Slidell PD", "706 Orange County residents"): a
        story uses a name in one sense throughout."""
        if mention.label not in _REPEAT_LABELS:
            return ()
        tagged = self.tagged.get(fold(shown), shown)  # "NJ" as "N.J." was tagged
        return tuple(c for c in self.candidates(tagged) if not c.entry.weak)

    def _may_lead(self, mention: Mention, words: list[tuple[int, str]], after: int) -> bool:
        """Whether a place may open this mention: an organization ("Toronto police"), a
        facility named after its town ("the Cottonport Fire Station", "Hartford
        Hospital"), a title before a person's name ("Texas Ranger Steve Jeter")."""
        shown = [w for _, w in words[after:]]
        rest = [w.lower() for w in shown]
        if mention.label in ("ORG", "EVENT"):
            return True
        if mention.label == "PERSON":
            # "Oakland police officer", "Avondale Mayor", "Huntsville Fire Chief": a role,
            # not a person's name, follows the town
            return len(rest) >= 3 or _names_body(shown) or any(
                (w.islower() and w not in CONNECTORS) or w.lower() in lexicon.ROLES
                for w in shown)  # "Miami Herald reporter": a newspaper, not a person
        return mention.label in PLACE_LABELS and bool(rest) and (
            rest[-1] in lexicon.FACILITIES or _names_body(shown))

    def _country_run(self, mention: Mention, shown: str, owned: bool,
                     possessive: bool) -> tuple[Candidate, ...]:
        matches = lookup(self.kb, shown)
        if mention.label == "PERSON" and not (owned or possessive or shown.isupper()):
            # "Jordan Peterson": only adjectives and acronyms inside a person's name
            matches = [m for m in matches if m.kind in ("adjective", "demonym")]
        if any(m.kind == "country" for m in matches):
            return self.candidates(shown)  # "Georgia" may be the state as well
        codes = [m.code for m in matches if m.kind in COUNTRY_KINDS]
        if codes:
            return self.source.countries_of(codes, f"'{shown}' names the country")
        division = self.gazetteer.demonym(shown)
        if division is not None:  # "Texan ranchers", "Ohioans"
            return (Candidate(division, f"'{shown}' names the division"),)
        return ()

    def _region_run(self, shown: str) -> tuple[Candidate, ...]:
        """A region or its adjective: "Central American migrants", "Kurdish militia"."""
        return tuple(Candidate(e, "region") for e in self.gazetteer.lookup(shown)
                     if not e.is_division and not e.weak)

    def _may_be_division(self, shown: str) -> bool:
        """A division's own name, short form or name with its designator, at a glance."""
        return (self.gazetteer.is_short_form(shown) or self.gazetteer.is_division_name(shown)
                or designator(shown)[1] is not None)

    def _division_run(self, shown: str) -> tuple[Candidate, ...]:
        """A large first-level division anywhere in an organization's or a title's name,
        by its own name or short form ("the Ohio Department of Job and Family Services",
        "the S.C. Association for Justice"): it names the place before any town a later
        word may be ("Job", "Justice"). A division with its designator ("Mayo County
        Council") counts too."""
        short = self.gazetteer.is_short_form(shown)
        entries = self.gazetteer.lookup(shown)
        named = [e for e in entries if not e.weak and e.kind in ("admin1", "admin2") and (
            short or designator(shown)[1] is not None
            or (e.kind == "admin1" and e.population >= _LARGE_DIVISION
                and fold(e.name) == fold(shown)))]
        if not named:
            return ()
        return tuple(c for c in self.candidates(shown) if c.entry in named
                     or c.why.startswith("capital")
                     or (c.entry.kind == "city" and c.entry.population >= LARGE_CITY
                         and _plausible_inside(c.entry, shown)))


def never_alone(name: str) -> bool:
    """Whether a word never names a place on its own ("West", "Central", "Union")."""
    return fold(name) in lexicon.NOT_ALONE


def _plausible_inside(entry: Entry, shown: str) -> bool:
    """A reading of a name inside a longer one: a town only under its own name or if it is
    large ("New York Times"), and never for an acronym ("IS fighters" is no town "Is")."""
    if entry.weak:
        return False
    if entry.kind != "city":
        return True
    if shown.isupper() and "." not in shown and " " not in shown:  # "SAN ANTONIO" is a name
        return False
    return entry.population >= LARGE_CITY or (
        same_name(entry.name, shown) and entry.population >= _MIN_LEADING_POPULATION)


def _encloses(entry: Entry, name: str) -> bool:
    """Whether a longer name around a country's is a place of its own: a region ("North
    American") or a first-level division by its very name ("New Mexico")."""
    if entry.weak:
        return False
    return not entry.is_division or (entry.kind == "admin1" and fold(entry.name) == fold(name))


def _designated(kind: str, shown: str) -> bool:
    """Whether a division named with its designator opens a place's name ("the Ashe County
    Fairgrounds", "Polk County Road 12"): what bears a county's full name lies in it."""
    return kind == "division" and designator(shown)[1] is not None


def _after_in(words: Sequence[tuple[int, str]], i: int) -> bool:
    """Whether "in" (or "in the") comes right before word `i` of a mention."""
    before = [w.lower() for _, w in words[max(0, i - 2):i]]
    if before[-1:] == ["the"]:
        before = before[:-1]
    return before[-1:] == ["in"]


def _serves(words: Sequence[str]) -> bool:
    """Whether a body or an office follows a name at once: a county's bare name then
    stands for the county ("Washtenaw police", "Pine Sheriff Ann Lee")."""
    return bool(words) and unpossessed(words[0]).lower() in lexicon.BODIES | lexicon.ROLES


def _names_body(words: Sequence[str]) -> bool:
    """Whether the words after a place name make the mention a public body's or an
    organization's name ("... County Sheriff's Office", "... Democratic Party", "...
    Courier-Examiner")."""
    return any(part in lexicon.BODIES for w in words for part in unpossessed(w).lower().split("-"))


