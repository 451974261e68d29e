"""Settling a draft event's actors once its trigger, roles and modality are read.

Each function fixes one thing the parse alone leaves open, and says so in the reason:
- "their" before an event noun after a pair of objects is the pair's ("criticized Russia
  and China over their cooperation");
- the act a promise, request or refusal is about gives the target ("promised to
  supply weapons to Yerevan", "demanded that the US cancel"), unless a request names
  whom it asks ("urged the council to press Iran": the council, or no one);
- a pronoun subject inside reported speech is the speaker ("Russia said it would"), and
  "our" or "us" in a speaker's quoted words the speaker's side (`speaker_words`);
- several states holding drills together cooperate ("war games": COOPERATE);
- a state that trains its own forces builds them up (MOBILIZE), where training another
  state's forces is aid (the rule's `own` type);
- aid, deployments, attacks and coercion with no target act on the country where
  they happen ("peacekeepers arrived in Bosnia");
- a body sent in a passive with no agent ("a mission will be sent to Armenia") is sent
  by its own side, and does the errand it is sent on ("... to investigate");
- unnamed gunmen or civilians take the country of the event's place or sentence, or
  the document's (`place_unnamed`; not a target of the opposition or the elite);
- an unnamed group with no country gives way to a named actor on the same side.

The targets a promise, request, refusal or threat is about live in `embedded_targets`,
those a place or a state's own people stand for in `place_targets`, the bodies a state
sends in `sent_bodies`, and the countries of unnamed actors in `unnamed_actors`;
`place_unnamed` and `DOMINANT_SHARE` are re-exported here for the coder.
"""

from __future__ import annotations

from dataclasses import replace

from belli.events.cue_lists import cue_list
from belli.events.draft import Draft
from belli.events.embedded_targets import PRONOUNS, conditional_target, embedded_target
from belli.events.participants import Found, Participants
from belli.events.place_targets import detainer_at_place, own_state, place_as_target
from belli.events.sent_bodies import deployed_forces, sent_body
from belli.events.speaker_words import speakers_own
from belli.events.syntax import Token, children, is_passive, lemma, subject_of
from belli.events.triggers import Trigger
from belli.events.unnamed_actors import DOMINANT_SHARE, locate_unnamed, place_unnamed
from belli.events.verdicts import told_to_suffer

__all__ = ["DOMINANT_SHARE", "place_unnamed", "settle", "together"]

_FIRST_PERSON = frozenset({"we", "i", "our"})


def settle(draft: Draft, act: Token | None, inner: Trigger | None, people: Participants) -> None:
    """Apply every adjustment in the module docstring, in order. `act` is the word of the
    act a promise, request or refusal is about; `inner` its own trigger, if it is one."""
    _speaker_as_subject(draft, people)
    speakers_own(draft)
    _theirs_the_objects(draft, people)
    if act is not None:
        embedded_target(draft, act, inner, people)
    _warning_about_others(draft, people)
    if draft.type == draft.trigger.deciding.type:
        _together_as_told(draft)
    conditional_target(draft, people, act)
    deployed_forces(draft, people)
    sent_body(draft, people)
    detainer_at_place(draft, people)
    place_as_target(draft)
    own_state(draft, inner)
    _apart_from_judge(draft, people)
    locate_unnamed(draft, people)
    _on_own_forces(draft)
    draft.roles.source = _named_first(draft.roles.source)
    draft.roles.target = _named_first(draft.roles.target)


def _apart_from_judge(draft: Draft, people: Participants) -> None:
    """"Poland condemned the arrest of the activists": a group the actor layer placed only
    because its sentence names one country is not of the country of whoever passes a
    verdict on its act; the judge is no side of the act unless the text says so."""
    judge = _judge(draft.trigger.token)
    named = draft.countries(people.phrase(judge)) if judge is not None else set()
    if not named:
        return
    for side in (draft.roles.source, draft.roles.target):
        for i, found in enumerate(side):
            actor = found.actor
            if actor.country in named and actor.is_copied and actor.sentence_only:
                why = f"not of {actor.country}, which only the verdict's speaker names"
                side[i] = replace(found, actor=actor.replace(country=None, name=None,
                                                             reason=f"{actor.reason}; {why}"))
                draft.why.append(f"'{actor.text}' {why}")


def _judge(act: Token) -> Token | None:
    """The subject of a verb of verdict the act is the object of ("condemned the
    ARREST", "welcomed the RELEASE of"), if any."""
    verb = act.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb == act or lemma(verb) not in cue_list("verdict_verbs"):
        return None
    return subject_of(verb)


def _speaker_as_subject(draft: Draft, people: Participants) -> None:
    """"Officials said they would retaliate": the pronoun is the speaker. Where the subject
    undergoes the act ("they were attacked", "it came under fire") the speaker is the
    target, not the source."""
    frame, trigger, roles = draft.modality.frame, draft.trigger, draft.roles
    if frame is None or not frame.speaker:
        return
    subject = subject_of(trigger.token)
    if subject is None or subject.lower_ not in PRONOUNS:
        return
    if frame.direct and subject.lower_ not in _FIRST_PERSON:
        return  # "“They shelled us,” the mayor said": in their own words, others
    undergoes = trigger.deciding.roles == "converse" or is_passive(trigger.token)
    # "it" names a thing as often as a body (the convoy, the village): never the speaker hit
    if undergoes and not roles.target and subject.lower_ != "it":
        if draft.countries(roles.source) & draft.countries(frame.speaker):
            return  # the speaker's country may be the sentence's, not their own: no self-attack
        roles.target = list(frame.speaker)
    elif not undergoes and not roles.source:
        roles.source = list(frame.speaker)
    else:
        return
    draft.why.append(f"'{subject.text}' is the speaker, {frame.speaker_text}")


