"""Who acts, where it is not simply the verb's subject: source finders of `roles`.

The passive's agent, or the subject of a stative passive ("militias are involved in the
attacks"); for a clause hanging on a thing, the subject of the verb that governs the
thing; for a thing that acts, whoever wielded it ("a bomb planted by rebels killed");
whoever lends the act a hand ("with the help of Russian forces"); and the giver of a
converse verb, whose subject receives ("received drones from Israel"); whoever acts
along with the subject ("X, ALONG WITH Y, called"); the other side of a fight one was
harmed in ("killed in a clash WITH police"); and the subject of a passive a gerund of
time hangs on ("was freed AFTER APOLOGIZING").
"""

from __future__ import annotations

from belli.events.cue_lists import cue_list
from belli.events.participants import Found, Participants
from belli.events.role_record import Roles, note
from belli.events.suppliers import PURCHASES, made_by
from belli.events.syntax import (
    Token,
    agent_of,
    children,
    is_passive,
    is_reduced_relative,
    is_to_clause,
    lemma,
    objects_of,
    prep_objects,
    subject_of,
)
from belli.events.triggers import Trigger
from belli.records import Actor

__all__ = ["NOUN_ACTS", "actor_token", "companions", "converse", "country_left", "fired_from",
           "helpers", "instrument_user", "lends_hand", "split_gerund"]

# Modifiers of an event noun that name who acts ("the Azerbaijani shelling", "Russia's
# invasion"), or whose hand is lent ("with Turkish backing").
NOUN_ACTS = ("poss", "amod", "compound", "nmod")
# Nouns of a hand lent: "seized the town WITH THE HELP OF Russian forces", "brokered
# WITH THE MEDIATION OF Qatar", "WITH TURKISH BACKING": whose it is acts alongside.
_HELP = frozenset({"help", "assistance", "support", "backing", "mediation",
                   "participation", "involvement"})
# Words that open a gerund of time or cause on a verb ("released AFTER apologizing",
# "jailed FOR insulting", "arrested WHILE protesting").
_ADJUNCT_MARKS = frozenset({"after", "before", "for", "since", "while", "without", "upon"})
# prepositions of an instrument ("struck WITH drones supplied by Turkey")
_INSTRUMENT_PREPS = frozenset({"with", "using"})
# Participles of making or handing a thing over, whose "by" did not use it.
_HANDED = frozenset({"make", "build", "design", "produce", "manufacture", "supply", "sell",
                     "provide", "deliver", "donate", "give", "send", "export", "ship"})

# Modes of sending people out of a country, and the verbs of going that the order names.
_SENT_OUT = frozenset({"expel", "deport"})
_LEAVING = frozenset({"leave", "quit", "depart", "exit"})


def country_left(trigger: Trigger, people: Participants) -> list[Found]:
    """"Two diplomats were ordered to leave ESTONIA", "were expelled from PRAGUE": with no
    doer named, the country someone is sent out of is who sends them."""
    verb = trigger.token
    if trigger.deciding.mode not in _SENT_OUT or not is_passive(verb) or agent_of(verb) is not None:
        return []
    left = [o for p, o in prep_objects(verb, deep=False) if p == "from"]
    left += [o for c in children(verb, "xcomp") if lemma(c) in _LEAVING for o in objects_of(c)]
    return [f for o in left for f in people.phrase(o) if not f.is_place and f.actor.country]


# attacks that take people away: their "from" is where the people were taken
_TAKEN = frozenset({"abduct"})


def fired_from(trigger: Trigger, people: Participants) -> list[Found]:
    """"Rocket fire FROM GAZA wounded two", "missiles were fired FROM YEMEN": with no doer
    named, the land an attack came from stands for the side that made it."""
    verb = trigger.token
    if trigger.type != "ASSAULT" or trigger.kind != "verbs" or trigger.deciding.mode in _TAKEN:
        return []  # "hostages kidnapped FROM a school": where they were taken, not who took them
    holders = [verb] if is_passive(verb) and agent_of(verb) is None else []
    subject = subject_of(verb) if not holders else None
    if subject is not None and not people.names_actor(subject):
        holders.append(subject)  # the weapon or the fire, not who made it
    lands = [o for h in holders for p, o in prep_objects(h, deep=False) if p == "from"]
    return [Found(f.actor.replace(sector=None, reason=(
        f"the attack came from {o.text} ({f.actor.country})")), f.mention_id, "mention")
            for o in lands for f in people.phrase(o, places=True) if f.actor.country]


