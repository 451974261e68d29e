"""Whom an act's prepositions aim at: target finders of `roles`.

The prepositions of the verb, of a light verb's noun and of the words that hold it ("a
series of airstrikes AGAINST IS"), by the event type's target prepositions; "of" where
the type names its target so ("the blockade OF Serbia"); the other side of a border
("its border WITH AZERBAIJAN"); the owner of a thing aimed at ("a crackdown on protests
BY STUDENTS"); failing those, the parties the act is between. A place after the
preposition stands for its country only where the preposition says so.
"""

from __future__ import annotations

from functools import cache

from belli.events.cue_lists import cue_list
from belli.events.lexicon import load_lexicon, load_plover
from belli.events.participants import RELATIONAL, Found, Participants
from belli.events.role_fallbacks import owner_of
from belli.events.role_parties import parties_between
from belli.events.role_record import Roles, note
from belli.events.role_sources import NOUN_ACTS, lends_hand, split_gerund
from belli.events.syntax import Token, children, is_container, lemma, prep_objects
from belli.events.triggers import Trigger
from belli.events.victims import agents_on_verdict, names_act

__all__ = ["HOSTED", "SPOKEN", "across", "aimed_at", "aims_at", "is_venue", "noun_preps",
           "of_targets", "preposition_targets", "thing_owner"]

# Types whose thing, placed in a country, acts on it ("opened an embassy IN Tehran",
# "will evacuate settlements IN Gaza"); not a deal signed in Moscow, a meeting's place.
HOSTED = frozenset({"AID", "MOBILIZE", "RETREAT", "SUPPORT", "COERCE", "ASSAULT", "SANCTION"})
# Types whose object is words (a call, an offer, a plan), not a thing that holds people:
# "rejected a call FOR its peacekeepers to deploy" is not aimed at the peacekeepers
SPOKEN = frozenset({"REJECT", "ACCUSE", "SUPPORT", "REQUEST", "AGREE", "CONCEDE", "CONSULT"})
# Acts of words, said somewhere (statements, threats, agreements, talks): a gathering
# after "at" is where they were said; a material act "at" a gathering hits those there
VERBAL = SPOKEN | {"THREATEN"}
# words for a border, whose "with" names the other side ("its border WITH Iran")
_BORDERS = frozenset({"border", "frontier", "boundary", "line", "side"})
# gatherings of many that a city hosts: going to one is no visit to the host country
_GATHERINGS = frozenset({"summit", "conference", "forum", "assembly", "session", "congress",
                         "convention", "gathering", "ceremony", "funeral", "inauguration"})
# Modes of an act that moves people somewhere ("deported them TO Turkey"): its "to" is
# where they go, not whom it is aimed at (they are, as its object).
_MOVING_MODES = frozenset({"deport"})
# Where a complaint or a case is brought, and the bodies that hear one: an international
# body or a court ("complained TO the UN", "a case BEFORE the ICJ", "filed a case AT the
# International Court of Justice")
_FORUM_PREPS = frozenset({"with", "to", "before", "at", "in"})
_VENUE_PREPS = frozenset({"at", "in"})  # a forum only of a complaint, or beside an "against"
_FILING = frozenset({"file", "lodge", "bring", "submit"})  # "FILED a complaint AT the ICJ"
_FORUM_SECTORS = frozenset({"IGO", "JUD"})


def preposition_targets(trigger: Trigger, people: Participants, roles: Roles) -> None:
    """Whom the prepositions of the act aim at; failing those, the parties it is between."""
    reciprocal = trigger.deciding.roles == "reciprocal"
    moved = trigger.deciding.mode in _MOVING_MODES
    for token in _target_holders(trigger):
        _prep_targets(token, trigger.type or "", people, roles, reciprocal, moved)
    if trigger.deciding.together is not None and not reciprocal:
        _partners_with(trigger, people, roles)
    if not roles.target:
        parties_between(_target_holders(trigger), people, roles)
    if not roles.target and _goes(trigger):
        _visited_place(trigger, people, roles)


