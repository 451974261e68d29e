"""belli's offline gazetteer: countries, divisions, populated places and curated places.

Three sources, all read once per process and never downloaded:

- `data/gazetteer.tsv.gz`, derived from GeoNames by `belli.geo.build.write_gazetteer`:
  every country, first-level division (state, province), second-level
  division (county, parish, district) and populated place of 500 people or more, with
  Latin-script alternate names;
- `data/places.csv`: places that are not cities and matter in conflict news (continents,
  seas, straits, corridors, disputed regions, peninsulas), with every variant of their
  names and the adjectives that name them ("European", "Kurdish");
- `data/abbreviations.csv`: short forms of divisions ("W.Va.", "Calif.", "B.C.");
- `data/demonyms.csv`: the adjectives and demonyms of divisions ("Texan", "Chechen").

Analysts extend it with their own CSV files in the `places.csv` format: list them in
`BELLI_GEO_PLACES` (separated by the OS path separator) or pass them to `load_gazetteer`.

The table stays one block of bytes, binary-searched in place, and a row is parsed only
when a lookup reaches it. Decompressing it and indexing the countries, divisions, curated
and short forms cost a process more than reading the result back, so it is kept in the
start-up cache (`belli.cache`, keyed on the packaged files and this code); analysts' files
are read and added on top at every load.
"""

from __future__ import annotations

import csv
import gzip
import math
import os
import sys
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from belli.cache import cached, code_of
from belli.errors import GazetteerError
from belli.geo import names as name_folding
from belli.geo.names import fold, spelled_out

__all__ = ["PLACES_ENV", "Entry", "Gazetteer", "GazetteerError", "distance_km", "load_gazetteer"]

PLACES_ENV = "BELLI_GEO_PLACES"
_TABLE = "data/gazetteer.tsv.gz"
_DATA = resources.files("belli.geo")
_PACKAGED_CSV = ("places.csv", "abbreviations.csv", "english_names.csv", "demonyms.csv")
_KINDS = {"C": "country", "A": "admin1", "B": "admin2", "P": "city"}
_DIVISION_KINDS = frozenset(_KINDS.values())
_BLOCK_BYTES = 2048  # a lookup's binary search runs within one block of the index this long
# how a county whose English name is also a first name or a word must be written to count
_DESIGNATED = ("County {}", "Co. {}", "Co {}", "{} County")
@dataclass(frozen=True, slots=True)
class Entry:
    """One place the gazetteer knows; `weak` when matched only by a stripped name."""

    kind: str  # country, admin1, admin2, city, continent, or a curated feature (sea, region...)
    ident: str
    name: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    names: int = 0  # how many alternate names GeoNames lists: how widely known it is
    variants: tuple[str, ...] = ()
    weak: bool = False
    analyst: bool = False  # from an analyst's own places file, not belli's

    @property
    def is_division(self) -> bool:
        """A country, division or populated place from the GeoNames table (not curated)."""
        return self.kind in _DIVISION_KINDS

    @property
    def gazetteer_id(self) -> str:
        if self.kind in ("country", "city"):
            return f"geonames:{self.ident}"
        return f"{self.kind}:{self.ident}" if self.kind in ("admin1", "admin2") else \
            f"belli:{self.ident}"


