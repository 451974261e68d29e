"""Settling a draft event's actors once its trigger, roles and modality are read.

Each function fixes one thing the parse alone leaves open, and says so in the reason:
- "their" before an event noun after a pair of objects is the pair's ("criticized Russia
  and China over their cooperation");
- the act a promise, request or refusal is about gives the target ("promised to
  supply weapons to Yerevan", "demanded that the US cancel"), unless a request names
  whom it asks ("urged the council to press Iran": the council, or no one);
- a pronoun subject inside reported speech is the speaker ("Russia said it would");
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

The countries of unnamed actors live in `unnamed_actors`; `place_unnamed` and
`DOMINANT_SHARE` are re-exported here for the coder.
"""

from __future__ import annotations

from dataclasses import replace

from belli.events.cue_lists import cue_list
from belli.events.draft import Draft
from belli.events.participants import Found, Participants
from belli.events.roles import Roles, find_roles, generic_targets
from belli.events.suppliers import seller_of
from belli.events.syntax import (
    Token,
    agent_of,
    children,
    is_passive,
    is_to_clause,
    lemma,
    objects_of,
    prep_objects,
    subject_of,
)
from belli.events.triggers import Trigger
from belli.events.unnamed_actors import DOMINANT_SHARE, locate_unnamed, place_unnamed
from belli.events.verdicts import CONDEMNATION, told_to_suffer
from belli.records import Actor

__all__ = ["DOMINANT_SHARE", "place_unnamed", "settle"]

_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i", "its", "their", "our"})
_FIRST_PERSON = frozenset({"we", "i", "our"})
# types whose event acts on the country where it happens when no target is named
# ("imposed a curfew in Cizre", "peacekeepers arrived in Bosnia"); not meetings or
# agreements, whose place is only where they were held
_ON_OWN_PEOPLE = frozenset({"martial-law", "curfew"})
# marks of a clause that states a condition ("unless Israel rescinded")
_CONDITION_MARKS = frozenset({"if", "unless"})
# sectors of forces a state sends: an unnamed group of them deployed is its own
_ARMED = frozenset({"MIL", "COP", "SPY"})
# types of a verb that moves a body of people on its own side's errand ("troops were
# deployed", "a mission will be sent", "a delegation was dispatched")
_SENDINGS = frozenset({"AID", "MOBILIZE", "CONSULT"})
# bodies that are sent rather than moved for their own sake (civilians evacuated are not)
_SENT_SECTORS = frozenset({"MIL", "COP", "SPY", "GOV", "IGO", "NGO", "HLH", "LEG"})
_PLACE_TARGETS = frozenset({"AID", "MOBILIZE", "ASSAULT", "COERCE", "CONCEDE", "PROTEST",
                            "RETREAT", "SANCTION"})


def settle(draft: Draft, act: Token | None, inner: Trigger | None, people: Participants) -> None:
    """Apply every adjustment in the module docstring, in order. `act` is the word of the
    act a promise, request or refusal is about; `inner` its own trigger, if it is one."""
    _speaker_as_subject(draft, people)
    _theirs_the_objects(draft, people)
    if act is not None:
        _embedded_target(draft, act, inner, people)
    _warning_about_others(draft, people)
    _together(draft)
    _conditional_target(draft, people, act)
    _deployed_forces(draft, people)
    _sent_body(draft, people)
    _place_as_target(draft)
    _own_state(draft, inner)
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


def _keys(side: list[Found]) -> set[tuple[str | None, str | None]]:
    return {(f.actor.country, f.actor.sector) for f in side}


def _speaker_as_subject(draft: Draft, people: Participants) -> None:
    """"Officials said they would retaliate": the pronoun is the speaker. Where the subject
    undergoes the act ("they were attacked", "it came under fire") the speaker is the
    target, not the source."""
    frame, trigger, roles = draft.modality.frame, draft.trigger, draft.roles
    if frame is None or not frame.speaker:
        return
    subject = subject_of(trigger.token)
    if subject is None or subject.lower_ not in _PRONOUNS:
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


