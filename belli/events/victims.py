"""Whom a condemnation of harm is aimed at: its doer, never those harmed.

"Turkey condemned the violence AGAINST CIVILIANS", "the ministry denounced the attack ON
THE CONVOY": the people or things an act of harm was done to are its victims, and an
accusation of that act is not aimed at them. It is aimed at whoever did the act where the
phrase names them ("the AZERBAIJANI shelling of the town", "the killing of protesters BY
THE POLICE", "crimes committed BY the militia"), else at no one named in the sentence.
`aimed_at_doers` applies this to the sides an ACCUSE trigger's role finders built.

Any act it condemns, harm or not, is aimed at whoever did it where the accusation names no
one else: "criticized Turkey's supply of drones", "said the deliveries BY Israel were
unacceptable", "denounced AS A CRIME Serbia's crackdown", "the shelling BY Turkish troops
drew condemnation", "condemned the withdrawal OF Russian troops" (where the act's "of"
names its doer), "the killing, which it BLAMED ON Israel". An act whose phrase names no
doer leaves the target empty: no target is better than a guessed one.
"""

from __future__ import annotations

from collections.abc import Iterator

from belli.events.cue_lists import cue_list
from belli.events.found_actor import unique_found
from belli.events.lexicon import load_lexicon, load_plover
from belli.events.participants import Found, Participants
from belli.events.role_clauses import held_clauses
from belli.events.role_record import Roles
from belli.events.role_sources import NOUN_ACTS
from belli.events.syntax import (
    Token,
    agent_of,
    children,
    conjuncts,
    lemma,
    objects_of,
    possessor_undergoes,
    prep_objects,
)
from belli.events.triggers import Trigger

__all__ = ["agents_on_verdict", "aimed_at_doers", "condemned_acts", "names_act"]

# types whose act noun names harm done to someone ("attack", "shelling", "arrest")
_HARMS = frozenset({"ASSAULT", "COERCE"})
# prepositions on a harm noun whose object underwent it: "violence AGAINST civilians",
# "the attack ON the convoy", "the shelling OF the town", "strikes IN Gaza"
_VICTIM_PREPS = frozenset({"against", "on", "upon", "of", "at", "in", "into", "toward", "towards"})
# prepositions of a reaction that name what it reacts to ("protested AGAINST the raid",
# "complained ABOUT the killing", "condemned Iran FOR the attack")
_REACTED_PREPS = frozenset({"against", "over", "about", "for", "of", "at", "to", "into"})


def aimed_at_doers(trigger: Trigger, people: Participants, roles: Roles) -> None:
    """Drop from the target the victims of each act of harm the accusation names, and aim
    it at the doers its acts' phrases name where none of its targets is left."""
    verb = trigger.token
    acts = condemned_acts(trigger)
    harms = [act for act in acts if _harmful(act)]
    # "blamed the ambush ON jihadists": the blamed, not those harmed
    preps = _VICTIM_PREPS - {"on", "upon"} if lemma(verb) in cue_list("blaming_verbs") else _VICTIM_PREPS
    victims = {_key(f) for act in harms for f in _victims(act, people, preps)}
    kept = [f for f in roles.target if _key(f) not in victims]
    if not acts or (kept and len(kept) == len(roles.target)):
        return  # no act named, or no victim among the targets
    dropped = len(roles.target) - len(kept)
    done = [(act, [f for f in _doers(act, people) if _key(f) not in victims]) for act in acts]
    done += [(act, [f for f in people.phrase(by) if not f.is_place and _key(f) not in victims])
             for act, by in agents_on_verdict(trigger.head)]
    doers = [f for _, found in done for f in found]
    # each doer once, by mention and actor (the last copy of one, as it always was)
    roles.target = kept or unique_found(doers, _key, last=True)
    if dropped:
        roles.how.append(f"victims of '{harms[0].text}' are not whom the accusation is aimed at")
    if doers and not kept:
        roles.how.append(f"target: who did '{next(act for act, found in done if found).text}'")


def condemned_acts(trigger: Trigger) -> list[Token]:
    """The acts an accusation condemns: nouns the lexicon codes as acts (or words of
    fighting) among `_condemned_heads`, what it condemns "as" a wrong, the act a converse
    verb's subject names ("the shelling DREW condemnation"), and the act a verdict of
    speech is passed on ("said the supply WAS unacceptable")."""
    verb, noun = trigger.token, trigger.noun
    heads = _condemned_heads(verb, noun)
    if trigger.deciding.roles == "converse":
        heads += children(verb, "nsubj")
    if " ... " in trigger.key:
        heads += [s for c in held_clauses(verb) for s in children(c, "nsubj", "nsubjpass")]
    own = {verb.i, noun.i if noun is not None else verb.i}
    acts = [t for head in heads for t in conjuncts(head) if t.i not in own and names_act(t)]
    return _unique_tokens(acts + [t for t in _called_as(verb) if t.i not in own])


