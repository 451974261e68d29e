"""How place names are compared: one folded key per spelling, and designators.

`fold` gives the key under which the gazetteer files a name: accents, case, dots,
apostrophes and hyphens do not count ("Nagorno-Karabakh" = "Nagorno Karabakh",
"St. Louis" = "St Louis", "Kapa'a" = "Kapaa"). A designator is the word that says what
kind of division a name is ("Syunik province", "Tensas Parish", "Basra Governorate");
`designator` splits it off and `stripped` lists the names left once it is gone.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from belli.text import without_marks
from belli.yamldata import word_list

__all__ = ["DIVISION_WORDS", "PARTY_TAG", "PLURAL_DESIGNATOR", "PLURAL_DIVISION_WORDS",
           "SETTLEMENT_WORDS", "alike", "close_spelling", "designator", "fold", "plain",
           "same_name", "spelled_out", "stripped", "without_settlement_word"]

_DROP = re.compile(r"[.'’‘`ʼ]")
# the marks transliterations write for a sound English lacks ("Dar‘ā", "Hawaiʻi")
_MARKS = re.compile(r"[‘ʻʼʾʿ]")
_SPACE = re.compile(r"[\s\-‐‑‒–—/]+")
# words after a name that make it a division ("Nineveh province"), lower-cased: the
# actors' data, one list for both stages (first-level divisions and other designators)
DIVISION_WORDS = (word_list("belli.actors", "place_kinds.yaml", "divisions")
                  | word_list("belli.actors", "place_kinds.yaml", "designators"))
# the same words after a list of names: "Hardin, Lee and Story counties"
PLURAL_DIVISION_WORDS = frozenset({
    "counties", "parishes", "provinces", "states", "districts", "governorates", "oblasts",
    "prefectures", "regions", "departments", "boroughs", "townships", "cantons",
})
# the same words as a regular expression's alternation ("counties", "provinces")
PLURAL_DESIGNATOR = rf"(?:{'|'.join(sorted(PLURAL_DIVISION_WORDS))})"
# words before a name that make it a division ("Provincia de Buenos Aires")
_PREFIXES = re.compile(
    r"^(?:provincia|province|departamento|department|region|regione|muhafazat|"
    r"wilayat|ostan|estado|etat|canton|district|governorate|oblast)(?:\s+(?:de|del|of|di|"
    r"du|des|e))?\s+", re.IGNORECASE)
_SUFFIX = re.compile(r"(?:'?i)?\s+(?:" + "|".join(sorted(DIVISION_WORDS)) + r")$",
                     re.IGNORECASE)
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}
# a direction as local papers abbreviate it, first in a name: "N. Charleston", "E. Lansing"
_DIRECTIONS = {"n": "north", "s": "south", "e": "east", "w": "west"}
# a legislator's party tag before a place: "R-Cedar Rapids", "D-N.Y."
PARTY_TAG = r"[DRI][-–]"
# words that end a town's name in some of its uses ("New York City", "Quincy City Council")
SETTLEMENT_WORDS = frozenset({"city", "town", "village", "township", "borough"})
_SPELLING = 0.85  # how alike two spellings of one long name are at least
_SHORT_NAME = 5  # letters a name has at least before another spelling of it counts
_LONG_NAME = 7  # letters a name has before a letter or two else may be a spelling of it
_VOWELS = frozenset("aeiouy")
_RUSSIAN_ADJECTIVE = re.compile(r"(?<=\w{3})(?:skaya|skiy|skaja|skij)$")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The lookup key of a name: no accents, case, dots, apostrophes or hyphens."""
    key = _SPACE.sub(" ", _DROP.sub("", without_marks(text))).strip().casefold()
    return key.removeprefix("the ")


def plain(name: str) -> str:
    """A name as an English reader types it, case kept: no accents nor transliteration
    marks ("Janīn" -> "Janin", "Dar‘ā" -> "Dara"); apostrophes stay ("Côte d'Ivoire")."""
    return without_marks(_MARKS.sub("", name))


