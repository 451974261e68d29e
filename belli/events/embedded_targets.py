"""The target of a promise, request, refusal or threat, read from the act it is about:
who is to act ("demanded that the US cancel"), else whom the act is aimed at ("promised
to supply weapons to Yerevan"), else where it would be; and the target of a threat made
on a condition, whoever must meet it ("unless the Kremlin closed its base")."""

from __future__ import annotations

from belli.events.cue_lists import cue_list
from belli.events.draft import Draft
from belli.events.participants import Found, Participants
from belli.events.place_targets import PLACE_TARGETS, target_at_place
from belli.events.role_record import actor_keys, organ_of_source
from belli.events.roles import Roles, find_roles, generic_targets
from belli.events.sent_bodies import ARMED_SECTORS
from belli.events.suppliers import seller_of
from belli.events.syntax import (
    Token,
    agent_of,
    children,
    hung_on_auxiliary,
    is_passive,
    lemma,
    prep_objects,
    subject_of,
)
from belli.events.triggers import Trigger
from belli.events.verdicts import CONDEMNATION, deed_doers

__all__ = ["PRONOUNS", "conditional_target", "embedded_target"]

# words that refer back to an actor: a speaker ("said IT would"), the source's own
# ("ITS troops")
PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i", "its", "their", "our"})
# marks of a clause that states a condition ("unless Israel rescinded")
_CONDITION_MARKS = frozenset({"if", "unless"})


def embedded_target(draft: Draft, act: Token, inner: Trigger | None,
                    people: Participants) -> None:
    """The target of a promise, request or refusal: who is to act ("demanded that the US
    cancel", "demanded the withdrawal of Serbian forces"), else whom the act is aimed at
    ("promised to supply weapons to Yerevan")."""
    roles, source = draft.roles, actor_keys(draft.roles.source)
    inner_roles = find_roles(inner, people) if inner is not None else None
    subjects = children(act, "nsubj", "nsubjpass") or hung_on_auxiliary(act)
    if draft.type == "REQUEST" and is_passive(act):
        # "demanded that the prisoners be freed": not asked of them but of whoever frees
        subjects = [a for a in [agent_of(act)] if a is not None]
    doers = people.actors(subjects[:1])
    if not doers and draft.type in ("REQUEST", "REJECT") and inner is not None \
            and inner.type == "RETREAT":
        doers = _captors(act, people)  # "the release of the journalist HELD BY RUSSIA"
    if not doers and inner is not None and inner_roles is not None and inner.kind == "nouns":
        doers = inner_roles.source
    if draft.type == "ACCUSE" and " ... " in draft.trigger.key:
        # "said its units responded to provocations BY THE MILITIA": the cause's doer
        doers = _blamed_doers(act, people) or _condemned_doers(draft, people) or doers
    doers = [f for f in doers if (f.actor.country, f.actor.sector) not in source
             # "vowed that THE ARMY would destroy Hamas": the state's own act (asked of
             # it, "demanded that the army investigate", it is the one asked)
             and not (draft.type != "REQUEST" and organ_of_source(f, source))]
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
    if not aimed and source and (inner is None or inner.type in PLACE_TARGETS):
        # "to contribute troops to a force IN LIBERIA", "to resume attacks in Israel"; not
        # "to hold talks IN BRUSSELS", where the place is only where they meet
        aimed = target_at_place(act, people, own)
    if aimed and not roles.target:
        roles.target = aimed
        roles.how.append(f"target of the act '{act.text}'")


def conditional_target(draft: Draft, people: Participants, act: Token | None) -> None:
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
                         and (f.actor.country, f.actor.sector) not in actor_keys(draft.roles.source)]
                if found:
                    draft.roles.target = found
                    draft.roles.how.append(f"target: who must meet the condition '{clause.text}'")
                    return


def _release(inner: Trigger | None) -> bool:
    return inner is not None and inner.type == "RETREAT" and inner.deciding.mode == "release"


def _captors(act: Token, people: Participants) -> list[Found]:
    """"called for the release of the journalist DETAINED BY RUSSIA": whoever holds the
    captives a release is asked of is who is to release them."""
    held = children(act, "dobj") + [o for p, o in prep_objects(act, deep=False) if p == "of"]
    agents = [agent_of(c) for h in held for c in h.children if c.dep_ == "acl"]
    found = people.actors(agents)
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
    return people.actors(agents)


def _condemned_doers(draft: Draft, people: Participants) -> list[Found]:
    """"said ... in the face of Russia's ILLEGAL aggression": the doers of the act the
    verdict condemns in passing."""
    deed = draft.trigger.deed
    return [] if deed is None else people.actors(deed_doers(deed))


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
    for found in [*candidates, _owners_of_things(act, people), seller_of(act, people)]:
        aimed = [f for f in found if not _source_again(f, source)]
        if aimed:
            return aimed
    return []


def _owners_of_things(act: Token, people: Participants) -> list[Found]:
    """"declined to participate in THE EU plan", "refused to join NATO'S mission": the
    owner a possessive or a name before the thing the act takes or joins names; not a
    nationality ("agreed to buy Azerbaijani drones" names no seller)."""
    things = children(act, "dobj") + [o for p, o in prep_objects(act, deep=False)
                                      if p in ("in", "to", "on")]
    owners = [c for thing in things for c in thing.children
              if c.dep_ in ("poss", "compound", "nmod") and c.i < thing.i and c.ent_type_ != "NORP"]
    return people.actors(owners)


def _source_again(found: Found, source: set[tuple[str | None, str | None]]) -> bool:
    """"promised to withdraw ITS troops", "refused to send peacekeepers": the source's own
    forces are no target. Others of its country named as such are ("threatened to ban
    Ugandan opposition candidates"); an unnamed group of its country is more often a thing
    the cues misread ("a solution to the military conflict") than someone aimed at."""
    actor = found.actor
    own = {country for country, _ in source}
    if found.how != "mention":
        return actor.country in own
    owned = bool(PRONOUNS & set(actor.text.lower().split()))
    # "refused to send PEACEKEEPERS": armed forces of the source's country only by the
    # sentence naming it are the ones it would send, its own; other groups ("threatened to
    # attack the rebels") are aimed at, as adjust._apart_from_doer has it
    copied = (actor.is_copied or actor.sentence_only) and actor.sector in ARMED_SECTORS
    return (actor.country, actor.sector) in source or (actor.country in own and (owned or copied))
