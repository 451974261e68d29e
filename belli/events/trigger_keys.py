"""Lookup keys: how a token is looked up in the event lexicon.

A token's kind (verb, noun or adjective) picks the lexicon section; its keys, longest
first, are its phrasal verb or verb-object pair ("call off", "hold talks"), the
multi-word noun it ends or opens ("air strike", "state of emergency"), and its lemma,
with a hyphen rejoined ("build-up") or a silent "e" restored ("rap" -> "rape"); a verb
that does an act again ("rearrested", "reimposed") is looked up as the act itself.
"""

from __future__ import annotations

from collections.abc import Iterator

from belli.events.syntax import Token, children, lemma, misread_verb, particles_of
from belli.events.syntax_index import Words

__all__ = ["hyphenated", "lookup_keys", "may_read_rarer", "repeated", "restored", "word_kind"]


def hyphenated(token: Token) -> str:
    """The word a hyphen joins to the one before ("build - up" -> "build-up"), else ""."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 1].whitespace_ \
            or doc[token.i - 2].whitespace_:
        return ""
    return f"{doc[token.i - 2].lower_}-{lemma(token)}"


def restored(token: Token) -> str:
    """The lemma with its silent "e" back, where the lemmatizer cut it with the ending
    ("raped" -> "rap", not "rape"); looked up only after the lemma itself."""
    if token.pos_ != "VERB":  # most words: no lemma read
        return ""
    word = lemma(token)
    return f"{word}e" if token.lower_ in (f"{word}ed", f"{word}ing") else ""


def repeated(token: Token, acts: frozenset[str]) -> str:
    """The act a "re-" verb does again, where `acts` lists it ("REARRESTED" -> "arrest",
    "reimposing" -> "impose", "reoccupied" -> "occupy"), else "". The lemmatizer mangles
    words it does not know ("rearreste"), so the written form is read; only listed acts
    count, since "re" opens many a verb of its own ("resigned" is not "signed" again)."""
    word = token.lower_
    if token.pos_ != "VERB" or not word.startswith("re") or len(word) < 6:
        return ""
    stem = word[2:].removeprefix("-")
    return next((base for base in _bases(stem) if base in acts), "")


def may_read_rarer(words: Words, i: int) -> bool:
    """Whether word `i` may have a reading other than "" by `hyphenated`, `restored` or
    `repeated` (the guards they open with, read from the parse's word lists): the latter
    two read verbs only, the first a word after a "-" only."""
    return words.pos[i] == "VERB" or (i >= 2 and words.lowers[i - 1] == "-")


def _bases(form: str) -> Iterator[str]:
    """The base forms an inflected verb may have: "arrested" -> "arrest", "imposed" ->
    "impose", "occupied" -> "occupy", "banned" -> "ban"."""
    for ending in ("ing", "ed", "es", "s"):
        if form.endswith(ending):
            base = form[: -len(ending)]
            yield from (base, f"{base}e", f"{base[:-1]}y", base[:-1])
    yield form


_NOUN_ROLES = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})


def word_kind(token: Token) -> str | None:
    if token.pos_ == "VERB" or misread_verb(token):
        return "verbs"
    if token.pos_ in ("NOUN", "PROPN"):
        return "nouns"
    if token.pos_ == "ADJ" and token.dep_ in ("acomp", "amod", "ROOT", "conj"):
        return "adjectives"
    if token.pos_ == "ADJ" and token.dep_ in _NOUN_ROLES:
        return "nouns"  # an adjective the tagger gave a noun's place: "launched a counter-OFFENSIVE"
    return None


def lookup_keys(token: Token, kind: str, longest: int) -> Iterator[str]:
    """Lookup keys, longest first: "call off", "hold talks", "air strike", "attack"."""
    word = lemma(token)
    if kind == "verbs":
        for particle in sorted(particles_of(token)):
            yield f"{word} {particle}"
        for obj in children(token, "dobj"):
            yield f"{word} {lemma(obj)}"
        yield word
        if restored(token):
            yield restored(token)
        return
    if kind == "nouns":
        yield from _noun_windows(token, longest)
    yield word
    if token.lower_ != word:
        yield token.lower_


def _noun_windows(token: Token, longest: int) -> Iterator[str]:
    """Multi-word noun keys ending at the token ("air strike"), or starting at it when an
    "of" follows ("state of emergency"), with hyphens rejoined ("cease - fire" ->
    "cease-fire")."""
    doc = token.doc
    followed_by_of = token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of"
    for size in range(longest, 1, -1):
        for start in (token.i - size + 1, token.i) if followed_by_of else (token.i - size + 1,):
            end = start + size
            if start < 0 or end > len(doc) or not (start <= token.i < end):
                continue
            words = [t.lower_ for t in doc[start:end - 1]] + [lemma(doc[end - 1])]
            yield " ".join(words).replace(" - ", "-")
