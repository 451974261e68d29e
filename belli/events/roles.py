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
`role_sources` who acts beyond a plain subject, `role_preps` whom the act's prepositions
aim at, `role_clauses` whom a demand's clause names, and `role_record` holds the `Roles`
they fill.
"""

from __future__ import annotations

from belli.actors.topics import topic_verbs
from belli.events.cue_lists import cue_list
from belli.events.disputes import denier, disputed_charge
from belli.events.lexicon import load_lexicon, load_plover
from belli.events.mutual_ties import mutual_sides
from belli.events.participants import Found, Participants
from belli.events.role_clauses import clause_doer, clause_subject, held_clauses
from belli.events.role_fallbacks import (
    aimed_for,
    beneficiaries,
    crossed,
    deal_partners,
    destination,
    facing,
    held_people,
    inflicted_on,
    others_words,
    owner_of,
    purposes,
    reported_doers,
    shared_theme,
    stance_targets,
    sum_recipients,
    summed_up_tellers,
)
from belli.events.role_parties import (
    addressee,
    attendant,
    brokered,
    claimant,
    gathered,
    speaker_at_gathering,
    thanked_for,
    undergone,
)
from belli.events.role_preps import (
    HOSTED,
    SPOKEN,
    across,
    is_venue,
    noun_preps,
    of_targets,
    preposition_targets,
    thing_owner,
)
from belli.events.role_record import Roles, actor_key, note, own_body
from belli.events.role_sources import (
    NOUN_ACTS,
    actor_token,
    companions,
    converse,
    country_left,
    fired_from,
    helpers,
    instrument_user,
    lends_hand,
    split_gerund,
)
from belli.events.suppliers import maker_of
from belli.events.syntax import (
    Token,
    children,
    is_passive,
    is_reduced_relative,
    is_to_clause,
    lemma,
    objects_of,
    prep_objects,
    subject_of,
)
from belli.events.trigger_objects import slipped_participle
from belli.events.triggers import Trigger
from belli.events.verdicts import NAMING
from belli.events.victims import aimed_at_doers

__all__ = ["Roles", "find_roles", "generic_targets"]


# Prepositions that name whom an act is aimed at, whatever its type (for the act inside
# a promise or a request: "promised to supply weapons TO Yerevan").
_ANY_TARGET = ("to", "with", "for", "against", "on", "into", "toward", "towards")
# Prepositions on a thing moved or imposed that name whom it is aimed at ("restrictions
# FOR new EU members").
_THEME_PREPS = ("on", "against", "of", "to", "into", "with", "for")
# Types whose object, when a thing, points at its owner as the target ("rejected a U.S.
# request", "welcomed Iran's offer").
_OWNED_OBJECTS = frozenset({"REJECT", "ACCUSE", "SUPPORT", "REQUEST", "AGREE", "CONCEDE",
                            # "stopped Iranian lorries", "seized a Greek tanker"
                            "COERCE", "SANCTION"})
# a feeling shared or voiced is its holder's, whom it is about is no owner of it ("shares
# POLAND'S concern over Russian troop movements"); one dismissed is aimed at its holder
_VOICING = frozenset({"ACCUSE", "SUPPORT"})
_FEELINGS = frozenset({"concern", "worry", "alarm", "outrage", "dismay", "disappointment",
                       "frustration", "anger", "regret", "sympathy", "solidarity"})
# Types that react to something, so the owner of what they react to is their target:
# "struck over a bill signed by the minister" as well as the owned objects' types.
_REACTIONS = _OWNED_OBJECTS | {"PROTEST"}
# Types that answer a proposal: its maker is whom the answer is aimed at
_ANSWERS = frozenset({"AGREE", "REJECT", "SUPPORT", "ACCUSE"})
# Types whose clausal complement names the target as its subject: "demanded that Greece's
# partners refuse", "its demand that Israel ease", "alleged that Croat forces shelled",
# "warned that the militias could not remain".
_CLAUSE_TARGETS = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
# acts done together, whose verb may name who takes part ("the talks BROUGHT TOGETHER")
_TOGETHER_KINDS = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# Types whose act noun a capital before it names the government of ("Washington
# sanctions"); not talks, deals or attacks, often named by where they are ("the Minsk
# agreements", "the Moscow talks", "the Kabul bombing").
_SEATED = frozenset({"AID", "SUPPORT", "SANCTION", "REJECT", "ACCUSE", "REQUEST", "THREATEN"})
# how many clauses of purpose deep an act's target is looked for
_PURPOSE_DEPTH = 2
# participles on an act's noun that name its aim: as their object ("TARGETING Canada"),
# or after "at"/"against" ("AIMED AT Russian banks")
_TARGETING = frozenset({"target", "hit", "affect", "punish", "penalize", "penalise",
                        "encircle", "surround"})
_AIMING = frozenset({"aim", "direct"})
# the parties of a joint act: "between" any act's, "among" only those of a meeting, a
# deal, a joint act or fighting ("support AMONG Republicans" is a population's)
_AMONG_ONLY = frozenset({"among", "amongst"})
_AMONG = _AMONG_ONLY | {"between"}
_AMONG_KINDS = frozenset({"CONSULT", "AGREE", "COOPERATE", "ASSAULT"})
# Types of acts on a sum of money, whose recipient the sum's phrase names ("pledged $5
# million IN AID TO Sudan", "suspended $95 million in aid to Cairo").
_SUMS_GIVEN = frozenset({"AGREE", "AID", "SANCTION", "CONCEDE", "SUPPORT"})
# Types of words addressed to whoever one talks with.
_ADDRESSED = frozenset({"REQUEST", "AGREE", "SUPPORT", "REJECT", "THREATEN", "CONCEDE"})


def find_roles(trigger: Trigger, people: Participants,
               attend: frozenset[str] = frozenset()) -> Roles:
    if trigger.kind == "nouns":
        roles = _noun_roles(trigger.token, trigger, people)
        if not roles.source:
            gathered(trigger.token, people, roles, joint=_done_together(trigger))
        if not roles.source:
            attendant(trigger.token, _joining_verbs(trigger, attend), people, roles,
                      meeting=trigger.type == "CONSULT")
            claimant(trigger.token, people, roles)
        elif trigger.type == "CONSULT":
            speaker_at_gathering(trigger.token, people, roles)
        undergone(trigger.token, people, roles)
        thanked_for(trigger.token, people, roles, received=_receivable(trigger))
    else:
        roles = _verb_roles(trigger, people)
    helpers(trigger, people, roles)
    if trigger.type == "ACCUSE":  # "condemned the attack ON THE CONVOY" is not aimed at it
        aimed_at_doers(trigger, people, roles)
    return _settle(roles, trigger)


def _done_together(trigger: Trigger) -> bool:
    """Whether the act is one done together (talks, drills, a deal), whose verb may name
    who takes part ("the talks BROUGHT TOGETHER officials from both sides")."""
    return trigger.type in _TOGETHER_KINDS or trigger.deciding.roles == "reciprocal"


def _receivable(trigger: Trigger) -> bool:
    """Whether the act is help a thanker may have received: a deed of force praised is not
    ("praised the army for its STRIKES")."""
    return trigger.type is not None and load_plover().quad(trigger.type) <= 2


def _joining_verbs(trigger: Trigger, attend: frozenset[str]) -> frozenset[str]:
    """The verbs whose subject takes part in the event noun: of going and attending, and
    for a joint act ("talks", "a truce") of consenting to it ("agreed to talks"); one
    accepts aid or an offer without giving it."""
    joint = trigger.deciding.roles == "reciprocal"
    return attend | cue_list("consent_verbs") if joint else attend


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
    _answered_tellers(verb, kind, people, roles)
    if is_reduced_relative(verb) and kind == "AID":
        _user_of_supplies(verb, people, roles)
    preposition_targets(trigger, people, roles)
    of_targets(trigger, people, roles)
    if trigger.noun is not None and not roles.target:  # "imposed tariffs TARGETING Canada"
        found = _participle_targets(trigger.noun, people)
        roles.target.extend(found)
        note(roles, found, "whom its noun targets", trigger.noun)
    _further_targets(trigger, people, roles)
    if not roles.target and kind in _REACTIONS:
        _reacted_to(trigger, people, roles)
    noun, passive, authorized = trigger.noun, _passive_theme(trigger), _authorized(trigger)
    # the noun's own reading, read once: it fills what the verb's clause left empty
    # (converse ones turned already), and names who does an act approved
    own = _noun_roles(noun, trigger, people) if noun is not None and (passive or authorized) \
        else None
    own_phrase = own is not None and passive and not (roles.source and roles.target) \
        and _own_phrase_roles(own, roles)
    if own is not None and authorized:
        _doers_authorized(own, roles, noun)
    if noun is not None and not roles.source:
        roles.source = people.modifiers(noun, NOUN_ACTS)
    if trigger.deciding.roles == "converse" and not own_phrase:
        converse(verb, people, roles)
    _typed_targets(verb, kind, people, roles)
    if not roles.source:
        roles.source = country_left(trigger, people)
        note(roles, roles.source, "the country left", verb)
    if not roles.source:
        roles.source = fired_from(trigger, people)
        note(roles, roles.source, "where the attack came from", verb)
    return roles


def _answered_tellers(verb: Token, kind: str, people: Participants, roles: Roles) -> None:
    """Whom words rejected or supported point back to, where no one else is aimed at: who
    told a claim summed up after a comma, or who put the words answered."""
    if kind == "REJECT" and not _others(roles):
        found = summed_up_tellers(verb, people)
        roles.target.extend(found)
        note(roles, found, "who told the claim summed up after a comma, answered by", verb)
    if kind in ("REJECT", "SUPPORT") and not _others(roles):
        found = others_words(verb, roles.source, people)
        roles.target.extend(found)
        note(roles, found, "who put the words answered, before", verb)


def _typed_targets(verb: Token, kind: str, people: Participants, roles: Roles) -> None:
    """Targets some types find where the phrases named none: the subject of the clause a
    demand holds, whom a warned own act aims at, the fighters a plea names, whom one
    talks with."""
    if not roles.target and kind in _CLAUSE_TARGETS:
        clause_subject(verb, people, roles, kind)
    if kind == "THREATEN" and roles.source and not _others(roles):
        _own_act_targets(verb, people, roles)
    if not roles.target and kind == "REQUEST":
        _fighters_asked(verb, people, roles)
    if not _others(roles) and kind in _ADDRESSED:
        addressee(verb, people, roles)


def _subject_source(verb: Token, actor_token: Token, people: Participants, roles: Roles) -> None:
    roles.source = people.phrase(actor_token)
    with_it = companions(verb, actor_token, people)
    have = {actor_key(s) for s in roles.source}
    roles.source += [f for f in with_it if actor_key(f) not in have]
    note(roles, with_it, "acting along with the subject", actor_token)
    agent = is_passive(verb) and actor_token.dep_ != "nsubjpass"
    slot = "passive agent" if agent else "subject"
    slot = "modifier" if actor_token == split_gerund(verb) else slot
    note(roles, roles.source, slot, actor_token)


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
        obj = across(obj)  # "closed its borders with Iran and Turkey"
        if mutual_sides(obj, people, roles):  # "deepened Sino-Russian ties"
            continue
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
        # thing; whom it is aimed at may hang on it; but a proposal answered is its
        # maker's ("accepted the US proposal FOR a hostage deal")
        found = _proposer(obj, kind, people) or [
            f for p, o in prep_objects(obj, deep=False) if p in _theme_preps(kind)
            and lemma(o) not in cue_list("media_channels")  # "welcomed it ON SOCIAL MEDIA"
            for f in people.phrase(o, places=True)]
    if not found and kind in _OWNED_OBJECTS and not (kind in _VOICING and lemma(obj) in _FEELINGS):
        found = owner_of(obj, people) or _owner_by(obj, trigger.token, people)
    if not found and kind not in SPOKEN and not people.heads_mention(obj):
        found = held_people(obj, people, trigger.token)
    return found


def _proposer(obj: Token, kind: str, people: Participants) -> list[Found]:
    """Whose a proposal, an offer or a plan is, where the answer to it is the type's act:
    accepted, rejected, welcomed, backed."""
    if kind not in _ANSWERS or lemma(obj) not in load_lexicon().classes.get("proposals", ()):
        return []
    return [f for f in owner_of(obj, people) if not f.is_place]


def _owner_by(obj: Token, verb: Token, people: Participants) -> list[Found]:
    """"dismissed the statement BY NATO": a "by" right after the object of an active verb
    names whose the object is, where the parser hung it on the verb."""
    after = obj.right_edge.i + 1
    if after >= len(obj.doc) or is_passive(verb):
        return []
    by = obj.doc[after]
    if by.lower_ != "by" or by.head.i != verb.i:
        return []
    return people.actors(children(by, "pobj"))


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
            if prep in ("over", "about", "for", "of", "to", "into", "at") \
                    and not is_venue(prep, obj, trigger.type or ""):
                found = reported_doers(obj, people, roles.source) \
                    if trigger.type == "ACCUSE" else []
                found = found or owner_of(obj, people)
                roles.target.extend(found)
                note(roles, found, f"owner of '{prep} {obj.text}'", obj)


def _own_act_targets(verb: Token, people: Participants, roles: Roles) -> None:
    """"warned that IT would exert pressure ON IRAN": a warning of the speaker's own act is
    aimed at whom that act is aimed at."""
    own = {actor_key(f) for f in roles.source}
    for clause in held_clauses(verb):
        doer = clause_doer(clause, "THREATEN")
        if doer is None or not {actor_key(f) for f in people.phrase(doer)} & own:
            continue
        found = [f for f in generic_targets(clause, people) if not f.is_place]
        roles.target.extend(found)
        note(roles, found, f"whom its own act '{clause.text}' is aimed at", clause)


def _fighters_asked(verb: Token, people: Participants, roles: Roles) -> None:
    """"called for an end to the fighting BETWEEN Armenia and Azerbaijan": a plea to stop
    fighting is aimed at those it names as fighting."""
    fighting = (cue_list("fighting_words") | cue_list("joint_fighting_nouns")
                | cue_list("truce_words"))
    for word in verb.subtree:
        if word.pos_ != "NOUN" or (word.lower_ not in fighting and lemma(word) not in fighting):
            continue
        for prep, obj in prep_objects(word, deep=False):
            among = prep in ("between", "among")
            found = people.actors([obj]) if among else []
            roles.target.extend(found)
            note(roles, found, f"fighting '{prep}'", obj)


def _passive_theme(trigger: Trigger) -> bool:
    """Whether the light verb's noun is its passive subject with no "by" that names the
    doer ("the withdrawal of French troops WAS COMPLETED in August")."""
    noun = trigger.noun
    return noun is not None and noun.dep_ == "nsubjpass" and noun.head == trigger.token \
        and not children(trigger.token, "agent")


def _own_phrase_roles(own: Roles, roles: Roles) -> bool:
    """The sides the noun's own phrase names (`own`), where the verb's clause left them
    empty; whether it filled any."""
    filled = False
    if not roles.source and own.source:
        roles.source, filled = own.source, True
    if not roles.target and own.target:
        roles.target, filled = own.target, True
    if filled:
        roles.how.extend(own.how)
    return filled


def _authorized(trigger: Trigger) -> bool:
    """Whether the light verb approves an act another may do ("the council APPROVED the
    deployment of a Kenyan-led force")."""
    return lemma(trigger.token) in cue_list("authorizing_verbs")


def _doers_authorized(own: Roles, roles: Roles, noun: Token) -> None:
    """Who does an act approved is whom its own phrase (`own`) names, where it names a
    state's body ("a KENYAN-led force"); else the state that approves sends its own
    ("Kenya's parliament approved the deployment of 1,000 police officers")."""
    doers = [f for f in own.source if f.actor.country]
    if doers:
        roles.source = doers
        roles.how.append(f"the act approved is done by whom its phrase names ({noun.text})")


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
    _noun_phrase_roles(noun, kind, rule.of or load_plover().of_roles.get(kind), people, roles)
    if not roles.target:
        found = _participle_targets(noun, people)
        roles.target.extend(found)
        note(roles, found, "whom it targets", noun)
    if not roles.target and kind in _CLAUSE_TARGETS:
        clause_subject(noun, people, roles, kind)
    if not roles.target and kind == "ACCUSE":
        _denier(noun, people, roles)
    if not roles.target and kind == "ASSAULT":
        _casualties(noun, people, roles)
    return roles


def _denier(noun: Token, people: Participants, roles: Roles) -> None:
    """"Kabul rejected Pakistan's ALLEGATION that the attack was planned on Afghan soil":
    who disputes a charge is whom it is laid against, where the charge names no target of
    its own ("Ukraine's accusations AGAINST Belarus", "Moscow's claim that KYIV was
    behind it")."""
    verb = disputed_charge(noun)
    if verb is None:
        return
    who = denier(noun, verb)
    found = people.actors([who])
    roles.target.extend(found)
    note(roles, found, f"who {verb.text} it", who)


def _participle_targets(noun: Token, people: Participants) -> list[Found]:
    """"tariffs TARGETING Canada and Mexico", "sanctions AIMED AT Russian banks", "strikes
    DIRECTED AGAINST Hamas": whom a participle on the act's noun names as its aim."""
    found = []
    for verb in _participles_on(noun):
        if lemma(verb) in _TARGETING:
            found += people.actors(children(verb, "dobj"))
        elif lemma(verb) in _AIMING:
            found += people.actors(o for p, o in prep_objects(verb, deep=False)
                                   if p in ("at", "against"))
    return found


def _participles_on(noun: Token) -> list[Token]:
    """The participles on the noun, and the one the parser made the noun the subject of
    ("conducted the drills ENCIRCLING Taiwan" read as a clause)."""
    slipped = slipped_participle(noun)
    return children(noun, "acl") + ([slipped] if slipped is not None else [])


def _casualties(noun: Token, people: Participants, roles: Roles) -> None:
    """"Four Indian soldiers DIED IN an attack by militants": who died or was hurt in an
    attack is whom it hit."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    if verb is None or verb.pos_ != "VERB" or lemma(verb) not in cue_list("casualty_verbs"):
        return
    for subject in children(verb, "nsubj", "nsubjpass"):
        found = people.actors([subject])
        roles.target.extend(found)
        note(roles, found, f"who {verb.text} in it", subject)


def _noun_phrase_roles(noun: Token, kind: str, of_role: str | None, people: Participants,
                       roles: Roles) -> None:
    """The sides the noun's phrases name: "by" and "from" act (not a withdrawal's "from"),
    "of" as the type says, "between" or "among" the parties (those a go-between brokers between
    are its targets), and the type's target prepositions."""
    for prep, obj in noun_preps(noun, people):
        if lends_hand(prep, obj) or is_venue(prep, obj, kind):
            continue
        if prep in _AMONG_ONLY and kind not in _AMONG_KINDS:
            continue
        found = people.phrase(obj, places=prep != "by")
        if prep in ("by", "from") and kind != "RETREAT" or (prep == "of" and of_role == "source"):
            found = [f for f in found if not f.is_place]
            roles.source.extend(found)
            note(roles, found, f"'{prep}'", obj)
        elif prep in _AMONG and brokered(roles.source, found):
            roles.target.extend(f for f in found if not f.is_place)
            note(roles, found, f"'{prep}'", obj)
        elif prep in _AMONG:  # "a 2013 agreement AMONG Kenya, Somalia and the UNHCR"
            roles.source.extend(f for f in found if not f.is_place)
            roles.reciprocal = True
        elif (prep in load_plover().target_preps.get(kind, ())
              or (prep == "of" and of_role == "target")):
            found = found or thing_owner(prep, obj, people)
            roles.target.extend(found)
            # "talks WITH Armenia": a partner, who talks too where the talkers are named
            roles.partnered = roles.partnered or (prep == "with" and bool(found))
            note(roles, found, f"'{prep}'", obj)