def distance_km(a: Entry, b: Entry) -> float:
    """The great-circle distance between two places' points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


class Gazetteer:
    """Name lookups over the derived table plus the curated files."""

    def __init__(self, table: bytes, curated: Sequence[Entry]) -> None:
        # kept as UTF-8 bytes: a third of the memory of a str holding a few non-ASCII names
        _, self._places, self._index = table.split(b"\f")
        self._curated: dict[str, list[Entry]] = {}
        self._short: dict[str, Entry] = {}
        self._demonyms: dict[str, Entry] = {}
        self._countries: dict[str | None, Entry] = {}
        self._admin1: dict[tuple[str | None, str | None], Entry] = {}
        for entry in self._divisions():
            if entry.kind == "country":
                self._countries[entry.country] = entry
            elif entry.kind == "admin1":
                self._admin1[(entry.country, entry.admin1)] = entry
        self._admin1_names = frozenset(fold(e.name) for e in self._admin1.values())
        self.add_places(curated)

    def add_places(self, curated: Iterable[Entry]) -> None:
        """Curated places (`places.csv`, an analyst's file), after those already known."""
        for entry in curated:
            for form in {fold(entry.name), *(fold(v) for v in entry.variants)}:
                self._curated.setdefault(form, []).append(entry)
        # the most words a curated name has: how far a mention may widen to one
        self.curated_words = max((len(form.split()) for form in self._curated), default=0)
        # the runs of words inside curated names of two words or more: only a mention
        # that is one of them can be part of such a name
        self._curated_parts = frozenset(run for form in self._curated
                                        for run in _word_runs(form.split()))
        self._lookup.cache_clear()

    def stored(self) -> dict[str, Any]:
        """What `restored` rebuilds this gazetteer from, as marshal-able data: the table's
        two blocks and every index, entries as tuples of their fields."""
        return {"places": self._places, "index": self._index,
                "curated": {form: [_fields(e) for e in found]
                            for form, found in self._curated.items()},
                "short": {form: _fields(e) for form, e in self._short.items()},
                "demonyms": {form: _fields(e) for form, e in self._demonyms.items()},
                "countries": [_fields(e) for e in self._countries.values()],
                "admin1": [_fields(e) for e in self._admin1.values()],
                "admin1_names": sorted(self._admin1_names),
                "curated_words": self.curated_words, "curated_parts": sorted(self._curated_parts)}

    @classmethod
    def restored(cls, stored: dict[str, Any]) -> Gazetteer:
        """The gazetteer `stored` was taken from, without parsing or folding anything
        (`__init__` would parse the table: each attribute it sets is set here instead)."""
        gazetteer = cls.__new__(cls)
        gazetteer._places, gazetteer._index = stored["places"], stored["index"]
        gazetteer._curated = {form: [Entry(*f) for f in found]
                              for form, found in stored["curated"].items()}
        gazetteer._short = {form: Entry(*f) for form, f in stored["short"].items()}
        gazetteer._demonyms = {form: Entry(*f) for form, f in stored["demonyms"].items()}
        countries = [Entry(*f) for f in stored["countries"]]
        gazetteer._countries = {entry.country: entry for entry in countries}
        admin1 = [Entry(*f) for f in stored["admin1"]]
        gazetteer._admin1 = {(entry.country, entry.admin1): entry for entry in admin1}
        gazetteer._admin1_names = frozenset(stored["admin1_names"])
        gazetteer.curated_words = stored["curated_words"]
        gazetteer._curated_parts = frozenset(stored["curated_parts"])
        return gazetteer

    def lookup(self, name: str) -> list[Entry]:
        """Every place called `name` (short forms and curated places first), [] when none is;
        abbreviated words count as written out ("Mt. Pleasant" finds Mount Pleasant)."""
        return list(self._lookup(name))

    @lru_cache(maxsize=1 << 15)  # noqa: B019 - one gazetteer per process, kept for its life
    def _lookup(self, name: str) -> tuple[Entry, ...]:
        key = fold(name)
        short = self.short_form(name)
        found = [short] if short else []
        found += self._curated.get(key, ())
        long = spelled_out(key)
        refs = ",".join(r for r in (self._refs(key), long != key and self._refs(long)) if r)
        for ref in dict.fromkeys(refs.split(",")) if refs else ():
            weak = ref.endswith("~")
            found.append(self._row(int(ref.rstrip("~")), weak))
        return tuple(dict.fromkeys(found))

    def _refs(self, key: str) -> str:
        """The offsets listed for `key`, searched for in the one block of the index that
        may hold it."""
        wanted = key.encode("utf-8")
        keys, starts = self._blocks
        block = bisect_right(keys, wanted) - 1
        if block < 0:
            return ""  # before the index's first name
        end = starts[block + 1] if block + 1 < len(starts) else len(self._index)
        return self._searched(wanted, starts[block], end)

    @cached_property
    def _blocks(self) -> tuple[list[bytes], list[int]]:
        """The first name and offset of each block of the index, about `_BLOCK_BYTES` long:
        a bisection over these names finds a lookup's block (4,000 of them, 3 ms)."""
        index = self._index
        # a block starts after a newline, never at the end (a trailing newline) nor at 0
        # again (no newline past `at`, find gives -1)
        after = {index.find(b"\n", at) + 1 for at in range(_BLOCK_BYTES, len(index), _BLOCK_BYTES)}
        starts = sorted({0} | {start for start in after if 0 < start < len(index)})
        return [index[start:index.find(b"\t", start)] for start in starts], starts

    def _searched(self, wanted: bytes, lo: int, hi: int) -> str:
        """The offsets listed for `wanted` in lines [lo, hi) of the index: a binary search over
        its sorted lines (UTF-8 bytes sort as their code points do, so the order is the
        build's)."""
        index = self._index
        while lo < hi:
            newline = index.rfind(b"\n", lo, (lo + hi) // 2)
            start = lo if newline < 0 else newline + 1
            tab = index.find(b"\t", start)
            end = index.find(b"\n", tab)
            end = len(index) if end < 0 else end
            found = index[start:tab]
            if found == wanted:
                return index[tab + 1:end].decode("ascii")
            if found < wanted:
                lo = end + 1
            else:
                hi = start
        return ""

    def add_short_forms(self, text: str) -> None:
        """Short forms of divisions, matched as written ("W.Va.", "Calif.", "B.C.")."""
        self._short.update(self._forms(text, "abbreviations.csv"))
        self._lookup.cache_clear()

    def add_english_names(self, text: str) -> None:
        """English names of divisions the gazetteer lists in another language ("Mayo" for
        Maigh Eo), matched as written like short forms; a name that is also a first name
        or a word ("Kerry", "Clare") only with its designator ("County Kerry")."""
        forms = self._forms(text, "english_names.csv")
        for row in _rows(text):
            if row.get("alone", "yes").strip() == "no":
                entry = forms.pop(row["form"])
                forms.update({shape.format(row["form"]): entry for shape in _DESIGNATED})
        self._short.update(forms)
        self._lookup.cache_clear()

    def forget_forms(self) -> None:
        """Drop the short forms, English names and demonyms, to add them again over new
        places as one pass would have: each resolves by a lookup, which sees those before."""
        self._short.clear()
        self._demonyms.clear()
        self._lookup.cache_clear()

    def add_demonyms(self, text: str) -> None:
        """Adjectives and demonyms of divisions, matched as written ("Texan", "Scottish")."""
        self._demonyms.update(self._forms(text, "demonyms.csv"))

    def demonym(self, name: str) -> Entry | None:
        """The division a demonym or adjective names ("Chechen" -> Chechnya), or None."""
        return self._demonyms.get(name.strip())

    def _forms(self, text: str, source: str) -> dict[str, Entry]:
        """form -> division, from a `form,name,country` table: a first-level division of
        that name, else a second-level one (an English county's "Herts")."""
        out = {}
        for row in _rows(text):
            target = sorted((e for e in self.lookup(row["name"]) if e.kind in ("admin1", "admin2")
                             and e.country == row["country"] and not e.weak),
                            key=lambda e: e.kind != "admin1")
            if not target:
                raise GazetteerError(f"{source}: no division {row['name']!r} "
                                     f"in {row['country']}")
            out[row["form"]] = target[0]
        return out

    def short_form(self, name: str) -> Entry | None:
        """The division a short form names, also without the final dot that a tokenizer
        splits off ("W.Va" for "W.Va."); a form without any dot stays as written ("La" is
        no "La.")."""
        form = name.strip()
        found = self._short.get(form)
        if found is None and "." in form and not form.endswith("."):
            found = self._short.get(form + ".")
        return found

    def is_division_name(self, name: str) -> bool:
        """Whether `name` is the own name of a first-level division somewhere."""
        return fold(name) in self._admin1_names

    def may_be_in_curated(self, name: str) -> bool:
        """Whether `name` is some words of a curated name of several ("Lachin" of "Lachin
        corridor"): the test before looking for a longer curated name around it."""
        return fold(name) in self._curated_parts

    def is_curated(self, name: str) -> bool:
        """Whether `name` is a curated place's name or variant (`places.csv`, an analyst's
        file): "Lachin corridor", "Redhill post"."""
        return fold(name) in self._curated

    def is_short_form(self, name: str) -> bool:
        """Whether `name` is a division's short form as written ("W.Va.", "B.C.")."""
        return self.short_form(name) is not None

    def country(self, iso3: str) -> Entry | None:
        return self._countries.get(iso3)

    def admin1(self, country: str | None, code: str | None) -> Entry | None:
        return self._admin1.get((country, code)) if country and code else None

    def first_level(self, country: str | None) -> list[Entry]:
        """The first-level divisions of a country (ISO3), [] for an unknown one."""
        return list(self._first_levels.get(country, ()))

    @cached_property
    def _first_levels(self) -> dict[str | None, tuple[Entry, ...]]:
        """The first-level divisions by country, indexed on first use: `first_level` is
        asked per town candidate, and a scan of every division each time was not free."""
        by_country: dict[str | None, list[Entry]] = {}
        for (country, _), entry in self._admin1.items():
            by_country.setdefault(country, []).append(entry)
        return {country: tuple(entries) for country, entries in by_country.items()}

    def _divisions(self) -> Iterable[Entry]:
        """Countries and first-level divisions: the rows before the others."""
        offset = 0
        while self._places.startswith((b"C", b"A"), offset):
            yield self._row(offset)
            offset = self._places.index(b"\n", offset) + 1

    @lru_cache(maxsize=65536)  # noqa: B019 - one gazetteer per process, kept for its life
    def _row(self, offset: int, weak: bool = False) -> Entry:
        line = self._places[offset:self._places.index(b"\n", offset)].decode("utf-8")
        kind, ident, name, country, admin1, lat, lon, population, names = line.split("\t")
        if kind == "B":
            ident = f"{country}.{admin1}.{name}"
        return Entry(_KINDS[kind], ident, name, country or None, admin1 or None, float(lat),
                     float(lon), int(population), int(names), weak=weak)


def _rows(text: str) -> csv.DictReader[str]:
    """The rows of a data table, past its comment lines."""
    return csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))