def _embedded_target(draft: Draft, act: Token, inner: Trigger | None,
                     people: Participants) -> None:
    """The target of a promise, request or refusal: who is to act ("demanded that the US
    cancel", "demanded the withdrawal of Serbian forces"), else whom the act is aimed at
    ("promised to supply weapons to Yerevan")."""
    roles, source = draft.roles, _keys(draft.roles.source)
    inner_roles = find_roles(inner, people) if inner is not None else None
    subjects = children(act, "nsubj", "nsubjpass")
    if draft.type == "REQUEST" and is_passive(act):
        # "demanded that the prisoners be freed": not asked of them but of whoever frees
        subjects = [a for a in [agent_of(act)] if a is not None]
    doers = [f for f in people.phrase(subjects[0]) if not f.is_place] if subjects else []
    if not doers and draft.type in ("REQUEST", "REJECT") and inner is not None \
            and inner.type == "RETREAT":
        doers = _captors(act, people)  # "the release of the journalist HELD BY RUSSIA"
    if not doers and inner is not None and inner_roles is not None and inner.kind == "nouns":
        doers = inner_roles.source
    doers = [f for f in doers if (f.actor.country, f.actor.sector) not in source]
    if draft.type == "ACCUSE" and " ... " in draft.trigger.key:
        # "said its units responded to provocations BY THE MILITIA": the cause's doer
        doers = _blamed_doers(act, people) or doers
    if doers:
        roles.target = doers
        roles.how.append(f"target: who is to '{act.text}'")
        return
    if draft.type == "REQUEST" and _addressed(draft.trigger.token, act):
        return  # "urged the council to press Iran": the council is asked, named or not
    if draft.type in ("REQUEST", "REJECT") and _release(inner):
        return  # "called for Dara's release": asked of his unnamed holder, never of Dara
    if draft.trigger.rule is CONDEMNATION:
        return  # "said the missiles pose a threat TO NATO": whom a wrong is aimed at is its victim
    own = {country for country, _ in source}
    aimed = _other_party(act, inner_roles, people, source)
    if not aimed and source and (inner is None or inner.type in _PLACE_TARGETS):
        # "to contribute troops to a force IN LIBERIA", "to resume attacks in Israel"; not
        # "to hold talks IN BRUSSELS", where the place is only where they meet
        aimed = _act_place(act, people, own)
    if aimed and not roles.target:
        roles.target = aimed
        roles.how.append(f"target of the act '{act.text}'")


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
    pair = [f for o in objects for f in people.phrase(o) if not f.is_place]
    if len({f.actor.country for f in pair}) < 2:
        return
    read = {m.mention_id for m in people.by_token.get(their.i, ())}
    if not any(f.mention_id in read for f in draft.roles.source):
        return
    kept = [f for f in draft.roles.source if f.mention_id not in read]
    draft.roles.source = [*kept, *pair]
    draft.roles.how.append(f"'their' is the objects' of '{noun.head.head.text}'")


def _release(inner: Trigger | None) -> bool:
    return inner is not None and inner.type == "RETREAT" and inner.deciding.mode == "release"


def _captors(act: Token, people: Participants) -> list[Found]:
    """"called for the release of the journalist DETAINED BY RUSSIA": whoever holds the
    captives a release is asked of is who is to release them."""
    held = children(act, "dobj") + [o for p, o in prep_objects(act, deep=False) if p == "of"]
    agents = [agent_of(c) for h in held for c in h.children if c.dep_ == "acl"]
    found = [f for a in agents if a is not None for f in people.phrase(a) if not f.is_place]
    # "the release of the men IN THAILAND'S CUSTODY", "held in Israeli custody"
    holding = [o for h in held for c in [h, *children(h, "acl")] for p, o in prep_objects(c, deep=False)
               if p == "in" and lemma(o) in cue_list("holding_nouns")]
    return found + [f for o in holding for f in people.modifiers(o, ("poss", "amod", "compound"))
                    if not f.is_place]


def _blamed_doers(act: Token, people: Participants) -> list[Found]:
    """"said its units had responded to provocations BY THE MILITIA": whom the speaker
    blames for the cause its own side's act answered."""
    # the act charged may be the clause's subject too ("said the shelling BY X was genocide")
    causes = children(act, "dobj", "nsubj") + [o for _, o in prep_objects(act, deep=False)]
    agents = [o for cause in causes for p, o in prep_objects(cause, deep=False) if p == "by"]
    if not agents and not is_passive(act):  # the parser hangs "by" on the verb as often
        agents = [o for p, o in prep_objects(act, deep=False) if p == "by"]
    return [f for o in agents for f in people.phrase(o) if not f.is_place]


def _addressed(verb: Token, act: Token) -> bool:
    """Whether the verb of asking names whom it asks before the act asked of them, as its
    object ("urged THE COUNCIL to press", "asked THEM to stop") or right after it with
    "on" ("called ON THE COUNCIL to"; not "agreed on Saturday to"): that addressee is the
    target, where the actors resolve it, or none."""
    if act.i <= verb.i:
        return False
    addressees = children(verb, "dobj") + [o for p, o in prep_objects(verb, deep=False)
                                           if p in ("on", "upon") and o.head.i == verb.i + 1]
    return any(verb.i < a.i < act.i for a in addressees)


