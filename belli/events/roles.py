"""Who did it, and to whom: source and target actors of a trigger, from the parse.

Verbs: the subject acts (inherited through coordination, control and participles:
"agreed to hold", "shelled Kharkiv, killing 12"), the passive's "by" phrase acts, the
object or a preposition that fits the event type is the target ("against Armenia",
"with Pakistan", "to Baku"). Where the object is a thing, not an actor, its owner is the
target ("rejected a U.S. request"). Converse verbs swap the sides ("received drones from
Israel").

Event nouns: possessors and adjectives act ("the Azerbaijani shelling", "Russia's
invasion"), "by" and "from" phrases act, and the type decides whether "of" names the
actor ("the withdrawal of Russian troops") or the target ("the shelling of Stepanakert").

Words answered point at their teller ("rejected ITS offer", "supported THE CALL", "...,
charges X denied"); a demand that someone "be freed" asks the freer, not the freed; where
people are deported TO is no target.

Places never act; a place in a target slot stands for its country (the reason says so).
Where the parse names no target, `role_fallbacks` looks in the phrases the act governs;
`role_parties` reads sides off the occasion (a gathering, thanks, a talk, a go-between),
`role_sources` who acts beyond a plain subject, and `role_record` holds the `Roles` they fill.
"""

from __future__ import annotations

from belli.actors.topics import topic_verbs
from belli.events.cue_lists import cue_list
from belli.events.lexicon import load_plover
from belli.events.participants import RELATIONAL, Found, Participants
from belli.events.role_fallbacks import (
    aimed_for,
    beneficiaries,
    crossed,
    destination,
    facing,
    held_people,
    inflicted_on,
    others_words,
    owner_of,
    purposes,
    shared_theme,
    stance_targets,
    summed_up_tellers,
)
from belli.events.role_parties import (
    addressee,
    attendant,
    brokered,
    claimant,
    parties_between,
    speaker_at_gathering,
    thanked_for,
    undergone,
)
from belli.events.role_record import Roles, actor_key, note
from belli.events.role_sources import (
    NOUN_ACTS,
    actor_token,
    companions,
    converse,
    helpers,
    lends_hand,
    split_gerund,
)
from belli.events.suppliers import maker_of
from belli.events.syntax import (
    Token,
    agent_of,
    children,
    is_container,
    is_passive,
    is_reduced_relative,
    is_to_clause,
    lemma,
    objects_of,
    prep_objects,
    subject_of,
)
from belli.events.triggers import Trigger
from belli.events.verdicts import NAMING
from belli.events.victims import aimed_at_doers

__all__ = ["Roles", "find_roles", "generic_targets"]


# Prepositions that name whom an act is aimed at, whatever its type (for the act inside
# a promise or a request: "promised to supply weapons TO Yerevan").
_ANY_TARGET = ("to", "with", "for", "against", "on", "into", "toward", "towards")
_BORDERS = frozenset({"border", "frontier", "boundary", "line", "side"})
# Prepositions on a thing moved or imposed that name whom it is aimed at ("restrictions
# FOR new EU members").
_THEME_PREPS = ("on", "against", "of", "to", "into", "with", "for")
# Types whose thing, placed in a country, acts on it ("opened an embassy IN Tehran",
# "will evacuate settlements IN Gaza"); not a deal signed in Moscow, a meeting's place.
_HOSTED = frozenset({"AID", "MOBILIZE", "RETREAT", "SUPPORT", "COERCE", "ASSAULT", "SANCTION"})
# Types whose object, when a thing, points at its owner as the target ("rejected a U.S.
# request", "welcomed Iran's offer").
_OWNED_OBJECTS = frozenset({"REJECT", "ACCUSE", "SUPPORT", "REQUEST", "AGREE", "CONCEDE",
                            # "stopped Iranian lorries", "seized a Greek tanker"
                            "COERCE", "SANCTION"})
