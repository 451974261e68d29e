"""A denial answers the accusation before it.

"France and Russia say fighters were brought in. Baku and Ankara deny it." The denial
(REJECT) names no target in its own sentence; its target is whoever accused the denier
in the sentences just before: the source of an ACCUSE aimed at the denier, or the
speaker of a reported act the denier is said to have done. A denial of a claim (not a
refusal of an offer) that finds neither answers a claim another country reports in its
own sentence, else the nearest earlier accusation that accused no one; an accusation
that named no one is then aimed at its denier. The deniers' countrymen of another known
sector accuse them too ("the rebels accuse the government ... Manila rejects the claims").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import takewhile

from belli.events.allegation import is_denial
from belli.events.triggers import DISMISSAL
from belli.records import Actor, Event

__all__ = ["WINDOW_SENTENCES", "answer_denials"]

WINDOW_SENTENCES = 3  # how far back a denial looks for what it answers


def answer_denials(events: Sequence[Event], sentence_of: Callable[[int], int]) -> list[Event]:
    """A denial with no target answers whoever accused the denier just before; where no
    earlier event names the denier as accused, the nearest accusation of no one before it
    ("Greece's premier condemned the arrests of journalists. Turkey rejects the charge.").
    An accusation that named no one is aimed at whoever denies it. The events come in
    text order: the search back from a denial stops at the first sentence too far away."""
    out = list(events)
    for i, event in enumerate(out):
        if event.type != "REJECT" or event.target or not event.source:
            continue
        deniers = {a.country for a in event.source if a.country}
        earlier = _answered(out, i, deniers, sentence_of)
        if earlier is None:
            continue
        j, accusers = earlier
        why = f"target: it answers '{out[j].trigger}' by {_codes(accusers)}"
        out[i] = event.replace(target=accusers, reason=f"{event.reason}; {why}")
        if out[j].type == "ACCUSE" and not out[j].target:
            why = f"target: {_codes(event.source)} denies it ('{event.trigger}')"
            out[j] = out[j].replace(target=event.source, reason=f"{out[j].reason}; {why}")
    return out


def _answered(events: Sequence[Event], i: int, deniers: set[str],
              sentence_of: Callable[[int], int]) -> tuple[int, tuple[Actor, ...]] | None:
    """The earlier event the denial at `i` answers, and who made that claim: first one
    that accuses the denier; for a denial or dismissal, else a claim reported by someone
    else in its own sentence ("X said ..., which Y denies"), else the nearest accusation
    by someone else."""
    here = sentence_of(events[i].start)
    # the events come in text order: the first one too far back ends the window
    window = list(takewhile(lambda j: here - sentence_of(events[j].start) <= WINDOW_SENTENCES,
                            range(i - 1, -1, -1)))
    for j in window:
        accusers = _accusers(events[j], deniers, events[i].source)
        if accusers:
            return j, accusers
    if not _disputes_a_claim(events[i]):
        return None  # "has not allowed repairs" answers no one
    for j in window:
        speaker = events[j].attributed_to
        if (sentence_of(events[j].start) == here and speaker is not None
                and speaker.country and speaker.country not in deniers):
            return j, (speaker,)
    for j in window:
        accusers = _any_accuser(events[j], deniers)
        if accusers:
            return j, accusers
    return _claim_told_before(events, window, deniers)


def _claim_told_before(events: Sequence[Event], window: Sequence[int],
                       deniers: set[str]) -> tuple[int, tuple[Actor, ...]] | None:
    """"Aliyev announced that his forces had taken the town. Armenian officials disputed
    THE CLAIM": the nearest act someone of another country told a few sentences before of
    their own side; what they told of a third ("Russia said Ukraine shelled Donetsk") is a
    charge the denier does not answer."""
    for j in window:
        speaker = events[j].attributed_to
        if (speaker is not None and speaker.country and speaker.country not in deniers
                and speaker.country in {a.country for a in events[j].source}):
            return j, (speaker,)
    return None


# besides a denial (allegation.is_denial), these answer a claim: "disputes", "refuted"
_DISPUTING = ("disput", "refut")
# these answer a claim only where what they turn down is one ("rejected the charge"), not
# an offer or a proposal ("rejected the offer")
_TURNING_DOWN = ("reject", "dismiss", "rebuff")
_CLAIM_WORDS = frozenset({"charge", "charges", "claim", "claims", "accusation",
                          "accusations", "allegation", "allegations", "report", "reports",
                          "assertion", "assertions", "remarks", "statement", "it", "them",
                          "this", "that", "suggestion", "suggestions", "version"})
_CLAIM_WITHIN = 6  # words after the trigger where what is turned down is named


def _disputes_a_claim(event: Event) -> bool:
    """Whether a REJECT answers something said (a denial, a dismissal as unfounded),
    not a request or an offer ("refused to allow repairs", "rejected the proposal")."""
    trigger = event.trigger.lower()
    if is_denial(trigger) or trigger.startswith(_DISPUTING) or (
            DISMISSAL.note and DISMISSAL.note in event.reason):
        return True
    return trigger.startswith(_TURNING_DOWN) and bool(_CLAIM_WORDS & _words_after(event))


def _words_after(event: Event) -> set[str]:
    if event.trigger_end is None:
        return set()
    after = event.sentence[event.trigger_end - event.start:]
    return {w.strip(".,;:'\"’”").lower() for w in after.split()[:_CLAIM_WITHIN]}


def _accusers(event: Event, deniers: set[str], denying: Sequence[Actor]) -> tuple[Actor, ...]:
    if event.type == "ACCUSE" and deniers & {a.country for a in event.target}:
        return tuple(a for a in event.source if not _same_side(a, denying))
    speaker = event.attributed_to
    if (speaker is not None and speaker.country and speaker.country not in deniers
            and deniers & {a.country for a in event.source}):
        return (speaker,)
    return ()


def _same_side(actor: Actor, denying: Sequence[Actor]) -> bool:
    """Whether an accuser is one of the deniers: of their country, unless both sectors
    are known and differ (rebels who accuse their own government are its accusers)."""
    return any(actor.country == d.country and (
        actor.sector is None or d.sector is None or actor.sector == d.sector) for d in denying)


def _any_accuser(event: Event, deniers: set[str]) -> tuple[Actor, ...]:
    """An earlier accusation the denial may answer: one that names no accused state (an
    accusation of Ukraine is no charge against Turkey), by others than the deniers, who
    must be known."""
    if event.type != "ACCUSE" or event.negated or not deniers:
        return ()
    if any(a.country for a in event.target):
        return ()
    return tuple(a for a in event.source if a.country and a.country not in deniers)


def _codes(actors: Sequence[Actor]) -> str:
    return ", ".join(a.country or "?" for a in actors)
