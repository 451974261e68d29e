"""Killings and attacks a text tells that are no attack between actors: one rehearsed
in a drill ("practised SEIZING an airfield"), a conflict's running toll ("thousands have
been KILLED since 2009"), or an accident ("a depot exploded, KILLING scores")."""

from __future__ import annotations

from spacy.tokens import Token

from belli.events.claims import Cues
from belli.events.cue_lists import cue_list
from belli.events.questions import WH_TAGS
from belli.events.syntax import has_subject, lemma, objects_of, subject_of
from belli.events.triggers import Trigger

__all__ = ["mishap", "running_toll", "simulated"]

# acts a drill rehearses rather than does
_SIMULABLE = frozenset({"ASSAULT", "COERCE"})
# links from an act up to the clause that tells it ("held drills, FIRING ...", "practised
# SEIZING", "included the DESTRUCTION of"); "and" only inside such a phrase (`_in_drill`)
_DOWN_A_DRILL = frozenset({"advcl", "xcomp", "pcomp", "dobj"})


def simulated(trigger: Trigger) -> bool:
    """An attack or a seizure in a military exercise is rehearsed, not done: one told in
    a clause on a verb whose subject or object is a drill ("staged drills, FIRING missiles
    into the sea", "the drills included the DESTRUCTION of targets"), one that a verb of
    practice takes ("practised SEIZING an airfield"), or a mock one ("repelled a MOCK
    attack", "destroyed IMAGINARY enemy positions"). An attack on troops during a drill
    ("rebels ATTACKED soldiers during an exercise") is real and stays, as does one told
    beside the drill ("held drills and SEIZED a boat", "as drones STRUCK the port")."""
    if trigger.type not in _SIMULABLE:
        return False
    token = trigger.token
    if any(_mock(t) for t in _participants(trigger)):
        return True
    for _ in range(4):  # up the clauses the act is told in, to the drill's verb
        if _drill_verb(token):
            return True
        if not _in_drill(token):
            return False
        token = token.head
    return False


def _in_drill(token: Token) -> bool:
    """Whether the link up from an act keeps it inside the phrase above: a participle,
    an object or a clause with no subject of its own ("staged drills, FIRING missiles",
    "included the DESTRUCTION of"), or one listed with such a participle or act noun
    ("firing missiles and BOMBING a ship"). A verb joined to the drill's own verb ("held
    drills and SEIZED a boat"), a reported clause, or one with its own subject ("as
    drones STRUCK the port") tells an act of its own."""
    if token.head == token or has_subject(token):
        return False
    if token.dep_ != "conj":
        return token.dep_ in _DOWN_A_DRILL
    head = token.head
    if head.pos_ == "NOUN":
        return lemma(head) not in cue_list("exercise_nouns")  # "drills and ATTACKS"
    return head.tag_ == "VBG" and token.tag_ == "VBG"


def _participants(trigger: Trigger) -> list[Token]:
    """The act, its objects, its subject and its doer after "by"."""
    token = trigger.token
    found = [trigger.head, token, *objects_of(token)]
    subject = subject_of(token)
    found += [subject] if subject is not None else []
    return found + [o for a in token.children if a.dep_ == "agent"
                    for o in a.children if o.dep_ == "pobj"]


def _mock(token: Token) -> bool:
    return any(c.dep_ in ("amod", "compound") and lemma(c) in cue_list("mock_modifiers")
               for c in token.children)


def _drill_verb(verb: Token) -> bool:
    """A verb of practice, or one whose subject or object is a drill ("held EXERCISES")."""
    if verb.pos_ != "VERB":
        return False
    if lemma(verb) in cue_list("practice_verbs"):
        return True
    return any(c.dep_ in ("dobj", "nsubj") and lemma(c) in cue_list("exercise_nouns")
               for c in verb.children)


