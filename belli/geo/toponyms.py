"""Which mentions name a place, where in them, and what the gazetteer offers for each name.

A mention names a place in one of three ways (GeoWebNews' classes, which are also what an
analyst asks of a map):

* `name`: the mention is the toponym ("in Kapan", "Moscow sent...", "the Caspian Sea");
  a person- or organization-tagged mention counts when the text treats the same name as
  a place elsewhere, a locative preposition governs it, or a division follows it
  ("Ruston, La."): the model often tags small towns as people; once one such occurrence
  reads as a town, the others do too, a speaking one included ("Ruston says no": the
  town's government), unless a title, ", who" or a "he" or "she" makes it a person's;
* `adjective`: a country's adjective or demonym ("Russian diplomats", "Palestinians");
* `inside`: a place named inside an organization or a title ("Leeds police",
  "the Lung Trust of Canada", "U.S. Trade Representative Ann Ruiz"), or a title's
  country the model ran into an official's name ("the Minister of" + "Kazakhstan Ali
  Sarsen").

This module finds whole names and adjectives; `belli.geo.place_cues` tells when a
person- or organization-tagged name is a place, `belli.geo.inside` finds places inside
longer mentions, and `belli.geo.article` holds what all of them read of the article.

Candidates come from the gazetteer and, for countries, from the actors' knowledge base
(belli.geo.candidates). A name the gazetteer lacks may still give its place away: a local
area or a water named after its town or county ("Brick Township", "the Yakima River"), a
direction abbreviated ("N. Charleston"), a party tag the model took in ("R-Cedar Rapids").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from belli.actors.context import NameSource, lost_case
from belli.geo import words as lexicon
from belli.geo.article import NAMESAKE_KINDS, PLACE_LABELS, ArticleNames, read_article
from belli.geo.candidates import CITY_KINDS, COUNTRY_KINDS, LARGE_CITY, Candidate, lookup
from belli.geo.division_names import (
    first_level_word,
    named_with_division_word,
    worded_divisions,
)
from belli.geo.gazetteer import Entry, Gazetteer
from belli.geo.inside import ALL_INSIDE, InsideFinder
from belli.geo.lone_names import gendered_after, occurrences, titled_person
from belli.geo.names import PLURAL_DESIGNATOR, designator, fold, same_name
from belli.geo.place_cues import PARTY, read_as_body, treated_as_place
from belli.geo.runs import bare
from belli.records import Mention

__all__ = ["PLACE_LABELS", "Candidate", "Toponym", "find_toponyms", "never_alone"]

_SKIP_LABELS = frozenset({
    "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "WEAPON",
    "MILITARY_PLATFORM", "LANGUAGE", "WORK_OF_ART", "PRODUCT", "PRON", "NP",
})
# an amount or a law names at most a country, by its name or adjective ("70 US dollars",
# "500 Indian rupees", "the Kenyan Law on Elections"); never a town: "the Paris
# Agreement" is about no place in Paris
_COUNTRY_ONLY_LABELS = frozenset({"MONEY", "LAW"})
# a word before a town's name that makes it a part or the whole area of the town: "Downtown
# Tulsa", "Metro Denver", "Historic Savannah"
_AREA_OF = re.compile(rf"(?:{'|'.join(sorted(lexicon.AREA_WORDS))})\s+(?=[A-Z])", re.IGNORECASE)
# a part of a country or region: "Southern California", "northern Syria"
_DIRECTION = re.compile(r"(?:north|south|east|west|central|upper|lower)(?:ern)?(?:[- ]?"
                        r"(?:north|south|east|west)(?:ern)?)?\s+", re.IGNORECASE)
_DIVISIONS = frozenset({"admin1", "admin2", "region", "province"})  # kinds a designator allows
_PLURAL_DESIGNATOR = re.compile(rf"\s+{PLURAL_DESIGNATOR}$", re.IGNORECASE)
# labels of a time or a number, which the model at times stretches over the place name
# that follows ("In January, South Carolina had...", "At 12:03 p.m. Walker County
# dispatchers...", "706 Orange County residents")
_SWALLOWING = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT"})
# the place name closing such a mention, after a comma or a space
_SWALLOWED = re.compile(r"(?:,\s*|\s+)(?P<name>[A-Z][\w.'’]*(?:[ -][A-Z][\w.'’]*){0,3})$")
# a state or a country, or a division named with its own word: what a time or a number
# never ends with ("Walker County"); a town's name may be a month's or a surname
_SWALLOWED_KINDS = frozenset({"country", "admin1", "admin2"})
# labels the model gives a town it took for an actor ("Ruston says", "Ruston police")
_ACTOR_LABELS = frozenset({"PERSON", "ORG"})
# labels the model gives a town it never saw ("a Saratoga native" as a product): such a
# name, a plain one of up to three capitalized words, is a town only before a word for
# who lives there or where the article tags it as a place elsewhere, and then by the
# person-tagged name's cues; a title's word after "in" ("Shakespeare in Love") is none
_MISREAD_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})
_PLAIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}")
_OFFICE_WORDS = lexicon.ROLES | lexicon.BODIES  # "Mayor", "Services" after a town's name
_RESIDENT_AFTER = re.compile(rf" (?:{'|'.join(sorted(lexicon.RESIDENTS))})\b")
# "of" or "in (the)" right before a mention, and a state office's or mission's title running
# up to it: "the Deputy Minister for Trade of" + "Kazakhstan Ali Sarsen", "the Embassy
# of Armenia in the" + "Holy See Ana Petrosyan"
_OWNER_BEFORE = re.compile(r"\b(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE)
_TITLE_REACH = 60  # characters before "of" that hold the title
# the title running straight up to that "of": an office's word (words.yaml: no kin word,
# "the sister of Chad Lee Hart"), then only capitalized words, each maybe after "for",
# "of (the)" or, inside a portfolio's name, "and" ("Minister for Trade", "envoy of
# Armenia", "Minister for Trade and Industry of"); any other word between ("the embassy
# confirmed the death of Chad ...") breaks it
_TITLE_BEFORE = re.compile(
    rf"\b(?i:{'|'.join(sorted(lexicon.OFFICE_TITLES, key=len, reverse=True))})\b"
    r"(?:\s+(?:(?:for|of|and|&)\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*\s+$")


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name inside mention `index`, over [start, end) of the article text."""

    index: int
    start: int
    end: int
    text: str
    how: str  # name, adjective, inside
    candidates: tuple[Candidate, ...]
    # the folded name: the resolver asks for it for every reading, round after round
    key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", fold(self.text))