def _other_party(act: Token, inner_roles: Roles | None, people: Participants,
                 source: set[tuple[str | None, str | None]]) -> list[Found]:
    """Whom the promised act is aimed at, the source itself left out: the inner act's
    target; where that is the source ("agreed to BUY drones from Turkey": the buyer
    receives), the inner act's giver; else any aimed-at phrase, else the seller or
    maker of what is bought ("agreed to buy Turkish-made drones")."""
    inner_target = inner_roles.target if inner_roles else []
    if inner_target and inner_roles is not None:
        candidates = [inner_target, inner_roles.source]
    else:
        candidates = [generic_targets(act, people)]
    for found in [*candidates, seller_of(act, people)]:
        aimed = [f for f in found if not _source_again(f, source)]
        if aimed:
            return aimed
    return []


def _source_again(found: Found, source: set[tuple[str | None, str | None]]) -> bool:
    """"promised to withdraw ITS troops": the source's own forces are no target. Others
    of its country named as such are ("threatened to ban Ugandan opposition candidates");
    an unnamed group of its country is more often a thing the cues misread ("a solution
    to the military conflict") than someone aimed at."""
    actor = found.actor
    own = {country for country, _ in source}
    if found.how != "mention":
        return actor.country in own
    owned = bool(_PRONOUNS & set(actor.text.lower().split()))
    return (actor.country, actor.sector) in source or (actor.country in own and owned)


def _act_place(act: Token, people: Participants, own: set[str | None]) -> list[Found]:
    """"threatened to ban voting in East Jerusalem": the country where the act would be,
    or where what it goes to is ("contribute troops to a force in Liberia")."""
    phrases = list(prep_objects(act))
    phrases += [inner for prep, obj in phrases if prep in ("to", "for", "into")
                for inner in prep_objects(obj, deep=False)]
    for prep, obj in phrases:
        if prep in ("in", "inside", "into", "across"):
            found = people.place(obj)
            if found is not None and found[0].country and found[0].country not in own:
                place = found[0]
                actor = Actor(text=place.name, name=place.name, country=place.country,
                              reason=f"the act would be in {place.name}; its country stands for the target")
                return [Found(actor, found[1], "place")]
    return []


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


def _together(draft: Draft) -> None:
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
    the doer itself, is done to its own side, so the rule's `own` type holds."""
    rule = draft.trigger.deciding
    own = draft.countries(draft.roles.source)
    if rule.own is None or draft.type == rule.own or not own:
        return
    targets = draft.roles.target
    if _reflexive_object(draft.trigger.token) or (
            targets and draft.countries(targets) <= own):
        draft.why.append(f"{rule.own}: {', '.join(sorted(own))} acts on its own forces")
        draft.type, draft.mode = rule.own, None


def _reflexive_object(verb: Token) -> bool:
    """"is arming ITSELF", "armed THEMSELVES": the doer is its own recipient."""
    return any("Yes" in c.morph.get("Reflex") for c in children(verb, "dobj"))