def of_targets(trigger: Trigger, people: Participants, roles: Roles) -> None:
    """"the blockade OF Serbia": for a type whose "of" names the target; a gerund read as
    an event noun too ("condemned the Azerbaijani shelling OF Stepanakert")."""
    token = trigger.token
    # "the army's SHELLING of": a gerund with a possessor is read as a noun too
    gerund = split_gerund(token) is not None or (
        token.tag_ == "VBG" and bool(children(token, "poss")))
    noun = trigger.noun if trigger.noun is not None or not gerund else token
    if noun is None or load_plover().of_roles.get(trigger.type or "") != "target":
        return
    found = [f for p, o in prep_objects(noun, deep=False) if p == "of"
             for f in people.phrase(o, places=True)]
    roles.target.extend(found)
    note(roles, found, "'of'", noun)


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
    if trigger.type == "AID" and noun is None:  # "spent $2 billion ON WEAPONS for Kyiv"
        holders.extend(obj for prep, obj in prep_objects(trigger.token) if prep == "on")
    if _goes(trigger):  # "arrived in Kyiv FOR TALKS with the Ukrainian leadership"
        talks = load_lexicon().classes.get("talks", frozenset())
        holders.extend(obj for prep, obj in prep_objects(trigger.token, deep=False)
                       if prep in ("for", "to") and lemma(obj) in talks)
    return holders


def _goes(trigger: Trigger) -> bool:
    """A visit told by a verb of going ("arrived in Kyiv", "flew to Beijing")."""
    return trigger.type == "CONSULT" and trigger.noun is None \
        and lemma(trigger.token) in load_lexicon().attend


def _visited_place(trigger: Trigger, people: Participants, roles: Roles) -> None:
    """"arrived IN KYIV on Saturday": where a visitor goes, failing anyone met, stands for
    the host country; not a place of the visitor's own country (a leader back home)."""
    own = {f.actor.country for f in roles.source}
    phrases = list(prep_objects(trigger.token, deep=False))
    if any(lemma(obj) in _GATHERINGS for _, obj in phrases):
        return  # "arrived in Brussels for a NATO summit": the city only hosts it
    for prep, obj in phrases:
        if prep not in ("in", "to", "at"):
            continue
        found = [f for f in people.phrase(obj, places=True)
                 if f.is_place and f.actor.country not in own]
        roles.target.extend(found)
        note(roles, found, f"'{prep}'", obj)


def _partners_with(trigger: Trigger, people: Participants, roles: Roles) -> None:
    """"held naval drills WITH China": an act that turns cooperative when done together
    (the rule's `together`) takes a partner named with "with"; not the act's own noun
    ("pressed on WITH exercises") nor a border's other side, which "near" reads."""
    holders = _target_holders(trigger)
    own = {t.i for t in holders}
    for token in holders:
        phrases = list(prep_objects(token, deep=token.pos_ == "VERB"))
        if any(lemma(o) in _BORDERS for _, o in phrases):
            continue  # "near its border ... WITH Azerbaijan", however it is parsed
        for prep, obj in phrases:
            if prep != "with" or obj.i in own:
                continue
            found = people.actors([obj])
            roles.target.extend(f for f in found if f not in roles.target)
            roles.partnered = roles.partnered or bool(found)
            note(roles, found, "'with'", obj)


def _prep_targets(token: Token, kind: str, people: Participants, roles: Roles,
                  reciprocal: bool = False, moved: bool = False) -> None:
    wanted = load_plover().target_preps.get(kind, ()) + (("with",) if reciprocal else ())  # "fought with"
    if moved:  # "deported 40 Uyghurs TO China": where people are sent is no target
        wanted = tuple(p for p in wanted if p not in ("to", "into"))
    if kind in HOSTED:  # "occupied positions INSIDE Ethiopian territory", however it is parsed
        wanted += ("inside", "within")
    if kind == "ASSAULT" and lemma(token) in cue_list("taking_verbs"):
        wanted += ("from",)  # "retook the palace FROM the RSF": whom it was taken from
    if kind == "ASSAULT" and any(lemma(o) == "fire" for o in children(token, "dobj")):
        wanted += ("to",)  # "set fire TO the embassy": what burns
    for prep, obj in [*prep_objects(token, deep=token.pos_ == "VERB"), *_nearness(token)]:
        # "deployed monitors ON THE ARMENIAN SIDE of the border": where a thing is placed
        placed = kind in HOSTED and prep == "on" and lemma(obj) == "side"
        kept_from = _kept_from(token, prep, obj)
        if (prep in wanted or placed) and not lends_hand(prep, obj) and not kept_from \
                and not _medium(kind, prep, obj) and not _scene_setting(token, obj) \
                and not _absolute(prep, obj):
            obj = across(obj)
            found = people.phrase(obj, places=_place_may_stand(prep, kind)) or thing_owner(
                prep, obj, people)
            slot, named_by = prep, obj
            if _forum(kind, prep, found, token):
                # "filed a complaint WITH the Security Council (against Israel)": the body
                # that hears it is no one accused, nor a partner; the "against" it holds
                # names who is accused
                accused = [o for p, o in prep_objects(obj, deep=False) if p == "against"]
                found = [f for o in accused for f in people.phrase(o)]
                slot, named_by = "against", accused[0] if accused else obj
            roles.target.extend(found)
            roles.partnered = roles.partnered or (slot == "with" and bool(found))
            note(roles, found, f"'{slot}'", named_by)