def read_places(path: Path | str, text: str | None = None,
                analyst: bool = False) -> list[Entry]:
    """Curated places from a CSV file (columns: name, variants, country, feature, lat, lon);
    `analyst`: an analyst's own file, not belli's."""
    body = text if text is not None else Path(path).read_text("utf-8")
    rows = _rows(body)
    out = []
    for number, row in enumerate(rows, 2):
        try:
            out.append(Entry(
                kind=row["feature"].strip(), ident=fold(row["name"]).replace(" ", "_"),
                name=row["name"].strip(), country=row["country"].strip() or None, admin1=None,
                lat=float(row["lat"]), lon=float(row["lon"]), population=0,
                variants=tuple(v.strip() for v in (row["variants"] or "").split("|") if v.strip()),
                analyst=analyst,
            ))
        except (KeyError, ValueError, AttributeError) as exc:
            raise GazetteerError(f"{path}: row {number} is malformed: {exc}") from exc
    return out


@lru_cache(maxsize=4)
def load_gazetteer(extra: tuple[str, ...] = ()) -> Gazetteer:
    """The packaged gazetteer plus `extra` CSV files and those listed in BELLI_GEO_PLACES."""
    listed = tuple(p for p in os.environ.get(PLACES_ENV, "").split(os.pathsep) if p)
    analysts: list[Entry] = []
    for path in (*extra, *listed):
        try:
            analysts += read_places(path, analyst=True)
        except OSError as exc:
            raise GazetteerError(f"{PLACES_ENV}: cannot read {path}: {exc}") from exc
    compressed, texts = _packaged_files()
    gazetteer = _packaged(compressed, texts)
    if analysts:
        gazetteer.add_places(analysts)
        _add_forms(gazetteer, texts)  # resolved by lookups, which now see the analysts' places
    return gazetteer


