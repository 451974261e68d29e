"""Untagged occurrences of names already known as places (`belli.geo.missed`): a
country's name or adjective inside a title or an office ("the U.S. Trade
Representative"), which the knowledge base knows, and a name the article tags as a place
elsewhere ("Peoria" tagged once, missed three times), which a story uses in one sense
throughout.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from belli.actors.context import NameSource
from belli.geo import words as lexicon
from belli.geo.candidates import COUNTRY_LABELS
from belli.geo.names import fold
from belli.geo.runs import unpossessed
from belli.geo.untagged import (
    ABBREVIATION,
    PLACE_LABELS,
    Span,
    sentence_start,
    unmentioned,
    without_article,
)
from belli.records import Mention

__all__ = ["countries_unmentioned", "repeated_places"]

# a run of up to three capitalized words or an acronym ("U.S.", "UAE"), without a
# possessive ending (the lookahead lets the engine pass over the other letters at once)
_CAPITALIZED = re.compile(r"(?=[A-Z])(?:(?:[A-Z]\.){2,}|[A-Z][\w]*(?:[ -][A-Z][\w]*){0,2})")
_ACRONYM = re.compile(r"[A-Z]{2,5}")  # a body's or a broadcaster's letters: "PD", "CTV"
# a run of capitalized words, however long: an organization's or a facility's whole name
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")
# the words that make a name a town's institution: its bodies, offices and facilities
_INSTITUTIONS = lexicon.BODIES | lexicon.ROLES | lexicon.FACILITIES


def countries_unmentioned(text: str, mentions: Sequence[Mention], kb: NameSource) -> list[Span]:
    """Countries' names and adjectives that no mention covers."""
    out = []
    for run in _CAPITALIZED.finditer(unmentioned(text, mentions)):
        found = _country_in(kb, text, run.start(), run.group())
        if found is not None:
            out.append(found)
    return out

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

def repeated_places(text: str, mentions: Sequence[Mention],
                    named: Sequence[str] = ()) -> list[Span]:
    """Untagged occurrences of a name the article tags as a place (GPE, LOC) or `named`
    (its datelines) elsewhere: the whole capitalized run, after no capitalized word. A run
    in capitals is left alone: in a heading or a text set in capitals every word is one."""
    names = {fold(without_article(m.text)) for m in mentions if m.label in PLACE_LABELS}
    names |= {fold(n) for n in named}
    openers = {n.split(" ")[0] for n in names}  # the first words of the names
    out = []
    for run in _CAPITALIZED.finditer(unmentioned(text, mentions)):
        if run.group().isupper() or openers.isdisjoint(fold(run.group()).split(" ")):
            continue  # no word of the run opens a name: no name is found in it
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
    if rest and fold(run) not in names and fold(rest) in names and sentence_start(text, start):
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

def _after_capitalized(text: str, start: int) -> bool:
    """Whether a capitalized word ends right before `start` ("Michael Jordan"), not a
    sentence's end ("Oops! Salem", but "Dr. Salem" and "St. Louis" run on)."""
    before = text[max(0, start - 30):start]
    words = before.split()
    if not (words and before.endswith(" ") and words[-1][:1].isupper()):
        return False
    last = words[-1]
    return not (last[-1] in "!?:" or (last[-1] == "." and len(last) > ABBREVIATION))