@lru_cache(maxsize=1 << 16)
def spelled_out(key: str) -> str:
    """A folded name with its abbreviated words written out, as GeoNames writes most
    names: "mt pleasant" -> "mount pleasant", "st charles" -> "saint charles",
    "n charleston" -> "north charleston" (a lone letter first is a direction)."""
    words = key.split(" ")
    if len(words) > 1 and words[0] in _DIRECTIONS:
        words[0] = _DIRECTIONS[words[0]]
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words)


def same_name(one: str, other: str) -> bool:
    """Whether two names are one once folded and written out: "Ft. Smith" is "Fort Smith",
    "St Charles" is "Saint Charles"."""
    return spelled_out(fold(one)) == spelled_out(fold(other))


@lru_cache(maxsize=1 << 14)
def alike(one: str, other: str) -> bool:
    """Whether two names are one name or two spellings of it: the same once folded and
    written out, or, for names of five letters or more, with the same first letter and
    only other vowels ("Jenin", "Janin"), a letter doubled inside ("Odessa", "Odesa") or,
    for long names, a letter or two else ("Marvel" is no "Marvell": a doubled last letter
    makes another word; "Guma" is no "Goma": a short name a vowel apart is another)."""
    one, other = spelled_out(fold(one)), spelled_out(fold(other))
    if one == other:
        return True
    if min(len(one), len(other)) < _SHORT_NAME or one[0] != other[0]:
        return False
    return (_vowels_differ(one, other) or _doubled_inside(one, other)
            or _doubled_inside(other, one) or (
                min(len(one), len(other)) >= _LONG_NAME
                and SequenceMatcher(None, one, other).ratio() >= _SPELLING))


def close_spelling(one: str, other: str) -> bool:
    """Whether two names of five letters or more may be one name transliterated two
    ways: `alike`, or the same first letter and nearly all letters in order ("Sagaing",
    "Sagain"; "Kharkiv", "Kharkov"). Loose: for names already tied some other way (a
    town and the division it lies in)."""
    if alike(one, other):
        return True
    one, other = spelled_out(fold(one)), spelled_out(fold(other))
    return (min(len(one), len(other)) >= _SHORT_NAME and one[0] == other[0]
            and SequenceMatcher(None, one, other).ratio() >= _SPELLING)


def _vowels_differ(one: str, other: str) -> bool:
    """Whether two names of one length differ only where both have a vowel."""
    return len(one) == len(other) and all(
        a == b or (a in _VOWELS and b in _VOWELS) for a, b in zip(one, other, strict=True))


def _doubled_inside(short: str, long: str) -> bool:
    """Whether `long` is `short` with one letter doubled before its last ("Odessa")."""
    return len(long) == len(short) + 1 and any(
        long == short[:i + 1] + short[i:] for i in range(len(short) - 1)
        if short[i].isalpha())


def designator(text: str) -> tuple[str, str | None]:
    """("Syunik", "province") for "Syunik province"; (text, None) when there is none."""
    words = text.rsplit(None, 1)
    if len(words) == 2 and words[1].casefold() in DIVISION_WORDS:
        return words[0], words[1].casefold()
    return text, None


def stripped(name: str) -> tuple[str, ...]:
    """A division's other names once its designator goes: "Syunik'i Marz" -> "Syunik"."""
    out = []
    bare = _PREFIXES.sub("", _SUFFIX.sub("", name)).strip()
    if bare and bare != name:
        out.append(bare)
    shorter = _RUSSIAN_ADJECTIVE.sub("", bare)
    if shorter != bare:
        out.append(shorter)  # GeoNames writes Russian regions as adjectives: "Tverskaya"
    return tuple(out)


def without_settlement_word(key: str) -> str:
    """A folded name without a settlement word at its end: "quincy" of "quincy city"."""
    head, _, tail = key.rpartition(" ")
    return head if head and tail in SETTLEMENT_WORDS else key