def _packaged_files() -> tuple[bytes, dict[str, str]]:
    """The packaged table (compressed) and CSV files, read once per load: the cache key and
    the build both use what was read."""
    try:
        compressed = _DATA.joinpath(_TABLE).read_bytes()
        texts = {name: _DATA.joinpath(f"data/{name}").read_text("utf-8") for name in _PACKAGED_CSV}
    except OSError as exc:
        raise GazetteerError(f"belli's gazetteer could not be read: {exc}") from exc
    return compressed, texts


def _packaged(compressed: bytes, texts: dict[str, str]) -> Gazetteer:
    """belli's own gazetteer, from the start-up cache when its files and code are unchanged:
    decompressing the table and indexing its divisions cost every process more than
    reading the result back (measured on the bench machine, see docs/benchmarks.md)."""
    code = code_of(sys.modules[__name__], name_folding)  # what parses the rows and folds names
    return cached("geo-gazetteer", [code, compressed, *texts.values()],
                  lambda: _built(gzip.decompress(compressed), texts),
                  Gazetteer.stored, Gazetteer.restored)


def _built(table: bytes, texts: dict[str, str]) -> Gazetteer:
    gazetteer = Gazetteer(table, read_places("places.csv", texts["places.csv"]))
    _add_forms(gazetteer, texts)
    return gazetteer


def _add_forms(gazetteer: Gazetteer, texts: dict[str, str]) -> None:
    gazetteer.forget_forms()  # those of an earlier pass would answer this one's lookups
    gazetteer.add_short_forms(texts["abbreviations.csv"])
    gazetteer.add_english_names(texts["english_names.csv"])
    gazetteer.add_demonyms(texts["demonyms.csv"])


def _fields(entry: Entry) -> tuple[Any, ...]:
    """An entry's fields in order: `Entry(*_fields(entry)) == entry`."""
    return tuple(getattr(entry, field.name) for field in fields(Entry))


def _word_runs(words: list[str]) -> Iterable[str]:
    """Every run of consecutive words of a name of two words or more."""
    if len(words) < 2:
        return ()
    return (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
