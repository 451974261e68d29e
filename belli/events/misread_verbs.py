"""A present-tense verb the tagger read as a plural noun, with its subject's name hung on
it as a compound ("South Korea REJECTS that version", "If Armenia ATTACKS, ..."): the
shape `syntax.misread_verb` and `condition_clauses.misread_condition` both look for, the
same form in a denial told beside a claim ("..., an accusation Moscow REJECTS"), and the
object the parser hung on such a verb loosely."""

from __future__ import annotations

from belli.events.cue_lists import cue_list
from belli.events.syntax_index import Token, lemma

__all__ = ["LOOSE_OBJECTS", "after_comma", "loose_object_after", "misread_denial_aside",
           "s_form_after_names"]

# labels the parser gives the object of a verb it read as a noun ("shells ... villages")
LOOSE_OBJECTS = frozenset({"npadvmod", "appos", "dobj", "dep"})


def s_form_after_names(token: Token, start: int) -> bool:
    """Whether the token is an -s form (tagged a plural noun or a verb) whose phrase opens
    at `start` with proper names only, hung on it as compounds ("Armenia ATTACKS")."""
    if token.tag_ not in ("NNS", "VBZ") or start >= token.i:
        return False  # most words: no span made
    names = token.doc[start:token.i]
    return (token.text.lower().endswith("s")
            and token.left_edge.i == start and all(t.pos_ == "PROPN" for t in names)
            and all(c.dep_ in ("compound", "amod") for c in token.lefts))


def loose_object_after(token: Token) -> Token | None:
    """The noun phrase right after a misread verb that the parser hung on it loosely
    ("shells ARMENIAN VILLAGES" as a noun modifier): its object."""
    return next((c for c in token.children if c.dep_ in LOOSE_OBJECTS and c.i > token.i
                 and c.left_edge.i == token.i + 1 and c.pos_ in ("NOUN", "PROPN")), None)


def misread_denial_aside(token: Token) -> bool:
    """"Ukraine says Russia deported children, an accusation MOSCOW REJECTS": the denial's
    -s form read as a noun, its subject's name hung on it as a compound, and the two made
    a relative clause of the claim noun in apposition."""
    head = token.head  # the claim noun, in apposition or (as parsed) an object after a comma
    return (after_comma(head) and lemma(head) in cue_list("denied_nouns")
            and lemma(token) in cue_list("disputing_verbs")
            and s_form_after_names(token, token.left_edge.i))


def after_comma(noun: Token) -> bool:
    """Whether the noun's phrase opens right after a comma."""
    opens = noun.left_edge.i
    return opens > 0 and noun.doc[opens - 1].text == ","
