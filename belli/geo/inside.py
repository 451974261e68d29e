"""Places named inside a longer mention: an organization's, a title's, a facility's name.

A mention's capitalized runs ("Leeds", "Lung Trust", "Canada" in "the Lung Trust
of Canada") are tried in a fixed order of ways (`ALL_INSIDE`):

* `country`: a country's name or adjective anywhere ("U.S. officials", "Russia's
  President"), not inside a region's or a state's name ("Central American");
* `division`: a large first-level division by its name or short form, or a division with
  its designator ("the Iowa Office of Hope and Family Services", "Wexford County Council");
* `region`: a region or its adjective ("Scandinavian fishermen");
* `owned`: a place after "of", "in", "for" or "from" ("the University of Nebraska");
* `leading`: a town that opens an organization's or a facility's name, or a title before
  a person's name ("Leeds police", "Dover Hospital", "Texas Ranger Ann Lee");
* `repeat`: a name the article tags as a place elsewhere ("Keep Lisbon Green").

Inside a place's own name only a country before common nouns counts ("the Syrian border",
not "the English Channel").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from belli.geo import words as lexicon
from belli.geo.article import PLACE_LABELS, ArticleNames
from belli.geo.candidates import CITY_KINDS, COUNTRY_KINDS, LARGE_CITY, Candidate, lookup
from belli.geo.gazetteer import Entry
from belli.geo.names import alike, designator, fold
from belli.geo.runs import CONNECTORS, WORD, capitalized, longer, span, unpossessed
from belli.records import Mention

__all__ = ["ALL_INSIDE", "InsideFinder", "InsideFound"]

# a region ("Atlantic", "Pacific") comes after a division, which an organization's name
# states more often: "Maine Atlantic College" is in Maine, not in the ocean; a name
# the article tags as a place elsewhere comes last, wherever it stands ("Keep Lisbon Green")
ALL_INSIDE = ("country", "division", "region", "owned", "leading", "repeat")
# labels a repeated place name counts inside: not a person's ("Jordan Peterson" in a story
# about Jordan), not a place's own longer name ("English Channel" in a story naming England)
_REPEAT_LABELS = frozenset({"ORG", "NORP", "EVENT"})
# the words that may come before a name that opens an organization's ("the Salem Police",
# "the Downtown Tulsa Partnership")
_BEFORE_LEADING = lexicon.AREA_WORDS | {"the"}
# a name after these words inside a longer mention is where the body lies or comes from
# ("the University of Nebraska", "fighters from Idlib")
_OWNER = frozenset({"of", "in", "for", "from"})
# never a place inside a longer name: a title's word, or the field a body serves
_NOT_INSIDE = lexicon.NOT_ALONE | lexicon.FIELDS
_MAX_RUN = 5
# a first-level division this large opens an organization's name by its bare name
_LARGE_DIVISION = 200_000
# an organization that starts with a place this small rarely means the place
_MIN_LEADING_POPULATION = 1000

# the place found: its offset in the mention, its text, its candidates
InsideFound = tuple[int, str, tuple[Candidate, ...]] | None


@dataclass(frozen=True, slots=True)
class _Run:
    """Words [i, i + size) of a mention, capitalized: a name that may be a place."""

    words: list[tuple[int, str]]  # every word of the mention, with its offset
    i: int
    size: int
    shown: str
    # the word before the run, past a "the" ("of" in "the University of the South"); ""
    # at the mention's start: read for each way a run is tried, so found once
    before: str

    @property
    def after(self) -> list[str]:
        """The mention's words after the run."""
        return [w for _, w in self.words[self.i + self.size:]]

    def enclosing(self, text: str) -> Iterator[str]:
        """The mention's capitalized runs that hold this one."""
        return longer(text, self.words, self.i, self.size)


