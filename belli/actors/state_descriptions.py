"""Descriptions of one state that refer back to it by what it is: "the West African
nation", "the oil-rich kingdom", "the island", "the Islamic Republic", "the North"
(data/regions.yaml), for coreference (`belli.actors.coref`).

Wire copy names a state once and then describes it. The words say which states they fit
(a region, a kind of state, a state's first word), so a description refers back only to
a state they fit (`pick_described`): of those named in the coreference window, the one
named most; else, where the words say which, the only one the story named before; a
state named only as a place only where no state named as one fits. A count of a
region's states that is all of them names them ("the three Baltic states":
`listed_region`). A bare "the country" is `country_descriptions` (phrases.yaml); this
module reads the ones with describing words or a noun only some states are called by. A
description that is a name ("the Islamic State", "the Central African Republic") is no
description.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from belli.actors.antecedents import Antecedent, in_window, pick_countries
from belli.actors.body_nouns import modifies_something
from belli.records import Mention
from belli.yamldata import word_data

__all__ = ["StateDescription", "described_state", "listed_region", "pick_described",
           "place_antecedents"]

_DATA = "regions.yaml"
_MAX_WORDS = 4  # describing words between "the" and the noun ("the oil-rich Gulf state")
_LONGEST_REGION = 3  # words in a region's name ("horn of africa")
# nouns that, capitalized, name a body of their own ("the Islamic STATE", "the Navajo NATION")
_NAMING_NOUNS = frozenset({"state", "nation", "country", "island"})
# the bare nouns phrases.yaml `country_descriptions` already reads
_BARE_ELSEWHERE = frozenset({"country", "nation", "state", "republic"})
# words that qualify without saying which state: "the IMPOVERISHED nation", "the
# LARGELY landlocked country"
_PLAIN_POS = frozenset({"ADJ", "ADV"})


# counts a region's states are told by, and the plural nouns they take
_COUNTS = {w: n for n, w in enumerate(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], start=2)}
_PLURAL_STATES = frozenset({"states", "nations", "countries", "republics", "monarchies",
                            "kingdoms", "emirates"})


@dataclass(frozen=True, slots=True)
class StateDescription:
    """A description of one state: where it ends (token index), the states its words fit
    (None: any), and whether they say which (a region or a kind of state)."""

    end: int
    states: frozenset[str] | None
    says_which: bool


def described_state(doc: Any, i: int, countries: Mapping[str, Any]) -> StateDescription | None:
    """The description of one state that "the" at token i starts, if any; `countries` are
    the knowledge base's entries by code (their names, for "the North")."""
    if doc[i].lower_ != "the" or i + 1 >= len(doc):
        return None
    compass = _compass(doc, i + 1, countries)
    if compass is not None:
        return compass
    states: frozenset[str] | None = None
    says_which, j = False, i + 1
    while j < len(doc) and j - i <= _MAX_WORDS + 1:
        kind = _state_noun(doc, j)
        if kind is not None:
            bare = j == i + 1 and doc[j].lower_ in _BARE_ELSEWHERE
            if bare or _a_name(doc, i, j) or modifies_something(doc, j + 1):
                return None
            return StateDescription(j + 1, _meet(states, _members(kind)),
                                    says_which or kind != "any")
        words, region = _region_at(doc, j)
        if region is not None:
            states, says_which, j = _meet(states, region), True, j + words
        elif _plain(doc, j):
            j += 1
        else:
            return None
    return None


def listed_region(doc: Any, i: int) -> tuple[int, frozenset[str]] | None:
    """"THE FIVE CENTRAL ASIAN STATES", "the three Baltic states": a count of a region's
    states that is all of them names them, whether or not the story named any: (end
    token, their codes), or None."""
    if doc[i].lower_ != "the" or i + 3 >= len(doc):
        return None
    count = _COUNTS.get(doc[i + 1].lower_)
    if count is None:
        return None
    j, states = i + 2, None
    while j < len(doc) and j - i <= _MAX_WORDS + 2:
        if doc[j].lower_ in _PLURAL_STATES and states is not None \
                and not modifies_something(doc, j + 1):
            return (j + 1, states) if len(states) == count else None
        words, region = _region_at(doc, j)
        if region is None:
            return None
        states, j = _meet(states, region), j + words
    return None