def running_toll(trigger: Trigger, cues: Cues) -> bool:
    """A conflict's running toll is no attack: a killing with no doer named whose victims
    are a vague count, told over a span (a perfect, "since") or set in the fighting
    ("THOUSANDS have been KILLED since 2009", "hundreds were KILLED in the war", "the
    fighting that has KILLED thousands"), nor are the attacks it is counted in ("killed
    in suicide ATTACKS"). "Five soldiers were killed", "dozens were killed by a car
    bomb", "said dozens had been killed" or whose dead they were ("hundreds of its
    soldiers") tell an attack, as does a toll whose attacks name their doer ("killed in
    attacks BY the militia", "in the ARMY'S raids", "in SAUDI-LED strikes")."""
    if trigger.type != "ASSAULT":
        return False
    verb = trigger.token
    if trigger.kind == "nouns":  # "killed IN suicide ATTACKS": the attacks of the toll
        if verb.dep_ != "pobj" or verb.head.lower_ != "in":
            return False
        verb = verb.head.head
    if verb.pos_ != "VERB" or _doer_named(verb, cues) or _acts_name_doer(verb):
        return False
    if not any(lemma(v) in cue_list("toll_counts") and not _owned(v) for v in objects_of(verb)):
        return False
    if any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and lemma(c) == "have"
           for c in verb.children):
        return True  # "have been killed"; "said dozens HAD been killed" reports one attack
    return any(c.dep_ == "prep" and (c.lower_ == "since" or any(
        o.dep_ == "pobj" and lemma(o) in cues.background_nouns for o in c.children))
        for c in verb.children)


def _owned(victims: Token) -> bool:
    """Whether the victims' phrase says whose they are ("dozens of THEIR servicemen",
    "hundreds of ARMENIAN soldiers", a capitalised name): then they are an actor's
    losses, coded."""
    return any(t.dep_ == "poss" or (t != victims and t.text[:1].isupper())
               for t in victims.subtree)


def _doer_named(verb: Token, cues: Cues) -> bool:
    """Whether a doer stands as the subject or after "by": not the victims of a passive,
    nor the fighting itself ("the war that has killed thousands")."""
    if any(c.dep_ == "agent" for c in verb.children):
        return True
    subject = subject_of(verb)
    if subject is None or subject in objects_of(verb) or subject.tag_ in WH_TAGS:
        return False
    return not {lemma(subject), subject.lower_} & cues.background_nouns


def _acts_name_doer(verb: Token) -> bool:
    """Whether the attacks a killing is told in ("killed IN attacks") name who made them:
    "by" a doer, a possessor ("the militia's raids"), a people or a body ("RUSSIAN
    strikes", "HAMAS attacks") or a leader ("SAUDI-LED airstrikes")."""
    acts = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during")
            for o in p.children if o.dep_ == "pobj"]
    return any(_names_doer(c) for act in acts for c in act.children)


def _names_doer(modifier: Token) -> bool:
    if modifier.dep_ == "poss" or (modifier.dep_ == "prep" and modifier.lower_ == "by"):
        return True
    if modifier.dep_ not in ("amod", "compound", "nmod"):
        return False
    return modifier.ent_type_ in ("NORP", "ORG") or modifier.lower_ == "led"


def mishap(trigger: Trigger) -> bool:
    """Deaths a thing causes by exploding or crashing are an accident ("a fuel depot
    EXPLODED, KILLING scores", "the plane CRASHED, KILLING all aboard"), unless the thing
    is a weapon or an attacker ("a car BOMB exploded, killing five"). What explodes in
    the news is a bomb unless it is plant, fuel or a vessel under pressure
    (`accident_things`): "a car EXPLODED, killing seven" tells an attack."""
    verb = trigger.token
    while verb.dep_ == "conj" and verb.head.tag_ == "VBG":
        verb = verb.head  # "killing scores and INJURING hundreds"
    if trigger.type != "ASSAULT" or verb.tag_ != "VBG" or verb.dep_ != "advcl" \
            or has_subject(verb):
        return False
    mishap = verb.head
    if lemma(mishap) not in cue_list("mishap_verbs") and mishap.dep_ == "advcl":
        mishap = mishap.head  # "exploded as people queued, KILLING": hung on the clause between
    if lemma(mishap) not in cue_list("mishap_verbs"):
        return False
    thing = subject_of(mishap)
    if thing is None:
        return False
    words = {lemma(t) for t in thing.subtree}
    if words & cue_list("armed_things"):
        return False
    return lemma(mishap) not in cue_list("blast_verbs") or bool(words & cue_list("accident_things"))