def _theme_preps(kind: str) -> tuple[str, ...]:
    return _THEME_PREPS + (("in", "inside", "within") if kind in HOSTED else ())


def _theme_object(trigger: Trigger) -> bool:
    """Whether the rule read the object as a thing ("weapons", "troops"), not an actor."""
    wanted = trigger.deciding.conditions.get("object") or trigger.rule.conditions.get("object")
    return isinstance(wanted, frozenset) and "@actor" not in wanted


def _user_of_supplies(verb: Token, people: Participants, roles: Roles) -> None:
    """"Azerbaijan used drones supplied by Turkey", "shelled the camp WITH mortars
    supplied by the Emirates": the user of the supplies receives."""
    governor = instrument_user(verb.head)
    if governor is None:
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
    if kind in _SUMS_GIVEN and not found:
        found = sum_recipients(verb, people)
        roles.target.extend(found)
        note(roles, found, "whom the sum goes to, of", verb)
    if kind == "AGREE" and not found:
        found = deal_partners(verb, people)
        roles.target.extend(found)
        note(roles, found, "partner the deal names, of", verb)
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
    return errand and (rule.type in HOSTED or rule.mode == "investigate")


def _others(roles: Roles) -> list[Found]:
    """The targets that are not the source itself (those `_settle` drops)."""
    return [f for f in roles.target if not own_body(f, roles.source)]


