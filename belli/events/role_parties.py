"""Sides read off the occasion of an act rather than its own phrases: who attends a
gathering or speaks at it, whom one thanks for what, whom one talks with while saying it,
and the parties a go-between's act is between."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from belli.events.cue_lists import cue_list
from belli.events.lexicon import load_lexicon
from belli.events.participants import Found, Participants
from belli.events.role_record import Roles, actor_key, note
from belli.events.syntax import (
    Token,
    agent_of,
    children,
    lemma,
    objects_of,
    prep_objects,
    subject_of,
)

__all__ = ["addressee", "attendant", "brokered", "claimant", "gathered", "parties_between",
           "speaker_at_gathering", "thanked_for", "undergone"]

# "claimed RESPONSIBILITY for the bombing", "took CREDIT for the raid"
_OWNING_UP = frozenset({"responsibility", "credit"})
# an act blamed on its doer: the verb and the word before the doer
_BLAMED_PREPS: Mapping[str, str] = MappingProxyType(
    {"blame": "on", "pin": "on", "attribute": "to", "ascribe": "to"})
# verbs of owning up to an act (not "denied responsibility", "put the blame on")
_OWN_UP = frozenset({"claim", "take", "accept", "assume", "admit", "bear"})
# Verbs of talking with someone, whose partner a words-act told with them is aimed at:
# "met Erdogan and URGED restraint", "spoke with his counterpart and STRESSED the need".
_TALKS = frozenset({"meet", "talk", "speak", "confer", "telephone", "phone", "call", "host",
                    "receive"})


def attendant(noun: Token, attend: frozenset[str], people: Participants, roles: Roles,
              meeting: bool = False) -> None:
    """"negotiators return to Geneva for TALKS", "X attended the SUMMIT": the subject of a
    verb of going or attending takes part in the event noun it governs; and of any verb,
    where the noun is what it acts in ("massed IN PROTEST"), and of a verb of saying during
    a `meeting` ("said DURING A VISIT to Baku", "told Trump IN PHONE CONVERSATIONS"), whose
    words are told to whom the meeting is with."""
    verb = noun.head.head if noun.dep_ == "pobj" else (
        noun.head if noun.dep_ in ("dobj", "attr") else None)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return
    if noun.dep_ == "pobj" and (noun.head.lower_ == "under" or _held_in(noun, verb)):
        _undergoer(verb, people, roles)
        return
    speaks = lemma(verb) in cue_list("speech_verbs")
    # "welcomed Netanyahu DURING a visit": a host's acts during a visit are no visit of
    # its own; what one says during it is said there
    # "ARRESTED two men IN the KILLING": the case a charge or an arrest is in, not an act
    # its maker took part in ("arrested 12 militants in an OFFENSIVE" is theirs)
    charged = lemma(verb) in cue_list("charging_verbs") and lemma(noun) in cue_list("case_nouns")
    joined_in = noun.dep_ == "pobj" and ((noun.head.lower_ == "in" and not charged) or (
        meeting and noun.head.lower_ == "during" and speaks))
    if not joined_in and lemma(verb) not in attend:
        return
    if joined_in and noun.head.lower_ == "in" and _fell_victim(verb):
        return  # "soldiers DIED IN an attack": the attack hit them (`roles._casualties`)
    if noun.dep_ == "pobj" and noun.head.lower_ in cue_list("before_words") \
            and lemma(verb) in cue_list("leaving_verbs"):
        return  # "civilians LEFT the city BEFORE the offensive": they are not in it
    subject = subject_of(verb)
    if subject is not None:
        roles.source = people.phrase(subject)
        note(roles, roles.source, f"subject of '{verb.text}'", subject)
    # "shelled Kharkiv during the talks": no partner
    if meeting and joined_in and speaks and not roles.target:
        _told_during(verb, people, roles)


def gathered(noun: Token, people: Participants, roles: Roles, joint: bool) -> None:
    """"The joint exercises BROUGHT TOGETHER special forces from Azerbaijan, Turkey and
    Pakistan", "the talks INVOLVED officials from both sides": a `joint` act (done
    together: talks, drills, a summit) whose verb gathers or takes in people is done by
    those it gathers; not a strike that "included" a base, nor sanctions that "include"
    banks."""
    verb = noun.head
    if not joint or noun.dep_ != "nsubj" or verb.pos_ != "VERB" \
            or lemma(verb) not in cue_list("gathering_verbs"):
        return
    groups = people.actors(children(verb, "dobj"))
    found = [f for f in groups if f.actor.country] or _sent_from(verb, groups, people)
    roles.source.extend(found)
    note(roles, found, f"whom '{verb.text}' takes in", noun)


def _sent_from(verb: Token, groups: list[Found], people: Participants) -> list[Found]:
    """"brought together special forces FROM Azerbaijan, Turkey and Pakistan", the "from"
    hung on the verb: each state's own, of the group's sector (the states themselves
    where the object names no group)."""
    states = [f for o in (o for p, o in prep_objects(verb, deep=False) if p == "from")
              for f in people.phrase(o, places=True) if f.actor.country]
    if not groups:
        return [f for f in states if not f.is_place]
    group = groups[0]
    return [Found(group.actor.replace(
        country=f.actor.country, reason=f"{group.actor.reason}; gathered from '{f.actor.text}'"),
        group.mention_id, group.how) for f in states]


def _fell_victim(verb: Token) -> bool:
    """Whether the subject of a verb of dying or being hurt underwent it: "DIED in the
    attack", "were KILLED in the attack", "LOST their lives"; not "the rebels KILLED 400
    people in attacks", whose subject acts in them."""
    if lemma(verb) not in cue_list("casualty_verbs"):
        return False
    objects = children(verb, "dobj")
    if lemma(verb) == "lose":  # "lost their lives", not "lost heavily in the offensive"
        return any(lemma(o) == "life" for o in objects)
    return bool(children(verb, "nsubjpass")) or all(lemma(o) == "life" for o in objects)