def _absolute(prep: str, obj: Token) -> bool:
    """"exchanged prisoners, WITH Turkey and Qatar ACTING as mediators": a clause of its
    own after "with" tells the circumstances, and its subject is no partner."""
    return prep == "with" and obj.pos_ in ("VERB", "AUX") and bool(children(obj, "nsubj"))


def _kept_from(verb: Token, prep: str, obj: Token) -> bool:
    """"barred him FROM the country", "banned Russian vessels FROM its ports": the "from"
    of a verb of keeping away names what they are kept from, whether the parser hangs it
    on the verb or on its object; goods stopped still come from whom it names ("stopped
    arms shipments FROM Iran")."""
    if prep != "from" or lemma(verb) not in cue_list("barring_verbs"):
        return False
    objects = children(verb, "dobj")
    if obj.head.head != verb and obj.head.head not in objects:
        return False
    return not any(lemma(o) in _goods() for o in objects)


@cache
def _goods() -> frozenset[str]:
    """Words of things traded, armed with or given: what comes from somewhere."""
    classes = load_lexicon().classes
    return classes["trade"] | classes["arms"] | classes["aid"]


def _forum(kind: str, prep: str, found: list[Found], token: Token) -> bool:
    """Whether a complaint's "with", "to" or "before" names the international body or the
    court it is brought to, not whom it accuses; so does "at" or "in" on a complaint (its
    noun or the verb that files it), or beside an "against" that names the accused
    ("filed a case against Israel AT the ICJ"; "hit out AT NATO" aims at it)."""
    if kind != "ACCUSE" or prep not in _FORUM_PREPS or not found or not all(
            f.actor.sector in _FORUM_SECTORS for f in found):
        return False
    return prep not in _VENUE_PREPS or token.pos_ in ("NOUN", "PROPN") \
        or lemma(token) in _FILING or any(p == "against" for p, _ in prep_objects(token))


def _nearness(token: Token) -> list[tuple[str, Token]]:
    """"massed tanks CLOSE TO its border with X": a word of nearness the parser hangs the
    "to" on says "near", whom the act faces where the type takes "near"."""
    return [("near", obj) for word in children(token, "advmod", "acomp", "prep")
            if lemma(word) in cue_list("nearness_words")
            for prep in children(word, "prep") if prep.lower_ == "to"
            for obj in children(prep, "pobj")]


def _medium(kind: str, prep: str, obj: Token) -> bool:
    """"called ON SOCIAL MEDIA for a boycott", "AT A SUMMIT": the channel or venue of an
    act is not whom it is aimed at ("called ON Turks to boycott" is)."""
    if is_venue(prep, obj, kind):
        return True
    return (kind in SPOKEN or kind == "THREATEN") and prep in ("on", "in", "via", "through") \
        and lemma(obj) in cue_list("media_channels")


def _scene_setting(verb: Token, obj: Token) -> bool:
    """"FROM BRUSSELS, NATO's chief urged allies": a phrase fronted before the subject and
    set off by a comma sets the scene; it names where, not whom."""
    subjects = children(verb, "nsubj", "nsubjpass")
    if not subjects or obj.i > subjects[0].i or obj.right_edge.i + 1 >= len(obj.doc):
        return False
    return obj.doc[obj.right_edge.i + 1].text == ","


def is_venue(prep: str, obj: Token, kind: str) -> bool:
    """"traded accusations AT THE UN GENERAL ASSEMBLY": where it was said, not at whom.
    Only of acts of words: "struck AT a meeting of Hamas commanders" hits those met."""
    return kind in VERBAL and prep == "at" and lemma(obj) in cue_list("venue_nouns")


def aims_at(trigger: Trigger, prep: str, obj: Token) -> bool:
    """"took aim AT Washington", "lashed out AT Athens": a preposition the word's own rule
    takes, one of its type's target prepositions, names whom a verbal act is aimed at, not
    where it happens, unless a venue follows ("took aim at Moscow AT A SUMMIT")."""
    kind = trigger.type or ""
    wanted = trigger.deciding.conditions.get("prep")
    return kind in VERBAL and isinstance(wanted, frozenset) and prep in wanted \
        and prep in load_plover().target_preps.get(kind, ()) and not is_venue(prep, obj, kind)