def find_toponyms(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer,
                  kb: NameSource, datelines: frozenset[int] = frozenset(),
                  divisions: frozenset[int] = frozenset()) -> list[Toponym]:
    """The toponyms of an article's mentions, at most one per mention; a mention that
    starts at a dateline (`datelines`: offsets) is a place whatever its label, and one
    that starts a name of a list of divisions (`divisions`: "Hardin and Story counties")
    is a division whatever its label."""
    finder = _Finder(read_article(text, mentions, gazetteer, kb, datelines), divisions)
    out = []
    for index, mention in enumerate(mentions):
        if mention.label in _SWALLOWING:
            found = finder.swallowed(index, mention)
            if found is not None:
                out.append(found)
            continue
        if mention.label in _MISREAD_LABELS:
            found = finder.misread(index, mention)
            if found is not None:
                out.append(found)
            continue
        if mention.label in _SKIP_LABELS:
            continue
        if mention.label in _COUNTRY_ONLY_LABELS:
            found = finder.inside(index, mention, ("country",))
        else:
            found = finder.toponym(index, mention)
        if found is not None:
            out.append(found)
    return sorted([*out, *_named_again(finder.names, mentions, out)], key=lambda t: t.index)


def _named_again(names: ArticleNames, mentions: Sequence[Mention],
                 found: Sequence[Toponym]) -> list[Toponym]:
    """The person- or organization-tagged occurrences of a name that another such
    occurrence was read as a town by: a story uses a name in one sense throughout, and
    a town that speaks or acts is its government ("Ruston residents... Ruston says no"),
    so only a title before it or ", who" after it still makes one a person's, and
    "he" or "she" after any makes the name a person's throughout. A headline's name that
    the dateline after it repeats ("Jackson wins a grant. JACKSON, Miss. —") is the dateline's
    town, whatever else the name may be."""
    towns = {t.key: t for t in found if t.how == "name"
             and mentions[t.index].label in _ACTOR_LABELS}
    towns = {key: t for key, t in towns.items() if _town_throughout(names, t)}
    filed = {t.key: t for t in found if t.how == "name" and t.start in names.datelines}
    if not towns and not filed:
        return []  # no name to find again: no need to read every mention
    done = {t.index for t in found}
    out = []
    for index, mention in enumerate(mentions):
        name, offset = bare(mention.text)
        town = towns.get(fold(name))
        dateline = filed.get(fold(name))
        if town is None and dateline is not None and mention.end <= dateline.start:
            town = dateline
        if (town is None or index in done or mention.label not in _ACTOR_LABELS
                or titled_person(names.text, mention.start, mention.end)):
            continue
        start = mention.start + offset
        out.append(Toponym(index, start, start + len(name), name, "name", town.candidates))
    return out