# Types whose object is words (a call, an offer, a plan), not a thing that holds people:
# "rejected a call FOR its peacekeepers to deploy" is not aimed at the peacekeepers
_SPOKEN = frozenset({"REJECT", "ACCUSE", "SUPPORT", "REQUEST", "AGREE", "CONCEDE", "CONSULT"})
# Types that react to something, so the owner of what they react to is their target:
# "struck over a bill signed by the minister" as well as the owned objects' types.
_REACTIONS = _OWNED_OBJECTS | {"PROTEST"}
# Types whose clausal complement names the target as its subject: "demanded that Greece's
# partners refuse", "its demand that Israel ease", "alleged that Croat forces shelled",
# "warned that the militias could not remain".
_CLAUSE_TARGETS = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
# Types whose act noun a capital before it names the government of ("Washington
# sanctions"); not talks, deals or attacks, often named by where they are ("the Minsk
# agreements", "the Moscow talks", "the Kabul bombing").
_SEATED = frozenset({"AID", "SUPPORT", "SANCTION", "REJECT", "ACCUSE", "REQUEST", "THREATEN"})
# Modes of an act that moves people somewhere ("deported them TO Turkey"): its "to" is
# where they go, not whom it is aimed at (they are, as its object).
_MOVING_MODES = frozenset({"deport"})
# how many clauses of purpose deep an act's target is looked for
_PURPOSE_DEPTH = 2
# Types of words addressed to whoever one talks with.
_ADDRESSED = frozenset({"REQUEST", "AGREE", "SUPPORT", "REJECT", "THREATEN", "CONCEDE"})


def find_roles(trigger: Trigger, people: Participants,
               attend: frozenset[str] = frozenset()) -> Roles:
    if trigger.kind == "nouns":
        roles = _noun_roles(trigger.token, trigger, people)
        if not roles.source:
            attendant(trigger.token, attend, people, roles)
            claimant(trigger.token, people, roles)
        elif trigger.type == "CONSULT":
            speaker_at_gathering(trigger.token, people, roles)
        undergone(trigger.token, people, roles)
        thanked_for(trigger.token, people, roles)
    else:
        roles = _verb_roles(trigger, people)
    helpers(trigger, people, roles)
    if trigger.type == "ACCUSE":  # "condemned the attack ON THE CONVOY" is not aimed at it
        aimed_at_doers(trigger.token, trigger.noun, people, roles)
    return _settle(roles, trigger)


def generic_targets(token: Token, people: Participants, depth: int = 0) -> list[Found]:
    """Actors the act is aimed at by any preposition of aim, or its object; failing
    those, by the act it serves ("send weapons TO HELP DEFEND Saudi Arabia")."""
    found: list[Found] = []
    for obj in _aimed_objects(token):
        found.extend(f for f in people.phrase(obj) if f.how == "mention")
    for prep, obj in prep_objects(token):
        if prep in _ANY_TARGET and not lends_hand(prep, obj):
            # "to respond to a demand FROM the US President": a thing points at its owner
            found.extend(people.phrase(obj) or owner_of(obj, people))
    if not found and depth < _PURPOSE_DEPTH:
        for clause in purposes(token):
            found.extend(generic_targets(clause, people, depth + 1))
    return found


def _aimed_objects(verb: Token) -> list[Token]:
    """The verb's objects, none for a verb of talking about ("met TO DISCUSS Sudan"): what
    is discussed is the topic, not a party."""
    return [] if lemma(verb) in topic_verbs() else list(objects_of(verb))


