"""Place names the model misses but a news convention gives away (datelines aside).

* A party-and-place tag after a legislator's name: "Sen. Ann Lee, D-N.D., said",
  "State Rep. Tom Ruiz (R-Ida Grove)": the place is the state or town the member serves.
* A list that ends in a plural designator: "Hardin, Lee, Story and Tama
  counties", "Nineveh and Diyala provinces": every name of the list is a division, and the
  model tags few of them (it reads "Lee" as a person).
* A country's name or adjective the model left untagged inside a title or an office
  ("the U.S. Trade Representative", "Mexican Economy Secretary Ana Ruiz"): the
  knowledge base knows it. A country's one-word name in title case counts only standing
  alone ("Jordan", not "Michael Jordan" or "Jordan Peterson").
* A large state's or province's name after a direction, untagged inside an organization's
  or a region's name ("the Eastern Oregon Beekeepers Association", "Central Kansas
  District"): the direction makes it a part of the division, never a person's name.
* A name the article tags as a place elsewhere ("Peoria" tagged once, missed three times):
  a story uses a town's name in one sense throughout, so every untagged occurrence
  standing alone is the same place.
* A town of the story's country after "in", "at", "near" or "outside" ("a market at
  Kohat") or a word for a place and "of" ("the town of Kohat"): the model misses small
  towns it never saw. Not a name the knowledge base reads as something else, nor a town
  named by a common word ("in Congress").
* A division of the story's country after a name and a comma, closing the phrase ("at
  Hever Castle, Kent."): the model often misses both. After a common noun or a sentence's
  first word the comma sets off an apposition or a vocative instead ("the lawyer,
  Washington."; "Well, Virginia, ...").

* An untagged town right before a tagged division and a comma, inside that very division
  ("Silverstone, Northamptonshire"): the address names both, the model tagged one.

Each becomes a span; the stage adds a mention (GPE, NORP for an adjective) for a span no
mention covers, and the toponym finder reads a listed name as a division only
(`divisions_in`).
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from belli.actors.context import NameSource
from belli.geo import words as lexicon
from belli.geo.candidates import CITY_KINDS, COUNTRY_LABELS, COUNTY_KINDS
from belli.geo.gazetteer import Entry, Gazetteer
from belli.geo.lone_names import after_address, from_place_to
from belli.geo.names import DIVISION_WORDS, PARTY_TAG, PLURAL_DESIGNATOR, fold
from belli.geo.runs import unpossessed
from belli.records import Mention, Sentence

__all__ = ["Span", "countries_unmentioned", "designated_unmentioned", "divisions_in",
           "find_missed", "located_unmentioned", "parts_unmentioned", "repeated_places",
           "span_mentions", "stated_unmentioned", "towns_before_divisions"]

_NAME = r"[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,2}"
# "D-N.D.", "R-Grand Forks", "I-Vt.": after a comma (and "both" or "all" of several
# members: "Ann Lee and Bo Ray, both D-Ga.") or an opening bracket, before , ; or ) (a
# space may come first: "D-Pa. ,") or before "and" where a list of members goes on
# ("D-Ames and Rep. Ann Lee, D-Ida")
_PARTY_PLACE = re.compile(rf"(?:,\s(?:both\s|all\s)?|\(){PARTY_TAG}"
                          r"(?P<name>[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2})(?=\s?[,;)]| and )")
# ...or the two ends of a range of them ("from Barton to Rice counties")
_LISTED = re.compile(
    rf"(?P<list>{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|or|&|to|through)\s+{_NAME})\s+"
    rf"{PLURAL_DESIGNATOR}\b")
# ...or after it, in the same clause: "counties along the river, such as Barton and Rice";
# "the districts of Balkh and Kunduz"
# (names without dots here: nothing after the list stops a name at a sentence's end)
_PLAIN_NAME = r"[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*){0,2}"
_LISTED_AFTER = re.compile(
    rf"\b{PLURAL_DESIGNATOR}\b[^.;:!?()]{{0,60}}?,?\s+(?:such as|including|like|of)\s+"
    rf"(?P<list>{_PLAIN_NAME}(?:,\s+{_PLAIN_NAME})*,?\s+(?:and|or|&)\s+{_PLAIN_NAME})(?!\w)")
_LIST_ITEM = re.compile(_NAME)
_DESIGNATOR = re.compile(rf"\b{PLURAL_DESIGNATOR}\b")
_NOT_A_NAME = frozenset({"The", "And", "Or", "In", "Of", "Both", "All", "To", "Through"})
# a run of up to three capitalized words or an acronym ("U.S.", "UAE"), without a
# possessive ending
_CAPITALIZED = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][\w]*(?:[ -][A-Z][\w]*){0,2}")
# a direction before a division's name: "Eastern Oregon", "South West Kansas"
_PART = re.compile(r"\b(?:North|South|East|West|Central|Upper|Lower)(?:ern)?"
                   r"(?:[- ](?:North|South|East|West)(?:ern)?|(?:east|west)(?:ern)?)?"  # Northeast
                   r" (?P<name>[A-Z]\w+(?: [A-Z]\w+)?)")
_LARGE_DIVISION = 200_000  # a state or province this large, named by its own name
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# a name of up to three capitalized words right after a locative preposition ("at Kohat")
# or a word for a place and "of" ("the town of Kohat", "the outskirts of Kohat")
_LOCATIVE = re.compile(r"(?:\b(?:in|at|near|outside)|\b(?:"
                       + "|".join(sorted(lexicon.PLACE_NOUNS)) + r")\s+of)"
                       r"\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?![\w'’-]| [A-Z])")
# where a name may start after a street address and a comma, or after "to" ("from
# Lincoln Parish to Ruston"), and the name itself (`after_address`, `from_place_to`)
_AFTER_ADDRESS = re.compile(r",\s+(?=[A-Z])")
_AFTER_TO = re.compile(r"\bto\s+(?=[A-Z])")
_NAME_AT = re.compile(r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?![\w'’-]| [A-Z])")
_MIN_LOCATED = 1000  # a town this large, at least, for a name the model did not tag
# up to three capitalized words and a division's own word, capitalized as in its name
# ("Avoyelles Parish", "DeKalb County", "Miss Greater Butler County"): the tail that is a
# division counts
_DESIGNATED = re.compile(r"(?<![\w'’.-])(?P<name>(?:[A-Z][A-Za-z]*[a-z][ -]){1,3}(?:"
                         + "|".join(sorted(w.capitalize() for w in DIVISION_WORDS)) + r"))\b")
# a name of up to three capitalized words right before a word for who lives there
# ("Chicopee residents", "a Dunmore man")
_RESIDENT = re.compile(r"(?<![\w'’.-])(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s+(?:"
                       + "|".join(sorted(lexicon.RESIDENTS)) + r")\b")
# ...and a headline's first word, capitalized whatever it is, only for a town this large
_MIN_HEADLINE = 20_000
# the knowledge base's kinds that name a place; any other reading ("Congress" the
# legislature, a person, a group) makes an untagged name no town
_PLACE_KINDS = CITY_KINDS | {"country"}  # "Moscow" stands for a state
# a name of up to three capitalized words after a name and a comma, ending the phrase:
# the division that holds the place before it ("Hever Castle, Kent.")
_STATED = re.compile(r"(?<=[\w.’'])\s*,\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
                     r"(?=\s*(?:[.,;:)\n]|$))")
# a name of up to three capitalized words and a comma, right before a division's mention
_BEFORE_COMMA = re.compile(r"(?<![\w'’.-])(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s*$")
_HOLDERS = frozenset({"admin1", "admin2", *COUNTY_KINDS})  # divisions that hold a town
_COUNTY_REACH_KM = 60.0  # a county's town lies this close to the county's point
# what comes right before the first word of a sentence, a quote or a bracket; not a
# colon, which as often opens a listing ("Venue: Hever Castle, Kent.")
_OPENERS = frozenset(".!?\"“‘(—")
_WORD_WINDOW = 40  # characters enough to hold the word before a comma
_CALENDAR = frozenset(w.lower() for w in (*calendar.month_name, *calendar.day_name) if w)
_ABBREVIATION = 4  # a capitalized word this short before its dot is a title ("Dr.", "Gov.")
_ACRONYM = re.compile(r"[A-Z]{2,5}")  # a body's or a broadcaster's letters: "PD", "CTV"
# a run of capitalized words, however long: an organization's or a facility's whole name
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")
# the words that make a name a town's institution: its bodies, offices and facilities
_INSTITUTIONS = lexicon.BODIES | lexicon.ROLES | lexicon.FACILITIES


@dataclass(frozen=True, slots=True)
class Span:
    """A place name at [start, end) of the text, found by `source` (a convention's name)."""

    start: int
    end: int
    text: str
    source: str
    label: str = "GPE"


def divisions_in(text: str, gazetteer: Gazetteer, kb: NameSource) -> list[Span]:
    """The names of every list that ends in a plural designator ("X, Y and Z counties")
    where the names are divisions of one country only and none is a country's or a
    region's name or adjective: "the Gulf and Arab states" lists no states (Gulf is a
    province of Papua New Guinea), and "Northern and Western regions" could be Ghana's,
    Zambia's or Sri Lanka's."""
    out: list[Span] = []
    if not _DESIGNATOR.search(text):
        return out  # the list pattern is slow to try on every text; few texts need it
    for match in (*_LISTED.finditer(text), *_LISTED_AFTER.finditer(text)):
        begin = match.start("list")
        items = [Span(begin + item.start(), begin + item.end(), item.group(), "list")
                 for item in _LIST_ITEM.finditer(match.group("list"))
                 if item.group().split()[0] not in _NOT_A_NAME]
        if items and _divisions_of_one_country(items, gazetteer, kb):
            out += items
    return out


def _divisions_of_one_country(items: Sequence[Span], gazetteer: Gazetteer,
                              kb: NameSource) -> bool:
    shared: set[str | None] | None = None
    for item in items:
        if any(m.kind in COUNTRY_LABELS for m in kb.lookup_name(item.text)):
            return False
        countries = {e.country for e in gazetteer.lookup(item.text)
                     if e.kind in ("admin1", "admin2")}
        shared = countries if shared is None else shared & countries
        if not shared:
            return False
    return shared is not None and len(shared) == 1  # "Northern and Western": whose?


def find_missed(text: str, gazetteer: Gazetteer, listed: Sequence[Span]) -> list[Span]:
    """Party-and-place tags, and the `listed` divisions (`divisions_in`)."""
    out = list(listed)
    for match in _PARTY_PLACE.finditer(text):
        name = match.group("name")
        if any(e.is_division and not e.weak for e in gazetteer.lookup(name)):
            out.append(Span(match.start("name"), match.end("name"), name, "party"))
    return sorted(out, key=lambda s: s.start)


def countries_unmentioned(text: str, mentions: Sequence[Mention], kb: NameSource) -> list[Span]:
    """Countries' names and adjectives that no mention covers."""
    out = []
    for run in _CAPITALIZED.finditer(_unmentioned(text, mentions)):
        found = _country_in(kb, text, run.start(), run.group())
        if found is not None:
            out.append(found)
    return out


def parts_unmentioned(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer
                      ) -> list[Span]:
    """Large first-level divisions named after a direction that no mention covers, unless
    the direction is part of the name ("West Virginia", "Lower Saxony")."""
    out = []
    for match in _PART.finditer(_unmentioned(text, mentions)):
        for name in dict.fromkeys((match.group("name"), match.group("name").split(" ")[0])):
            whole = text[match.start():match.start("name") + len(name)]
            if _large_division(gazetteer, name) and not gazetteer.lookup(whole):
                start = match.start("name")
                out.append(Span(start, start + len(name), name, "part"))
                break
    return out


def located_unmentioned(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer,
                        kb: NameSource | None = None) -> list[Span]:
    """Untagged towns after a locative preposition ("schools at Kohat and Bannu"): a
    capitalized name the gazetteer knows as a town of a country the article's places or
    actors already name, and the knowledge base as nothing else. The model misses small
    towns it never saw; "in" or "at" before a name that is a town of the story's country
    rarely means anything else. A town named by a common English word ("in Congress", "in
    Liberty": `common_words.yaml`) counts only where the model tags it."""
    countries = _countries_named(mentions, gazetteer)
    out = []
    for match in _LOCATIVE.finditer(_unmentioned(text, mentions)):
        name = match.group("name")
        whole = _LOCATIVE.match(text, match.start())
        if whole is None or whole.group("name") != name:
            continue  # a blanked mention lay between: "in Chicago Ruiz produced"
        if _town_of(gazetteer, name, countries) and not _other_than_town(kb, name):
            out.append(Span(match.start("name"), match.end("name"), name, "locative"))
    return out + _ends_unmentioned(text, mentions, gazetteer, kb, countries)


def _ends_unmentioned(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer,
                      kb: NameSource | None, countries: frozenset[str]) -> list[Span]:
    """Untagged towns of the story's countries after a street address and a comma ("12
    Elm St., Ruston") or at the end of a journey from a tagged place ("from Lincoln Parish
    to Ruston"), as `located_unmentioned` reads them after "in"."""
    blank = _unmentioned(text, mentions)
    places = [m for m in mentions if m.label in _PLACE_LABELS]
    ends, starts = frozenset(m.end for m in places), frozenset(m.start for m in places)
    at = [m.end() for m in _AFTER_ADDRESS.finditer(blank)
          if after_address(text, m.end())]
    if places:
        at += [m.end() for m in _AFTER_TO.finditer(blank)
               if from_place_to(text, m.end(), ends, starts)]
    out = []
    for start in sorted(at):
        found = _NAME_AT.match(blank, start)
        if found is None:
            continue
        name = found.group("name")
        if _town_of(gazetteer, name, countries) and not _other_than_town(kb, name):
            out.append(Span(start, found.end(), name, "locative"))
    return out


def designated_unmentioned(text: str, mentions: Sequence[Mention],
                           gazetteer: Gazetteer) -> list[Span]:
    """Untagged divisions named with their own word ("the Avoyelles Parish Sheriff's
    Office", "the Greater Butler County fair"): the designator leaves no doubt that the
    name is the division's, even where it opens a body's or an event's name the model
    left untagged; the name's first words may be no part of it ("Greater")."""
    out = []
    for match in _DESIGNATED.finditer(_unmentioned(text, mentions)):
        whole = match.group("name")
        for first in re.finditer(r"(?:^|(?<=[ -]))[A-Z]", whole):
            name = whole[first.start():]
            if " " in name and _division_by_name(gazetteer, name):
                out.append(Span(match.end("name") - len(name), match.end("name"), name,
                                "designated"))
                break
    return out


def _division_by_name(gazetteer: Gazetteer, name: str) -> bool:
    """Whether the gazetteer lists a division by this very name, designator included."""
    return any(e.is_division and not e.weak and fold(e.name) == fold(name)
               for e in gazetteer.lookup(name))


def resident_unmentioned(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer,
                         kb: NameSource | None = None) -> list[Span]:
    """Untagged towns before a word for who lives there ("Chicopee residents", "a Dunmore
    man"): a town of a country the article names, as `located_unmentioned` asks. A
    sentence's first word is capitalized whatever it is ("Many residents fled"), so there
    the name counts only at the text's head (a headline) and where the article never
    writes it in lower case, for a sizable town."""
    countries = _countries_named(mentions, gazetteer)
    blanked = _unmentioned(text, mentions)
    out = []
    for match in _RESIDENT.finditer(blanked):
        found = _resident_town(text, match, gazetteer, kb, countries)
        if found is not None:
            out.append(found)
    return out


def _resident_town(text: str, match: re.Match[str], gazetteer: Gazetteer,
                   kb: NameSource | None, countries: frozenset[str]) -> Span | None:
    """The town a `_RESIDENT` match names, its longest tail that is one ("The Chicopee")."""
    words = match.group("name").split(" ")
    for i in range(len(words)):
        name = " ".join(words[i:])
        start = match.end("name") - len(name)
        head = _sentence_start(text, start)
        if head and (start > 0 or _written_lower(text, name)):
            continue
        # a story that names no country yet (a headline's "Chicopee residents" before
        # any state) still names its town, a sizable one
        least = _MIN_HEADLINE if head or not countries else _MIN_LOCATED
        if _town_of(gazetteer, name, countries or None, least) and not _other_than_town(kb, name):
            return Span(start, match.end("name"), name, "resident")
    return None


def _written_lower(text: str, name: str) -> bool:
    """Whether the name's first word appears in lower case in the text: an ordinary word."""
    return re.search(rf"\b{re.escape(name.split()[0].lower())}\b", text) is not None


def stated_unmentioned(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer
                       ) -> list[Span]:
    """Untagged divisions after a name and a comma ("the fair at Hever Castle, Kent."):
    a name the gazetteer knows as a first- or second-level division of a country the
    article already names, closing its phrase. A place's division follows it so in every
    listing and address; the model often leaves it untagged after a name it missed too."""
    countries = _countries_named(mentions, gazetteer)
    blanked = _unmentioned(text, mentions)
    out = []
    for match in _STATED.finditer(text):
        name = match.group("name")
        if (blanked[match.start("name"):match.end("name")] == name
                and _ends_name(text, match.start()) and _division_of(gazetteer, name, countries)):
            out.append(Span(match.start("name"), match.end("name"), name, "stated"))
    return out


def towns_before_divisions(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer,
                           kb: NameSource | None = None) -> list[Span]:
    """Untagged towns the text puts in a tagged division right after a comma ("laps at
    Silverstone, Northamptonshire", "Paonia, Colo."): a name the gazetteer knows as a town
    inside that very division, and the knowledge base as nothing else."""
    blanked = _unmentioned(text, mentions)
    out = []
    for mention in mentions:
        divisions = _divisions_named(gazetteer, mention) if mention.label in _PLACE_LABELS else []
        at = max(0, mention.start - _WORD_WINDOW)
        found = _BEFORE_COMMA.search(blanked, at, mention.start) if divisions else None
        if found and not _other_than_town(kb, found.group("name")) and _town_in(
                gazetteer, found.group("name"), divisions):
            out.append(Span(found.start("name"), found.end("name"), found.group("name"),
                            "contained"))
    return out


def _divisions_named(gazetteer: Gazetteer, mention: Mention) -> list[Entry]:
    """The divisions a place-tagged mention names by their own name or short form."""
    short = gazetteer.short_form(mention.text)
    return [e for e in gazetteer.lookup(mention.text) if not e.weak and (
        e == short or (e.kind in _HOLDERS and fold(e.name) == fold(mention.text)))]


def _town_in(gazetteer: Gazetteer, name: str, divisions: Sequence[Entry]) -> bool:
    """Whether the gazetteer knows a town by this very name inside one of `divisions`: in a
    first-level one by its code, in a county within a county's reach of its point."""
    towns = [e for e in gazetteer.lookup(name)
             if e.kind == "city" and not e.weak and fold(e.name) == fold(name)]
    return any(t.country == d.country and (
        t.admin1 == d.admin1 if d.kind == "admin1" else _km(t, d) <= _COUNTY_REACH_KM)
        for t in towns for d in divisions)


def _km(a: Entry, b: Entry) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _ends_name(text: str, comma: int) -> bool:
    """Whether the word before a comma ends a name: capitalized, and not the first word of
    its sentence, quote or bracket, whose capital says nothing. An apposition ("the lawyer,
    Washington.") or a vocative ("Well, Virginia, we tried.") is no place's division."""
    words = text[max(0, comma - _WORD_WINDOW):comma].split()
    if not words or not words[-1][:1].isupper():
        return False
    start = text.rfind(words[-1], 0, comma)
    before = text[max(0, start - _WORD_WINDOW):start].split()
    if not before:
        return False
    last = before[-1]  # "St." or "Gov." runs on into the name; a sentence's dot does not
    return last[-1] not in _OPENERS or (last[-1] == "." and last[:1].isupper()
                                         and len(last) <= _ABBREVIATION)


def _division_of(gazetteer: Gazetteer, name: str, countries: frozenset[str]) -> bool:
    return any(e.kind in ("admin1", "admin2") and not e.weak and e.country in countries
               and fold(e.name) == fold(name) for e in gazetteer.lookup(name))


def _countries_named(mentions: Sequence[Mention], gazetteer: Gazetteer) -> frozenset[str]:
    """The countries of the article's actors and of the countries and first-level
    divisions its place mentions name."""
    codes = {a.country for m in mentions for a in m.actors if a.country and len(a.country) == 3}
    for mention in mentions:
        if mention.label in _PLACE_LABELS:
            codes.update(e.country for e in gazetteer.lookup(_without_article(mention.text))
                         if e.kind in ("country", "admin1") and not e.weak and e.country)
    return frozenset(codes)


def _other_than_town(kb: NameSource | None, name: str) -> bool:
    """Whether a name reads as something else first: a month or a day, a common English
    word, or a knowledge-base name that is no place."""
    if name.lower() in _CALENDAR or name.lower() in lexicon.TOWN_WORDS:
        return True
    return kb is not None and any(m.kind not in _PLACE_KINDS for m in kb.lookup_name(name))


@lru_cache(maxsize=1)
def _town_of(gazetteer: Gazetteer, name: str, countries: frozenset[str] | None,
             least: int = _MIN_LOCATED) -> bool:
    """Whether `name` is a town of `countries` (of any country where None) this large."""
    return any(e.kind == "city" and not e.weak and e.population >= least
               and (countries is None or e.country in countries) and fold(e.name) == fold(name)
               for e in gazetteer.lookup(name))


def _large_division(gazetteer: Gazetteer, name: str) -> bool:
    return any(e.kind == "admin1" and not e.weak and e.population >= _LARGE_DIVISION
               and fold(e.name) == fold(name) for e in gazetteer.lookup(name))


def repeated_places(text: str, mentions: Sequence[Mention],
                    named: Sequence[str] = ()) -> list[Span]:
    """Untagged occurrences of a name the article tags as a place (GPE, LOC) or `named`
    (its datelines) elsewhere: the whole capitalized run, after no capitalized word. A run
    in capitals is left alone: in a heading or a text set in capitals every word is one."""
    names = {fold(_without_article(m.text)) for m in mentions if m.label in _PLACE_LABELS}
    names |= {fold(n) for n in named}
    openers = {n.split(" ")[0] for n in names}  # a quick test before `_leading_name`
    out = []
    for run in _CAPITALIZED.finditer(_unmentioned(text, mentions)):
        if run.group().isupper():
            continue
        start, name = _sentence_word_dropped(text, run.start(), run.group(), names)
        start, name = _acronyms_dropped(start, name, names)
        if fold(name) not in names and fold(name.removeprefix("The ").split(" ")[0]) in openers:
            start, name = _leading_name(text, start, names)
        if fold(name) in names and (start > run.start() or not _after_capitalized(text, start)):
            out.append(Span(start, start + len(name), name, "repeat"))
    return out


def _sentence_word_dropped(text: str, start: int, run: str,
                           names: set[str]) -> tuple[int, str]:
    """The run, or the name after its first word where only the sentence's start gave that
    word its capital ("Missing Salem girl found" in a story that tags Salem)."""
    first, _, rest = run.partition(" ")
    if rest and fold(run) not in names and fold(rest) in names and _sentence_start(text, start):
        return start + len(first) + 1, rest
    return start, run


def _acronyms_dropped(start: int, run: str, names: set[str]) -> tuple[int, str]:
    """The name inside a run of a place's name and acronyms ("the Marrowby PD", "WQXJ
    Ashcombe reports"): a broadcaster's or a force's letters before or after a name the
    article tags as a place elsewhere; no person's name holds an acronym."""
    words = run.split(" ")
    first, last = 0, len(words)
    while first < last and _ACRONYM.fullmatch(words[first]):
        first += 1
    while last > first and _ACRONYM.fullmatch(words[last - 1]):
        last -= 1
    name = " ".join(words[first:last])
    if (first, last) == (0, len(words)) or not name or fold(run) in names or fold(name) not in names:
        return start, run
    return start + len(" ".join(words[:first])) + (1 if first else 0), name


def _leading_name(text: str, start: int, names: set[str]) -> tuple[int, str]:
    """The place name, and where it starts, that opens an untagged name of a body, an
    office or a facility ("The Salem Volunteer Fire Department", "Salem Mayor Ann Lee",
    "Salem Memorial High School"): a town's own institutions bear its name. "" where none
    does; a name that only opens another name ("Salem Witch Trials") is no place."""
    if text.startswith("The ", start):
        start += len("The ")
    words = _NAME_RUN.match(text, start)
    parts = words.group().split() if words else []
    for size in range(min(3, len(parts) - 1), 0, -1):
        rest = [unpossessed(w).lower() for w in parts[size:]]
        if fold(" ".join(parts[:size])) in names and not _INSTITUTIONS.isdisjoint(rest):
            return start, " ".join(parts[:size])
    return start, ""


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:\n\"”"


def _without_article(name: str) -> str:
    return name[4:] if name[:4].lower() == "the " else name


def _unmentioned(text: str, mentions: Sequence[Mention]) -> str:
    """`text` with every mention blanked out, offsets kept (seven readers of an article
    ask for the same copy: made once)."""
    return _blanked(text, tuple(sorted((m.start, m.end) for m in mentions)))


@lru_cache(maxsize=1)
def _blanked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    pieces, at = [], 0
    for start, end in spans:
        if end > at:
            start = max(start, at)
            pieces += [text[at:start], " " * (end - start)]
            at = end
    pieces.append(text[at:])
    return "".join(pieces)


def _country_in(kb: NameSource, text: str, start: int, run: str) -> Span | None:
    """The longest country name or adjective in `run` ("the US Trade Representative").
    A country's one-word name in title case counts only as the whole run and after no
    capitalized word: "Jordan" may be "Michael Jordan" or "Jordan Peterson"."""
    words = run.split(" ")
    for size in range(len(words), 0, -1):
        for first in range(len(words) - size + 1):
            name = " ".join(words[first:first + size])
            matches = kb.lookup_name(name)
            if not matches or any(m.kind not in COUNTRY_LABELS for m in matches):
                continue
            at = start + len(" ".join(words[:first])) + (1 if first else 0)
            kind = matches[0].kind
            alone = size == len(words) and not _after_capitalized(text, at)
            if kind == "country" and size == 1 and not (alone or name.isupper()):
                continue
            return Span(at, at + len(name), name, "country", COUNTRY_LABELS[kind])
    return None


def _after_capitalized(text: str, start: int) -> bool:
    """Whether a capitalized word ends right before `start` ("Michael Jordan"), not a
    sentence's end ("Oops! Salem", but "Dr. Salem" and "St. Louis" run on)."""
    before = text[max(0, start - 30):start]
    words = before.split()
    if not (words and before.endswith(" ") and words[-1][:1].isupper()):
        return False
    last = words[-1]
    return not (last[-1] in "!?:" or (last[-1] == "." and len(last) > _ABBREVIATION))


def span_mentions(doc_id: str, spans: Sequence[Span], mentions: Sequence[Mention],
                  sentences: Sequence[Sentence]) -> list[Mention]:
    """New GPE mentions for the spans no mention overlaps yet."""
    out: list[Mention] = []
    for span in spans:
        if any(m.start < span.end and span.start < m.end for m in (*mentions, *out)):
            continue
        sentence = next((s.index for s in sentences if s.start <= span.start < s.end), None)
        out.append(Mention(doc_id=doc_id, start=span.start, end=span.end, text=span.text,
                           label=span.label, sentence=sentence, source=span.source))
    return out
