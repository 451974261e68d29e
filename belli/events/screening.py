"""Screening: which triggers tell an act, and which coded events an analyst can use.

Before an event is drafted, a trigger that tells no act is screened out: an act
something prevents or that is only possible, only a condition or only owed ("must
withdraw"), only a means or hoped for ("the only way to force X to COMPLY", "relies on X
to VETO"), rehearsed in a drill, a conflict's running toll ("thousands have been KILLED
since 2009"), an accident ("a depot exploded, KILLING scores"), an open or a direct question, a connective participle ("as opposed to"),
an event noun that only describes or ranks an act told elsewhere.
After sides and counterparts are settled, an act told in the passive with no doer
(`agentless`) is kept only where it still has one (`has_doer`), and a cooperation only
where some party is one the text identifies (`placed`).

Questions are told apart in `questions`, and drills, tolls and accidents in `non_attacks`.
"""

from __future__ import annotations

from spacy.tokens import Token

from belli.events.claims import Cues
from belli.events.condition_clauses import inverted_condition, misread_condition_on
from belli.events.cue_lists import cue_list
from belli.events.non_attacks import mishap, running_toll, simulated
from belli.events.nonevents import interview, not_told
from belli.events.questions import asks_question, in_open_question, in_yes_no_question
from belli.events.syntax import (
    bare_participle,
    children,
    has_perfect,
    has_subject,
    is_to_clause,
    lemma,
    named_thing,
    subject_of,
)
from belli.events.triggers import Trigger, is_negated
from belli.records import Actor, Event

__all__ = ["MATERIAL_TYPES", "agentless", "has_doer", "placed", "prevented"]

# subjects that make a clause a purpose, not a deed ("its aims were to disarm")
_PURPOSES = frozenset({"aim", "goal", "purpose", "objective", "task", "intent", "intention",
                       "plan", "idea", "mission"})
# material acts: one that is owed is asked for, not done (and one told on another's word
# and denied by its doers is a charge: `belli.events.denials`)
MATERIAL_TYPES = frozenset({"ASSAULT", "AID", "COOPERATE", "MOBILIZE", "COERCE", "SANCTION",
                            "RETREAT", "PROTEST"})


def prevented(trigger: Trigger, cues: Cues) -> bool:
    """What did not happen and is not told as a plan is no event: an event noun something
    prevents ("to prevent a Bosnian-style war") or that is merely possible ("a possible
    war"), an act that is only a right or an attempt ("the right of Russian troops to
    FIRE", "efforts to RESOLVE"), hoped for ("relies on X to VETO") or rehearsed in a
    drill ("practised SEIZING an airfield")."""
    token = trigger.token
    if _described(trigger.head) or _denied_mention(trigger.head):
        return True
    if in_open_question(token) or in_yes_no_question(token) or asks_question(trigger) \
            or _connective(token):
        return True
    if _only_a_condition(token, cues) or _obliged(trigger, cues) or _hoped_for(token):
        return True
    if simulated(trigger) or running_toll(trigger, cues) or mishap(trigger) or not_told(trigger):
        return True
    if trigger.kind == "nouns":
        if token.dep_ == "dobj" and lemma(token.head) in cues.failures:
            return True
        return any(c.dep_ == "amod" and c.lower_ in cues.unreal_modifiers for c in token.children)
    if named_thing(token) is not None:
        return True  # "what it called a clear assessment" names a thing; no one acts
    subject = subject_of(token)
    if subject is not None and lemma(subject) in _PURPOSES and subject.head != token:
        return True  # "its aims were to DISARM the formations" (not "the MISSION LEFT Mali")
    return _unreal_clause(token, cues) or _aimed_gerund(token)


def _aimed_gerund(token: Token) -> bool:
    """"for the purpose of coercing it into COMPLYING", "with the aim of SEIZING": a
    gerund a purpose noun's "of" holds is what is aimed at, not done."""
    if token.tag_ != "VBG":
        return False
    return any(lemma(a) in _PURPOSES and a.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "of" and token in c.subtree for c in a.children)
        for a in token.ancestors)


