"""The tense an event's act is told in, as the date of another clause may date it: an
infinitive takes the tense of the verb that governs it, a bare conjunct or participle
that of the verb it hangs on, and a future reported in the past is told as of the saying."""

from __future__ import annotations

from typing import TYPE_CHECKING

from belli.dates.tense import Tense, verb_tense

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["DONE_TENSES", "act_tense", "finite_beside_bare", "told_tense"]

# tenses that tell an act as done
DONE_TENSES = frozenset({"past", "perfect"})


def act_tense(verb: Token) -> Tense | None:
    """The tense of a clause's act; an infinitive the verb above does not make a plan
    takes that verb's ("were forced to accept": past)."""
    tense = verb_tense(verb)
    if tense is None and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        return verb_tense(verb.head)
    if _shares_tense(verb, tense):
        return act_tense(verb.head)
    return tense


def _shares_tense(verb: Token, tense: Tense | None) -> bool:
    """Whether a verb is told in the tense of the verb it hangs on: a conjunct without
    auxiliaries or subject of its own ("have condemned the arrest and URGED", "will meet
    and SIGN"), or a bare participle adjunct ("has been fighting, ACCUSING it of ...")."""
    head = verb.head
    if head == verb or head.pos_ not in ("VERB", "AUX"):
        return False
    own = {c.dep_ for c in verb.children}
    if verb.dep_ == "conj":
        return not own & _CLAUSE_DEPS and not finite_beside_bare(verb) and any(
            c.dep_ in ("aux", "auxpass") for c in head.children)
    return tense is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and "mark" not in own


_CLAUSE_DEPS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "neg"})


def finite_beside_bare(conjunct: Token) -> bool:
    """A past or present-tense conjunct of a bare verb under an auxiliary ("said Ankara
    would SEND aid and CONDEMNED the attack", "did not attack and WITHDREW"): no "would",
    "did" or "to" stands before a finite verb, so the parser joined two clauses, and the
    auxiliary and its negation are the bare verb's alone ("will meet and SIGN" share it)."""
    head = conjunct.head
    return conjunct.dep_ == "conj" and conjunct.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" \
        and any(c.dep_ == "aux" for c in head.children)


def told_tense(verb: Token) -> Tense | None:
    """The tense an act is told in: a future reported in the past ("the CSTO said it would
    send a mission") is told as of the saying, and takes the saying's date."""
    tense = act_tense(verb)
    if tense == "future" and verb.dep_ in _REPORTED and verb.head.pos_ in ("VERB", "AUX"):
        above = act_tense(verb.head)
        return above if above in DONE_TENSES else tense
    return tense


_REPORTED = frozenset({"ccomp", "xcomp", "conj"})