def actor_token(trigger: Trigger, people: Participants) -> Token | None:
    """Who acts: the passive's agent, a stative passive's subject ("Vietnam is committed
    to"), the subject; for a clause hanging on a thing, the subject of the verb that
    governs the thing ("the PKK issued a declaration DEMANDING ...")."""
    verb = trigger.token
    if trigger.kind == "adjectives":
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return own[0] if own else subject_of(verb)
    if is_passive(verb):
        return agent_of(verb) or _stative_subject(trigger) or _foe_in_fight(trigger)
    owner = split_gerund(verb)
    if owner is not None and people.names_actor(owner):
        return owner  # "condemned the Azerbaijani shelling": not the condemner's shelling
    user = _user_of_handed(verb)
    if user is not None:
        return user
    subject = _wielder(subject_of(verb), people)
    if (subject is not None and verb.dep_ == "acl" and subject == verb.head
            and not people.names_actor(subject) and subject.dep_ in ("dobj", "pobj")):
        governor = subject.head if subject.dep_ == "dobj" else subject.head.head
        if governor.pos_ == "VERB":
            return subject_of(governor)
    return subject if subject is not None else _held_doer(verb)


def _user_of_handed(verb: Token) -> Token | None:
    """"used drones SUPPLIED BY TURKEY TO STRIKE artillery": a purpose clause's understood
    subject is the main clause's, whoever uses the thing (the subject of the verb it is
    the object or instrument of), never the giver inside a participle of handing over,
    wherever the parser hangs the clause (on the participle or on the thing). A thing
    that is a subject has no such user."""
    if not is_to_clause(verb):
        return None
    if verb.dep_ in ("advcl", "xcomp") and _handed(verb.head):
        thing = verb.head.head
    elif verb.dep_ == "acl" and any(_handed(c) for c in children(verb.head, "acl")):
        thing = verb.head
    else:
        return None
    governor = instrument_user(thing)
    return subject_of(governor) if governor is not None else None


def _handed(participle: Token) -> bool:
    """"drones SUPPLIED by Turkey": a participle of making or handing over its noun."""
    return participle.dep_ == "acl" and is_reduced_relative(participle) and lemma(participle) in _HANDED


def instrument_user(thing: Token) -> Token | None:
    """The verb whose doer uses the thing: the verb it is the object of ("used DRONES"), or
    the one its "with" or "using" phrase belongs to, which the parser may hang on the
    verb's object ("shelled the camp WITH MORTARS")."""
    governor = thing.head
    if thing.dep_ == "pobj" and governor.lower_ in _INSTRUMENT_PREPS:
        governor = governor.head
        if governor.dep_ == "dobj":  # "the camp with mortars": the object's verb
            governor = governor.head
        elif governor.dep_ == "pobj":  # "fired at ships with rockets"
            governor = governor.head.head
    elif thing.dep_ != "dobj":
        return None
    return governor if governor.pos_ == "VERB" and governor != thing else None


def _held_doer(verb: Token) -> Token | None:
    """"was released AFTER APOLOGIZING to the king", "was arrested WHILE PROTESTING": a
    gerund of time or cause on a passive is done by the passive's subject, not its agent."""
    if verb.tag_ != "VBG" or children(verb, "nsubj", "nsubjpass"):
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ in _ADJUNCT_MARKS:
        governor = verb.head.head
    elif verb.dep_ == "advcl" and any(m.lower_ in _ADJUNCT_MARKS for m in children(verb, "mark")):
        governor = verb.head
    else:
        return None
    held = children(governor, "nsubjpass") if is_passive(governor) else []
    return held[0] if held else None


def split_gerund(verb: Token) -> Token | None:
    """"condemned THE AZERBAIJANI SHELLING of X": the parser may read the determiner and
    adjective as the governing verb's object and the gerund as a clause of its own; the
    gerund is then an event noun, and the adjective (its phrase opened by a determiner,
    right before it, split from the same governor) is its modifier. None elsewhere
    ("attacked the Armenians, killing 12": a plural is no adjective)."""
    if verb.tag_ != "VBG" or verb.i == 0 or children(verb, "nsubj", "nsubjpass"):
        return None
    before = verb.doc[verb.i - 1]
    if before.tag_ not in ("JJ", "NNP") or before.head != verb.head:
        return None
    opened = any(c.dep_ == "det" for c in before.children)
    return before if opened and before.dep_ in ("dobj", "pobj", "nsubj") else None


def _wielder(subject: Token | None, people: Participants) -> Token | None:
    """"A bomb PLANTED BY rebels killed", "the blast, caused by a mine laid by troops,
    killed": a thing that acts stands for whoever its participle's "by" names."""
    for _ in range(2):  # a thing caused by a thing placed by someone
        agent = _wielding_agent(subject) if subject is not None and not people.names_actor(subject) else None
        if agent is None:
            return subject
        subject = agent
    return subject


def _wielding_agent(thing: Token) -> Token | None:
    """The "by" of a participle that says who used the thing, not who made or gave it
    ("drones SUPPLIED BY Iran struck" were not struck with by Iran)."""
    for participle in children(thing, "acl"):
        if is_reduced_relative(participle) and lemma(participle) not in _HANDED:
            agent = agent_of(participle)
            if agent is not None:
                return agent
    return None


def _stative_subject(trigger: Trigger) -> Token | None:
    """"Serb forces were ENGAGED IN ethnic cleansing", "militias are INVOLVED IN the
    attacks": a passive with no agent whose event noun sits in its "in" phrase states
    what its subject does."""
    noun = trigger.noun
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.head != trigger.token:
        return None
    return next(iter(children(trigger.token, "nsubjpass")), None)


