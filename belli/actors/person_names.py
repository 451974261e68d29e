"""A word of a person's name the model tagged as a place is the person, never a town.

The gazetteer knows a town for most first names and surnames ("Marco" in Brazil,
"Jackson" in the United States), and the model often tags a lone surname GPE: "a
statement from Jackson", "outside Jackson's house" in a story about Jesse Jackson, or
"Marco" cut off from "Marco Rubio". A one-word place mention is a person's name when
the document names someone in full with that word, or when the next word is a name the
story also calls a person by alone ("Marco" + "Rubio", and "Rubio said" elsewhere). A
name the knowledge base knows (a state, a capital, a listed place) never reaches here:
the caller reads those first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from belli.records import Mention
from belli.yamldata import word_list

__all__ = ["PersonWords", "names_a_person", "person_words"]

_PLACE_LABELS = frozenset({"GPE", "LOC"})
# words that end a place's name, not a person's ("Beledweyne District" tagged PERSON)
_PLACE_WORDS = (word_list("belli.actors", "person_names.yaml", "place_words")
                | word_list("belli.actors", "place_kinds.yaml", "divisions")
                | word_list("belli.actors", "place_kinds.yaml", "local_areas"))
_MAX_NAME = 4  # words of the longest personal name read


@dataclass(frozen=True, slots=True)
class PersonWords:
    """The words of the full names a document gives, and the names it calls a person by
    alone ("Rubio said")."""

    full: frozenset[str] = frozenset()
    lone: frozenset[str] = frozenset()


def person_words(mentions: Sequence[Mention], spans: Sequence[Any],
                 title_words: frozenset[str]) -> PersonWords:
    """The capitalized words after the last title word of each full name ("Balochistan
    Chief Minister Ann Lee" gives "Ann" and "Lee", not the province), and the one-word
    person names told with no name before them."""
    full: set[str] = set()
    lone: set[str] = set()
    # a name the model also tags as something else is no sure person ("the Samarra
    # Barrage" FAC, "Samarra Barrage" PERSON)
    other = {_bare(m.text) for m in mentions if m.label != "PERSON"}
    for mention, span in zip(mentions, spans, strict=True):
        if mention.label != "PERSON" or span is None or _bare(mention.text) in other:
            continue
        full.update(_name_words(span, title_words))
        if len(span) == 1 and span[0].is_title and not _after_a_name(span[0]):
            lone.add(span.text)
    return PersonWords(frozenset(full), frozenset(lone))


def _bare(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _after_a_name(token: Any) -> bool:
    """Whether a capitalized word stands right before (the word is told with another)."""
    return token.i > 0 and token.doc[token.i - 1].is_title


def _name_words(span: Any, title_words: frozenset[str]) -> list[str]:
    words: list[str] = []
    for token in reversed(span):
        if token.lower_ in title_words or not (token.is_title and token.is_alpha):
            break
        words.insert(0, token.text)
    if not 2 <= len(words) <= _MAX_NAME or any(w.lower() in _PLACE_WORDS for w in words):
        return []
    return words


def names_a_person(mention: Mention, span: Any, words: PersonWords) -> bool:
    """Whether a one-word place mention is a word of a person's name."""
    if span is None or mention.label not in _PLACE_LABELS:
        return False
    names = [t for t in span if t.lower_ not in ("the", "'s", "’s")]
    if len(names) != 1 or not names[0].is_title:
        return False
    return names[0].text in words.full or _surname_after(names[0], words)


def _surname_after(token: Any, words: PersonWords) -> bool:
    """A name right after that the model reads as a person's and the story calls a
    person by again ("Marco" + "Rubio"); not a word it took for a name once ("Samarra
    Barrage")."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (after is not None and token.whitespace_ != "" and after.ent_type_ == "PERSON"
            and after.ent_iob_ == "B" and after.is_title
            and (after.text in words.lone or after.text in words.full))
