"""How names compare in the knowledge base: folding and case.

Names compare after folding (diacritics, apostrophes, hyphens, a leading "the", a
possessive "'s"), so "Erdogan" finds "Erdoğan" and "Armenia's" finds Armenia. Case still
matters where it must: acronyms match as written ("US", never "us"; "NATO" or "Nato"),
and other names need a capital letter somewhere ("Turkey", "TURKEY", never "turkey").
Nothing here reads the data files, so any stage may fold a name the way the index does.
"""

from __future__ import annotations

import re
from functools import lru_cache

from belli.text import without_marks

__all__ = ["bare_form", "caseless_form", "cue_words", "fold", "matches_case"]

_CASELESS_ACRONYM_LETTERS = 4  # "nato" is no word; "us" and "un" are

_SPECIAL = str.maketrans({
    "’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "ʻ": "'",
    "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ə": "e", "Ə": "E",
})
_DASHES = re.compile(r"[-‐‑‒–—]+")
_SPACES = re.compile(r"\s+")
_CUE_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Diacritics, odd apostrophes and dashes out, spaces collapsed; case is kept."""
    if text.isascii():  # most names: no diacritics nor odd letters, a backtick at most
        plain = text.replace("`", "'")
        if _plainly_spaced(plain):
            return plain.strip()  # what the two substitutions below would leave
    else:
        plain = without_marks(text.translate(_SPECIAL))
    return _SPACES.sub(" ", _DASHES.sub(" ", plain)).strip()


def _plainly_spaced(ascii_text: str) -> bool:
    """Whether ASCII text holds no hyphen, no two spaces in a row and no other white space
    (tabs, line breaks and the other controls are all unprintable): `fold`'s substitutions
    then change nothing, and most names are so. It folds every name of the knowledge base
    at start-up and many a mention's words in the actor stage."""
    return "-" not in ascii_text and "  " not in ascii_text and ascii_text.isprintable()


@lru_cache(maxsize=65536)
def bare_form(text: str) -> str:
    """Folded text without a leading "the" and a trailing possessive."""
    out = fold(text)
    if out[:4].lower() == "the " and len(out) > 4:
        out = out[4:]
    if out.endswith("'s"):
        out = out[:-2]
    elif out.endswith("s'"):
        out = out[:-1]
    return out.strip()


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters)


def caseless_form(form: str) -> bool:
    """Whether a form stays a name written in lower case (`KnowledgeBase.lookup_caseless`)."""
    letters = [c for c in form if c.isalpha()]
    return not _is_acronym(form) or "." in form or len(letters) >= _CASELESS_ACRONYM_LETTERS


def matches_case(text: str, form: str) -> bool:
    """Whether `text` may stand for `form` given case, both already folded and bare.

    Acronyms compare as written; one of four letters or more may also be title-cased, the
    British style ("Nato", "Csto"). Other names need one capital letter in the text, so
    "turkey" and "china" stay common nouns while "TURKEY" in a headline still counts.
    """
    if text == form:
        return True
    if text.casefold() != form.casefold():
        return False
    if _is_acronym(form):
        letters = [c for c in form if c.isalpha()]
        return len(letters) >= 4 and text[:1].isupper() and text[1:] == text[1:].lower()
    return any(c.isupper() for c in text) or not any(c.isupper() for c in form)


def cue_words(text: str) -> tuple[str, ...]:
    """Lower-case words of a phrase for cue matching; "ministry's" -> "ministry"."""
    lowered = fold(text).casefold().replace("'s ", " ")
    return tuple(_CUE_WORD.findall(lowered.removesuffix("'s")))