class InsideFinder:
    """Finds the place inside one mention at a time; answers are kept by the mention's
    text and label, as the same name recurs through an article."""

    def __init__(self, names: ArticleNames) -> None:
        self.names = names
        self._found: dict[tuple[str, str, tuple[str, ...]], InsideFound] = {}

    def find(self, mention: Mention, kinds: Sequence[str] = ALL_INSIDE) -> InsideFound:
        """The place inside `mention`, trying the ways `kinds` in order; it reads only the
        mention's text and label."""
        key = (mention.text, mention.label, tuple(kinds))
        if key not in self._found:
            self._found[key] = self._search(mention, kinds)
        return self._found[key]

    def _search(self, mention: Mention, kinds: Sequence[str]) -> InsideFound:
        words = [(m.start(), unpossessed(m.group())) for m in WORD.finditer(mention.text)]
        runs = [_Run(words, i, size, shown, _word_before(words, i))
                for size in range(min(_MAX_RUN, len(words)), 0, -1)
                for i in range(len(words) - size + 1) if capitalized(words[i:i + size])
                and fold(shown := span(mention.text, words, i, i + size)) not in _NOT_INSIDE
                and not self._body_city(shown)]
        for kind in kinds:
            for run in self._tries(kind, runs):
                found = self._read(kind, mention, run)
                if found:
                    return words[run.i][0], run.shown, found
        return None

    def _tries(self, kind: str, runs: list[_Run]) -> list[_Run]:
        """The runs to read the way `kind`, in order; built per kind asked, since most
        mentions are asked only for a country."""
        if kind == "division":
            return [run for run in runs if self._may_be_division(run.shown)]
        if kind == "owned":
            # "the College of St. Anne in Dover": where a body lies beats whom it is named for
            return sorted(runs, key=lambda run: run.before != "in")
        if kind == "repeat":
            return [run for run in runs if fold(run.shown) in self.names.tagged
                    and not run.shown.lower().startswith("the ")]
        return runs

    def _body_city(self, shown: str) -> bool:
        """Whether "City" after a town's name belongs to a body's name ("Galway City
        Council", "Marrowby City Schools"): no place is called so, only the town is
        (at most its alternate name, as some gazetteers list a city's "X City"). "Kansas City"
        is a place of its own."""
        head, _, last = shown.rpartition(" ")
        return bool(head) and last.lower() == "city" and not any(
            fold(e.name) == fold(shown) for e in self.names.gazetteer.lookup(shown))

    def _read(self, kind: str, mention: Mention, run: _Run) -> tuple[Candidate, ...]:
        """The candidates of `run` read the way `kind`; () where it is no place so."""
        if kind == "repeat":
            return self._repeat(mention, run.shown)
        if mention.label == "PERSON" and _family_name(run):
            return ()  # "Ann Washington", "Tom Kerry": the person's own name, not a place
        owned = run.before in _OWNER
        after = run.after
        if mention.label in PLACE_LABELS and kind != "leading" and not (
                owned or all(w[:1].islower() for w in after) or _names_body(after)
                or _designated(kind, run.shown)):
            return ()  # a name of its own: "English Channel", "Marrowby Lagoon"
        if kind == "country":
            return self._country(mention, run, owned)
        if kind == "division":
            return self._division(mention, run)
        if kind == "region":
            return self._region(mention, run)
        return self._town(kind, mention, run, owned)

    def _country(self, mention: Mention, run: _Run, owned: bool) -> tuple[Candidate, ...]:
        """A country by its name or adjective, unless a region's or a state's longer name
        holds it ("Central American")."""
        # "Russia's President": a country that owns a title is a place
        end = run.words[run.i + run.size - 1][0] + len(run.words[run.i + run.size - 1][1])
        possessive = mention.text[end:end + 2] in ("'s", "’s")
        found = self._country_run(mention, run.shown, owned, possessive)
        # the longer names are looked up only for a country found: most runs name none
        if found and any(_encloses(e, name) for name in run.enclosing(mention.text)
                         for e in self.names.gazetteer.lookup(name)):
            return ()
        return found

    def _division(self, mention: Mention, run: _Run) -> tuple[Candidate, ...]:
        """A division (`_division_run`), unless it opens a longer place's name ("Kansas
        City")."""
        found = self._division_run(run.shown)
        if found and any(not e.weak for name in run.enclosing(mention.text)
                         for e in self.names.gazetteer.lookup(name)):
            return ()
        return found

    def _town(self, kind: str, mention: Mention, run: _Run,
              owned: bool) -> tuple[Candidate, ...]:
        """A town where the body lies (`owned`) or that opens its name (`leading`)."""
        if not _town_stands(kind, mention, run, owned):
            return ()  # the knowledge base is asked only where a town may stand
        if any(m.kind not in COUNTRY_KINDS | CITY_KINDS for m in lookup(self.names.kb, run.shown)):
            return ()  # a person, an institution or an organization, not a place
        served = (kind == "leading" and _serves(run.after)
                  and fold(run.shown) not in lexicon.TOWN_WORDS)  # "Green Party"
        return tuple(c for c in self.names.candidates(run.shown)
                     if _plausible_inside(c.entry, run.shown)
                     or (served and c.entry.weak and c.entry.kind == "admin2"))

    def _repeat(self, mention: Mention, shown: str) -> tuple[Candidate, ...]:
        """A name the article tags as a place elsewhere, inside an organization's or an
        event's name ("Keep Lisbon Green", "the Marrowby PD", "212 Wexford County residents"): a
        story uses a name in one sense throughout."""
        if mention.label not in _REPEAT_LABELS:
            return ()
        tagged = self.names.tagged.get(fold(shown), shown)  # "NJ" as "N.J." was tagged
        return tuple(c for c in self.names.candidates(tagged) if not c.entry.weak)

    def _country_run(self, mention: Mention, shown: str, owned: bool,
                     possessive: bool) -> tuple[Candidate, ...]:
        matches = lookup(self.names.kb, shown)
        if mention.label == "PERSON" and not (owned or possessive or shown.isupper()):
            # "Jordan Peterson": only adjectives and acronyms inside a person's name
            matches = [m for m in matches if m.kind in ("adjective", "demonym")]
        if any(m.kind == "country" for m in matches):
            return self.names.candidates(shown)  # "Georgia" may be the state as well
        codes = [m.code for m in matches if m.kind in COUNTRY_KINDS]
        if codes:
            return self.names.source.countries_of(codes, f"'{shown}' names the country")
        division = self.names.gazetteer.demonym(shown)
        if division is not None:  # "Texan ranchers", "Ohioans"
            return (Candidate(division, f"'{shown}' names the division"),)
        return ()

    def _region(self, mention: Mention, run: _Run) -> tuple[Candidate, ...]:
        """A region or its adjective: "Central American migrants", "Scandinavian fishermen";
        not inside a longer place's name ("Atlantic Beach officials" is the town's)."""
        found = tuple(Candidate(e, "region") for e in self.names.gazetteer.lookup(run.shown)
                      if not e.is_division and not e.weak)
        if found and any(not e.weak for name in run.enclosing(mention.text)
                         for e in self.names.gazetteer.lookup(name)):
            return ()
        return found

    def _may_be_division(self, shown: str) -> bool:
        """A division's own name, short form or name with its designator, at a glance."""
        gazetteer = self.names.gazetteer
        return (gazetteer.is_short_form(shown) or gazetteer.is_division_name(shown)
                or designator(shown)[1] is not None)

    def _division_run(self, shown: str) -> tuple[Candidate, ...]:
        """A large first-level division anywhere in an organization's or a title's name,
        by its own name or short form ("the Iowa Office of Hope and Family Services",
        "the N.C. Society for Justice"): it names the place before any town a later
        word may be ("Hope", "Justice"). A division with its designator ("Wexford County
        Council") counts too."""
        short = self.names.gazetteer.is_short_form(shown)
        entries = self.names.gazetteer.lookup(shown)
        named = [e for e in entries if not e.weak and e.kind in ("admin1", "admin2") and (
            short or designator(shown)[1] is not None
            or (e.kind == "admin1" and e.population >= _LARGE_DIVISION
                and fold(e.name) == fold(shown)))]
        if not named:
            return ()
        return tuple(c for c in self.names.candidates(shown) if c.entry in named
                     or c.why.startswith("capital")
                     or (c.entry.kind == "city" and c.entry.population >= LARGE_CITY
                         and _plausible_inside(c.entry, shown)))


