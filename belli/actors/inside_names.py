"""Knowledge-base names read inside other names, for the actor stage (`belli.actors.resolve`).

* a body's name inside a longer proper name is another body: "the National Congress
  Party" is not the "Congress party" the knowledge base lists (`inside_longer_name`);
* an envoy's posting is no owner: "China's U.N. ambassador" is China's, "the U.N. Syria
  envoy" the UN's (`posted_at`), and "the special representative in Haiti" no Haitian
  official (`posting_place`), by the office words of data/roles.yaml `postings`;
* a state's name that ends a place's longer name is that place, read as the state it
  lies in: "Northern Ireland police", "New Mexico officials" (`place_named_around`).
"""

from __future__ import annotations

from typing import Any

from belli.actors.context import Anchor
from belli.actors.divisions import capitalized_before, division_named
from belli.actors.kb import Match
from belli.actors.readings import Facts
from belli.actors.sectors import POSTINGS

__all__ = ["inside_longer_name", "place_named_around", "posted_at", "posting_place"]

_BODY_KINDS = frozenset({"institution", "igo"})
# endings of the words that say what a body's members adhere to ("Islamist", "Shiite",
# "Maoist"): they qualify a body's name, never begin another
_ADHERENTS = ("ist", "ite", "ists", "ites")
# prepositions that name where an envoy serves: "ambassador TO the U.N.", "envoy IN Haiti"
_POSTED_PREPS = frozenset({"to", "in", "at", "for"})
_PLACE_PREFIX = 2  # capitalized words a place's name may hold before a state's ("Papua New")


def inside_longer_name(span: Any, anchor: Anchor, anchors: list[Anchor]) -> bool:
    """Whether a body's name is held by a longer proper name, another body: a name word
    right before it that is no name of the knowledge base itself ("Sudanese Rapid Support
    Forces" is the body) nor an adherent's word ("the Islamist Hayat Tahrir al-Sham")."""
    if not anchor.kinds() <= _BODY_KINDS or anchor.start <= span.start:
        return False
    before = span.doc[anchor.start - 1]
    return (before.pos_ == "PROPN" and before.is_alpha and before.text[:1].isupper()
            and not before.lower_.endswith(_ADHERENTS)
            and not any(a.start <= before.i < a.end for a in anchors))


def posted_at(doc: Any, before: Anchor, anchor: Anchor, facts: Facts) -> bool:
    """Whether a name right after another, with no "and" between, is where an envoy is
    posted: "China's U.N. ambassador", "the U.S. Syria envoy"."""
    if facts.cue is None or facts.cue[0] not in POSTINGS:
        return False
    return all(t.lower_ in ("'s", "’s") for t in doc[before.end:anchor.start])


def posting_place(doc: Any, anchor: Anchor, facts: Facts) -> bool:
    """Whether a name is where an envoy serves, after a preposition: "the special
    representative in Haiti" is no Haitian official, "ambassador to the U.N." no UN one."""
    if facts.cue is None or facts.cue[0] not in POSTINGS or anchor.start == 0:
        return False  # a name that opens the text has nothing before it
    i = anchor.start - (doc[anchor.start - 1].lower_ == "the")
    return i > 0 and doc[i - 1].lower_ in _POSTED_PREPS


def place_named_around(span: Any, anchor: Anchor, kb: Any) -> Anchor:
    """The anchor, or, where a state's name ends a longer place name the mention holds
    (the capitalized words right before it and it name a place of the knowledge base,
    "Northern Ireland", or a first-level division, "New Mexico", "Western Australia"),
    that place's name read as the state it lies in."""
    if "country" not in anchor.kinds():
        return anchor
    before = capitalized_before(span.doc, anchor.start, span.start, _PLACE_PREFIX)
    for start in (t.i for t in before):
        name = span.doc[start:anchor.end].text
        country = _place_country(name, kb)
        if country is not None and country in kb.countries:
            state = Match("country", country, None, kb.country(country))
            return Anchor(start, anchor.end, name, (state,))
    return anchor


def _place_country(name: str, kb: Any) -> str | None:
    places = kb.lookup_place(name)
    if places:
        return str(places[0].country) if places[0].country else None
    division = division_named(name)
    return division[1] if division is not None else None