def _told_during(verb: Token, people: Participants, roles: Roles) -> None:
    """"Putin TOLD ERDOGAN during talks": whom one speaks to in a meeting is whom it is with."""
    found = people.actors(children(verb, "dobj", "dative"))
    roles.target.extend(found)
    note(roles, found, f"whom '{verb.text}' addresses", verb)


def _held_in(noun: Token, verb: Token) -> bool:
    """"the reporter had been IN DETENTION", "remains in custody": a verb of staying with
    an act noun whose possessor undergoes it tells who is held, not who holds."""
    return noun.head.lower_ == "in" and lemma(verb) in cue_list("staying_verbs") \
        and load_lexicon().owner_undergoes(lemma(noun))


def _undergoer(verb: Token, people: Participants, roles: Roles) -> None:
    """"the rebels have been UNDER ARREST", "the town is UNDER SIEGE": the subject
    undergoes the act, it does not do it."""
    subject = subject_of(verb)
    if subject is not None and not roles.target:
        roles.target = people.phrase(subject, places=True)
        note(roles, roles.target, f"who is under it, subject of '{verb.text}'", subject)


def undergone(noun: Token, people: Participants, roles: Roles) -> None:
    """"Iran was SUBJECTED TO sanctions", "Kenya FACED sanctions", "the convoy CAME UNDER
    fire": a light verb whose subject undergoes the act its event noun names; the subject
    is the target, whoever the noun's own phrases say did it."""
    verb = _light_verb(noun)
    if verb is None or roles.target:
        return
    found = children(verb, "nsubj", "nsubjpass")
    if found:
        roles.target = people.phrase(found[0], places=True)
        note(roles, roles.target, f"who undergoes it, subject of '{verb.text}'", found[0])


def _light_verb(noun: Token) -> Token | None:
    """The verb of undergoing that governs the event noun, or None."""
    if noun.dep_ == "dobj" and lemma(noun.head) in cue_list("undergoing_verbs"):
        return noun.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb, prep = noun.head.head, noun.head.lower_
    undergoes = prep == "under" or (prep == "to" and lemma(verb) in cue_list("undergoing_to"))
    return verb if undergoes and verb.pos_ in ("VERB", "AUX") else None


def _blamed_on(noun: Token, people: Participants, roles: Roles) -> bool:
    """"a drone attack BLAMED ON the RSF", "the bombing, ATTRIBUTED TO the group": the
    act's doer as those who tell it have it (whoever blames is another event's source)."""
    for blamed in children(noun, "acl"):
        prep = _BLAMED_PREPS.get(lemma(blamed))
        doers = [o for p, o in prep_objects(blamed, deep=False) if p == prep]
        found = people.actors(doers) if doers and blamed.tag_ == "VBN" else []
        if found:
            roles.source = found
            note(roles, found, f"whom the act is blamed on: '{blamed.text} {prep}'", doers[0])
            return True
    return False