def _division_countries(names: ArticleNames, name: str) -> set[str]:
    """The countries whose name or first-level division `name` is."""
    return {c.entry.country for c in names.candidates(name)
            if c.entry.kind in ("country", "admin1") and not c.entry.weak and c.entry.country}


def _town_throughout(names: ArticleNames, town: Toponym) -> bool:
    """Whether a name read once as a town may be the town wherever it stands: a town by
    that very name (not "Fort Abbas" for "Abbas"), not an acronym (an organization's),
    not a word of a person's full name in the story ("Mahmoud Abbas"), nothing else the
    knowledge base knows, and "he" or "she" after none of its occurrences."""
    name = town.text
    if not any(fold(c.entry.name) == town.key and not c.entry.weak for c in town.candidates):
        return False
    if name.isupper() or fold(name) in names.person_words or any(
            m.kind not in COUNTRY_KINDS | CITY_KINDS for m in names.kb.lookup_name(name)):
        return False
    return not any(gendered_after(names.text, end) for _, end in occurrences(names.text, name))


def _office_named(name: str) -> bool:
    """Whether capitalized words open a name up to a word of an office or a body ("Ashby
    Mayor Jo Hale", "Ashby Parks Services"): an organization's or an official's name."""
    words = name.split()
    for i, word in enumerate(words[1:4], start=1):
        if word.lower() in _OFFICE_WORDS:
            return all(_PLAIN_NAME.fullmatch(w) for w in words[:i])
    return False


def never_alone(name: str) -> bool:
    """Whether a word never names a place on its own ("West", "Central", "Union")."""
    return fold(name) in lexicon.NOT_ALONE


def _any(candidate: Candidate) -> bool:
    """Every reading."""
    return True


def _not_town(candidate: Candidate) -> bool:
    """A division's or a region's reading, not a town's."""
    return candidate.entry.kind != "city"


# words that may open a place's name without being part of it, in the order tried, and
# the readings of the rest they allow: "Southern California" (a part of a division or a
# region, never a town), "Downtown Tulsa" (the town itself), "R-Cedar Rapids" (the model
# took a legislator's party in)
_PREFIXES: tuple[tuple[re.Pattern[str], Callable[[Candidate], bool]], ...] = (
    (_DIRECTION, _not_town), (_AREA_OF, _any), (PARTY, _any))