def pick_described(antecedents: Sequence[Antecedent], start: int, sentence: int | None,
                   description: StateDescription, acted_on: bool,
                   places: Sequence[Antecedent] = ()) -> list[Antecedent]:
    """The state a description refers back to: of those it fits in the window, the one
    `_most_named`; else, where its words say which, the only state it fits named before;
    and only where no state named as one fits, a state named as a place (`places`)."""
    found = _pick_among(antecedents, start, sentence, description, acted_on)
    if found or not places:
        return found
    # a state named only as a place ("Modi will travel to Mauritius ... the island
    # nation"): only where no state named as one fits
    return _pick_among(places, start, sentence, description, acted_on)


def _pick_among(antecedents: Sequence[Antecedent], start: int, sentence: int | None,
                description: StateDescription, acted_on: bool) -> list[Antecedent]:
    # the state an office is named by counts as the state here ("JORDAN'S King Abdullah
    # flew to London. The kingdom ..."): the description's words already say which
    fitting = [replace(a, kind="state") if a.kind == "office" else a for a in antecedents
               if description.states is None or a.actor.country in description.states]
    near = pick_countries(fitting, start, sentence, 1, acted_on=acted_on)
    if near:
        return [_most_named(fitting, near[0], start, sentence, acted_on)]
    if not description.says_which:
        return []
    before = [a for a in fitting if a.start < start and a.kind == "state" and a.actor.country]
    if len({a.actor.country for a in before}) != 1:
        return []
    return [max(before, key=lambda a: a.start)]


def place_antecedents(mentions: Sequence[Mention]) -> list[Antecedent]:
    """The states places are in, as states a description may refer back to: "Modi will
    travel TO MAURITIUS ... ties with the island nation" is Mauritius, though a place
    where someone goes refers back for no "it"."""
    return [Antecedent(start=m.start, sentence=m.sentence, actor=actor, kind="state")
            for m in mentions if len(m.actors) == 1
            for actor in m.actors if actor.is_location and actor.country]


def _most_named(fitting: Sequence[Antecedent], nearest: Antecedent, start: int,
                sentence: int | None, acted_on: bool) -> Antecedent:
    """The nearest state a description fits named in its own sentence ("protect Taiwan
    from ... the self-governed island"), else, of those in the window, the one named
    most there, then most as a subject there, then most before it in the story, then the
    nearest."""
    if nearest.sentence == sentence:
        return nearest
    usable = [a for a in fitting if a.kind == "state" and a.start < start
              and not (acted_on and a.subject and a.sentence == sentence)]
    here = Counter(a.actor.country for a in usable if in_window(a, start, sentence))
    story = Counter(a.actor.country for a in usable)
    if len(here) < 2:
        return nearest
    subjects = Counter(a.actor.country for a in usable
                       if a.subject and in_window(a, start, sentence))
    rank = {code: (here[code], subjects[code], story[code]) for code in here}
    best = max(rank.values())
    if rank.get(nearest.actor.country) == best:
        return nearest
    return max((a for a in usable if a.actor.country in here and rank[a.actor.country] == best),
               key=lambda a: a.start)


def _compass(doc: Any, j: int, countries: Mapping[str, Any]) -> StateDescription | None:
    """"THE NORTH fired two missiles": a state named by its first word alone, only when
    nothing follows that the word could be part of ("the North Atlantic", "the South of
    France", "the North-South divide")."""
    word = doc[j]
    if word.lower_ not in _compass_words() or not word.text[:1].isupper():
        return None
    after = doc[j + 1] if j + 1 < len(doc) else None
    if after is not None and (after.pos_ in ("PROPN", "NOUN", "ADJ")
                              or after.lower_ in ("of", "-")):
        return None
    states = frozenset(code for code, entry in countries.items()
                       if entry.name.lower().startswith(word.lower_ + " "))
    return StateDescription(j + 1, states, True) if states else None


