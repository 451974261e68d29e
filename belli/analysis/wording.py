"""How two tellings are worded: the words and names of an evidence sentence that linking
compares (`belli.analysis.linking`), and how rare each word, trigger and figure is among
the reports being linked."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, TypeVar

from belli.text import without_marks
from belli.yamldata import word_list

if TYPE_CHECKING:
    from belli.analysis.linking import Report

__all__ = ["WORD", "Rarity", "content_words", "general_words", "proper_names", "same_stem",
           "stem", "topic_words"]

_T = TypeVar("_T")

_MONTHS = frozenset(["january", "february", "march", "april", "may", "june", "july",
                     "august", "september", "october", "november", "december",
                     # and as wire copy shortens them ("Nov. 10", "Sept. 13")
                     "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                     "nov", "dec"])

# a word of a sentence or a name: a letter, then letters, digits, apostrophes and dashes
WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
# Words that say nothing about which event a sentence tells.
_STOP = frozenset(["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "as", "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "do", "did", "does", "not", "no", "nor", "so", "than", "that", "this", "these", "those", "there", "their", "they", "them", "it", "its", "he", "she", "his", "her", "him", "we", "our", "you", "your", "i", "me", "my", "said", "says", "say", "told", "tells", "according", "also", "after", "before", "since", "while", "when", "where", "which", "who", "whom", "whose", "what", "would", "could", "should", "may", "might", "will", "shall", "can", "into", "over", "under", "about", "against", "between", "during", "amid", "near", "per", "than", "then", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "week", "month", "year"])


def content_words(sentence: str) -> frozenset[str]:
    """The words of a sentence that can tell one event from another, lower-cased, without
    accents and inflection (`stem`): outlets word one act "accused"/"accuses",
    "Erdoğan"/"Erdogan"."""
    return frozenset(stem(word) for word in _surface_words(sentence))


def _surface_words(sentence: str) -> Iterable[str]:
    """The words of a sentence `content_words` keeps, lower-cased and without accents,
    as written (not yet stemmed)."""
    words = (_unyeared(m.group().lower()).strip("'’-") for m in WORD.finditer(without_marks(sentence)))
    return (word for word in words if len(word) > 2 and word not in _STOP)


# A year joined to a name ("Zapad-2021"), which another outlet writes apart ("Zapad 2021")
# or leaves out: the name is the word compared. A model number stays ("S-400", "F-16").
_YEAR_SUFFIX = re.compile(r"-(?:19|20)\d\d$")


def _unyeared(word: str) -> str:
    return _YEAR_SUFFIX.sub("", word) if "-" in word else word


def topic_words(sentence: str, said: tuple[str, ...] = ()) -> frozenset[str]:
    """What a sentence says its act was about: its `content_words` but those of `said`
    (its actors' names and its trigger), which the frame and the trigger compare already,
    and general words any sentence gives (data/general_words.yaml: "denied ANY
    involvement" says nothing of what was denied)."""
    general = general_words()
    subject = frozenset(stem(word) for word in _surface_words(sentence) if word not in general)
    return subject - content_words(" ".join(said))


@cache
def general_words() -> frozenset[str]:
    """The words no subject is told by (data/general_words.yaml), lower-cased as written:
    compared before stemming, as a stem would also take words of a subject ("lasting"
    has the stem of "last", "wells" of "well")."""
    return frozenset(without_marks(word.lower())
                     for word in word_list("belli.analysis", "general_words.yaml", "general"))


# Inflections taken off a word, the longest first; a stem keeps at least `_MIN_ROOT`
# letters, so short words ("used", "bus") stay as they are.
_ENDINGS = (("'s", ""), ("’s", ""), ("ing", ""), ("ies", "i"), ("ied", "i"), ("es", ""),
            ("ed", ""), ("s", ""), ("e", ""))
_KEEP = ("ss", "us", "is")  # endings in "s" that are no plural ("press", "status", "crisis")
_MIN_ROOT = 4


@lru_cache(maxsize=2**16)
def stem(word: str) -> str:
    """A word less its inflection, the form `content_words` compares, so that the forms
    of one word agree: "deny", "denies" and "denied" give "deni", "exercise" and
    "exercises" "exercis"."""
    if word.endswith(_KEEP):
        return word
    root = next((word[:-len(end)] + put for end, put in _ENDINGS
                 if word.endswith(end) and len(word) - len(end) >= _MIN_ROOT), word)
    return root[:-1] + "i" if root.endswith("y") and len(root) >= _MIN_ROOT else root


def proper_names(sentence: str, actors: tuple[str, ...] = ()) -> frozenset[str]:
    """The names a sentence gives beyond its actors' words (the village shelled, the
    missile, the envoy), lower-cased: its capitalised words but those opening a sentence,
    whose capital says nothing, and months."""
    names = _capitalised(without_marks(sentence))
    if not names:
        return names
    said = without_marks(" ".join(actors)).lower()
    return frozenset(name for name in names if _demonym_root(name) not in said)


def _demonym_root(name: str) -> str:
    """A name less the ending that makes a country's people of it ("Armenia",
    "Armenian", "Armenians" share "armen")."""
    return name[:max(_MIN_STEM, len(name) - 3)]


# A story many outlets ran gives its sentence many times.
_NAMES_KEPT = 2**14


_CLAUSE = re.compile(r"[.!?:;]")  # after these a capital opens a sentence (or a quote)


@lru_cache(maxsize=_NAMES_KEPT)
def _capitalised(sentence: str) -> frozenset[str]:
    words = (_unyeared(w.lower()).strip("'’-") for clause in _CLAUSE.split(sentence)
             for w in WORD.findall(clause)[1:] if w[0].isupper())
    return frozenset(w for w in words if len(w) > 2 and w not in _STOP and w not in _MONTHS)


_MIN_STEM = 4  # of a name and a word, the shorter must be this long to agree as a stem


def same_stem(short: str, long: str) -> bool:
    """Whether one word begins the other, the shorter long enough to be a stem of it
    ("armen" and "armenian"): not `stem`, which takes an inflection off one word."""
    if len(short) > len(long):
        short, long = long, short
    return long.startswith(short) and (len(short) >= _MIN_STEM or short == long)


class Rarity:
    """How rare each word, trigger and figure is among the reports being linked: its
    inverse document frequency, counted over distinct tellings (a story run by 150 outlets
    makes its own words no commoner)."""

    def __init__(self, top: float, words: dict[str, float], triggers: dict[str, float],
                 figures: dict[float, float]) -> None:
        self._top = top  # the weight of what only one telling has, or no telling known
        self._words, self._triggers, self._figures = words, triggers, figures
        self._mass: dict[frozenset[str], float] = {}

    @classmethod
    def of(cls, reports: Iterable[Report]) -> Rarity:
        tellings = {(r.words, r.trigger, r.quantities) for r in reports}
        top = math.log(1 + len(tellings))

        def weights(counts: Counter[_T]) -> dict[_T, float]:
            return {key: top - math.log(n) for key, n in counts.items()}

        return cls(top, weights(Counter(w for words, _, _ in tellings for w in words)),
                   weights(Counter(trigger for _, trigger, _ in tellings)),
                   weights(Counter(f for _, _, figures in tellings for f in figures)))

    @classmethod
    def even(cls) -> Rarity:
        """Every word, trigger and figure as rare as any other: for two reports judged
        with no others to tell what is common."""
        return cls(1.0, {}, {}, {})

    def weight(self, word: str) -> float:
        """The weight of a word as `content_words` gives it, or as written."""
        found = self._words.get(word)
        return self._words.get(stem(word), self._top) if found is None else found

    def share(self, word: str) -> float:
        """How rare a word is, 0..1 (1: one telling has it)."""
        return self._share(self.weight(word))

    def trigger_share(self, trigger: str) -> float:
        """How rare a trigger is, 0..1 (1: one telling has it): "killed" says less of
        which clash it was than "ambushed"."""
        return self._share(self._triggers.get(trigger))

    def figure_share(self, figure: float) -> float:
        """How rare a figure is, 0..1 (1: one telling gives it)."""
        return self._share(self._figures.get(figure))

    def _share(self, weight: float | None) -> float:
        return (self._top if weight is None else weight) / self._top if self._top else 0.0

    def overlap(self, a: frozenset[str], b: frozenset[str]) -> float:
        """The weighted Jaccard of two word sets: the weight of the words they share over
        the weight of all their words."""
        if a.isdisjoint(b):
            return 0.0
        shared = sum(self.weight(w) for w in a & b)
        union = self._total(a) + self._total(b) - shared
        return shared / union if union else 0.0

    def _total(self, words: frozenset[str]) -> float:
        total = self._mass.get(words)
        if total is None:
            total = self._mass[words] = sum(self.weight(w) for w in words)
        return total
