"""The tense that decides which June or which Tuesday a text means.

`tense_at` reads it from the parse: the verb that governs the date expression, its
auxiliaries ("will", "has"), and the verb above an infinitive ("set to begin on
Wednesday" looks ahead). A date that modifies a noun ("a June 3 hearing", "Friday's
announcement") takes no tense from a present or future clause: the noun's event need not
be the verb's. A past clause that names an event with a date names one that had happened
("gave Moscow leverage as a result of the November 10 agreement"), unless a preposition
or the verb puts it ahead ("campaigned for the June 5 vote", "a June 3 hearing has been
scheduled").
`clause_tense` is the fallback without a parse: words of the clause around the expression.

Tokens are spaCy's, used through their attributes only, so this module imports no model.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from belli.dates.lexicon import load_lexicon

__all__ = ["Tense", "clause_tense", "tense_at", "verb_tense", "with_hint"]

Tense = Literal["past", "perfect", "present", "future"]

_WILL = frozenset({"will", "shall", "'ll", "wo", "’ll"})
_HAVE = frozenset({"has", "have", "'s", "'ve", "’s", "’ve"})
_BE_PRESENT = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})
_BE_PAST = frozenset({"was", "were"})
_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "can", "ought"})
# the future of reported speech: "said the talks would resume on Thursday" (not "would
# have met on Thursday", a past the speaker did not see happen)
_WOULD = frozenset({"would"})  # not "'d", which is "had" as often
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_MAX_CLIMB = 8
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "oprd", "acomp", "conj"})


def with_hint(tense: Tense | None, hint: str | None) -> Tense | None:
    """A preposition's pull on the tense: "since" looks back whatever the verb; "until"
    and "by" look ahead unless the verb is in the simple past ("closed until Friday")."""
    if hint == "past":
        return "past"
    if hint == "future" and tense != "past":
        return "future"
    return tense


def tense_at(doc: Any, start: int, end: int) -> Tense | None:
    """The tense of the verb governing the characters `start`..`end` of a parsed doc."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = _governing_verb(span.root, span)
    return _tense_of(verb) if verb is not None else _named_event_tense(span)


def _named_event_tense(span: Any) -> Tense | None:
    """"past" for a date naming the event of a noun that a past or perfect clause refers
    to, when no preposition puts that event ahead; None otherwise."""
    noun = span.root
    while span.start <= noun.i < span.end and noun.head.i != noun.i:
        noun = noun.head
    verb = noun
    for _ in range(_MAX_CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or _tense_of(verb) not in ("past", "perfect"):
        return None
    return None if _ahead(noun) or _plans(verb) else "past"


def _plans(verb: Any) -> bool:
    """"a June 3 hearing has been scheduled": the verb sets the event ahead."""
    governors = load_lexicon().future_governors
    return verb.lemma_.lower() in governors or verb.lower_ in governors


def _ahead(noun: Any) -> bool:
    """"for the June 5 vote", "ahead of the December summit"."""
    ahead = load_lexicon().ahead_prepositions
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None:
        return False
    return prep.lower_ in ahead or (prep.lower_ == "of" and prep.head.lower_ in ahead)


def _governing_verb(token: Any, span: Any) -> Any | None:
    """The finite verb above `token`, or None when a noun outside the span comes first.
    A bare participle ("markets closed until Friday") is passed on the way up."""
    current = token
    for _ in range(_MAX_CLIMB):
        outside_span = not (span.start <= current.i < span.end)
        if current.pos_ in ("VERB", "AUX") and outside_span and not _non_finite(current):
            return current
        head = current.head
        if head.i == current.i:
            return current if current.pos_ in ("VERB", "AUX") else None
        outside = not (span.start <= head.i < span.end)
        if outside and head.pos_ in _NOMINAL and current.dep_ != "npadvmod":
            return None
        current = head
    return None


def _non_finite(verb: Any) -> bool:
    """A participle without auxiliary that takes its tense from the verb above: a
    complement ("kept markets closed until Friday") or a coordinated verb ("was arrested
    and charged on Friday"). A participial clause of its own ("resulting in closures
    during the fourth quarter") keeps none."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.tag_ == "VBN":
        return verb.dep_ in _COMPLEMENTS
    return verb.tag_ == "VBG" and verb.dep_ == "conj"


def verb_tense(verb: Any) -> Tense | None:
    """The tense of a verb token itself, from its form and auxiliaries ("has said": perfect)."""
    return _tense_of(verb)


def _tense_of(verb: Any) -> Tense | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _WILL or (words & _WOULD and not words & {"have", "'ve", "’ve"}):
        return "future"
    if "to" in words:
        return _infinitive(verb)
    if words & _MODALS:
        return None
    tag = verb.tag_
    if tag == "VBD" or words & _BE_PAST or "had" in words or "did" in words:
        return "past"
    if words & _HAVE:
        return "perfect"
    if tag == "VBN":
        return "present" if words & _BE_PRESENT else "past"
    if tag in ("VBZ", "VBP") or words & _BE_PRESENT:
        return "present"
    return None


def _infinitive(verb: Any) -> Tense | None:
    """"set to begin", "due to be published": a plan looks ahead, and so does what a
    future verb sets out to do ("will try to retake the town before the winter"). Other
    infinitives ("a program to run through June", "failed to finish by May") say nothing
    of when."""
    head = verb.head
    governors = load_lexicon().future_governors
    if head.lemma_.lower() in governors or head.lower_ in governors:
        return "future"
    ahead = head.i != verb.i and head.pos_ in ("VERB", "AUX") and _tense_of(head) == "future"
    return "future" if ahead else None


# --- without a parse ---------------------------------------------------------------------

_CLAUSE_END = re.compile(r"[.;:!?,\n]|\b(?:and|but|while|whereas|although)\b")
_WORD = re.compile(r"[A-Za-z’']+")
_REACH = 300


def clause_tense(text: str, start: int, end: int) -> Tense | None:
    """The tense of the clause around `start`..`end`, read from its words: a future marker
    ("will", "is due", "next") makes it future, a past form ("was", "-ed") past. Clauses
    end at punctuation and at "and", "but", "while"."""
    ends = list(_CLAUSE_END.finditer(text, max(0, start - _REACH), start))
    left = ends[-1].end() if ends else max(0, start - _REACH)
    right_match = _CLAUSE_END.search(text, end, end + _REACH)
    right = right_match.start() if right_match else min(len(text), end + _REACH)
    clause = " " + " ".join(text[left:right].lower().split()) + " "
    lexicon = load_lexicon()
    if any(f" {marker} " in clause for marker in lexicon.future_markers):
        return "future"
    words = _WORD.findall(clause)
    if any(w in lexicon.irregular_past or (len(w) > 4 and w.endswith("ed")) for w in words):
        return "past"
    return None
