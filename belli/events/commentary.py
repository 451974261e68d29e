"""An analyst's or expert's word, which the event coder (`belli.events.coder`) drafts no
event from: what they say will or may happen, and their own praise, warning or worry.
Experts a state or an IGO sends speak and act for it.
"""

from __future__ import annotations

from spacy.tokens import Token

from belli.events.claims import Cues
from belli.events.modality import Modality
from belli.events.participants import Participants, without_clauses
from belli.events.syntax import has_perfect, subject_of
from belli.events.triggers import Trigger

__all__ = ["by_commentator", "is_commentary"]


def is_commentary(trigger: Trigger, modality: Modality, cues: Cues) -> bool:
    """What an analyst or expert says will or may happen, or how things stand, is their
    analysis, not an event ("analysts say Tehran would welcome the closure"); a past act
    they tell is coded on their word."""
    frame = modality.frame
    if frame is None or not frame.speaker_text:
        return False
    words = {w.strip(",.'’").lower() for w in frame.speaker_text.split()}
    if not words & cues.commentators:
        return False
    if any(f.actor.country for f in frame.speaker):
        return False  # experts a state or an IGO sends speak for it ("UN experts say")
    return not _told_as_past(trigger.token, frame.verb)


def by_commentator(trigger: Trigger, people: Participants, cues: Cues) -> bool:
    """An analyst's or expert's own praise, warning or worry ("security analyst X
    welcomed the move") is commentary on the news, not an act between political actors.
    Experts a state or an IGO sends ("UN experts accused ...", "Russian military experts
    trained ...") act for it."""
    subject = subject_of(trigger.token)
    if subject is None:
        return False
    if not {t.lower_ for t in without_clauses(subject)} & cues.commentators:
        # "gunmen who kidnapped two researchers": the clause tells of others
        return False
    return not any(f.actor.country for f in people.phrase(subject))


def _told_as_past(token: Token, top: Token | None) -> bool:
    """Whether a verb between the token and the verb that frames it is in a past tense
    ("had been decisive in destroying", "fired")."""
    while token != top:
        if token.tag_ == "VBD" or has_perfect(token):
            return True
        if token.head == token:
            return False
        token = token.head
    return False