def _theirs_the_objects(draft: Draft, people: Participants) -> None:
    """"France and Germany criticized Russia and China OVER THEIR cooperation": "their"
    before an event noun in a phrase that follows a pair of objects is that pair's, the
    nearest plural before it, not the subject's (whose own act would read "criticized
    ... over their concerns" only with no such pair between)."""
    noun = draft.trigger.token
    their = next((c for c in children(noun, "poss") if c.lower_ == "their"), None)
    if their is None or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return
    objects = [o for o in children(noun.head.head, "dobj") if o.i < their.i and o.conjuncts]
    pair = people.actors(objects)
    if len({f.actor.country for f in pair}) < 2:
        return
    read = {m.mention_id for m in people.by_token.get(their.i, ())}
    if not any(f.mention_id in read for f in draft.roles.source):
        return
    kept = [f for f in draft.roles.source if f.mention_id not in read]
    draft.roles.source = [*kept, *pair]
    draft.roles.how.append(f"'their' is the objects' of '{noun.head.head.text}'")


def _warning_about_others(draft: Draft, people: Participants) -> None:
    """"Armenian officials warned that Baku was preparing an attack": a warning about what
    another actor does is an accusation, not a threat of one's own; one of what the other
    will suffer ("warned that Baku would pay a price") stays a threat, aimed at it."""
    trigger = draft.trigger
    if trigger.key != "warn" or draft.type != "THREATEN":
        return
    own = draft.countries(draft.roles.source)
    for content in children(trigger.token, "ccomp"):
        subject = subject_of(content)
        others = [f for f in people.phrase(subject) if f.actor.country and f.actor.country not in own] \
            if subject is not None else []
        if others and own and told_to_suffer(content):
            draft.roles.target = others  # "warned that Taiwan WOULD FACE consequences"
            draft.why.append(f"THREATEN: {others[0].actor.country} is warned of what it will suffer")
            return
        if others and own:
            draft.type, draft.mode = "ACCUSE", "disapprove"
            draft.roles.target = others
            draft.why.append(f"ACCUSE: a warning about what {others[0].actor.country} does")
            return


def _together_as_told(draft: Draft) -> None:
    """`together` again, now that "we" and "their" name their states ("WE will hold
    exercises with Russia"); planned together, it is cooperation promised."""
    together(draft)
    if draft.type == "COOPERATE" and "future" in draft.modality.aux:
        draft.intent, draft.type, draft.mode = "COOPERATE", "AGREE", None
        draft.why.append("AGREE: a planned COOPERATE (PLOVER codes intent to cooperate AGREE)")


def together(draft: Draft) -> None:
    """Several states holding drills together cooperate: read before the conventions of
    planned acts, so that drills planned together are cooperation promised (AGREE), and
    again once the speakers are read ("WE will hold exercises with Russia")."""
    rule = draft.trigger.deciding
    if rule.together is None or draft.type == rule.together:
        return
    partners = draft.countries(draft.roles.source)
    if draft.roles.partnered:  # "held exercises WITH Pakistan"
        partners |= draft.countries(draft.roles.target)
    if len(partners) >= 2:
        draft.why.append(f"{rule.together}: {', '.join(sorted(partners))} act together")
        draft.type, draft.mode = rule.together, None
        draft.roles.reciprocal = True


def _on_own_forces(draft: Draft) -> None:
    """"North Korea trained 500 hackers", "Ukraine is arming ITSELF": an act on recipients
    of the doer's own country, or of none (no other state is said to receive it), or on
    the doer itself, is done to its own side, so the rule's `own` type holds. Rebels of
    no named country are another party ("armed the rebels" is AID to them)."""
    rule = draft.trigger.deciding
    own = draft.countries(draft.roles.source)
    if rule.own is None or draft.type == rule.own or not own:
        return
    _apart_from_doer(draft, own)
    targets = draft.roles.target
    rebels = any(f.actor.sector == "REB" and not f.actor.country for f in targets)
    if _reflexive_object(draft.trigger.token) or not targets or (
            draft.countries(targets) <= own and not rebels):
        draft.why.append(f"{rule.own}: {', '.join(sorted(own))} acts on its own forces")
        draft.type, draft.mode = rule.own, None


def _apart_from_doer(draft: Draft, own: set[str]) -> None:
    """"Russia armed THE REBELS": a group the actor layer placed only because its
    sentence names the doer's country alone is not the doer's own side; it is whom the
    act is done to, of no country the text names."""
    for i, found in enumerate(draft.roles.target):
        actor = found.actor
        if actor.country in own and actor.is_copied and actor.sentence_only:
            why = f"not of {actor.country}, which only the doer's own name gives it"
            draft.roles.target[i] = replace(found, actor=actor.replace(
                country=None, name=None, reason=f"{actor.reason}; {why}"))
            draft.why.append(f"'{actor.text}' {why}")


def _reflexive_object(verb: Token) -> bool:
    """"is arming ITSELF", "armed THEMSELVES": the doer is its own recipient."""
    return any("Yes" in c.morph.get("Reflex") for c in children(verb, "dobj"))


def _named_first(side: list[Found]) -> list[Found]:
    """An unnamed group with no country adds nothing beside named actors."""
    named = [f for f in side if f.actor.country]
    return named if named else side
