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
from belli.records import Actor, Mention
from belli.yamldata import word_list

__all__ = ["PersonMemory", "choose_person", "first_full_names", "fuller_name", "name_keys"]

_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "gen", "col", "lt", "sgt", "capt",
                         "adm", "maj", "president", "minister", "prime", "general", "ambassador"})
_FAMILY_FIRST = frozenset(w.lower() for w in word_list("belli.actors", "person_names.yaml",
                                                        "family_first"))


def _fold(word: str) -> str:
    """A name's word for matching: no edge punctuation, no possessive ("Joseph’s")."""
    return _without_possessive(word.strip(".,'’").lower())


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
                self._remember_another(key, known, actor)
            elif known is None or (actor.role and not known.role):
                self._by_key[key] = actor

    def _remember_another(self, key: str, known: Actor, actor: Actor) -> None:
        """A key already held by someone else: the story's first full name of a surname
        keeps it ("Lai" after "Jimmy Lai" and "Sebastien Lai" is Jimmy Lai); otherwise the
        fuller of two names of one person, and two people leave it ambiguous."""
        first = self.first_full.get(key)
        if first is not None and first != key:
            if _full_key(known.person) == first:
                return
            if _full_key(actor.person) == first:
                self._by_key[key] = actor
                return
        fuller = fuller_name(known.person or "", actor.person or "")
        if fuller is None:
            self._ambiguous.add(key)
        elif fuller != known.person:  # "Lai" then "Jimmy Lai": the same, named whole
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
        name of that surname: "Sebastien Lai" after "Jimmy Lai" is not the "Lai"
        remembered, but "Jimmy C. Lai" and "tycoon Jimmy Lai" are. Only another given
        name before the surname makes a relative; an initial ("J. Lai") does not."""
        full = name_keys(text, family_first=False)
        first = self.first_full.get(key)
        if len(full) < 2 or key == full[0] or first is None or first == full[0]:
            return False
        name = " ".join(w for w in _name_run(text, set()) if _fold(w) not in _SUFFIXES)
        return fuller_name(first, name) is None and _another_given_name(name, first)


def _full_key(person: str | None) -> str | None:
    """The key of a person's whole name, honorifics dropped ("Mr. Jimmy Lai": "jimmy lai")."""
    keys = name_keys(person or "", family_first=False)
    return keys[0] if keys else None


def first_full_names(mentions: Iterable[Mention]) -> dict[str, str]:
    """Each surname's first full name among the people a document names, in its order.
    Only a mention tagged PERSON counts: an organization named after someone ("Team
    Navalny") is no person, and a relative the model tags otherwise ("Sebastien Lai"
    as ORG) is told apart on recall by the given name (`PersonMemory._a_relative`)."""
    first: dict[str, str] = {}
    for mention in mentions:
        keys = name_keys(mention.text, family_first=False) if mention.label == "PERSON" else ()
        if len(keys) > 1:
            first.setdefault(keys[1], keys[0])
    return first


def fuller_name(known: str, text: str) -> str | None:
    """Of two names of one person, the fuller ("Lai", "Jimmy Lai’s": "Jimmy Lai"); None
    where neither holds the other's words ("Jimmy Lai", "Sebastien Lai"). Only the
    words of the name count, not a descriptor before it ("media tycoon Jimmy Lai")."""
    theirs = {_fold(w) for w in known.split()} - _HONORIFICS
    words = _name_run(text, theirs)
    mine = {_fold(w) for w in words}
    if not mine or not theirs:
        return None
    if theirs <= mine:
        return " ".join(words)
    return known if mine <= theirs else None


# words after a surname that are no given name ("Sebastien Lai Jr.")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# lower-case words inside a name ("Mohammed bin Salman", "Ursula von der Leyen")
_NAME_PARTICLES = word_list("belli.actors", "person_names.yaml", "particles")


def _name_run(text: str, known: set[str]) -> list[str]:
    """The words of the name a mention ends with, as written: the capitalized run at its
    end, past honorifics and title words that are no word of the `known` name ("media
    tycoon Jimmy Lai": "Jimmy", "Lai"). Initials keep their dots ("Jimmy C. Lai"); a
    quote before a word and a possessive after the last ("Ray Charles'") are dropped. A
    text in one case has no run to tell: all its words but honorifics count."""
    # a possessive split off ("Lai ’s") is no word of the name
    words = [_bare_word(w) for w in text.split() if w not in ("'s", "’s")]
    words = [w for w in words if w and _fold(w) not in _HONORIFICS]
    if words:
        words[-1] = _without_possessive(words[-1])
    run: list[str] = []
    for word in reversed(words):
        folded = _fold(word)
        titled = folded in _title_words() and folded not in known
        if titled or not (_capitalized(word) or (folded in _NAME_PARTICLES and run)):
            break
        run.insert(0, word)
    while run and _fold(run[0]) in _NAME_PARTICLES and not _capitalized(run[0]):
        run.pop(0)  # a particle begins no name
    return run or ([] if any(_capitalized(w) for w in words) else words)


def _bare_word(word: str) -> str:
    """A word without the quotes and commas around it; an initial's dot stays."""
    return word.strip(",\"“”").lstrip("'’‘")


def _without_possessive(word: str) -> str:
    """"Lai’s" -> "Lai", "Charles'" -> "Charles" (case kept)."""
    if word.endswith(("'s", "’s")) and len(word) > 3:
        return word[:-2]
    return word.rstrip("'’")


def _capitalized(word: str) -> bool:
    """Whether a part of a word starts with a capital ("Jimmy", "al-Assad", "C.")."""
    return any(part[:1].isupper() for part in word.split("-"))


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