def _hoped_for(verb: Token) -> bool:
    """An act another is relied on to do, or that something is needed for, is hoped for,
    not done: "Ankara relies ON Washington TO VETO the bill", "the agency needs funds TO
    PROVIDE aid" (`reliance_verbs`, `need_verbs`). Nor is an act one still needs to do
    oneself, of any type ("We NEED to talk to our neighbours", "Russia will need to
    withdraw"); one that needed doing was done ("NEEDED to withdraw", "had needed to")."""
    if verb.dep_ not in ("advcl", "xcomp") or not is_to_clause(verb):
        return False
    head = verb.head
    if lemma(head) in cue_list("reliance_verbs") and any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in head.children):
        return True
    if lemma(head) not in cue_list("need_verbs"):
        return False
    if any(c.dep_ == "dobj" for c in head.children):
        return True
    return verb.dep_ == "xcomp" and head.tag_ not in ("VBD", "VBN") and not has_perfect(head)


def _unreal_clause(verb: Token, cues: Cues) -> bool:
    """An act in a to-clause of a noun that makes it only a right, a means or an
    attempt ("the right of troops to FIRE", "the only way to FORCE them to COMPLY"), also
    where the clause is a step down a chain of to-clauses; the parser labels such a clause
    on a noun a relative clause now and then."""
    clause = verb
    for _ in range(3):
        if not is_to_clause(clause):
            return False
        if clause.dep_ in ("acl", "relcl"):
            return lemma(clause.head) in cues.unreal_heads
        if clause.dep_ in ("advcl", "xcomp") and _unreal_object_before(clause, cues):
            return True  # "foiled a PLOT by two agents TO BOMB": the noun's clause, hung on the verb
        if clause.dep_ != "xcomp" or clause.head == clause:
            return False
        clause = clause.head
    return False


def _unreal_object_before(clause: Token, cues: Cues) -> bool:
    """Whether the verb a to-clause hangs on has, before the clause, an object that makes
    it only a plan, a plot or an attempt: the parser often attaches "a plot by two agents
    to bomb" or "uncovered a scheme by militants to attack" to the verb, not the noun."""
    return any(lemma(o) in cues.unreal_heads and o.i < clause.i
               for o in children(clause.head, "dobj"))


def _only_a_condition(token: Token, cues: Cues) -> bool:
    """A condition told in the passive with no doer names no one's act ("bases are at
    risk IF Turkey IS SANCTIONED", "will stay UNLESS they ARE ATTACKED"), and an "if" that
    opens no condition asks ("villagers wonder IF the rebels will ATTACK"): neither tells
    an act. A condition whose doer is named ("if Iran attacks Azerbaijan") is coded,
    hypothetical, as is the act made conditional on it."""
    if token.pos_ != "VERB" or not any(c.dep_ == "mark" and c.lower_ in cues.conditions
                                       for c in token.children):
        return False
    if token.dep_ != "advcl":
        return misread_condition_on(token) is None  # "If Armenia attacks, Baku WILL RESPOND"
    passive = any(c.dep_ == "auxpass" for c in token.children) or bare_participle(token)
    return passive and not any(c.dep_ == "agent" for c in token.children)


def _obliged(trigger: Trigger, cues: Cues) -> bool:
    """A material act someone must or should do is asked for, not done: "they MUST stop
    KILLING civilians", "the army SHOULD end its SIEGE", "Russia must WITHDRAW". The demand
    is the speaker's REQUEST (verdicts.py); the act is not coded as done, nor as not done.
    An inference about the past ("they must HAVE fired") tells an act."""
    if trigger.type not in MATERIAL_TYPES:
        return False
    token = trigger.token
    verb = token.head if trigger.kind == "nouns" and token.dep_ == "dobj" else token
    for _ in range(3):  # "must stop KILLING": the modal is on a verb that governs the act
        modal = next((c for c in verb.children
                      if c.dep_ == "aux" and c.lower_ in cues.obligations), None)
        if modal is not None:  # a fronted "should" opens a condition ("SHOULD Iran strike, ...")
            return inverted_condition(verb) is None \
                and not has_perfect(verb)
        if verb.dep_ not in ("xcomp", "conj") or verb.head == verb or has_subject(verb):
            return False  # "must talk, and troops ATTACKED": a clause of its own
        verb = verb.head
    return False


def _connective(token: Token) -> bool:
    """A participle that "as" joins without a subject or a doer links two things and tells
    no act: "AS OPPOSED to U.S. training", "as compared with last year"."""
    if token.tag_ != "VBN" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in token.children)