def _settle(roles: Roles, trigger: Trigger) -> Roles:
    """Drop targets that repeat the source; places never act; mark acting together."""
    roles.source = [f for f in roles.source if not f.is_place]
    roles.target = _others(roles)
    # actors of a symmetric act ("met", "agreed", "clashed") act together when several share
    # the subject or the other is its object or its partner; not one acting on another
    # through a preposition ("agreed to supply weapons TO Yerevan")
    if trigger.deciding.roles == "reciprocal" and (
            len(roles.source) > 1 or (roles.target and (roles.partnered or roles.direct))):
        roles.reciprocal = True
    if _joint(trigger) and len(roles.source) + len(roles.target) > 1:
        roles.reciprocal = True
    if len(roles.source) > 1 and _each_other(trigger.token):
        roles.reciprocal = True  # "Pakistan and Afghanistan accused EACH OTHER"
    return roles


def _each_other(verb: Token) -> bool:
    """Whether the verb's object is "each other" or "one another"."""
    pairs = {("each", "other"), ("one", "another")}  # the parser heads either word
    return any((c.lower_, o.lower_) in pairs or (o.lower_, c.lower_) in pairs
               for o in children(verb, "dobj") for c in o.children)


def _joint(trigger: Trigger) -> bool:
    head = trigger.head
    words = {c.lower_ for c in head.children} | {c.lower_ for c in trigger.token.children}
    return bool(words & {"joint", "together", "jointly", "trilateral", "bilateral", "mutual"})