class _Finder:
    """Finds the toponym of one mention at a time, knowing the article's other mentions."""

    def __init__(self, names: ArticleNames, divisions: frozenset[int]) -> None:
        self.names = names
        self.divisions = divisions
        self._inside = InsideFinder(names)
        self._cased = not lost_case(names.text)

    def toponym(self, index: int, mention: Mention) -> Toponym | None:
        """The toponym of mention `index`: an adjective, a listed division, the whole
        name, else a place inside it."""
        name, offset = bare(mention.text)
        start = mention.start + offset
        if self._cased and name.islower():
            return None  # "off its east coast": in a cased text a place's name is capitalized
        if mention.label == "NORP":
            return (self._adjective(index, start, name) or self._group_town(index, mention, start, name)
                    or self.inside(index, mention))
        if mention.start in self.divisions or start in self.divisions:  # "the North East and..."
            return self._division(index, start, name) or self.inside(index, mention)
        if mention.label in PLACE_LABELS or treated_as_place(self.names, mention, name):
            whole = self._named(index, start, name)
            if whole is not None:
                return whole
        if mention.label == "PERSON":
            country = self._country_before_person(index, start, name)
            if country is not None:
                return country
        return self.inside(index, read_as_body(self.names.text, mention))

    def _country_before_person(self, index: int, start: int, name: str) -> Toponym | None:
        """A country's name opening a person-tagged mention, before a full name, where a
        title's "of" or "in" precedes it ("the Deputy Minister of Kazakhstan Ali Sarsen
        said"): the model ran the title's country into the official's name. Without the
        title before it a country's name is a given name as often ("the work of Jordan
        Lee Hart")."""
        before = self.names.text[max(0, start - _TITLE_REACH):start]
        owner = _OWNER_BEFORE.search(before)
        if owner is None or not _TITLE_BEFORE.search(before[:owner.start()]):
            return None
        words = name.split(" ")
        for size in range(min(3, len(words) - 2), 0, -1):
            head = " ".join(words[:size])
            if not all(_PLAIN_NAME.fullmatch(w) for w in words[size:]):
                continue
            matches = lookup(self.names.kb, head)
            if matches and all(m.kind == "country" for m in matches):
                return Toponym(index, start, start + len(head), head, "inside",
                               self.names.candidates(head))
        return None

    def _group_town(self, index: int, mention: Mention, start: int,
                    name: str) -> Toponym | None:
        """A name tagged as a group that names no people ("nuns in Pewaukee"): a town
        where the text treats it as one, as for a person-tagged name."""
        if not treated_as_place(self.names, mention, name):
            return None
        return self._named(index, start, name)

    def misread(self, index: int, mention: Mention) -> Toponym | None:
        """A town's plain name under a label for things (`_MISREAD_LABELS`) before a word for
        its people or tagged as a place elsewhere, where the text treats it as a place as
        it would a person-tagged name ("a Saratoga native"); or an office's or a body's name
        under such a label ("Ashby Mayor Jo Hale", "Ashby Parks Services"): the place
        inside it, as in an organization's."""
        name = mention.text
        if _office_named(name):
            return self.inside(index, mention.replace(label="ORG"))
        if not _PLAIN_NAME.fullmatch(name) or not (
                _RESIDENT_AFTER.match(self.names.text, mention.end)
                or fold(name) in self.names.place_names):
            return None
        if not treated_as_place(self.names, mention.replace(label="PERSON"), name):
            return None
        return self._named(index, mention.start, name)

    def inside(self, index: int, mention: Mention,
               kinds: Sequence[str] = ALL_INSIDE) -> Toponym | None:
        """A place named inside a longer mention (`belli.geo.inside`); `kinds`: the ways
        tried, in order (an amount or a law tries only "country")."""
        found = self._inside.find(mention, kinds)
        if found is None:
            return None
        offset, shown, candidates = found
        start = mention.start + offset
        return Toponym(index, start, start + len(shown), shown, "inside", candidates)

    def swallowed(self, index: int, mention: Mention) -> Toponym | None:
        """The state, country or designated division a time or number mention ends with
        (`_SWALLOWED`): its own name, not a town's nor a weak match without designator."""
        found = _SWALLOWED.search(mention.text)
        if found is None or fold(found.group("name")) in lexicon.NOT_ALONE:
            return None
        name = found.group("name")
        candidates = tuple(c for c in self._whole(name) if c.entry.kind in _SWALLOWED_KINDS
                           and not c.entry.weak and same_name(c.entry.name, name))
        if not candidates:
            return None
        start = mention.start + found.start("name")
        return Toponym(index, start, start + len(name), name, "inside", candidates)

    def _named(self, index: int, start: int, name: str) -> Toponym | None:
        """The place a whole name names: by itself, with its designator, as a local area
        or a water, past a word that opens it, or before its first comma."""
        if fold(name) in lexicon.NOT_ALONE:
            return self._compass_division(index, start, name)
        candidates = self._worded(start, name, self._whole(name))
        if candidates:
            return Toponym(index, start, start + len(name), name, "name", candidates)
        for prefix, keep in _PREFIXES:
            found = self._after_prefix(index, start, name, prefix, keep)
            if found is not None:
                return found
        head = name.split(",")[0].strip()
        if head != name and head:
            candidates = self.names.candidates(head)
            if candidates:
                return Toponym(index, start, start + len(head), head, "name", candidates)
            return self._stated_tail(index, start, name)
        return None

    def _whole(self, name: str) -> tuple[Candidate, ...]:
        """The candidates of the whole name: its own ("N. Charleston" too, through
        names.spelled_out), a division's by its designator ("Syunik province"), or a
        local area's or a water's town."""
        candidates = self.names.candidates(name)
        base, word = designator(name)
        if not candidates and word is not None:
            found = self.names.candidates(base)
            first = (worded_divisions(self.names.gazetteer, base, found)
                     if first_level_word(name) else ())
            candidates = first or tuple(c for c in found if c.entry.kind in _DIVISIONS)
        return candidates or self._local_area(name)

    def _worded(self, start: int, name: str,
                candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
        """A name's candidates, only its first-level divisions where a division word
        stands around it ("Kaduna state", "the province of Idlib") and it has some
        (`belli.geo.division_names`)."""
        if not candidates or not named_with_division_word(self.names.text, start,
                                                          start + len(name)):
            return candidates
        return worded_divisions(self.names.gazetteer, name, candidates) or candidates

    def _after_prefix(self, index: int, start: int, name: str, prefix: re.Pattern[str],
                      keep: Callable[[Candidate], bool]) -> Toponym | None:
        """The place after the words `prefix` matches at the start of a name."""
        part = prefix.match(name)
        if part is None:
            return None
        rest = name[part.end():]
        candidates = tuple(c for c in self.names.candidates(rest) if keep(c))
        if not candidates:
            return None
        at = start + part.end()
        return Toponym(index, at, at + len(rest), rest, "name", candidates)

    def _stated_tail(self, index: int, start: int, name: str) -> Toponym | None:
        """The division or country after the last comma of a place the gazetteer lacks
        ("Hollowell Speedway, Kent", "Camp Lemonnier, Djibouti"): the place lies in it."""
        _, comma, tail = name.rpartition(",")
        tail = tail.strip()
        if not comma or not tail:  # a head that differs only by its spaces has no tail
            return None
        candidates = tuple(c for c in self.names.candidates(tail) if not c.entry.weak
                           and c.entry.kind in _DIVISIONS | COUNTRY_KINDS)
        if not candidates:
            return None
        at = start + name.rindex(tail)
        return Toponym(index, at, at + len(tail), tail, "name", candidates)

    def _local_area(self, name: str) -> tuple[Candidate, ...]:
        """The town that names a local area ("Brick Township", "Mallow district", "the
        Maple Heights neighborhood") or a river or lake ("the Yakima River", "Lake Conroe"):
        the gazetteer lists few townships, districts, neighborhoods and waters, and most
        take their name from the town or county at their heart or on their banks."""
        base, _, word = name.rpartition(" ")
        kinds: frozenset[str] | None = None
        if word.lower() in lexicon.WATERS:
            kinds = NAMESAKE_KINDS
        elif name.split(" ", 1)[0].lower() in lexicon.WATERS_BEFORE:
            base, kinds = name.split(" ", 1)[1], NAMESAKE_KINDS
        elif word.lower() not in lexicon.LOCAL_AREAS:
            return ()
        if not base or fold(base) in lexicon.NOT_ALONE:
            return ()
        if kinds is None:
            return tuple(c for c in self.names.candidates(base) if not c.entry.weak)
        # a county's bare name counts here: "the Yakima River" is Yakima County's
        if fold(base) in self.names.place_names:  # the text names the town itself too
            return tuple(c for c in self.names.candidates(base) if c.entry.kind in kinds)
        return tuple(c for c in self.names.candidates(base) if c.entry.kind in kinds
                     and self._namesake(c.entry))

    def _namesake(self, entry: Entry) -> bool:
        """Whether a water may take its name from `entry`: a county, a large city, or a
        town in a country the article names (any town where it names none). Many towns
        share a river's name far from it: "the Jordan River" is no Minnesota town's."""
        return (entry.kind == "admin2" or entry.population >= LARGE_CITY
                or entry.country in self.names.countries or not self.names.countries)

    def _compass_division(self, index: int, start: int, name: str) -> Toponym | None:
        """Words never a place alone that name a first-level division of a country the
        story's other place names lie in ("the North West and Limpopo" is South Africa's
        North West province); elsewhere "the North West" is no place. A single word
        ("the West") is too often the world's West, even in a story set in Cameroon."""
        if " " not in fold(name):
            return None
        others = {code for key, shown in self.names.tagged.items() if key != fold(name)
                  for code in _division_countries(self.names, shown)}
        candidates = tuple(c for c in self.names.candidates(name)
                           if c.entry.kind == "admin1" and not c.entry.weak
                           and c.entry.country in others)
        if not candidates:
            return None
        return Toponym(index, start, start + len(name), name, "name", candidates)

    def _division(self, index: int, start: int, name: str) -> Toponym | None:
        """A name the text lists as a division ("Lee" in "Hardin, Lee and Story
        counties"): only its divisions, never a town or a person."""
        single = _PLURAL_DESIGNATOR.sub("", name)
        candidates = tuple(c for c in self.names.candidates(single)
                           if c.entry.kind in _DIVISIONS)
        if not candidates:
            return None
        return Toponym(index, start, start + len(single), single, "name", candidates)

    def _adjective(self, index: int, start: int, name: str) -> Toponym | None:
        """A country's, a division's or a region's adjective or demonym: "Russian", "Texan",
        "Kurdish", "European"."""
        codes = [m.code for m in self.names.kb.lookup_name(name) if m.kind in COUNTRY_KINDS]
        candidates = self.names.source.countries_of(codes, f"'{name}' names the country")
        division = None if candidates else self.names.gazetteer.demonym(name)
        if division is not None:
            candidates = (Candidate(division, f"'{name}' names the division"),)
        if not candidates:
            candidates = tuple(Candidate(e, "region") for e in self.names.gazetteer.lookup(name)
                               if not e.is_division)
        if not candidates:
            return None
        return Toponym(index, start, start + len(name), name, "adjective", candidates)
