"""Names the model tagged as a person or a group that the text uses as a place the
gazetteer does not list: a suburb, an old quarter, a race circuit, a border crossing.

The small model tags many such names as people ("the gated suburb of Marrowby", "fans
poured into Ashgrove", "a bomb near the Kestrel Flats graveyard"). Where the gazetteer
knows the name, `belli.geo.place_cues` finds its town; where it does not, the stage
places the name where the text puts it, else at the story's focus, at a region's
precision (`belli.geo.stage`): an honest coarse answer. The cues are the strong ones
only, since a wrong place is worse than none:

* a locative preposition right before it ("in", "into", "near", "beyond"...; not "at",
  which follows many verbs aimed at people: "a jab at Ann Lee"), or a word for a place
  and "of" ("the suburb of Marrowby");
* or a word for a place's part right after it ("the Marrowby area", "the Kestrel Flats
  intersection");

and no occurrence of the name, nor of its last word (a surname), reads as a person's (a
title before it, a verb of speech, ", who" or "he"/"she" after it), and it owns nothing
("in Ann Lee's view"). A name an actor reading covers is an actor's, never this.
"""

from __future__ import annotations

import re

from belli.geo import words as lexicon
from belli.geo.lone_names import PLACE_OF, gendered_after, occurrences, titled_person
from belli.records import Mention

__all__ = ["MISREAD_LABELS", "used_as_place"]

MISREAD_LABELS = frozenset({"PERSON", "NORP"})
_WINDOW = 40  # characters before a name enough to hold any cue
_LOCATIVE = re.compile(
    r"\b(?:in|into|inside|near|outside|around|throughout|beyond|across)\s+(?:the\s+)?$",
    re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_WORD_AFTER = re.compile(r"(?:['’]s)?\s+([A-Za-z]+)\b")
_OWNER_MARKS = ("'s", "’s")
# a capital, or an Arabic article before one ("al-Tanf", "el-Arish")
_NAME_START = re.compile(r"[A-Z]|[a-z]{1,3}-[A-Z]")


def used_as_place(text: str, mention: Mention) -> bool:
    """Whether a person- or group-tagged mention no actor covers is a place by the text's
    own cues, and nothing in the story reads it as a person."""
    name = mention.text
    if (mention.label not in MISREAD_LABELS or mention.actors or not _NAME_START.match(name)
            or name.endswith(_OWNER_MARKS) or text.startswith(_OWNER_MARKS, mention.end)):
        return False
    if not (_placed_before(text, mention.start) or _part_after(text, mention.end)):
        return False
    words = name.split()
    names = {name, words[-1]} if len(words) > 1 else {name}
    return not any(_read_as_person(text, start, end)
                   for one in names for start, end in occurrences(text, one))


def _placed_before(text: str, start: int) -> bool:
    before = text[max(0, start - _WINDOW):start]
    return bool(_LOCATIVE.search(before) or PLACE_OF.search(before))


def _part_after(text: str, end: int) -> bool:
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1) in lexicon.PLACE_TAILS


def _read_as_person(text: str, start: int, end: int) -> bool:
    """A title before it, or a verb of speech, ", who" or "he"/"she" after it."""
    if titled_person(text, start, end) or gendered_after(text, end):
        return True
    after = _WORD_AFTER.match(text, end)
    return bool(after and after.group(1).lower() in lexicon.SPEECH_VERBS)