def _verb_roles(trigger: Trigger, people: Participants) -> Roles:
    verb, kind = trigger.token, trigger.type or ""
    roles = Roles()
    actor = actor_token(trigger, people)
    if actor is not None:
        _subject_source(verb, actor, people, roles)
    if trigger.kind == "verbs":
        _object_targets(trigger, actor, people, roles)
        if not roles.target:
            found = shared_theme(verb, people)
            roles.target.extend(found)
            note(roles, found, "the theme shared with", verb.head)
    if kind == "REJECT" and not _others(roles):
        found = summed_up_tellers(verb, people)
        roles.target.extend(found)
        note(roles, found, "who told the claim summed up after a comma, answered by", verb)
    if kind in ("REJECT", "SUPPORT") and not _others(roles):
        found = others_words(verb, roles.source, people)
        roles.target.extend(found)
        note(roles, found, "who put the words answered, before", verb)
    if is_reduced_relative(verb) and kind == "AID":
        _user_of_supplies(verb, people, roles)
    _preposition_targets(trigger, people, roles)
    _of_targets(trigger, people, roles)
    _further_targets(trigger, people, roles)
    if not roles.target and kind in _REACTIONS:
        _reacted_to(trigger, people, roles)
    if trigger.noun is not None and not roles.source:
        roles.source = people.modifiers(trigger.noun, NOUN_ACTS)
    if trigger.deciding.roles == "converse":
        converse(verb, people, roles)
    if not roles.target and kind in _CLAUSE_TARGETS:
        _clause_subject(verb, people, roles, kind)
    if kind == "THREATEN" and roles.source and not _others(roles):
        _own_act_targets(verb, people, roles)
    if not roles.target and kind == "REQUEST":
        _fighters_asked(verb, people, roles)
    if not _others(roles) and kind in _ADDRESSED:
        addressee(verb, people, roles)
    return roles


def _subject_source(verb: Token, actor_token: Token, people: Participants, roles: Roles) -> None:
    roles.source = people.phrase(actor_token)
    with_it = companions(verb, actor_token, people)
    roles.source += [f for f in with_it if actor_key(f) not in {actor_key(s) for s in roles.source}]
    note(roles, with_it, "acting along with the subject", actor_token)
    agent = is_passive(verb) and actor_token.dep_ != "nsubjpass"
    slot = "passive agent" if agent else "subject"
    note(roles, roles.source, "modifier" if actor_token == split_gerund(verb) else slot, actor_token)


def _object_targets(trigger: Trigger, actor_token: Token | None, people: Participants,
                    roles: Roles) -> None:
    """The verb's objects other than its subject and its own event noun; not the listener
    a charge is told to ("told his counterparts that the blame lay with Yerevan")."""
    if trigger.type == "ACCUSE" and " ... " in trigger.key and lemma(trigger.token) not in NAMING:
        return
    themed = _theme_object(trigger)
    for obj in _aimed_objects(trigger.token):
        if (trigger.noun is not None and obj.i == trigger.noun.i) or obj is actor_token:
            continue
        obj = _across(obj)  # "closed its borders with Iran and Turkey"
        found = _object_found(trigger, obj, themed, people)
        if found:
            roles.target.extend(found)
            roles.direct = True
            note(roles, found, "object", obj)


def _object_found(trigger: Trigger, obj: Token, themed: bool, people: Participants) -> list[Found]:
    """Whom one object names, or, for an object that is a thing, whom it is aimed at."""
    kind = trigger.type or ""
    found = people.phrase(obj, places=True)
    if themed and not people.heads_mention(obj):
        # "sent troops", "lifted a blockade ON Palestinian lorries": the object is a
        # thing; whom it is aimed at may hang on it
        found = [f for p, o in prep_objects(obj, deep=False) if p in _theme_preps(kind)
                 for f in people.phrase(o, places=True)]
    if not found and kind in _OWNED_OBJECTS:
        found = owner_of(obj, people) or _owner_by(obj, trigger.token, people)
    if not found and kind not in _SPOKEN and not people.heads_mention(obj):
        found = held_people(obj, people, trigger.token)
    return found


def _owner_by(obj: Token, verb: Token, people: Participants) -> list[Found]:
    """"dismissed the statement BY NATO": a "by" right after the object of an active verb
    names whose the object is, where the parser hung it on the verb."""
    after = obj.right_edge.i + 1
    if after >= len(obj.doc) or is_passive(verb):
        return []
    by = obj.doc[after]
    if by.lower_ != "by" or by.head.i != verb.i:
        return []
    return [f for o in children(by, "pobj") for f in people.phrase(o) if not f.is_place]


