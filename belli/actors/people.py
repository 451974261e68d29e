"""People within one document: a person named once with a role keeps it later on.

"Azerbaijani President Ilham Aliyev said ... Aliyev added" -> the second mention is AZE
GOV president too. `PersonMemory` remembers every resolved person under the full name
and under the surname: the last word, and also the first where that is a family name
written first ("Kim Jong Un ... Kim said", data/person_names.yaml `family_first`); a
surname shared by two remembered people is ambiguous and recalls nobody. Pure Python: it
stores `Actor` records, not tokens.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from belli.nlp.lexicon import load_lexicon
from belli.records import Actor
from belli.yamldata import word_list

__all__ = ["PersonMemory", "choose_person", "first_full_names", "fuller_name", "name_keys"]

_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "gen", "col", "lt", "sgt", "capt",
                         "adm", "maj", "president", "minister", "prime", "general", "ambassador"})
_FAMILY_FIRST = frozenset(w.lower() for w in word_list("belli.actors", "person_names.yaml",
                                                        "family_first"))


def _fold(word: str) -> str:
    """A name's word for matching: no edge punctuation, no possessive ("Joseph’s")."""
    folded = word.strip(".,'’").lower()
    return folded[:-2] if folded.endswith(("'s", "’s")) and len(folded) > 3 else folded


@lru_cache(maxsize=1 << 14)  # every mention of a person is recalled by its name
def name_keys(name: str, family_first: bool = True) -> tuple[str, ...]:
    """Keys a person may later be called by: the full name and the surname, the first
    word too where it is a family name told first ("Xi Jinping": "xi" and "jinping")."""
    words = [w for w in name.split() if _fold(w) not in _HONORIFICS]
    if not words:
        return ()
    full = " ".join(_fold(w) for w in words)
    keys = [full]
    if len(words) > 1:
        keys.append(_fold(words[-1]))
        if family_first and _fold(words[0]) in _FAMILY_FIRST:
            keys.append(_fold(words[0]))
    return tuple(dict.fromkeys(keys))


@dataclass
class PersonMemory:
    """Actors of the people named so far in a document, by name key."""

    _by_key: dict[str, Actor] = field(default_factory=dict)
    _ambiguous: set[str] = field(default_factory=set)
    # each surname's first full name in the document ("lai" -> "jimmy lai"): a surname
    # told alone stands for that person, not for a relative named later ("Sebastien Lai")
    first_full: dict[str, str] = field(default_factory=dict)

    def remember(self, actor: Actor) -> None:
        if not actor.person or not actor.country:
            return
        for key in name_keys(actor.person):
            known = self._by_key.get(key)
            if known is not None and known.person != actor.person:
                fuller = fuller_name(known.person or "", actor.person)
                if fuller is None:
                    self._ambiguous.add(key)
                elif fuller == actor.person:  # "Lai" then "Jimmy Lai": the same, named whole
                    self._by_key[key] = actor
            elif known is None or (actor.role and not known.role):
                self._by_key[key] = actor

    def recall(self, text: str) -> Actor | None:
        """The remembered actor for a name, or None when unknown or ambiguous. A full
        name is no family name told alone: "Kim Darroch" is not "Kim Jong Un"."""
        for key in name_keys(text, family_first=False):
            known = self._by_key.get(key)
            if known is not None and key not in self._ambiguous:
                if _another_given_name(text, known.person or "") or self._a_relative(text, key):
                    return None
                return known
        return None

    def _a_relative(self, text: str, key: str) -> bool:
        """A full name recalled by its surname where the document first gave another full
        name of that surname: "Sebastien Lai" after "Jimmy Lai" is not the "Lai" remembered."""
        full = name_keys(text, family_first=False)
        first = self.first_full.get(key)
        return len(full) > 1 and key != full[0] and first is not None and first != full[0]


def first_full_names(names: Iterable[str]) -> dict[str, str]:
    """Each surname's first full name among `names`, in their order."""
    first: dict[str, str] = {}
    for name in names:
        keys = name_keys(name, family_first=False)
        if len(keys) > 1:
            first.setdefault(keys[1], keys[0])
    return first


def fuller_name(known: str, text: str) -> str | None:
    """Of two names of one person, the fuller ("Lai", "Jimmy Lai’s": "Jimmy Lai"); None
    where neither holds the other's words ("Jimmy Lai", "Sebastien Lai")."""
    words = [w.strip(".,") for w in text.split() if _fold(w) not in _HONORIFICS]
    if words and _fold(words[-1]) != words[-1].lower():
        words[-1] = words[-1][:-2]  # the possessive: "Lai’s"
    mine, theirs = {_fold(w) for w in words}, {_fold(w) for w in known.split()} - _HONORIFICS
    if not mine or not theirs:
        return None
    if theirs <= mine:
        return " ".join(words)
    return known if mine <= theirs else None


def _another_given_name(text: str, person: str) -> bool:
    """"Paul Joseph" after "Marc Joseph", "Kevin Tan" after "Alan Tan": a given
    name right before the surname that the remembered name lacks is someone else of that
    surname (a relative, a namesake); a title ("Secretary Morrow") or an initial is not."""
    words, known = text.split(), {_fold(w) for w in person.split()}
    if len(words) < 2 or len(known) < 2:
        return False
    given = _fold(words[-2])
    return not (given in known or given in _title_words() or len(given) <= 1)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Words of people's titles (data of the phrase lexicon) and honorifics."""
    return _HONORIFICS | {w for p in load_lexicon().persons for w in p.split()}


def _valid_on(entry: Any, date: str | None) -> bool:
    if not date:
        return True
    start = getattr(entry, "valid_from", None) or ""
    end = getattr(entry, "valid_to", None) or "9999"
    # compare at the coarser precision of the two: "2021" is within "2021-05-08".."9999"
    return start[: len(date)] <= date and date[: len(end)] <= end


def choose_person(entries: Sequence[Any], date: str | None) -> Any | None:
    """Among knowledge-base people sharing a name, the one in office on `date`.

    Without a date, or when nobody's validity covers it, the one whose term started last
    (the current holder in today's news).
    """
    if not entries:
        return None
    valid = [e for e in entries if _valid_on(e, date)] or list(entries)
    return max(valid, key=lambda e: getattr(e, "valid_from", None) or "")


def people_in(matches: Iterable[Any]) -> list[Any]:
    """The person entries among knowledge-base matches."""
    return [m.entry for m in matches if getattr(m, "kind", None) == "person"]
