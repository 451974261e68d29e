"""The act an accusation names: "accused Turkey of SUPPLYING drones to Baku", "condemned
Baku for SHELLING villages", "Kyiv was accused of SHELLING the plant".

The accusation is one event (ACCUSE, the accuser against the accused); the act it names
is another, told on the accuser's word: its doer is the accused, its certainty
`reported` and it is `attributed_to` the accuser. The gold convention of the golden
files (tests/articles/events/README.md) and PLOVER agree: an alleged act is coded unless
the accused denies it in the text, in which case only the speech acts (ACCUSE, REJECT)
are. A denial's own act ("denied CUTTING the gas") is therefore never coded: the REJECT
stands for it.

Only an act in the accusation's own "of"/"for" phrase is read, and only when it is a verb
there ("of SUPPLYING"): "accused Ankara of expansionist ambitions" or "of aggression"
name a charge, not an act with its own participants.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from belli.events.draft import Draft
from belli.events.participants import Participants
from belli.events.syntax import Token, children, subject_of
from belli.records import Actor, Event

__all__ = ["Allegation", "accusation_over", "alleged_grounds", "denied", "tell_as_alleged"]

_GROUND_PREPS = frozenset({"of", "for"})


@dataclass(frozen=True)
class Allegation:
    """The accusation verb over an alleged act, who accuses and who is accused."""

    verb: Token
    accuser: Token | None
    accused: Token | None


def alleged_grounds(verb: Token) -> list[Token]:
    """The verbs of the acts an accusation verb names in its "of"/"for" phrases, on the
    verb or on its object ("accused X OF supplying", "condemned X FOR shelling", "of
    preparing for war and OF ARMING rebels")."""
    return [t for t in verb.subtree if t.dep_ == "pcomp" and t.pos_ == "VERB"
            and (found := accusation_over(t, lambda v: v.i == verb.i)) is not None
            and found.verb.i == verb.i]


def accusation_over(act: Token, is_accusation: Callable[[Token], bool]) -> Allegation | None:
    """The accusation whose ground the act is, if any; `is_accusation(verb)` says whether
    a verb is coded as an ACCUSE."""
    prep = act.head
    if act.dep_ != "pcomp" or prep.dep_ not in ("prep", "conj") or prep.lower_ not in _GROUND_PREPS:
        return None
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
        if prep.head.lower_ != prep.lower_:
            # "of preparing for war AND OF ARMING rebels": the parser joins the second
            # "of" to the first act's own preposition; the first act's accusation holds
            first = prep.head.head
            return accusation_over(first, is_accusation) if first.dep_ == "pcomp" else None
        prep = prep.head
    holder = prep.head
    verb = holder.head if holder.dep_ == "dobj" else holder
    if verb.pos_ != "VERB" or not is_accusation(verb):
        return None
    return Allegation(verb, _accuser(verb), _accused(verb))


def tell_as_alleged(draft: Draft, allegation: Allegation, people: Participants) -> None:
    """The accused did the act, on the accuser's word."""
    accused = people.phrase(allegation.accused) if allegation.accused is not None else []
    if accused:
        countries = {f.actor.country for f in accused if f.actor.country}
        draft.roles.source = accused
        draft.roles.target = [f for f in draft.roles.target if f.actor.country not in countries]
        # the accuser is the verb's inherited subject, not the doer: drop that reading
        draft.roles.how = [h for h in draft.roles.how if " from subject " not in h]
        names = ", ".join(f.actor.country or f.actor.text for f in accused)
        draft.roles.how.append(f"{names}: accused of '{draft.trigger.token.text}'")
    speaker = _speaker(allegation.accuser, people)
    who = speaker.text if speaker is not None else "an unnamed accuser"
    draft.modality.hedge("reported", f"reported: alleged by {who} ('{allegation.verb.text}')")
    if draft.modality.attributed_to is None:
        draft.modality.attributed_to = speaker
    draft.alleged = True


def _speaker(accuser: Token | None, people: Participants) -> Actor | None:
    if accuser is None:
        return None
    words = " ".join(t.text for t in accuser.subtree)
    found = people.phrase(accuser)
    return found[0].actor.replace(text=words) if found else Actor(text=words)


def _accuser(verb: Token) -> Token | None:
    if any(c.dep_ == "auxpass" for c in verb.children):
        agent = next((c for c in children(verb, "agent")), None)
        return next((o for o in children(agent, "pobj")), None) if agent is not None else None
    return subject_of(verb)


def _accused(verb: Token) -> Token | None:
    """The object accused, or the subject of a passive ("Kyiv was accused of")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return next((c for c in children(verb, "nsubjpass")), None)
    return next((c for c in children(verb, "dobj")), None)


def denied(alleged: Event, events: Sequence[Event], sentence_of: Callable[[int], int],
           window: int) -> bool:
    """Whether a denial by the accused answers the alleged act: a REJECT whose source
    shares a country with the act's doers, in the same sentence or within `window`
    sentences after, that denies no other kind of act."""
    doers = {a.country for a in alleged.source if a.country}
    here = sentence_of(alleged.start)
    for other in events:
        if other.type != "REJECT" or not is_denial(other.trigger):
            continue
        gap = sentence_of(other.start) - here
        if not 0 <= gap <= window or not doers & {a.country for a in other.source if a.country}:
            continue
        if other.intent is None or other.intent == alleged.type:
            return True
    return False


def is_denial(trigger: str) -> bool:
    """"denies", "denied", "denial": an event keeps its trigger's text, not its lemma."""
    return trigger.lower().startswith(("deni", "deny"))
