"""The actor knowledge base: countries, IGOs, people, institutions, sector cues, places.

The facts live in `belli/actors/data/` as CSV and YAML files an analyst can read and
extend (data/README.md says how). This module only reads them, once per process, and
answers three questions without spaCy:

* `lookup_name("Baku")` -> who a name, alias, demonym, adjective or metonym stands for;
* `sector_for("the Iranian foreign ministry spokesman")` -> "GOV";
* `lookup_place("Shushi")` -> the place with every variant of its name.

Names compare after folding, and case matters where it must (`folding.py` says how:
"Erdogan" finds "Erdoğan", "US" is never "us").
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml

from belli.actors.folding import bare_form, caseless_form, cue_words, fold, matches_case
from belli.errors import KnowledgeBaseError
from belli.yamldata import load_yaml

__all__ = [
    "CountryEntry",
    "IgoEntry",
    "InstitutionEntry",
    "KnowledgeBase",
    "Match",
    "PersonEntry",
    "PlaceEntry",
    "fold",
    "load_kb",
    "matches_case",
]

DATA_DIR = Path(__file__).with_name("data")

MatchKind = Literal[
    "country", "igo", "person", "institution", "demonym", "adjective", "metonym", "capital"
]
# Order of matches for one name: the most specific reading first ("Brussels" is the EU
# acting before it is Belgium's capital).
_PRIORITY: dict[str, int] = {
    "institution": 0, "person": 1, "country": 2, "igo": 3,
    "metonym": 4, "adjective": 5, "demonym": 6, "capital": 7,
}
_COUNTRY_KINDS = frozenset({"country", "metonym", "adjective", "demonym", "capital"})
# kinds whose names still count in text that has lost its case (`lookup_caseless`):
# not capitals ("male" is no Malé), people or institutions, whose names are often words
_CASELESS_KINDS = frozenset({"country", "adjective", "demonym", "igo"})


@dataclass(frozen=True, slots=True)
class CountryEntry:
    """A state, observer, partly recognized entity or territory (one countries.csv row)."""

    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    adjectives: tuple[str, ...]
    capital: str | None
    seat: str | None
    metonyms: tuple[str, ...]
    cameo: str | None
    status: str
    claimed_by: str | None
    own_code: str | None


@dataclass(frozen=True, slots=True)
class IgoEntry:
    """An intergovernmental or non-governmental organization (one igos.csv row)."""

    code: str
    name: str
    aliases: tuple[str, ...]
    seat_metonyms: tuple[str, ...]
    kind: str
    members: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PersonEntry:
    """A person in one role for one period (people.csv; a second role is a second row)."""

    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    role: str | None
    valid_from: str | None
    valid_to: str | None
    gold_only: bool = False  # named in the gold sets and in no real article (README)


@dataclass(frozen=True, slots=True)
class InstitutionEntry:
    """A named body that stands for a country (or IGO) and a sector: the Pentagon -> USA MIL."""

    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """A place whose name is contested or spelled several ways; `variants` keeps them all."""

    name: str
    variants: tuple[str, ...]
    country: str | None
    kind: str
    lat: float | None
    lon: float | None


Entry = CountryEntry | IgoEntry | PersonEntry | InstitutionEntry
_E = TypeVar("_E", CountryEntry, IgoEntry, PersonEntry, PlaceEntry)


@dataclass(frozen=True, slots=True)
class Match:
    """One reading of a name: its kind, the country or IGO code, a sector where known."""

    kind: MatchKind
    code: str
    sector: str | None
    entry: Entry


@dataclass(frozen=True, slots=True)
class _Cue:
    phrase: str
    sector: str
    inherits: bool  # "spokesman" takes the sector of the body named before it


# --- reading the files --------------------------------------------------------------------


# list-valued and numeric columns; every other column is a string, empty -> None
_LISTS = frozenset({"aliases", "demonyms", "adjectives", "metonyms", "seat_metonyms",
                    "members", "variants"})
_NUMBERS = frozenset({"lat", "lon"})
_FLAGS = frozenset({"gold_only"})  # "yes" or empty


def _cell(column: str, cell: str | None) -> Any:
    text = (cell or "").strip()
    if column in _FLAGS:
        return text == "yes"
    if column in _LISTS:
        return tuple(part.strip() for part in text.split("|") if part.strip())
    if column in _NUMBERS and text:
        return float(text)
    return text or None


def _read_csv(name: str, required: Iterable[str]) -> list[dict[str, str]]:
    """Rows of a data CSV; lines starting with '#' are comments for the analyst."""
    path = DATA_DIR / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KnowledgeBaseError(f"cannot read {path}", hint="reinstall belli") from exc
    rows = list(csv.DictReader(line for line in lines if not line.startswith("#")))
    missing = set(required) - set(rows[0] if rows else ())
    if missing:
        raise KnowledgeBaseError(f"{name}: missing columns {sorted(missing)}")
    return rows


def _entries(name: str, cls: type[_E], required: tuple[str, ...]) -> list[_E]:
    """One `cls` per row of a CSV whose columns are the dataclass's fields."""
    columns = [f.name for f in fields(cls)]
    out = []
    for row in _read_csv(name, columns):
        try:
            values = {column: _cell(column, row[column]) for column in columns}
        except ValueError as exc:
            raise KnowledgeBaseError(f"{name}: bad number in row {dict(row)}") from exc
        empty = [column for column in required if not values[column]]
        if empty:
            raise KnowledgeBaseError(f"{name}: row {values[columns[0]]!r} lacks {empty}")
        out.append(cls(**values))
    return out


