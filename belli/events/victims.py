"""Whom a condemnation of harm is aimed at: its doer, never those harmed.

"Turkey condemned the violence AGAINST CIVILIANS", "the ministry denounced the attack ON
THE CONVOY": the people or things an act of harm was done to are its victims, and an
accusation of that act is not aimed at them. It is aimed at whoever did the act where the
phrase names them ("the AZERBAIJANI shelling of the town", "the killing of protesters BY
THE POLICE", "crimes committed BY the militia"), else at no one named in the sentence.
`aimed_at_doers` applies this to the sides an ACCUSE trigger's role finders built.
"""

from __future__ import annotations

from collections.abc import Iterator

from belli.events.cue_lists import cue_list
from belli.events.lexicon import load_lexicon
from belli.events.participants import Found, Participants
from belli.events.role_record import Roles
from belli.events.syntax import (
    Token,
    agent_of,
    children,
    conjuncts,
    lemma,
    objects_of,
    prep_objects,
)

__all__ = ["aimed_at_doers", "harm_nouns_of"]

# types whose act noun names harm done to someone ("attack", "shelling", "arrest")
_HARMS = frozenset({"ASSAULT", "COERCE"})
# prepositions on a harm noun whose object underwent it: "violence AGAINST civilians",
# "the attack ON the convoy", "the shelling OF the town", "strikes IN Gaza"
_VICTIM_PREPS = frozenset({"against", "on", "upon", "of", "at", "in", "into", "toward", "towards"})
# prepositions of a reaction that name what it reacts to ("protested AGAINST the raid",
# "complained ABOUT the killing", "condemned Iran FOR the attack")
_REACTED_PREPS = frozenset({"against", "over", "about", "for", "of", "at", "to", "into"})
# modifiers of a harm noun that name who did it ("RUSSIA'S invasion", "the ISRAELI strikes")
_DOER_DEPS = ("poss", "amod", "compound", "nmod")


def aimed_at_doers(trigger: Token, noun: Token | None, people: Participants, roles: Roles) -> None:
    """Drop from the target the victims of each act of harm the accusation names, and aim
    it at the doers the phrase names where none of its targets is left."""
    acts = harm_nouns_of(trigger, noun)
    # "blamed the ambush ON jihadists": the blamed, not those harmed
    preps = _VICTIM_PREPS - {"on", "upon"} if lemma(trigger) in cue_list("blaming_verbs") else _VICTIM_PREPS
    victims = {_key(f) for act in acts for f in _victims(act, people, preps)}
    kept = [f for f in roles.target if _key(f) not in victims]
    if not acts or (kept and len(kept) == len(roles.target)):
        return  # no harm named, or no victim among the targets
    dropped = len(roles.target) - len(kept)
    doers = [f for act in acts for f in _doers(act, people) if _key(f) not in victims]
    roles.target = kept or _unique(doers)
    if dropped:
        roles.how.append(f"victims of '{acts[0].text}' are not whom the accusation is aimed at")
    if doers and not kept:
        roles.how.append(f"target: who did '{acts[0].text}'")


def harm_nouns_of(trigger: Token, noun: Token | None = None) -> list[Token]:
    """The nouns of harm an accusation names as what it condemns: the verb's objects, what
    its reaction prepositions govern, a noun trigger's "of" object, each with the heads
    coordinated with it ("the shelling and the blockade")."""
    heads = [*objects_of(trigger), *_reacted_to(trigger)]
    if noun is not None:  # "voiced concern OVER the raid"
        heads += list(_reacted_to(noun))
    found = [one for head in heads for one in conjuncts(head) if _harmful(one)]
    return list({t.i: t for t in found}.values())


def _reacted_to(head: Token) -> Iterator[Token]:
    return (obj for prep, obj in prep_objects(head, deep=False) if prep in _REACTED_PREPS)


def _harmful(token: Token) -> bool:
    """Whether the noun names an act of harm done to someone: a lexicon noun of assault or
    coercion, or a word of fighting ("violence", "bloodshed")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    word = lemma(token)
    return word in cue_list("fighting_words") or token.lower_ in cue_list("fighting_words") or any(
        rule.type in _HARMS for rule in load_lexicon().rules("nouns", word))


def _patient_possessor(act: Token) -> bool:
    """"the journalist's arrest": the noun's possessor underwent it (lexicon `possessor`)."""
    return any(rule.possessor == "target" for rule in load_lexicon().rules("nouns", lemma(act)))


def _victims(act: Token, people: Participants, preps: frozenset[str]) -> list[Found]:
    found: list[Found] = []
    for prep, obj in prep_objects(act, deep=False):
        if prep in preps:
            for one in conjuncts(obj):
                # whose the thing harmed is ("the attack on ITS embassy") underwent it too
                found += people.phrase(one) + people.phrase(one, places=True) + people.modifiers(
                    one, _DOER_DEPS)
    if _patient_possessor(act):
        found += people.modifiers(act, ("poss",))
    return found


def _doers(act: Token, people: Participants) -> list[Found]:
    deps = tuple(d for d in _DOER_DEPS if d != "poss" or not _patient_possessor(act))
    found = people.modifiers(act, deps)
    # "the arrest of the leader BY the police": the parse may hang "by" on the "of" object
    holders = [act, *(o for p, o in prep_objects(act, deep=False) if p == "of")]
    found += [f for h in holders for p, o in prep_objects(h, deep=False) if p == "by"
              for f in people.phrase(o)]
    for clause in children(act, "acl"):  # "crimes committed BY the militia"
        agent = agent_of(clause)
        found += people.phrase(agent) if agent is not None else []
    return [f for f in found if not f.is_place]


def _key(found: Found) -> tuple[str | None, str | None, str | None, str | None]:
    actor = found.actor
    return found.mention_id, actor.country, actor.sector, actor.text


def _unique(found: list[Found]) -> list[Found]:
    return list({_key(f): f for f in found}.values())
