"""A denial told beside the claim it answers: "Azerbaijani forces shelled villages near
Goris, A CLAIM BAKU DENIED", "..., an accusation that Moscow rejected", "..., which Kyiv
denies". A relative clause of denial on an appositive noun of saying (data/cues.yaml
`denied_nouns`) or on a relative "which" is the denier's voice, not the speaker's: it ends
the claim (`belli.events.claims`) and is the denier's REJECT of it, answered by
`belli.events.denials`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from belli.events.cue_lists import cue_list
from belli.events.misread_verbs import after_comma
from belli.events.syntax import Token, children, lemma, misread_verb

__all__ = ["answers_beside", "denial_asides", "ends_with_denial_aside", "misread_as_speaker"]


def answers_beside(verb: Token) -> bool:
    """Whether a verb is a denial, with a subject of its own, told in a relative clause on
    a claim noun in apposition or with "which" as its object."""
    if verb.dep_ != "relcl" or lemma(verb) not in cue_list("disputing_verbs"):
        return False
    if not children(verb, "nsubj") and not misread_verb(verb):
        return False
    return _on_claim_noun(verb) or any(c.lower_ == "which" for c in children(verb, "dobj"))


def _on_claim_noun(verb: Token) -> bool:
    """Whether the clause hangs on a claim noun in apposition, or after a comma (the
    parser makes it an object now and then: "accuses Moscow of X, an ALLEGATION ...")."""
    head = verb.head
    return lemma(head) in cue_list("denied_nouns") and (head.dep_ == "appos" or after_comma(head))


def misread_as_speaker(verb: Token) -> bool:
    """"Congo accused Rwanda of backing the rebels, A CHARGE KIGALI DENIES" parsed with the
    denial as the sentence's verb, the clause before as what it reports, and the claim
    noun with its "a" as part of its subject's name, after a comma: the denier answers
    the claim, it does not tell it ("The claims commission denied that ..." is a denial
    of what follows)."""
    if lemma(verb) not in cue_list("disputing_verbs"):
        return False
    reported = children(verb, "ccomp")
    subjects = children(verb, "nsubj")
    if not reported:
        return False
    # or the claim noun made a subject of its own beside the denier's: "..., A CHARGE
    # [nsubj] THE TALIBAN [nsubj] reject"
    claims = [s for s in subjects if lemma(s) in cue_list("denied_nouns")
              and _indefinite_after_comma(s) and reported[0].i < s.i]
    return any(subject.pos_ == "PROPN" and reported[0].i < subject.i and (
        (_indefinite_after_comma(subject) and any(
            lemma(c) in cue_list("denied_nouns") for c in children(subject, "compound")))
        or any(c.i < subject.i for c in claims)) for subject in subjects)


def _indefinite_after_comma(subject: Token) -> bool:
    """"..., A charge Kigali": the subject's phrase opens with "a" or "an" after a comma."""
    first = subject.left_edge
    return first.lower_ in ("a", "an") and after_comma(subject)


def denial_asides(content: Iterable[Token]) -> set[int]:
    """The token indices of the denials told beside a claim's content: the claim noun
    and its clause, or the "which" clause."""
    found: set[int] = set()
    for verb in content:
        if answers_beside(verb):
            aside = verb.head if _on_claim_noun(verb) else verb
            found |= {t.i for t in aside.subtree}
    return found


def ends_with_denial_aside(before_trigger: str) -> bool:
    """Whether the text before a denial's trigger ends in ", which X" or ", a claim
    (that) X": the denial answers the act reported before it."""
    return bool(_aside_pattern().search(before_trigger))


@cache
def _aside_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(re.escape(n) for n in cue_list("denied_nouns")))
    return re.compile(rf",\s*(?:which|an?\s+(?:{nouns})s?(?:\s+(?:that|which))?)"
                      r"\s+\S+(?:\s+\S+){0,4}\s*$", re.IGNORECASE)