def _keyed(entries: list[_E], key: str, name: str) -> dict[str, _E]:
    out: dict[str, _E] = {}
    for entry in entries:
        code = getattr(entry, key)
        if code in out:
            raise KnowledgeBaseError(f"{name}: {code} appears twice")
        out[code] = entry
    return out


def _read_yaml(name: str) -> dict[str, Any]:
    path = DATA_DIR / name
    try:
        data = load_yaml(path.read_text(encoding="utf-8"), package="belli.actors", file=name)
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeBaseError(f"cannot read {path}: {exc}", hint="check the YAML") from exc
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"{name}: expected a mapping at the top level")
    return data


@dataclass(frozen=True, slots=True)
class _SectorData:
    labels: dict[str, str]
    cues: dict[str, tuple[str, ...]]
    inheriting: frozenset[str]
    institutions: list[InstitutionEntry]
    extra_codes: dict[str, str]
    verb_cues: dict[tuple[str, str], str]  # ("verb" | "noun", lemma) -> sector
    singular_cues: dict[str, tuple[str, ...]]  # read by the resolver only


def _verb_cues(data: dict[str, Any]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for sector, spec in (data.get("verb_cues") or {}).items():
        for kind in ("verbs", "nouns"):
            for word in spec.get(kind) or ():
                key = (kind[:-1], str(word).strip().lower())
                if out.get(key, sector) != sector:
                    raise KnowledgeBaseError(f"sectors.yaml: verb cue {key[1]!r} is under two sectors")
                out[key] = str(sector)
    return out


def _load_sectors() -> _SectorData:
    data = _read_yaml("sectors.yaml")
    labels: dict[str, str] = {}
    cues: dict[str, tuple[str, ...]] = {}
    for code, spec in (data.get("sectors") or {}).items():
        labels[code] = str(spec.get("label", code))
        cues[code] = tuple(str(c).strip().lower() for c in spec.get("cues") or ())
    institutions = [
        InstitutionEntry(str(item["name"]), tuple(str(a) for a in item.get("aliases") or ()),
                         str(item["country"]), str(item["sector"]))
        for item in data.get("named_institutions") or ()
    ]
    inheriting = frozenset(str(c).strip().lower() for c in data.get("inheriting_cues") or ())
    extra = {str(k): str(v) for k, v in (data.get("extra_codes") or {}).items()}
    singular = {str(k): tuple(str(c).strip().lower() for c in v or ())
                for k, v in (data.get("singular_cues") or {}).items()}
    return _SectorData(labels, cues, inheriting, institutions, extra, _verb_cues(data), singular)


# --- the knowledge base -------------------------------------------------------------------


class KnowledgeBase:
    """Everything in data/, indexed for exact name lookup and sector cues."""

    def __init__(
        self,
        countries: dict[str, CountryEntry],
        igos: dict[str, IgoEntry],
        people: list[PersonEntry],
        sectors: _SectorData,
        places: list[PlaceEntry],
    ) -> None:
        self.countries = countries
        self.igos = igos
        self.people = people
        self.institutions = sectors.institutions
        self.sector_cues = sectors.cues
        self.sector_labels = sectors.labels
        self.inheriting_cues = sectors.inheriting
        self.extra_codes = sectors.extra_codes
        self.verb_cues = sectors.verb_cues
        self.singular_cues = sectors.singular_cues
        self.places = places
        self._codes = self._code_aliases()
        self._index = self._build_index()
        self._cues, self._max_cue = self._build_cues()
        self._places = self._build_place_index()
        self._surface_forms: tuple[tuple[str, Match], ...] | None = None

    # lookups ----------------------------------------------------------------------------

    def lookup_name(self, text: str) -> list[Match]:
        """Every reading of a name, most specific first; [] when the name is unknown."""
        shown = bare_form(text)
        candidates = self._index.get(shown.casefold(), ())
        return _dedupe([m for form, m in candidates if matches_case(shown, form)])

    def lookup_caseless(self, text: str) -> list[Match]:
        """Readings of a name in text that has lost its case (MUC-style wire copy in lower
        case): a state's names, adjectives and demonyms and the organizations match
        whatever their case, the exact name of a state before any guess at a city or a
        misspelling ("colombia" is Colombia). Acronyms only where dots or length keep
        them apart from words: "u.s." and "nato", never "us" or "un"."""
        shown = bare_form(text).casefold()
        if "." in shown and not shown.endswith("."):
            shown += "."  # the tokenizer splits off the last dot of a lower-case "u.s."
        candidates = self._index.get(shown, ())
        return _dedupe([m for form, m in candidates
                        if m.kind in _CASELESS_KINDS and caseless_form(form)])

    def sector_for(self, phrase: str) -> str | None:
        """The sector the cues of a phrase give ("Russian peacekeepers" -> MIL), or None."""
        found = self.sector_cue(phrase)
        return found[0] if found else None

    def sector_cue(self, phrase: str) -> tuple[str, str] | None:
        """(sector, cue) for a phrase: the reason behind `sector_for`.

        English puts the head noun last, so the cue ending last wins, the longest among
        those ("defence ministry" over "ministry"). A role word that speaks for a body
        ("spokesman", "official", "commander") takes the sector of the nearest cue before
        it: "defence ministry spokesman" is MIL, "foreign ministry spokesman" GOV.
        """
        words = cue_words(phrase)
        hits = [
            (end, end - start, start, cue)
            for start in range(len(words))
            for end in range(start + 1, min(len(words), start + self._max_cue) + 1)
            if (cue := self._cues.get(words[start:end])) is not None
        ]
        if not hits:
            return None
        _, _, start, chosen = max(hits, key=lambda h: h[:3])
        if chosen.inherits:
            before = [h for h in hits if h[0] <= start and not h[3].inherits]
            if before:
                chosen = max(before, key=lambda h: h[:3])[3]
        return chosen.sector, chosen.phrase

    def lookup_place(self, text: str) -> list[PlaceEntry]:
        """Places one of whose names is `text` ("Shushi" and "Shusha" give the same place)."""
        shown = bare_form(text)
        candidates = self._places.get(shown.casefold(), ())
        return list(dict.fromkeys(p for form, p in candidates if matches_case(shown, form)))

    def country(self, code: str) -> CountryEntry:
        """The entry for an ISO3, belli X-code or CAMEO code ("JAP" -> Japan); KeyError else."""
        try:
            return self.countries[self._codes.get(code, code)]
        except KeyError:
            raise KeyError(f"no country with code {code!r} in the knowledge base") from None

    def igo(self, code: str) -> IgoEntry:
        """The entry for an organization code ("CSTO"); KeyError when unknown."""
        try:
            return self.igos[code]
        except KeyError:
            raise KeyError(f"no organization with code {code!r} in the knowledge base") from None

    def is_known_code(self, code: str) -> bool:
        """Whether a code names a country, an organization or a documented extra (IMG)."""
        return code in self.countries or code in self.igos or code in self.extra_codes

    def all_surface_forms(self) -> Iterator[tuple[str, Match]]:
        """(form, match) for every name, for entity-ruler patterns.

        Forms come without a leading "the", and once more without diacritics where that
        differs ("Erdoğan", then "Erdogan"), since the ruler compares text as written.
        Worked out once: the ruler, the actor phrases and the misspellings each ask.
        """
        if self._surface_forms is None:
            self._surface_forms = tuple(self._distinct_forms())
        return iter(self._surface_forms)

    def _distinct_forms(self) -> Iterator[tuple[str, Match]]:
        seen: set[tuple[str, Match]] = set()
        for form, match in self._sources():
            bare = form[4:] if form[:4].lower() == "the " else form
            for variant in (bare, fold(bare)):
                if (variant, match) not in seen:
                    seen.add((variant, match))
                    yield variant, match

    # index building ---------------------------------------------------------------------

    def _sources(self) -> Iterator[tuple[str, Match]]:
        """Every (surface form, match) the data defines, in file order."""
        for c in self.countries.values():
            for form in (c.name, *c.aliases):
                yield form, Match("country", c.iso3, None, c)
            for form in c.metonyms:
                yield form, Match("metonym", c.iso3, "GOV", c)
            for form in c.adjectives:
                yield form, Match("adjective", c.iso3, None, c)
            for form in c.demonyms:
                yield form, Match("demonym", c.iso3, None, c)
            for city in (c.capital, c.seat):
                if city and city not in c.metonyms:
                    yield city, Match("capital", c.iso3, None, c)
        for g in self.igos.values():
            for form in (g.name, *g.aliases):
                yield form, Match("igo", g.code, g.kind, g)
            for form in g.seat_metonyms:
                yield form, Match("metonym", g.code, g.kind, g)
        for p in self.people:
            for form in (p.name, *p.aliases):
                yield form, Match("person", p.country, p.sector, p)
        for i in self.institutions:
            for form in (i.name, *i.aliases):
                yield form, Match("institution", i.country, i.sector, i)

    def _build_index(self) -> dict[str, list[tuple[str, Match]]]:
        index: dict[str, list[tuple[str, Match]]] = {}
        for form, match in self._sources():
            bare = bare_form(form)
            if bare:
                index.setdefault(bare.casefold(), []).append((bare, match))
        return index

    def _build_cues(self) -> tuple[dict[tuple[str, ...], _Cue], int]:
        cues: dict[tuple[str, ...], _Cue] = {}
        every = [*self.sector_cues.items(), *self.singular_cues.items()]
        for sector, phrases in every:
            for phrase in phrases:
                words = cue_words(phrase)
                if words in cues and cues[words].sector != sector:
                    raise KnowledgeBaseError(f"sectors.yaml: cue {phrase!r} is under "
                                             f"{cues[words].sector} and {sector}")
                cues[words] = _Cue(phrase, sector, phrase in self.inheriting_cues)
        unknown = self.inheriting_cues - {c for cs in self.sector_cues.values() for c in cs}
        if unknown:
            raise KnowledgeBaseError(f"sectors.yaml: inheriting cues not listed: {sorted(unknown)}")
        return cues, max((len(w) for w in cues), default=0)

    def _build_place_index(self) -> dict[str, list[tuple[str, PlaceEntry]]]:
        index: dict[str, list[tuple[str, PlaceEntry]]] = {}
        for place in self.places:
            for form in dict.fromkeys((place.name, *place.variants)):
                bare = bare_form(form)
                index.setdefault(bare.casefold(), []).append((bare, place))
        return index

    def _code_aliases(self) -> dict[str, str]:
        """CAMEO and own codes that name a row keyed by another code."""
        out: dict[str, str] = {}
        for c in self.countries.values():
            for alias in (c.cameo, c.own_code):
                if alias and alias != c.iso3:
                    out[alias] = c.iso3
        return out


def _dedupe(matches: list[Match]) -> list[Match]:
    """Best reading per country (a country name beats the same country's capital), sorted."""
    out: list[Match] = []
    seen: set[tuple[Any, ...]] = set()
    for m in sorted(matches, key=lambda m: _PRIORITY[m.kind]):
        key = ("country", m.code) if m.kind in _COUNTRY_KINDS and isinstance(
            m.entry, CountryEntry) else (m.kind, m.code, m.entry)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


# An evaluation switch, not a setting: which people.csv rows to load, to measure how much
# of an accuracy figure rests on people the gold sets name (benchmarks/people_ablation.py).
PEOPLE_ENV = "BELLI_KB_PEOPLE"
PEOPLE_CHOICES = ("all", "without_gold_only", "none")


def _people(choice: str) -> list[PersonEntry]:
    if choice not in PEOPLE_CHOICES:
        raise KnowledgeBaseError(f"{PEOPLE_ENV}={choice!r}: expected one of {PEOPLE_CHOICES}")
    people = _entries("people.csv", PersonEntry, ("name", "country", "sector"))
    if choice == "none":
        return []
    return [p for p in people if not (choice == "without_gold_only" and p.gold_only)]


@cache
def load_kb() -> KnowledgeBase:
    """The packaged knowledge base, read once per process.

    `$BELLI_KB_PEOPLE` (all | without_gold_only | none) leaves people out, for ablations.
    """
    countries = _entries("countries.csv", CountryEntry, ("iso3", "name", "status"))
    igos = _entries("igos.csv", IgoEntry, ("code", "name", "kind"))
    return KnowledgeBase(
        countries=_keyed(countries, "iso3", "countries.csv"),
        igos=_keyed(igos, "code", "igos.csv"),
        people=_people(os.environ.get(PEOPLE_ENV, "all")),
        sectors=_load_sectors(),
        places=_entries("places.csv", PlaceEntry, ("name", "kind")),
    )