def _preposition_targets(trigger: Trigger, people: Participants, roles: Roles) -> None:
    """Whom the prepositions of the act aim at; failing those, the parties it is between."""
    reciprocal = trigger.deciding.roles == "reciprocal"
    moved = trigger.deciding.mode in _MOVING_MODES
    for token in _target_holders(trigger):
        _prep_targets(token, trigger.type or "", people, roles, reciprocal, moved)
    if not roles.target:
        parties_between(_target_holders(trigger), people, roles)


def _of_targets(trigger: Trigger, people: Participants, roles: Roles) -> None:
    """"the blockade OF Serbia": for a type whose "of" names the target; a gerund read as
    an event noun too ("condemned the Azerbaijani shelling OF Stepanakert")."""
    noun = trigger.noun if trigger.noun is not None or split_gerund(trigger.token) is None \
        else trigger.token
    if noun is None or load_plover().of_roles.get(trigger.type or "") != "target":
        return
    found = [f for p, o in prep_objects(noun, deep=False) if p == "of"
             for f in people.phrase(o, places=True)]
    roles.target.extend(found)
    note(roles, found, "'of'", noun)


def _reacted_to(trigger: Trigger, people: Participants, roles: Roles) -> None:
    """"complained over two Israeli air raids", "opposed to French mediation", "launched
    an investigation into crimes committed by Croat forces": the owner of what is reacted
    to."""
    verb = trigger.token
    # "voiced CONCERN over Russia's build-up": the feeling the verb's object names; not a
    # thing refused ("rejected a demand FOR its troops")
    feelings = children(verb, "dobj") if trigger.type == "ACCUSE" else []
    holders = [verb, trigger.noun] if trigger.noun is not None else [verb, *feelings]
    for holder in holders:
        for prep, obj in prep_objects(holder, deep=False):
            if prep in ("over", "about", "for", "of", "to", "into", "at"):
                found = owner_of(obj, people)
                roles.target.extend(found)
                note(roles, found, f"owner of '{prep} {obj.text}'", obj)


def _clause_subject(head: Token, people: Participants, roles: Roles, kind: str = "") -> None:
    """The subject of the clause a demand or an allegation holds is whom it is aimed at:
    "demanded that Israel withdraw", "the demand that Israel ease restrictions"; a warning's
    only with "that" ("warned THAT the militias could not stay"), not a clause the parser
    hung on it from a report inside ("threatened to shell towns where, it said, ...")."""
    for clause in _held_clauses(head):
        if kind == "THREATEN" and not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            continue
        subject = _clause_doer(clause, kind)
        if subject is not None:
            found = [f for f in people.phrase(subject) if not f.is_place]
            roles.target.extend(found)
            note(roles, found, f"subject of '{clause.text}'", subject)


def _own_act_targets(verb: Token, people: Participants, roles: Roles) -> None:
    """"warned that IT would exert pressure ON IRAN": a warning of the speaker's own act is
    aimed at whom that act is aimed at."""
    own = {actor_key(f) for f in roles.source}
    for clause in _held_clauses(verb):
        doer = _clause_doer(clause, "THREATEN")
        if doer is None or not {actor_key(f) for f in people.phrase(doer)} & own:
            continue
        found = [f for f in generic_targets(clause, people) if not f.is_place]
        roles.target.extend(found)
        note(roles, found, f"whom its own act '{clause.text}' is aimed at", clause)