def claimant(noun: Token, people: Participants, roles: Roles) -> None:
    """"Al-Shabab claimed responsibility for the attack", "the group took credit for the
    kidnapping", "an attack CLAIMED BY al-Shabab", "the attack WAS CLAIMED BY al-Shabab",
    "the attack, WHICH al-Shabab CLAIMED": whoever owns up to the act did it."""
    passive = [noun.head] if noun.dep_ == "nsubjpass" else []
    for claimed in (v for v in [*children(noun, "acl"), *passive] if lemma(v) == "claim"):
        if children(claimed, "xcomp", "ccomp", "oprd"):
            continue  # "an attack, claimed by Moscow TO BE a Ukrainian plot": a claim about it
        if (by := agent_of(claimed)) is not None:
            roles.source = people.actors([by])
            note(roles, roles.source, f"who owns up: '{claimed.text} by'", by)
            return
    for claimed in children(noun, "relcl"):  # "the attack, WHICH HAMAS CLAIMED, killed"
        if children(claimed, "xcomp", "ccomp", "oprd"):
            continue  # "which Israel claimed WAS CARRIED OUT by Hezbollah": a claim about it
        relative = [o for o in children(claimed, "dobj") if o.lower_ in ("which", "that")]
        alone = len(children(claimed, "dobj")) == 1
        subject = subject_of(claimed) if relative and alone and lemma(claimed) == "claim" \
            else None
        if subject is not None:
            roles.source = people.actors([subject])
            note(roles, roles.source, f"who owns up: '{subject.text} {claimed.text}'", subject)
            return
    if _blamed_on(noun, people, roles):
        return
    owning = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if owning is None or lemma(owning) not in _OWNING_UP or owning.dep_ != "dobj":
        return
    verb = owning.head
    subject = subject_of(verb) if lemma(verb) in _OWN_UP else None
    if subject is not None and not roles.source:
        roles.source = people.actors([subject])
        note(roles, roles.source, f"who owns up with '{verb.text}'", subject)


def thanked_for(noun: Token, people: Participants, roles: Roles, received: bool = True) -> None:
    """"Kyiv thanked Poland FOR ITS AID": the one thanked gave the aid ("its" is theirs),
    and the one who thanks received it, where the act names no other target and is one a
    thanker may receive (`received`: not "praised the army for its STRIKES on Pakistan",
    whose target is no thanker)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or lemma(noun.head.head) not in cue_list("praise_verbs"):
        return
    verb = noun.head.head
    givers = people.actors(children(verb, "dobj"))
    if not givers:
        return
    roles.source = givers
    note(roles, givers, f"thanked with '{verb.text}'", verb)
    given = {actor_key(f) for f in givers}
    roles.target = [f for f in roles.target if actor_key(f) not in given]
    subject = subject_of(verb)
    if received and not roles.target and subject is not None:
        roles.target = people.actors([subject])
        note(roles, roles.target, f"who thanks with '{verb.text}'", subject)


def speaker_at_gathering(noun: Token, people: Participants, roles: Roles) -> None:
    """"The minister spoke AT a meeting OF the Security Council": one who acts at a
    gathering of a body takes part in it and addresses the body, which its "of" named as
    the source: the body becomes the target."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "at" or noun.head.head.pos_ != "VERB":
        return
    subject = subject_of(noun.head.head)
    speakers = people.actors([subject])
    hosts = {actor_key(f) for f in roles.source}
    if speakers and not hosts & {actor_key(f) for f in speakers}:
        roles.target = [*roles.source, *roles.target]
        roles.source = speakers
        note(roles, speakers, f"speaker at the '{noun.text}'", subject)


def addressee(verb: Token, people: Participants, roles: Roles) -> None:
    """The partner of a verb of talking the act is conjoined with: "met Erdogan and urged
    restraint" is aimed at Erdogan; the verbs share their subject, so they are one talk."""
    if verb.dep_ != "conj" or lemma(verb.head) not in _TALKS:
        return
    talk = verb.head
    partners = objects_of(talk) + [o for p, o in prep_objects(talk, deep=False) if p == "with"]
    found = people.actors(partners)
    roles.target.extend(found)
    note(roles, found, f"partner of '{talk.text}'", talk)


def parties_between(holders: list[Token], people: Participants, roles: Roles) -> None:
    """"Qatar launched a mediation effort BETWEEN the Emirates and Saudi Arabia", "hosted
    talks between Israel and the PLO": an act with its own subject that is between others
    is a go-between's, and the parties it is between are whom it is aimed at."""
    for holder in holders:
        for prep, obj in prep_objects(holder, deep=holder.pos_ == "VERB"):
            if prep not in ("between", "among"):
                continue
            found = people.actors([obj])
            if brokered(roles.source, found):
                roles.target.extend(found)
                note(roles, found, f"'{prep}'", obj)


def brokered(source: list[Found], parties: list[Found]) -> bool:
    """"Qatar's mediation between Israel and Hamas": talks a named actor has between
    others are the go-between's; "Azerbaijan's fighting between its own units" is not, nor
    "visits by delegations between Turkey and Pakistan", whose visitors are the parties."""
    named = [f for f in source if f.how in ("mention", "unresolved")]
    own = {f.actor.country for f in named}
    return bool(named) and not any(f.actor.country in own for f in parties if f.actor.country)