def _state_noun(doc: Any, j: int) -> str | tuple[str, ...] | None:
    """The kind of states a description's noun can name ("kingdom": "monarchies", "nation":
    "any"); None when the word is no such noun, or describes one ("the ISLAND nation")."""
    word = doc[j].lower_
    nouns = _nouns()
    if word not in nouns or (j + 1 < len(doc) and doc[j + 1].lower_ in nouns):
        return None
    return nouns[word]


def _a_name(doc: Any, i: int, j: int) -> bool:
    """"The Islamic STATE", "the Navajo NATION": a capitalized noun like these is a name."""
    return doc[j].lower_ in _NAMING_NOUNS and doc[j].text[:1].isupper() and j > i + 1


def _region_at(doc: Any, j: int) -> tuple[int, frozenset[str] | None]:
    """The longest region's name at token j ("HORN OF AFRICA nation", "WEST AFRICAN
    nation") and how many words it takes; (0, None) for none. A word describing a
    state's kind before its noun counts too ("the ISLAND nation")."""
    regions = _regions()
    for size in range(_LONGEST_REGION, 0, -1):
        if j + size > len(doc):
            continue
        words = " ".join(doc[k].lower_ for k in range(j, j + size))
        if words in regions:
            return size, _members(words)
    word = doc[j].lower_
    if word in _nouns() and _nouns()[word] != "any":
        return 1, _members(_nouns()[word])
    return 0, None


def _plain(doc: Any, j: int) -> bool:
    """A describing word that says nothing of which state: a lower-case adjective or
    adverb, or a part of a hyphened one ("oil - rich", "war - torn", "self - governing");
    not one that sets the state apart ("the OTHER country") or ranks it ("the POOREST
    nation", "the MOST populous")."""
    token = doc[j]
    if token.text == "-":
        return True
    if not token.text.islower() or token.lower_ in _setting_apart() \
            or token.tag_ in ("JJS", "RBS", "JJR", "RBR"):
        return False
    hyphened = (j + 1 < len(doc) and doc[j + 1].text == "-") or (j > 0 and doc[j - 1].text == "-")
    return token.pos_ in _PLAIN_POS or (hyphened and token.pos_ in ("NOUN", "VERB"))


def _meet(states: frozenset[str] | None, more: frozenset[str] | None) -> frozenset[str] | None:
    if states is None:
        return more
    return states if more is None else states & more


@cache
def _members(name: str | tuple[str, ...]) -> frozenset[str] | None:
    """The state codes a region or a noun's kind names (None for "any"), regions inside
    regions unfolded."""
    if name == "any":
        return None
    entries = _regions()[name] if isinstance(name, str) else name
    out: set[str] = set()
    for entry in entries:
        inner = _members(entry) if entry in _regions() else None
        out.update(inner if inner is not None else {entry})
    return frozenset(out)


@cache
def _regions() -> dict[str, tuple[str, ...]]:
    regions = word_data("belli.actors", _DATA)["regions"]
    return {str(k): tuple(str(c) for c in v) for k, v in regions.items()}


@cache
def _nouns() -> dict[str, str | tuple[str, ...]]:
    return {str(k): (v if isinstance(v, str) else tuple(str(c) for c in v))
            for k, v in word_data("belli.actors", _DATA)["state_nouns"].items()}


@cache
def _setting_apart() -> frozenset[str]:
    return frozenset(str(w) for w in word_data("belli.actors", _DATA)["setting_apart"])


@cache
def _compass_words() -> frozenset[str]:
    return frozenset(str(w) for w in word_data("belli.actors", _DATA)["compass_words"])