def companions(verb: Token, subject: Token, people: Participants) -> list[Found]:
    """"The United States, ALONG WITH Britain and France, called", "Russia, TOGETHER WITH
    China, vetoed", "Turkey ALONGSIDE Qatar condemned": who acts with the subject, told
    between it and the verb."""
    found: list[Found] = []
    for prep in (c for h in (subject, verb) for c in children(h, "prep") if c.i < verb.i):
        joined = prep.lower_ == "alongside" or (prep.lower_ == "with" and any(
            w.lower_ == "together" for w in prep.doc[max(prep.i - 1, 0):prep.i]))
        inner = [prep] if joined else [w for w in children(prep, "prep")
                                       if prep.lower_ == "along" and w.lower_ == "with"]
        found += people.actors(o for w in inner for o in children(w, "pobj"))
    return found


def _foe_in_fight(trigger: Trigger) -> Token | None:
    """"was killed IN A GUN BATTLE WITH police", "were wounded during clashes with
    rebels": one harmed in a fight with someone was harmed by them."""
    if trigger.type != "ASSAULT":
        return None
    fights = cue_list("joint_fighting_nouns") - cue_list("truce_words")
    for prep, fight in prep_objects(trigger.token, deep=False):
        if prep in ("in", "during") and lemma(fight) in fights:
            foes = [o for p, o in prep_objects(fight, deep=False) if p == "with"]
            if foes:
                return foes[0]
    return None


def _owners_of_received(verb: Token, receivers: list[Found], people: Participants) -> list[Found]:
    """"is set to receive INDIAN howitzers", "received RUSSIA'S S-400s", "came under
    AZERBAIJANI fire": with no "from" phrase, the adjective or possessor of the thing
    received names its giver; not the receiver's own ("received its howitzers"), nor a
    purchase's (`suppliers.seller_of`: "bought Russian jets" may be bought from anyone)."""
    if lemma(verb) in PURCHASES:
        return []
    own = {f.actor.country for f in receivers}
    found = [f for obj in objects_of(verb) for f in people.modifiers(obj, ("poss", "amod", "compound"))]
    found += [f for prep, obj in prep_objects(verb, deep=False) if prep == "under"
              for f in people.modifiers(obj, ("poss", "amod", "compound"))]
    return [f for f in found if f.actor.country and f.actor.country not in own]


def lends_hand(prep: str, obj: Token) -> bool:
    """"with the help of Georgia": a phrase of a hand lent, never whom the act aims at."""
    return prep == "with" and lemma(obj) in _HELP


def helpers(trigger: Trigger, people: Participants, roles: Roles) -> None:
    """Whoever lends the act a hand acts with its source: "seized the town with the help
    of Russian forces", "a deal brokered with the help of Georgia", "with Turkish backing"."""
    holders = [trigger.token] + ([trigger.noun] if trigger.noun is not None else [])
    for holder in holders:
        for prep, obj in prep_objects(holder, deep=False):
            if not lends_hand(prep, obj):
                continue
            found = people.modifiers(obj, NOUN_ACTS) + people.actors(
                o for p, o in prep_objects(obj, deep=False) if p == "of")
            roles.source.extend(found)
            note(roles, found, "the hand lent in", obj)


def converse(verb: Token, people: Participants, roles: Roles) -> None:
    """"X received drones from Y": Y gives, X receives; "X came under fire from Y"; with no
    giver named, the maker of what is received ("received Turkish-made drones"), else
    its owner ("is set to receive Indian howitzers")."""
    heads = [verb, *(obj for _, obj in prep_objects(verb, deep=False))]
    giving = ("from", "by", "to") if lemma(verb) in cue_list("losing_verbs") else ("from", "by")
    givers = [f for head in heads for prep, obj in prep_objects(head, deep=head is verb)
              if prep in giving for f in people.phrase(obj)]
    if not givers:  # "is acquiring Turkish-designed warships": the maker gives
        givers = [f for obj in objects_of(verb) for f in made_by(obj, people)]
    if not givers:
        givers = _owners_of_received(verb, roles.source, people)
        note(roles, givers, "owner of what is received by", verb)
    roles.target = _lost_place(verb, people) or roles.source
    roles.source = givers
    roles.how.append("converse verb: the subject receives, 'from' gives")


def _lost_place(verb: Token, people: Participants) -> list[Found]:
    """The country of a place that falls ("KHERSON fell to Russian forces", "the town of
    Bakhmut fell"): the side that lost it, where the subject is a place."""
    subject = subject_of(verb)
    if subject is None or lemma(verb) not in cue_list("falling_verbs"):
        return []
    located = people.place(subject)
    if located is None or located[0].country is None:
        return []
    place, mention_id = located
    why = f"{place.name}, the place lost, stands for its country {place.country}"
    return [Found(Actor(text=place.name or subject.text, name=place.name, country=place.country,
                        reason=why), mention_id, "place")]
