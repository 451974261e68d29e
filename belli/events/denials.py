"""A denial answers the accusation before it.

"France and Russia say fighters were brought in. Baku and Ankara deny it." The denial
(REJECT) names no target in its own sentence; its target is whoever accused the denier
in the sentences just before: the source of an ACCUSE aimed at the denier, or the
speaker of a reported act the denier is said to have done. A denial of a claim (not a
refusal of an offer) that finds neither answers a claim another country reports in its
own sentence, else the nearest earlier accusation that accused no one; an accusation
that named no one is then aimed at its denier. A denial of the relative "which" ("...
shelled Kharkiv, which Moscow denied") or of a claim noun beside the act ("..., a claim
Moscow rejected": `claim_asides`) answers the reported act the same way, whatever noun
the parser hung it on (a place is never what a denial answers). The deniers'
countrymen of another known sector accuse them too ("the rebels accuse the government ...
Manila rejects the claims").

A material act told on someone's word and denied so by its doers ("Moscow said Ukrainian
forces shelled the plant, which Kyiv denies") is alleged, not told as done: it is coded
as the speaker's accusation (ACCUSE allege) beside the denial, as "accused X of" is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from itertools import takewhile

from belli.actors.sectors import STATE_ORGANS
from belli.events.allegation import is_denial
from belli.events.claim_asides import ends_with_denial_aside
from belli.events.cue_lists import cue_list
from belli.events.lexicon import load_plover
from belli.events.screening import MATERIAL_TYPES
from belli.events.triggers import DISMISSAL
from belli.records import Actor, Event, content_id

__all__ = ["WINDOW_SENTENCES", "answer_denials", "as_charge"]

WINDOW_SENTENCES = 3  # how far back a denial looks for what it answers
# material acts whose report, denied by the doer, is a charge against it ("said Turkey
# supplied drones, which Ankara denies"); a speech act denied stays what it is, and a
# retreat denied ("denied that its troops had withdrawn") charges no one
_CHARGEABLE = MATERIAL_TYPES - {"RETREAT"}


def answer_denials(events: Sequence[Event], sentence_of: Callable[[int], int]) -> list[Event]:
    """A denial with no target answers whoever accused the denier just before; where no
    earlier event names the denier as accused, the nearest accusation of no one before it
    ("Greece's premier condemned the arrests of journalists. Turkey rejects the charge.").
    An accusation that named no one is aimed at whoever denies it. The events come in
    text order: the search back from a denial stops at the first sentence too far away."""
    out = list(events)
    for i, event in enumerate(out):
        if event.type != "REJECT" or not event.source or (event.target and not _denies_which(event)):
            continue
        earlier = _answered(out, i, sentence_of)
        if earlier is None:
            continue
        j, accusers = earlier
        why = f"target: it answers '{out[j].trigger}' by {_country_codes(accusers)}"
        out[i] = event.replace(target=accusers, reason=f"{event.reason}; {why}")
        if _charged(out[j], event) and not _accused_there(out, out[j]):
            out[j] = as_charge(out[j], event)
        if out[j].type == "ACCUSE" and not out[j].target:
            why = f"target: {_country_codes(event.source)} denies it ('{event.trigger}')"
            out[j] = out[j].replace(target=event.source, reason=f"{out[j].reason}; {why}")
    return out


def _denies_which(event: Event) -> bool:
    """"Ukraine said Russian forces shelled Kharkiv, WHICH Moscow DENIED", "..., A CLAIM
    Moscow REJECTED": a denial of the relative "which" or of a claim noun in apposition
    answers the reported act; what the parser hung it on (a place, a person) is no one it
    answers."""
    trigger = event.trigger.lower()
    if event.trigger_start is None or not (is_denial(trigger) or trigger.startswith(_answering())):
        return False
    return ends_with_denial_aside(event.sentence[:event.trigger_start - event.start])


def _answered(events: Sequence[Event], i: int,
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
        accusers = _accusers(events[j], events[i].source)
        if accusers:
            return j, accusers
    if not _disputes_a_claim(events[i]):
        return None  # "has not allowed repairs" answers no one
    denying = events[i].source
    for j in window:
        speaker = events[j].attributed_to
        if (sentence_of(events[j].start) == here and speaker is not None
                and speaker.country and not _same_side(speaker, denying)):
            return j, (speaker,)
    for j in window:
        accusers = _any_accuser(events[j], denying)
        if accusers:
            return j, accusers
    return _claim_told_before(events, window, denying)


def _charged(act: Event, denial: Event) -> bool:
    """Whether a denial turns a reported act into a charge: the act is told on the word of
    someone of another side ("Moscow said Ukrainian forces shelled the plant"), its doers
    deny it ("which Kyiv denies"), and the denial disputes a claim, not an offer."""
    return (act.type in _CHARGEABLE and act.certainty != "asserted" and not act.negated
            and _told_of(act, denial.source) and _disputes_a_claim(denial))


def _accused_there(events: Sequence[Event], act: Event) -> bool:
    """Whether an accusation in the act's own sentence charges its doers already ("accused
    Ankara of SUPPLYING drones"): that one stands for it, and the act goes with the denial."""
    doers = {a.country for a in act.source if a.country}
    return any(e.type == "ACCUSE" and e.start == act.start and doers & {a.country for a in e.target}
               for e in events)