def _conditional_target(draft: Draft, people: Participants, act: Token | None) -> None:
    """"threatened to break relations with Russia unless the Kremlin closed its base",
    "will withdraw unless Goukouni arranges a ceasefire": a threat is aimed at whoever
    must meet its condition. The condition may hang on the act threatened ("threatened
    to hold a strike UNLESS Israel rescinded"), not on the threat."""
    if draft.roles.target or draft.type != "THREATEN":
        return
    holders = [draft.trigger.token, *draft.trigger.token.children]
    if draft.modality.conditional is None:
        holders = [act] if act is not None else []
    for token in holders:
        for clause in children(token, "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in clause.children):
                subject = subject_of(clause)
                found = people.phrase(subject) if subject is not None else []
                found = [f for f in found if not f.is_place
                         and (f.actor.country, f.actor.sector) not in _keys(draft.roles.source)]
                if found:
                    draft.roles.target = found
                    draft.roles.how.append(f"target: who must meet the condition '{clause.text}'")
                    return


def _deployed_forces(draft: Draft, people: Participants) -> None:
    """"Pakistan deployed Pakistani troops to the border", "Malian troops were deployed":
    what is sent is the mobilizer's own, on its side, not the target of the deployment.
    Forces of another country are the mobilizer's only when no mobilizer is named."""
    if draft.type != "MOBILIZE" or draft.trigger.kind != "verbs":
        return
    own = draft.countries(draft.roles.source)
    passive = is_passive(draft.trigger.token) and not own
    forces = [f for obj in objects_of(draft.trigger.token) for f in people.phrase(obj)
              if not f.is_place and _sent_by_own(f, own, passive)]
    if not forces:
        return
    sent = _keys(forces)
    draft.roles.target = [f for f in draft.roles.target if (f.actor.country, f.actor.sector) not in sent]
    draft.roles.source += [f for f in forces if (f.actor.country, f.actor.sector) not in _keys(draft.roles.source)]
    draft.roles.how.append("source: the forces deployed are the mobilizer's own")


def _sent_by_own(found: Found, own: set[str], passive: bool) -> bool:
    """Whether deployed forces are the mobilizer's: of its country, or, in a passive with
    no agent ("security forces were dispatched"), any named forces and unnamed armed
    ones (whose country the event's place gives later)."""
    if found.actor.country:
        return found.actor.country in own or not own
    return passive and found.actor.sector in _ARMED


def _sent_body(draft: Draft, people: Participants) -> None:
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
    sent = _keys(bodies)
    draft.roles.target = [f for f in draft.roles.target if _key(f) not in sent]
    draft.roles.source = bodies
    draft.roles.how.append(f"source: the body sent ('{sender.text}') acts for its own side")
    if not draft.roles.target and sender is verb:
        _errand_target(draft, verb, people)


def _errand_target(draft: Draft, verb: Token, people: Participants) -> None:
    """"Troops were deployed TO PROTECT civilians": with no destination named, whom the
    errand acts on is whom the sending is for."""
    for errand in (c for c in verb.children if _errand(c)):
        found = [f for obj in objects_of(errand) for f in people.phrase(obj) if not f.is_place]
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


def _own_state(draft: Draft, inner: Trigger | None) -> None:
    """A protest that names no target addresses the protesters' own state (CAMEO's and
    PLOVER's convention: "workers struck" is a dyad of workers and their government);
    martial law or a curfew that names no one, imposed or threatened ("is prepared to
    impose martial law"), falls on the state's own people."""
    if draft.roles.target:
        return
    mode = _imposed_mode(draft, inner)
    if draft.type == "PROTEST":
        sector, why = "GOV", "a protest with no named target addresses its own state"
    elif mode in _ON_OWN_PEOPLE:
        sector, why = "CVL", f"{mode} with no named target falls on the state's own people"
    else:
        return
    countries = sorted(draft.countries(draft.roles.source))
    if len(countries) == 1:
        draft.roles.target = [Found(Actor(text=countries[0], name=countries[0], country=countries[0],
                                          sector=sector, reason=why), None, "place")]
        draft.roles.how.append(f"{countries[0]} {sector}: {why}")


def _imposed_mode(draft: Draft, inner: Trigger | None) -> str | None:
    """The mode of a coercion, done or announced (a threat keeps it on its trigger, or on
    the act it announces)."""
    if draft.type == "COERCE":
        return draft.mode
    if draft.type != "THREATEN" or draft.intent != "COERCE":
        return None
    return (inner.deciding.mode if inner is not None else None) or draft.trigger.deciding.mode


def _place_as_target(draft: Draft) -> None:
    place = draft.place
    if draft.roles.target or place is None or not place.country:
        return
    # an announced curfew or attack ("will extend the curfew in Abidjan", a THREATEN since
    # `reframe`) falls on the same place as the act itself would; a threat from no one
    # is none
    # a protest's place is only where the protesters are ("marched IN KHARTOUM"): whom it
    # addresses is its own state (`_own_state`) or none
    acts_on_place = draft.type in _PLACE_TARGETS - {"PROTEST"} or (
        draft.type == "THREATEN" and draft.intent in _PLACE_TARGETS and bool(draft.roles.source))
    if not acts_on_place and not (draft.type == "ACCUSE" and draft.mode == "investigate"):
        return
    actor = Actor(text=place.name, name=place.name, country=place.country,
                  reason=f"the event is in {place.name}; its country stands for the target")
    draft.roles.target = [Found(actor, None, "place")]
    draft.roles.how.append(f"{place.country} from the place '{place.name}'")


def _named_first(side: list[Found]) -> list[Found]:
    """An unnamed group with no country adds nothing beside named actors."""
    named = [f for f in side if f.actor.country]
    return named if named else side
