"""Condition clauses the parse does not mark with a subordinator on their own verb.

Two shapes: a condition opened by its auxiliary, before its subject ("SHOULD Iran strike
Israel, ...", "WERE Russia to invade, ...", "HAD Moscow known, ..."), and an "if"
clause whose present-tense verb the tagger read as a plural noun, the subject of the
main verb ("If Armenia ATTACKS, Azerbaijan could respond": "If" hung on "respond",
"attacks" a noun with "Armenia" as its compound). The event in either is hypothetical.
"""

from __future__ import annotations

from belli.events.cue_lists import cue_list
from belli.events.misread_verbs import loose_object_after, s_form_after_names
from belli.events.syntax_index import Token, children, lemma

__all__ = ["inverted_condition", "misread_condition", "misread_condition_on"]

_SUBJECTS = ("nsubj", "nsubjpass")
# what may stand right after a misread "if" verb: the end of its clause or its object
_AFTER_VERB = frozenset({",", ".", ";"})


def inverted_condition(verb: Token) -> Token | None:
    """The fronted auxiliary of a condition clause the verb heads ("SHOULD Iran strike",
    "HAD Moscow known"), or of the "be" whose "to" clause it is ("WERE Russia to invade"),
    where a main clause follows. Not a question ("Should Iran strike?"): its verb heads
    the sentence."""
    clause = verb.head if _to_clause_of_be(verb) else verb
    if clause.dep_ == "ROOT" or clause.head.i < clause.i:
        return None
    opener = clause.doc[clause.left_edge.i]
    if opener.lower_ not in cue_list("inverted_condition_words"):
        return None
    if opener != clause and not (opener.head == clause and opener.dep_ == "aux"):
        return None
    subject = next(iter(children(clause, *_SUBJECTS)), None)
    return opener if subject is not None and opener.i < subject.i else None


def _to_clause_of_be(verb: Token) -> bool:
    return verb.dep_ in ("advcl", "xcomp") and lemma(verb.head) == "be" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def misread_condition(token: Token) -> Token | None:
    """The "if" of a present-tense condition verb read as a plural noun subject ("If
    Armenia ATTACKS, Azerbaijan could respond"): the subordinator right before the name
    that opens it, both hung on a main verb that has a subject of its own after them."""
    if token.dep_ != "nsubj":
        return None  # most subjects asked about: no edge walked
    start = token.left_edge.i
    if start == 0 or not s_form_after_names(token, start):
        return None
    mark = token.doc[start - 1]
    main = token.head
    if mark.dep_ != "mark" or mark.head != main or mark.lower_ not in cue_list("condition_words"):
        return None
    if not any(s.i > token.i for s in children(main, *_SUBJECTS)):
        return None  # "if Armenian attacks CONTINUE": the noun is the clause's own subject
    return mark if _ends_or_takes_object(token) else None


def misread_condition_on(verb: Token) -> Token | None:
    """The "if" of a misread condition hung on a main verb ("If Armenia attacks,
    Azerbaijan COULD RESPOND"): the main act is made conditional on it, no condition
    itself."""
    return next((m for m in map(misread_condition, children(verb, "nsubj")) if m is not None), None)


def _ends_or_takes_object(token: Token) -> bool:
    """Whether the misread verb ends its clause ("attacks,") or a name follows it as the
    parser's loose object ("attacks Azerbaijan,")."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text in _AFTER_VERB:
        return True
    found = loose_object_after(token)
    return found is not None and found.i == token.i + 1 and found.pos_ == "PROPN"