def aimed_at(trigger: Trigger) -> list[Token]:
    """The objects of the prepositions `aims_at` reads as whom the act is aimed at."""
    heads = {trigger.token, trigger.head}
    return [obj for head in heads for prep, obj in prep_objects(head)
            if aims_at(trigger, prep, obj)]


def _place_may_stand(prep: str, kind: str) -> bool:
    """Whether a place after the preposition stands for its country as the target:
    "attacked positions IN Armenia" yes, "talks WITH", "aid FOR" no; "FROM" only for a
    withdrawal ("withdrew its troops from Lebanon"), not for "aid from Baku"."""
    if prep == "from":
        return kind == "RETREAT"
    return prep not in ("with", "for")


def thing_owner(prep: str, obj: Token, people: Participants) -> list[Found]:
    """"a crackdown ON protests BY students", "cracked down on rallies OF the opposition":
    an act aimed at a thing is aimed at whose it is. Not for "of", which names the act's
    own patient ("the shelling of villages")."""
    if prep == "of" or obj.pos_ != "NOUN" or lemma(obj) in RELATIONAL:
        return []  # "to ITS allies": whose allies they are is the other party
    return [f for f in owner_of(obj, people) if not f.is_place]


def across(obj: Token) -> Token:
    """"near its border WITH AZERBAIJAN": the other side of a border is what is named."""
    if lemma(obj) in _BORDERS:
        other = [o for p, o in prep_objects(obj, deep=False) if p == "with"]
        # "held drills near its border ... with Azerbaijan", "closed its borders ... with Iran"
        governor = obj.head if obj.dep_ == "dobj" else obj.head.head
        other = other or [o for p, o in prep_objects(governor, deep=False) if p == "with"]
        if other:
            return other[0]
    return obj


# verbs of seeing an act as something ("perceives Iran's support TO the rebels AS a
# threat"), whose "as" the parser makes them share with the act's own phrase
_VIEWING = frozenset({"perceive", "see", "view", "regard", "consider", "describe", "call",
                      "deem", "brand", "label", "characterize", "characterise", "treat"})
_ACT_PREPS = frozenset({"to", "against", "for", "with", "on"})


def _hung_on_the_viewer(noun: Token) -> list[tuple[str, Token]]:
    """The act's phrase the parser hung on the verb that views it, right after the noun
    ("sees Iran's support TO ARMENIAN SEPARATISTS as a threat")."""
    viewer = noun.head
    if noun.dep_ != "dobj" or lemma(viewer) not in _VIEWING:
        return []
    after = noun.right_edge.i + 1
    return [(p, o) for p, o in prep_objects(viewer, deep=False)
            if p in _ACT_PREPS and o.head.i == after]


def noun_preps(noun: Token, people: Participants) -> list[tuple[str, Token]]:
    """The noun's prepositional phrases, those of its "of" object ("the delivery of
    10 aircraft from Pakistan": "from" hangs on "aircraft"; not, where the noun names
    who acts, the "by" of an act: "Greece's criticism of the arrests BY the police",
    `agents_on_verdict`) and those of the noun of amount it is counted by. People's
    "from" says where they are from, not who acts ("the abduction of students FROM
    Garissa")."""
    acted = {by.i for _, by in agents_on_verdict(noun)}  # not the verdict's own "by"
    found = [(p, o) for p, o in prep_objects(noun, deep=False) if o.i not in acted]
    for prep, obj in list(found):
        if prep == "of":
            whose = people.names_actor(obj)
            # "Greece's criticism of the arrests BY the police": where the noun names who
            # acts, an act's own "by" names the act's doer
            owned = names_act(obj) and bool(people.modifiers(noun, NOUN_ACTS))
            found.extend((p, o) for p, o in prep_objects(obj, deep=False)
                         if p != "of" and not (whose and p == "from") and not (p == "by" and owned))
        elif prep in ("on", "against"):  # "the attack on a base BY militants": hung on "base"
            found.extend((p, o) for p, o in prep_objects(obj, deep=False)
                         if p == "by" and people.names_actor(o))
    told = noun.head if noun.dep_ == "nsubj" and lemma(noun.head) in cue_list("aspectual_verbs") \
        else None
    if told is not None:  # "FIGHTING broke out BETWEEN the army and the rebels"
        found.extend((p, o) for p, o in prep_objects(told, deep=False) if p in ("between", "among"))
    found.extend(_hung_on_the_viewer(noun))
    amount = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if amount is not None and amount.pos_ == "NOUN" and is_container(amount, people.containers):
        # "a wave of kidnappings of children BY criminal gangs": the parse hangs it on "wave"
        found.extend((p, o) for p, o in prep_objects(amount, deep=False) if p != "of")
    return found