def _town_stands(kind: str, mention: Mention, run: _Run, owned: bool) -> bool:
    """Whether a town may stand where `run` does, read the way `kind`: after an owner's
    word ("the University of Nebraska"), or opening the name past at most an area's word
    or "the" ("the Salem Police")."""
    if kind == "owned":
        return owned
    leading = run.i <= 2 and all(w.lower() in _BEFORE_LEADING for _, w in run.words[:run.i])
    return kind == "leading" and leading and _may_lead(mention, run)


def _may_lead(mention: Mention, run: _Run) -> bool:
    """Whether a place may open this mention: an organization ("Leeds police"), a
    facility named after its town ("the Marrowby Fire Station", "Dover
    Hospital"), a title before a person's name ("Texas Ranger Ann Lee")."""
    shown = run.after
    rest = [w.lower() for w in shown]
    if mention.label in ("ORG", "EVENT"):
        return True
    if mention.label == "PERSON":
        # "Leeds police officer", "Elm Grove Mayor", "Ashcombe Fire Chief": a role,
        # not a person's name, follows the town
        return len(rest) >= 3 or _names_body(shown) or any(
            (w.islower() and w not in CONNECTORS) or w.lower() in lexicon.ROLES
            for w in shown)  # "Miami Herald reporter": a newspaper, not a person
    return mention.label in PLACE_LABELS and bool(rest) and (
        rest[-1] in lexicon.FACILITIES or _names_body(shown))