def _described(noun: Token) -> bool:
    """An event noun that says what something else is tells no act of its own: the
    complement of a copula that ranks an act told elsewhere ("it is the most serious
    ATTACK on X since 1994", "the third such raid") or names what a plan is for ("its aim
    is the CLEANSING of X"), or what a verb of describing takes its object for
    ("described the protest as a BLOCKADE", "sees the visit as a THREAT"). The act meant
    is coded where it is told; the describing, where it is a charge, by its verb. ("This
    was an attack on two missionaries" may be the only telling: it stays.)"""
    head = noun.head
    if noun.dep_ == "attr" and lemma(head) == "be":
        subject = subject_of(head)
        return (subject is not None and lemma(subject) in _PURPOSES) or _ranked(noun)
    if noun.dep_ != "pobj" or head.lower_ != "as" or head.head.pos_ != "VERB":
        return False
    # a kind ("as A threat"), said of something named before ("described AS abominable
    # THE killing" is a misread object, not a description)
    kind = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    return kind and any(c.dep_ in ("dobj", "nsubjpass") and c.i < head.i
                        for c in head.head.children)


def _ranked(noun: Token) -> bool:
    """"The most serious attack", "the deadliest raid", "the third attack", "the 10th
    SUCH protest": a superlative or an ordinal ranks an act among others, and "such" says
    it is one of a kind told before (the parser may hang the ordinal beside the noun)."""
    before = list(noun.doc[noun.left_edge.i:noun.i])
    if any(t.ent_type_ == "ORDINAL" for t in noun.doc[max(0, noun.i - 3):noun.i]
           if t.head == noun.head and t.dep_ == "attr"):
        return True
    for child in [*noun.children, *before]:
        if child.lower_ == "such" and child.dep_ in ("amod", "predet"):
            return True
        if child.ent_type_ == "ORDINAL" or child.tag_ == "JJS":
            return True
        if child.dep_ == "amod" and any(c.tag_ == "RBS" for c in child.children):
            return True
    return False


def _denied_mention(noun: Token) -> bool:
    """"Made no mention of military ASSISTANCE", "no sign of a WITHDRAWAL": an event noun
    under a noun the text negates is what is absent."""
    return noun.dep_ == "pobj" and is_negated(noun.head.head)


def agentless(trigger: Trigger) -> bool:
    """A verb in the passive that names no doer: "families are INFORMED", or set off by a
    comma to describe a noun ("peacekeepers, DEPLOYED in the region"; without the comma
    "a newspaper called on Arabs" is as often the main verb misread)."""
    token = trigger.token
    if trigger.kind != "verbs" or token.tag_ != "VBN":
        return False
    if any(c.dep_ == "agent" and not _by_means(c) for c in token.children):
        return False
    if token.dep_ == "acl":
        return token.i > 0 and token.doc[token.i - 1].text == ","
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def _by_means(agent: Token) -> bool:
    """"Evacuated BY BUS", "sent BY AIR": a bare singular noun after "by" is how, not who."""
    return any(c.dep_ == "pobj" and c.tag_ == "NN" and not any(d.dep_ in ("det", "poss")
               for d in c.children) for c in agent.children)


def placed(event: Event) -> bool:
    """Whether a cooperation (quads 1 and 2) has an actor the text identifies, once sides
    and counterparts are settled: one with a country or an IGO code, or a name belli does
    not know ("the Gondor government"). Cooperating is a tie between parties: one whose
    every party is a bare kind of people ("the medics will exchange experience", "an
    exchange of prisoners") ties no one an analyst can name. Violence, coercion and
    threats by unplaced gunmen or against unplaced villagers are still conflict events.
    An interview with the press is no meeting at all (`nonevents.interview`)."""
    if interview(event):
        return False
    return event.quad > 2 or any(_identified(a) for a in (*event.source, *event.target))


def _identified(actor: Actor) -> bool:
    """A country or an IGO, or a name: the actor's own, or a capitalised word in a phrase
    of more than one ("Arnor cleric", "Gondor's police"; a lone "Lawmakers" is capitalised
    only for opening the sentence)."""
    if actor.country or actor.name:
        return True
    words = actor.text.split()
    return len(words) > 1 and any(word[:1].isupper() for word in words)


def has_doer(event: Event) -> bool:
    """Whether an act told in the passive without its doer still has one: violence and
    its end (a release: "the hostages were freed"), an accusation (coded for whom it
    accuses: "was accused of fraud"), or a source the document supplied. A deployment, a
    delivery or an invitation told with no one doing it describes a state of things
    ("forces, equipped with Russian systems"), not an act between two actors."""
    if event.quad == 4 or event.type in ("THREATEN", "ACCUSE", "RETREAT"):
        return True
    return any(a.country for a in event.source)