def _clause_doer(clause: Token, kind: str) -> Token | None:
    """Who is to act in the clause: its subject, or for a passive its "by" agent ("demanded
    that the prisoners be freed BY THE ARMY"). A passive's subject undergoes the act: never
    whom a demand asks ("that he be bailed out"), and one accused only with no agent told
    ("alleged that officials were involved")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.dep_ == "nsubj":
        return subject
    agent = agent_of(clause)
    return agent if agent is not None or kind == "REQUEST" else subject


def _fighters_asked(verb: Token, people: Participants, roles: Roles) -> None:
    """"called for an end to the fighting BETWEEN Armenia and Azerbaijan": a plea to stop
    fighting is aimed at those it names as fighting."""
    fighting = cue_list("fighting_words") | cue_list("joint_fighting_nouns") | cue_list("truce_words")
    for word in verb.subtree:
        if word.pos_ != "NOUN" or (word.lower_ not in fighting and lemma(word) not in fighting):
            continue
        for prep, obj in prep_objects(word, deep=False):
            found = [f for f in people.phrase(obj) if not f.is_place] if prep in ("between", "among") else []
            roles.target.extend(found)
            note(roles, found, f"fighting '{prep}'", obj)


def _held_clauses(head: Token) -> list[Token]:
    """The clauses a word holds, small clauses too ("holds Yerevan ACCOUNTABLE"); for a noun
    object, also a "that" clause the parse hung on its verb ("reiterated its demand today
    THAT Israel ease": the clause is the demand's)."""
    found = [c for c in head.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")
             or c.dep_ == "ccomp" and c.pos_ == "ADJ"]
    if not found and head.pos_ == "NOUN" and head.dep_ == "dobj":
        found = [c for c in head.head.children if c.dep_ == "ccomp" and c.i > head.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return found


def _noun_roles(noun: Token, trigger: Trigger, people: Participants) -> Roles:
    kind, rule = trigger.type or "", trigger.deciding
    roles = Roles()
    has_of = any(p == "of" for p, _ in prep_objects(noun, deep=False))
    # "the journalist's arrest": the possessor undergoes it; with an "of" object it acts
    # ("Boko Haram's abduction of 276 schoolgirls")
    patient = rule.possessor == "target" and not has_of
    roles.source = people.modifiers(noun, ("amod", "compound", "nmod") if patient else NOUN_ACTS)
    if not roles.source and kind in _SEATED:
        roles.source = people.seats(noun)
    note(roles, roles.source, "modifier", noun)
    if patient:
        roles.target = people.modifiers(noun, ("poss",))
        note(roles, roles.target, "possessor", noun)
    if rule.roles == "converse":  # "Ankara's purchase of Russia's S-400s": Russia supplies
        roles.target, roles.source = roles.source, maker_of(noun, people)
        note(roles, roles.source, "maker of the goods", noun)
        return roles
    of_role = rule.of or load_plover().of_roles.get(kind)
    for prep, obj in _noun_preps(noun, people):
        if lends_hand(prep, obj):
            continue
        found = people.phrase(obj, places=prep != "by")
        if prep in ("by", "from") and kind != "RETREAT" or (prep == "of" and of_role == "source"):
            found = [f for f in found if not f.is_place]
            roles.source.extend(found)
            note(roles, found, f"'{prep}'", obj)
        elif prep == "between" and brokered(roles.source, found):
            roles.target.extend(f for f in found if not f.is_place)
            note(roles, found, f"'{prep}'", obj)
        elif prep == "between":
            roles.source.extend(f for f in found if not f.is_place)
            roles.reciprocal = True
        elif prep in load_plover().target_preps.get(kind, ()) or (prep == "of" and of_role == "target"):
            found = found or _thing_owner(prep, obj, people)
            roles.target.extend(found)
            note(roles, found, f"'{prep}'", obj)
    if not roles.target and kind in _CLAUSE_TARGETS:
        _clause_subject(noun, people, roles, kind)
    return roles


def _target_holders(trigger: Trigger) -> list[Token]:
    """Words whose prepositions may name the target: the verb, a light verb's noun, the
    word it is a compound of, its "of" object, and the noun of amount that holds it ("a
    series of airstrikes AGAINST IS")."""
    holders = [trigger.token]
    noun = trigger.noun
    if noun is not None:
        holders.append(noun)
        if noun.dep_ == "compound":  # "a mediation EFFORT between", "an aid PACKAGE for"
            holders.append(noun.head)
        # "announced a suspension of air LINKS with Serbia": what is suspended carries it
        holders.extend(obj for prep, obj in prep_objects(noun, deep=False) if prep == "of")
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            holders.append(noun.head.head)
    return holders


def _theme_preps(kind: str) -> tuple[str, ...]:
    return _THEME_PREPS + (("in", "inside", "within") if kind in _HOSTED else ())


def _theme_object(trigger: Trigger) -> bool:
    """Whether the rule read the object as a thing ("weapons", "troops"), not an actor."""
    wanted = trigger.deciding.conditions.get("object") or trigger.rule.conditions.get("object")
    return isinstance(wanted, frozenset) and "@actor" not in wanted


def _user_of_supplies(verb: Token, people: Participants, roles: Roles) -> None:
    """"Azerbaijan used drones supplied by Turkey": the user of the supplies receives."""
    governor = verb.head.head
    if governor == verb.head or governor.pos_ != "VERB":
        return
    user = subject_of(governor)
    found = people.phrase(user) if user is not None else []
    roles.target.extend(found)
    if user is not None:
        note(roles, found, "user of the supplies", user)


def _further_targets(trigger: Trigger, people: Participants, roles: Roles) -> None:
    """Where no one but the source is aimed at so far ("imposed restrictions on ITS
    market FOR new EU members"): where an errand goes, the stance or purpose of the act,
    whose land what it asks for crosses, whom its thing is for."""
    verb, kind = trigger.token, trigger.type or ""
    if not roles.target and _acts_where_sent(trigger):
        found = destination(verb, people)
        roles.target.extend(found)
        note(roles, found, "where the errand goes, of", verb.head)
    if _others(roles):
        return
    found = stance_targets(verb, kind, people) + aimed_for(verb, kind, people) + crossed(
        verb, people) + (beneficiaries(trigger.noun, people) if trigger.noun is not None else [])
    if kind == "ASSAULT":
        found += inflicted_on(verb, people)
    roles.target.extend(found)
    note(roles, found, "stance or purpose of", verb)
    if not found:
        found = facing(verb, kind, people)
        roles.target.extend(found)
        note(roles, found, "the border faced after", verb)


def _acts_where_sent(trigger: Trigger) -> bool:
    """Whether the act is the errand of someone sent somewhere and acts on that place
    ("sent experts to Bosnia TO INVESTIGATE", "flew troops to Mali TO HELP"); not talks,
    whose place is only where they are held."""
    verb, rule = trigger.token, trigger.deciding
    errand = verb.dep_ == "advcl" and is_to_clause(verb) and verb.head.pos_ == "VERB"
    return errand and (rule.type in _HOSTED or rule.mode == "investigate")


def _others(roles: Roles) -> list[Found]:
    """The targets that are not the source itself (those `_settle` drops)."""
    keys = {actor_key(f) for f in roles.source if not f.is_place}
    return [f for f in roles.target if actor_key(f) not in keys]


def _across(obj: Token) -> Token:
    """"near its border WITH AZERBAIJAN": the other side of a border is what is named."""
    if lemma(obj) in _BORDERS:
        other = [o for p, o in prep_objects(obj, deep=False) if p == "with"]
        # "held drills near its border ... with Azerbaijan", "closed its borders ... with Iran"
        governor = obj.head if obj.dep_ == "dobj" else obj.head.head
        other = other or [o for p, o in prep_objects(governor, deep=False) if p == "with"]
        if other:
            return other[0]
    return obj


def _noun_preps(noun: Token, people: Participants) -> list[tuple[str, Token]]:
    """The noun's prepositional phrases, those of its "of" object ("the delivery of
    10 aircraft from Pakistan": "from" hangs on "aircraft") and those of the noun of
    amount it is counted by. People's "from" says where they are from, not who acts
    ("the abduction of students FROM Garissa")."""
    found = list(prep_objects(noun, deep=False))
    for prep, obj in list(found):
        if prep == "of":
            whose = people.names_actor(obj)
            found.extend((p, o) for p, o in prep_objects(obj, deep=False)
                         if p != "of" and not (whose and p == "from"))
    amount = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if amount is not None and amount.pos_ == "NOUN" and is_container(amount, people.containers):
        # "a wave of kidnappings of children BY criminal gangs": the parse hangs it on "wave"
        found.extend((p, o) for p, o in prep_objects(amount, deep=False) if p != "of")
    return found


def _prep_targets(token: Token, kind: str, people: Participants, roles: Roles,
                  reciprocal: bool = False, moved: bool = False) -> None:
    wanted = load_plover().target_preps.get(kind, ()) + (("with",) if reciprocal else ())  # "fought with"
    if moved:  # "deported 40 Uyghurs TO China": where people are sent is no target
        wanted = tuple(p for p in wanted if p not in ("to", "into"))
    if kind in _HOSTED:  # "occupied positions INSIDE Ethiopian territory", however it is parsed
        wanted += ("inside", "within")
    for prep, obj in [*prep_objects(token, deep=token.pos_ == "VERB"), *_nearness(token)]:
        # "deployed monitors ON THE ARMENIAN SIDE of the border": where a thing is placed
        placed = kind in _HOSTED and prep == "on" and lemma(obj) == "side"
        if (prep in wanted or placed) and not lends_hand(prep, obj) \
                and not _medium(kind, prep, obj):
            obj = _across(obj)
            found = people.phrase(obj, places=_place_may_stand(prep, kind)) or _thing_owner(
                prep, obj, people)
            roles.target.extend(found)
            roles.partnered = roles.partnered or (prep == "with" and bool(found))
            note(roles, found, f"'{prep}'", obj)


def _nearness(token: Token) -> list[tuple[str, Token]]:
    """"massed tanks CLOSE TO its border with X": a word of nearness the parser hangs the
    "to" on says "near", whom the act faces where the type takes "near"."""
    return [("near", obj) for word in children(token, "advmod", "acomp", "prep")
            if lemma(word) in cue_list("nearness_words")
            for prep in children(word, "prep") if prep.lower_ == "to"
            for obj in children(prep, "pobj")]


def _medium(kind: str, prep: str, obj: Token) -> bool:
    """"called ON SOCIAL MEDIA for a boycott": the channel a speaker uses is not whom a
    speech act is aimed at ("called ON Turks to boycott" is)."""
    return (kind in _SPOKEN or kind == "THREATEN") and prep in ("on", "in", "via", "through") \
        and lemma(obj) in cue_list("media_channels")


def _thing_owner(prep: str, obj: Token, people: Participants) -> list[Found]:
    """"a crackdown ON protests BY students", "cracked down on rallies OF the opposition":
    an act aimed at a thing is aimed at whose it is. Not for "of", which names the act's
    own patient ("the shelling of villages")."""
    if prep == "of" or obj.pos_ != "NOUN" or lemma(obj) in RELATIONAL:
        return []  # "to ITS allies": whose allies they are is the other party
    return [f for f in owner_of(obj, people) if not f.is_place]


def _place_may_stand(prep: str, kind: str) -> bool:
    """Whether a place after the preposition stands for its country as the target:
    "attacked positions IN Armenia" yes, "talks WITH", "aid FOR" no; "FROM" only for a
    withdrawal ("withdrew its troops from Lebanon"), not for "aid from Baku"."""
    if prep == "from":
        return kind == "RETREAT"
    return prep not in ("with", "for")


def _settle(roles: Roles, trigger: Trigger) -> Roles:
    """Drop targets that repeat the source; places never act; mark acting together."""
    roles.source = [f for f in roles.source if not f.is_place]
    keys = {actor_key(f) for f in roles.source}
    roles.target = [f for f in roles.target if actor_key(f) not in keys]
    # actors of a symmetric act ("met", "agreed", "clashed") act together when several share
    # the subject or the other is its object or its partner; not one acting on another
    # through a preposition ("agreed to supply weapons TO Yerevan")
    if trigger.deciding.roles == "reciprocal" and (
            len(roles.source) > 1 or (roles.target and (roles.partnered or roles.direct))):
        roles.reciprocal = True
    if _joint(trigger) and len(roles.source) + len(roles.target) > 1:
        roles.reciprocal = True
    return roles


def _joint(trigger: Trigger) -> bool:
    head = trigger.head
    words = {c.lower_ for c in head.children} | {c.lower_ for c in trigger.token.children}
    return bool(words & {"joint", "together", "jointly", "trilateral", "bilateral", "mutual"})


