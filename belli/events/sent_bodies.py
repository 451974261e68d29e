"""Bodies a state sends act for their own side: forces deployed are the mobilizer's own
("Pakistan deployed Pakistani troops"; "Turkey deployed troops" after a sentence on
Azerbaijani troops, forces no word of their own places), and a body sent in a passive
with no agent ("a mission will be sent to Armenia") is its own side's and does the
errand it is sent on ("... to investigate")."""

from __future__ import annotations

from belli.actors.sectors import STATE_FORCES
from belli.events.draft import Draft
from belli.events.participants import Found, Participants
from belli.events.role_record import actor_keys
from belli.events.syntax import Token, agent_of, children, is_passive, is_to_clause, objects_of
from belli.events.triggers import Trigger

__all__ = ["ARMED_SECTORS", "deployed_forces", "sent_body"]

# dependents of a forces noun that may name whose forces they are ("AZERBAIJANI troops")
_NAMING_DEPS = ("amod", "compound", "nmod", "poss")
# sectors of forces a state sends: an unnamed group of them deployed is its own
ARMED_SECTORS = STATE_FORCES
# types of a verb that moves a body of people on its own side's errand ("troops were
# deployed", "a mission will be sent", "a delegation was dispatched")
_SENDINGS = frozenset({"AID", "MOBILIZE", "CONSULT"})
# bodies that are sent rather than moved for their own sake (civilians evacuated are not)
_SENT_SECTORS = frozenset({"MIL", "COP", "SPY", "GOV", "IGO", "NGO", "HLH", "LEG"})


def deployed_forces(draft: Draft, people: Participants) -> None:
    """"Pakistan deployed Pakistani troops to the border", "Malian troops were deployed":
    what is sent is the mobilizer's own, on its side, not the target of the deployment.
    Forces of another country are the mobilizer's only when no mobilizer is named."""
    if draft.type != "MOBILIZE" or draft.trigger.kind != "verbs":
        return
    forces, foreign = _forces_sent(draft, people)
    if not forces:
        return
    sent = actor_keys(forces) | actor_keys(foreign)
    draft.roles.target = [f for f in draft.roles.target if (f.actor.country, f.actor.sector) not in sent]
    draft.roles.source += [f for f in forces if (f.actor.country, f.actor.sector) not in actor_keys(draft.roles.source)]
    draft.roles.how.append("source: the forces deployed are the mobilizer's own")
    carried = sorted({f.actor.country for f in foreign if f.actor.country})
    if carried:
        draft.roles.how.append(f"'{foreign[0].actor.text}' names no country: not {', '.join(carried)}'s forces")


def _forces_sent(draft: Draft, people: Participants) -> tuple[list[Found], list[Found]]:
    """The mobilizer's own forces among the objects, and the ones among them whose
    country, carried over from elsewhere, was set aside for the mobilizer's."""
    own = draft.countries(draft.roles.source)
    passive = is_passive(draft.trigger.token) and not own
    forces, foreign = [], []
    for obj in objects_of(draft.trigger.token):
        for found in people.actors([obj]):
            if _sent_by_own(found, own, passive):
                forces.append(found)
            elif len(own) == 1 and _unqualified(obj, people):
                foreign.append(found)
                forces.append(_as_own(found, next(iter(own))))
    return forces, foreign


def _unqualified(forces: Token, people: Participants) -> bool:
    """"Turkey deployed TROOPS": forces told by no name, adjective, possessor or "of" /
    "from" phrase of their own are the deployer's, whatever country an earlier sentence
    gave troops of that word ("Azerbaijani troops advanced. Turkey deployed troops")."""
    if children(forces, "poss") or any(p.lower_ in ("of", "from") for p in children(forces, "prep")):
        return False
    return not people.modifiers(forces, _NAMING_DEPS)


def _as_own(found: Found, country: str) -> Found:
    """The deployer's own forces, in place of a country carried over from elsewhere."""
    why = f"the deployer's own forces: '{found.actor.text}' names no country of its own"
    actor = found.actor.replace(country=country, name=None, reason=why)
    return Found(actor, found.mention_id, found.how)


def _sent_by_own(found: Found, own: set[str], passive: bool) -> bool:
    """Whether deployed forces are the mobilizer's: of its country, or, in a passive with
    no agent ("security forces were dispatched"), any named forces and unnamed armed
    ones (whose country the event's place gives later)."""
    if found.actor.country:
        return found.actor.country in own or not own
    return passive and found.actor.sector in ARMED_SECTORS


def sent_body(draft: Draft, people: Participants) -> None:
    """"A Russian contingent will be stationed in Karabakh", "a mission led by the OSCE
    will be sent to Georgia to investigate": in a passive with no agent, the body sent
    is no target but its own side's, which sends it; where it is sent stays the target.
    The errand it is sent on is its own act."""
    verb = draft.trigger.token
    if draft.roles.source or draft.trigger.kind != "verbs":
        return
    sender = verb.head if _errand(verb) else verb
    if sender is verb and not (draft.trigger.type in _SENDINGS and _object_is_sent(draft.trigger)):
        return
    bodies = _bodies_sent(sender, people)
    if not bodies:
        return
    sent = actor_keys(bodies)
    draft.roles.target = [f for f in draft.roles.target if _key(f) not in sent]
    draft.roles.source = bodies
    draft.roles.how.append(f"source: the body sent ('{sender.text}') acts for its own side")
    if not draft.roles.target and sender is verb:
        _errand_target(draft, verb, people)


def _errand_target(draft: Draft, verb: Token, people: Participants) -> None:
    """"Troops were deployed TO PROTECT civilians": with no destination named, whom the
    errand acts on is whom the sending is for."""
    for errand in (c for c in verb.children if _errand(c)):
        found = people.actors(objects_of(errand))
        if found:
            draft.roles.target = found
            draft.roles.how.append(f"target: whom the errand '{errand.text}' acts on")
            return


def _object_is_sent(trigger: Trigger) -> bool:
    """Whether the rule reads the object as what is sent ("sent a mission", "deployed
    troops"), not as whom the act is aimed at ("received a delegation": the host acts)."""
    wanted = trigger.deciding.conditions.get("object") or trigger.rule.conditions.get("object")
    return isinstance(wanted, frozenset) and "@actor" not in wanted


def _errand(verb: Token) -> bool:
    """An infinitive the act of sending is for: "will be sent TO INVESTIGATE"."""
    return verb.dep_ in ("advcl", "xcomp") and is_to_clause(verb) and verb.head.pos_ == "VERB"


def _bodies_sent(verb: Token, people: Participants) -> list[Found]:
    """The bodies an agentless passive sends: its subject's actors of a sector that is
    sent on an errand."""
    if not is_passive(verb) or agent_of(verb) is not None or _standing(verb):
        return []
    return [f for subject in children(verb, "nsubjpass") for f in people.phrase(subject)
            if not f.is_place and f.actor.country and f.actor.sector in _SENT_SECTORS]


def _standing(verb: Token) -> bool:
    """A present passive tells where a body stands, not that it was sent ("the area where
    the contingent IS deployed"); "was sent", "will be sent", "has been sent" tell acts."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes) and not any(
        a.dep_ == "aux" for a in auxes)


def _key(found: Found) -> tuple[str | None, str | None]:
    return found.actor.country, found.actor.sector