def as_charge(act: Event, denial: Event) -> Event:
    """An act alleged by one side and denied by the other is coded as the speech acts
    (tests/articles/events/README.md): the report becomes the speaker's accusation of the
    doers, told in the outlet's voice; the denial (REJECT) stands beside it."""
    speaker = act.attributed_to
    if speaker is None:
        return act
    plover = load_plover()
    why = f"ACCUSE: '{act.trigger}' told by {_country_codes((speaker,))}, denied by its doers ('{denial.trigger}')"
    return act.replace(
        event_id=content_id(act.doc_id, "event", act.trigger_start, "ACCUSE"), type="ACCUSE",
        mode="allege", quad=plover.quad("ACCUSE"), score=plover.score("ACCUSE", "allege"),
        source=(speaker,), target=act.source, certainty="asserted", attributed_to=None,
        intent=act.type, quantities=(), reason=f"{act.reason}; {why}")


def _claim_told_before(events: Sequence[Event], window: Sequence[int],
                       denying: Sequence[Actor]) -> tuple[int, tuple[Actor, ...]] | None:
    """"Aliyev announced that his forces had taken the town. Armenian officials disputed
    THE CLAIM": the nearest act someone of another country told a few sentences before of
    their own side; what they told of a third ("Russia said Ukraine shelled Donetsk") is a
    charge the denier does not answer."""
    for j in window:
        speaker = events[j].attributed_to
        if (speaker is not None and speaker.country and not _same_side(speaker, denying)
                and speaker.country in {a.country for a in events[j].source}):
            return j, (speaker,)
    return None


# besides a denial (allegation.is_denial), these answer a claim: "disputes", "refuted"
_DISPUTING = ("disput", "refut", "rebut")


@cache  # read once, on first use: it is asked of every denial's trigger
def _answering() -> tuple[str, ...]:
    """The stems of the verbs of disputing (cues.yaml), which answer a claim told beside
    them ("..., a claim Moscow REJECTED"), for the trigger's inflected word ("disput")."""
    return tuple(sorted(verb.removesuffix("e") for verb in cue_list("disputing_verbs")))


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
    if is_denial(trigger) or trigger.startswith(_DISPUTING) or _denies_which(event) or (
            DISMISSAL.note and DISMISSAL.note in event.reason):
        return True
    return trigger.startswith(_TURNING_DOWN) and bool(_CLAIM_WORDS & _words_after(event))


def _words_after(event: Event) -> set[str]:
    if event.trigger_end is None:
        return set()
    after = event.sentence[event.trigger_end - event.start:]
    return {w.strip(".,;:'\"’”").lower() for w in after.split()[:_CLAIM_WITHIN]}


def _accusers(event: Event, denying: Sequence[Actor]) -> tuple[Actor, ...]:
    """Who charged the deniers: the source of an accusation aimed at them, or the speaker
    of an act told of them. Sides are told apart by sector within a country: "U.S.
    officials blamed the Taliban" is no charge against the Afghan government, and the
    Taliban chief who tells of the government's acts is its accuser."""
    if event.type == "ACCUSE" and _names(event.target, denying):
        return tuple(a for a in event.source if not _same_side(a, denying))
    if _told_of(event, denying):
        return (event.attributed_to,) if event.attributed_to is not None else ()
    return ()


def _told_of(act: Event, denying: Sequence[Actor]) -> bool:
    """Whether the act is told, by someone of another side than the deniers, of them."""
    speaker = act.attributed_to
    return (speaker is not None and bool(speaker.country) and not _same_side(speaker, denying)
            and _names(act.source, denying))


def _names(actors: Sequence[Actor], denying: Sequence[Actor]) -> bool:
    return any(a.country and _same_side(a, denying) for a in actors)


def _same_side(actor: Actor, denying: Sequence[Actor]) -> bool:
    """Whether an actor is one of the deniers: of their country, unless one is the state
    and the other its armed or political challengers (rebels who accuse their own
    government are its accusers; the army and the government of a state are one side,
    and so are a state and its journalists, for all this module can tell)."""
    return any(actor.country == d.country and not _opposed(actor.sector, d.sector)
               for d in denying)


def _opposed(one: str | None, other: str | None) -> bool:
    """Whether one sector is the state's and the other contests it from within."""
    camps = {"state" if s in STATE_ORGANS else (s or "").lower() for s in (one, other)}
    return "state" in camps and bool(camps & cue_list("challenger_sectors"))


def _any_accuser(event: Event, denying: Sequence[Actor]) -> tuple[Actor, ...]:
    """An earlier accusation the denial may answer: one that names no accused state (an
    accusation of Ukraine is no charge against Turkey), by others than the deniers, who
    must be known: another country, or the other side of a conflict inside the deniers'
    own ("the rebels accused ...; the government denied it")."""
    if event.type != "ACCUSE" or event.negated or not any(d.country for d in denying):
        return ()
    if any(a.country for a in event.target):
        return ()
    return tuple(a for a in event.source if a.country and not _same_side(a, denying))


def _country_codes(actors: Sequence[Actor]) -> str:
    return ", ".join(a.country or "?" for a in actors)