def _condemned_heads(trigger: Token, noun: Token | None = None) -> list[Token]:
    """The verb's objects, what its reaction prepositions govern, a noun trigger's "of"
    object ("voiced concern OVER the raid")."""
    heads = [*objects_of(trigger), *_reacted_to(trigger)]
    if noun is not None:
        heads += list(_reacted_to(noun))
    return heads


def _called_as(verb: Token) -> list[Token]:
    """"condemned AS A GRAVE CRIME the army's raid", "condemned AS UNACCEPTABLE the
    shelling": with no object of its own, a verdict verb's real object is parsed into its
    "as" phrase, as the charge's apposition or as the noun the verdict modifies. An "as"
    with no noun ("was condemned as illegal") names no act."""
    if lemma(verb) not in cue_list("verdict_verbs") or children(verb, "dobj"):
        return []
    found: list[Token] = []
    for prep in children(verb, "prep"):
        nouns = children(prep, "pobj") if prep.lower_ == "as" else []
        if not nouns:
            continue
        charge, *acts = nouns
        found += acts + children(charge, "appos")  # the charge, then the act charged
        if any(c.dep_ == "amod" and c.i < d.i for c in charge.children for d in children(charge, "det")):
            found.append(charge)  # "as unacceptable THE shelling": the verdict, then the act
    return [one for t in found for one in conjuncts(t)]


def agents_on_verdict(noun: Token) -> list[tuple[Token, Token]]:
    """"Greece's criticism of the arrests BY THE POLICE": the parser may hang the act's
    "by" on the verdict noun; where the noun's possessor already names who passes the
    verdict, a "by" after the act names who did the act (each act with its agent)."""
    if not any(c.dep_ == "poss" for c in noun.children) or not any(
            rule.type == "ACCUSE" for rule in load_lexicon().rules("nouns", lemma(noun))):
        return []
    objects = list(prep_objects(noun, deep=False))
    acts = [o for p, o in objects if p == "of" and names_act(o)]
    return [(act, o) for act in acts[:1] for p, o in objects if p == "by" and o.i > act.i]


def names_act(token: Token) -> bool:
    """Whether the noun names an act: one the lexicon codes as an event, or fighting."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    return _harmful(token) or any(rule.type for rule in load_lexicon().rules("nouns", lemma(token)))


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


def _victims(act: Token, people: Participants, preps: frozenset[str]) -> list[Found]:
    found: list[Found] = []
    for prep, obj in prep_objects(act, deep=False):
        if prep in preps:
            for one in conjuncts(obj):
                # whose the thing harmed is ("the attack on ITS embassy") underwent it too
                found += people.phrase(one) + people.phrase(one, places=True) + people.modifiers(
                    one, NOUN_ACTS)
    if possessor_undergoes(act):
        found += people.modifiers(act, ("poss",))
    return found


def _doers(act: Token, people: Participants) -> list[Found]:
    deps = tuple(d for d in NOUN_ACTS if d != "poss" or not possessor_undergoes(act))
    found = people.modifiers(act, deps)
    # "the arrest of the leader BY the police": the parse may hang "by" on the "of" object
    holders = [act, *(o for p, o in prep_objects(act, deep=False) if p == "of")]
    found += [f for h in holders for p, o in prep_objects(h, deep=False) if p == "by"
              for f in people.phrase(o)]
    if _of_doer(act):  # "the withdrawal OF Russian troops", "the visit OF the president"
        found += [f for p, o in prep_objects(act, deep=False) if p == "of" for f in people.phrase(o)]
    for clause in children(act, "acl"):  # "crimes committed BY the militia"
        agent = agent_of(clause)
        found += people.phrase(agent) if agent is not None else []
    # "the killing of its envoy, which it blamed ON Israel": blame is laid for an act, so
    # the parse may hang it on the act's "of" object
    for clause in (c for h in holders for c in children(h, "relcl")):
        if lemma(clause) in cue_list("blaming_verbs"):
            found += [f for p, o in prep_objects(clause, deep=False) if p in ("on", "upon")
                      for f in people.phrase(o)]
    return [f for f in found if not f.is_place]


def _of_doer(act: Token) -> bool:
    """Whether the act noun's "of" names who does it (the rule's `of`, else its type's)."""
    rules = [r for r in load_lexicon().rules("nouns", lemma(act)) if r.type]
    return bool(rules) and all(
        (r.of or load_plover().of_roles.get(r.type or "")) == "source" for r in rules)


def _unique_tokens(tokens: list[Token]) -> list[Token]:
    return list({t.i: t for t in tokens}.values())


def _key(found: Found) -> tuple[str | None, str | None, str | None, str | None]:
    actor = found.actor
    return found.mention_id, actor.country, actor.sector, actor.text