def _plausible_inside(entry: Entry, shown: str) -> bool:
    """A reading of a name inside a longer one: a town only under its own name (or another
    spelling of it: "the Jenin camp" is Janin's) or if it is large ("New York Times"), and
    never for an acronym ("IS fighters" is no town "Is")."""
    if entry.weak:
        return False
    if entry.kind != "city":
        return True
    if shown.isupper() and "." not in shown and " " not in shown:  # "SAN ANTONIO" is a name
        return False
    if entry.population < LARGE_CITY and fold(shown) in lexicon.TOWN_WORDS:
        return False  # "the Red Crescent", "Hope Foundation": the name's word, not a town
    return entry.population >= LARGE_CITY or (
        alike(entry.name, shown) and entry.population >= _MIN_LEADING_POPULATION)


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


def _word_before(words: Sequence[tuple[int, str]], i: int) -> str:
    """The lower-cased word before word `i` of a mention, past a "the"; "" where none."""
    before = [w.lower() for _, w in words[max(0, i - 2):i]]
    if before[-1:] == ["the"]:
        before = before[:-1]
    return before[-1] if before else ""


def _family_name(run: _Run) -> bool:
    """Whether a run ends a person's mention right after a capitalized word (a given name
    or an initial): "Washington" in "Ann Washington" is her name, where "Texas" in "Texas
    Ranger Ann Lee", "Iowa" in "Senator Ann Lee of Iowa", an acronym the model took in
    ("Ann Lee US") or a division with its designator ("Miss Polk County") is no part of
    it."""
    ends = run.i + run.size == len(run.words)
    return (ends and run.i > 0 and run.words[run.i - 1][1][:1].isupper()
            and not run.shown.isupper() and designator(run.shown)[1] is None)


def _serves(words: Sequence[str]) -> bool:
    """Whether a body or an office follows a name at once: a county's bare name then
    stands for the county ("Washtenaw police", "Pine Sheriff Ann Lee")."""
    return bool(words) and unpossessed(words[0]).lower() in lexicon.BODIES | lexicon.ROLES


def _names_body(words: Sequence[str]) -> bool:
    """Whether the words after a place name make the mention a public body's or an
    organization's name ("... County Sheriff's Office", "... Democratic Party", "...
    Courier-Examiner")."""
    return any(part in lexicon.BODIES for w in words for part in unpossessed(w).lower().split("-"))
