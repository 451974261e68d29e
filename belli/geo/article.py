"""What the toponym finder knows of one article: its text, the names its mentions tag as
places, towns or people, the countries it names, and the candidates of any name.

Built once per article (`read_article`) and read by every rule of the finder
(`belli.geo.toponyms`, `belli.geo.place_cues`, `belli.geo.inside`): a story uses a name
in one sense throughout, so what one mention says of a name informs the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from belli.actors.context import NameSource
from belli.geo import words as lexicon
from belli.geo.candidates import COUNTRY_KINDS, Candidate, CandidateSource, lookup
from belli.geo.gazetteer import Gazetteer
from belli.geo.names import fold
from belli.geo.runs import bare
from belli.records import Mention

__all__ = ["NAMESAKE_KINDS", "PLACE_LABELS", "ArticleNames", "read_article"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# words that never stand in a person's name: a body's, an office's, a facility's, or who
# lives in a place ("Ruston Fire", "Logan Elementary", "Lancaster Girls")
_NOT_IN_NAMES = lexicon.BODIES | lexicon.ROLES | lexicon.FACILITIES | lexicon.RESIDENTS
# the kinds of place a town's or a water's name may be borrowed from: a town, a county
NAMESAKE_KINDS = frozenset({"city", "admin2"})


@dataclass(frozen=True, slots=True)
class ArticleNames:
    """An article's text and what its mentions say of the names in it."""

    text: str
    gazetteer: Gazetteer
    kb: NameSource
    datelines: frozenset[int]  # offsets where a dateline starts
    place_names: frozenset[str]  # folded names tagged as places somewhere
    # folded names tagged as towns, divisions, countries or regions (not buildings), each
    # to the name as tagged ("NJ" to "N.J.")
    tagged: dict[str, str]
    town_starts: frozenset[int]
    town_ends: frozenset[int]
    person_words: frozenset[str]  # folded words of the article's full person names
    person_names: frozenset[str]  # the folded names tagged as persons
    countries: frozenset[str]  # the countries it names (`_countries_named`)
    source: CandidateSource

    def candidates(self, name: str) -> tuple[Candidate, ...]:
        """Every place `name` may be (`CandidateSource.candidates`)."""
        return self.source.candidates(name)


def read_article(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer,
                 kb: NameSource, datelines: frozenset[int]) -> ArticleNames:
    """What the article's mentions say of its names."""
    countries = _countries_named(mentions, gazetteer, kb)
    towns = [m for m in mentions if m.label == "GPE"]
    return ArticleNames(
        text, gazetteer, kb, datelines,
        place_names=frozenset(fold(bare(m.text)[0]) for m in mentions
                              if m.label in PLACE_LABELS),
        tagged={fold(name): name for m in mentions if m.label in ("GPE", "LOC")
                for name in (bare(m.text)[0],)},
        town_starts=frozenset(m.start for m in towns),
        town_ends=frozenset(m.end for m in towns),
        person_words=frozenset(fold(w) for m in mentions if m.label == "PERSON"
                               and _full_name(m.text) for w in m.text.split()),
        person_names=frozenset(fold(m.text) for m in mentions if m.label == "PERSON"),
        countries=countries,
        source=CandidateSource(gazetteer, kb, countries))


def _full_name(text: str) -> bool:
    """Whether a person-tagged mention of several words may be a person's full name: no
    lower-case word, no number, no word of a body, an office, a facility or a town's
    people ("Logan Elementary", "Ruston Fire Station 1", "the Gainesville and Lindsay
    communities" are the model's misreadings, whose town is no person's name)."""
    words = text.split()
    return len(words) > 1 and all(w[:1].isupper() and not any(c.isdigit() for c in w)
                                  and fold(w) not in _NOT_IN_NAMES for w in words)


def _countries_named(mentions: Sequence[Mention], gazetteer: Gazetteer,
                     kb: NameSource) -> frozenset[str]:
    """The countries the article names by their own, a first-level division's name or an
    adjective ("Israeli", "Texas"): the ones a namesake of a water may lie in."""
    codes: set[str] = set()
    for mention in mentions:
        if mention.label in PLACE_LABELS or mention.label == "NORP":
            name = bare(mention.text)[0]
            codes.update(m.code for m in lookup(kb, name) if m.kind in COUNTRY_KINDS)
            codes.update(e.country for e in gazetteer.lookup(name)
                         if e.kind == "admin1" and not e.weak and e.country)
    return frozenset(codes)
