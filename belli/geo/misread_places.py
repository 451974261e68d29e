"""Names the model tagged as a person that the text uses as a place the
gazetteer does not list: a suburb, an old quarter, a race circuit, a border crossing.

The small model tags many such names as people ("the gated suburb of Marrowby", "fans
poured into Ashgrove", "a bomb near the Kestrel Flats graveyard"). Where the gazetteer
knows the name, `belli.geo.place_cues` finds its town; where it does not, the stage
places the name where the text puts it, else at the story's focus, at a region's
precision (`belli.geo.stage`): an honest coarse answer. The cues are the strong ones
only, since a wrong place is worse than none:

* a locative preposition right before it ("into", "near", "beyond"...; not "at",
  which follows many verbs aimed at people: "a jab at Ann Lee"; "in" and "around" only
  with a second cue, at this name or another of its occurrences, as so many nouns and
  verbs take them: "interest in", "rallied around"), unless a word that aims it at a
  person or a body governs it ("lost faith in", "put money into": `aimed_prepositions`
  of `data/words.yaml`), or a word for a place and "of" ("the suburb of Marrowby");
* or a word for a place's part right after it ("the Marrowby area", "the Kestrel Flats
  intersection");

and no occurrence of the name, nor of its last word (a surname), reads as a person's (a
title before it, a verb of speech, ", who" or "he"/"she" after it, an apposition that
names a person: ", the club's manager", not ", the army said", or a word for a person's
people or doings: "Kestrel Heath supporters"), and it owns nothing ("in Ann Lee's
view"). A name an actor reading covers is an actor's, never this. A group's name
("Muslims", "Catholics") is its people's, never a place's.
"""

from __future__ import annotations

import re

from belli.geo import words as lexicon
from belli.geo.lone_names import PLACE_OF, gendered_after, occurrences, read_as_person
from belli.records import Mention

__all__ = ["MISREAD_LABELS", "used_as_place"]

MISREAD_LABELS = frozenset({"PERSON"})
_WINDOW = 40  # characters before a name enough to hold any cue
# the preposition, and the words before it that may aim it at a person: the word right
# before ("faith in") and the head of an "of" phrase ending there ("millions of dollars into")
_LOCATIVE = re.compile(
    r"(?:\b(?:(?P<governor>[a-z]+)\s+of\s+(?:the\s+)?)?(?P<head>[a-z]+)\s+)?"
    r"\b(?P<prep>in|into|inside|near|outside|around|throughout|beyond|across)\s+(?:the\s+)?$",
    re.IGNORECASE)
_WEAK = frozenset({"in", "around"})  # a cue only with another
_STRONG = 2  # a cue's weight that places a name on its own; a `_WEAK` one weighs 1
# an apposition that describes a person: ", the club's new manager", ", a startup founder"
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?P<words>[^,.;:!?]{1,60})")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# words of an apposition that describe a place, even beside a person's ("a police outpost")
_PLACE_WORDS = (lexicon.PLACE_NOUNS | lexicon.PLACE_TAILS | lexicon.LOCAL_AREAS
                | lexicon.KIND_WORDS)
_OWNER_MARKS = ("'s", "’s")
# a capital, or an Arabic article before one ("al-Tanf", "el-Arish")
_NAME_START = re.compile(r"[A-Z]|[a-z]{1,3}-[A-Z]")


def used_as_place(text: str, mention: Mention) -> bool:
    """Whether a person-tagged mention no actor covers is a place by the text's
    own cues, and nothing in the story reads it as a person."""
    name = mention.text
    if (mention.label not in MISREAD_LABELS or mention.actors or not _NAME_START.match(name)
            or name.endswith(_OWNER_MARKS) or text.startswith(_OWNER_MARKS, mention.end)):
        return False
    if not _placed(text, mention):
        return False
    words = name.split()
    names = {name, words[-1]} if len(words) > 1 else {name}
    return not any(_read_as_person(text, start, end)
                   for one in names for start, end in occurrences(text, one))



def _placed(text: str, mention: Mention) -> bool:
    """A strong cue at the mention, or a weak one and a second cue at any occurrence of
    its name ("homes in Marrowby" and "the Marrowby area")."""
    own = _cue(text, mention.start, mention.end)
    return own >= _STRONG or (own > 0 and sum(
        _cue(text, start, end) for start, end in occurrences(text, mention.text)) >= _STRONG)


def _cue(text: str, start: int, end: int) -> int:
    """How strongly the words around a name put it as a place: `_STRONG`, 1 for a bare
    "in" or "around" (`_WEAK`), 0 for none."""
    if _part_after(text, end):
        return _STRONG
    before = text[max(0, start - _WINDOW):start]
    if PLACE_OF.search(before):
        return _STRONG
    locative = _LOCATIVE.search(before)
    if locative is None or _aimed(locative):
        return 0
    return 1 if locative["prep"].lower() in _WEAK else _STRONG


def _aimed(locative: re.Match[str]) -> bool:
    """A preposition a word aims at a person or a body ("faith in", "money into"), that
    word right before it or heading the phrase it ends ("millions of dollars into")."""
    prep = locative["prep"].lower()
    return any(word is not None and f"{word.lower()} {prep}" in lexicon.AIMED_PREPOSITIONS
               for word in (locative["head"], locative["governor"]))


def _part_after(text: str, end: int) -> bool:
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1) in lexicon.PLACE_TAILS


def _read_as_person(text: str, start: int, end: int) -> bool:
    """As a one-word name reads as a person's (`belli.geo.lone_names`), or with "he"/"she",
    a word for a person's people or doings ("supporters") or an apposition that
    describes a person after it."""
    return (read_as_person(text, start, end, lexicon.PERSON_TAILS)
            or gendered_after(text, end) or _described(text, end))


def _described(text: str, end: int) -> bool:
    """An apposition right after a name that names a person (", the club's new manager",
    ", a startup founder"); one that ends in a verb of speech is the sentence's source
    (", the army said"), and one naming no person may describe a place (", a key hub")."""
    apposition = _APPOSITION.match(text, end)
    if apposition is None:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", apposition["words"])]
    if not words:  # an apposition of figures only: ", a 2,000-strong crowd"
        return False
    named = set(words)
    return (words[-1] not in lexicon.SPEECH_VERBS and bool(named & lexicon.PERSON_NOUNS)
            and not named & _PLACE_WORDS)
