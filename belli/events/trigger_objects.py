"""What a trigger verb acts on: the objects whose words its rule reads, and the nouns a
light verb takes its type from ("held TALKS", "launched an OFFENSIVE"), looking past
the parser's usual slips (a reduced relative read as a past tense, a relative "that",
an object shared by two coordinated verbs).
"""

from __future__ import annotations

from collections.abc import Iterator

from belli.events.lexicon import load_lexicon
from belli.events.syntax import (
    Token,
    children,
    is_passive,
    is_reduced_relative,
    is_to_clause,
    lemma,
    objects_of,
    prep_objects,
)
from belli.events.verdicts import NAMING

__all__ = ["light_objects", "slipped_participle", "typed_objects"]

_RELATIVES = frozenset({"that", "which"})  # object relatives: "the raid WHICH it led"
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})  # "which", "who", "whose", "where"
_COUNTS = frozenset({"number", "count", "tally", "total", "share", "rate", "percentage",
                     "proportion", "majority", "half"})


def light_objects(verb: Token) -> Iterator[Token]:
    """Nouns a light verb may govern, nearest first: "held TALKS", "took part in DRILLS",
    "launched 10 days of WAR GAMES", "launched a MEDIATION effort", "pressed on with
    EXERCISES", "responded with a wave of STRIKES", and a passive's subject ("the RAID was
    conducted by the army")."""
    objects = children(verb, "dobj")
    if is_passive(verb):  # "the strike on the hospital was CARRIED OUT by the army"
        objects += children(verb, "nsubjpass")
    if is_reduced_relative(verb):
        objects.append(verb.head)  # "an offensive LAUNCHED by forces in Puntland"
    elif verb.dep_ in ("relcl", "acl") and any(o.lower_ in _RELATIVES for o in objects):
        objects.append(verb.head)  # "the operation THAT it launched"
    elif _object_relative(verb, objects):
        objects.append(verb.head)  # "the sanctions Washington has IMPOSED on Moscow"
    if not objects:  # "by first imposing and then delaying a 25% tariff"
        objects = _participle_subjects(verb) or [
            o for c in children(verb, "conj") for o in children(c, "dobj")]
        objects = objects or _raised_objects(verb)
    if not objects:
        objects = _named_as(verb)  # "launched WHAT IT CALLED a special military operation"
    for child in objects:
        if child.lower_ == "part":
            continue
        yield child
        yield from (o for p, o in prep_objects(child, deep=False) if p == "of")
        yield from children(child, "compound")
    for prep, obj in prep_objects(verb, deep=True):  # "pressed on WITH drills"
        if prep in ("in", "into", "on", "with") and obj.pos_ in ("NOUN", "PROPN"):
            yield obj
            # "responded with a wave OF STRIKES": what a container holds is the act ("in
            # the wake of the attack" holds none)
            if lemma(obj) in load_lexicon().containers:
                yield from (o for p, o in prep_objects(obj, deep=False) if p == "of")
    for prep in children(verb, "prep"):  # "took part in MONITORING the truce"
        if prep.lower_ == "in":
            yield from (c for c in children(prep, "pcomp") if c.pos_ == "VERB")


def _named_as(verb: Token) -> list[Token]:
    """The name a clause of "what" after a light verb gives what was done: "launched what
    it called a special military OPERATION", "what Israel described as targeted STRIKES"."""
    return [n for c in children(verb, "ccomp") if lemma(c) in NAMING
            and any(o.lower_ == "what" for o in children(c, "dobj", "nsubjpass"))
            for n in [*children(c, "oprd", "xcomp", "attr"),
                      *(o for p, o in prep_objects(c, deep=False) if p == "as")]]


def _object_relative(verb: Token, objects: list[Token]) -> bool:
    """A relative clause with no relative word, whose noun is the verb's object ("the
    sanctions WASHINGTON has imposed"): it has a subject and no object of its own, and no
    relative word ("the deal UNDER WHICH operations stopped" is about something else). A
    count of acts ("the NUMBER of attacks it carried out") tells no act."""
    if verb.dep_ != "relcl" or objects or is_passive(verb) or not children(verb, "nsubj"):
        return False
    if any(t.tag_ in _WH_TAGS for t in verb.subtree):
        return False
    noun = verb.head
    return not (noun.dep_ == "pobj" and noun.head.lower_ == "of"
                and noun.head.head.lower_ in _COUNTS)


def typed_objects(verb: Token) -> list[Token]:
    """The verb's objects, for its type. Besides `objects_of`: the noun a reduced relative
    modifies, where the tagger took the participle for a past tense ("the declaration
    SIGNED by both leaders", "drones BROUGHT down"), and the noun a relative "that" stands
    for ("the town THAT the forces seized"; `objects_of` keeps "that", which may open
    reported speech) or that a relative clause with no relative word is about ("the
    journalist the police arrested"), and the subject the parser gave an infinitive the
    verb governs."""
    found = objects_of(verb)
    if not found and is_reduced_relative(verb):
        found = [verb.head]
    that = verb.dep_ in ("relcl", "acl") and any(o.lower_ == "that" for o in found)
    if that or _object_relative(verb, found):  # "the journalist the police ARRESTED"
        found.append(verb.head)
    if not found:
        found = _raised_objects(verb) or _participle_subjects(verb)
    if not found:  # "expects the government TO uphold": the one the infinitive is about
        found = [s for c in children(verb, "ccomp", "xcomp") if is_to_clause(c)
                 for s in children(c, "nsubj")]
    return found + _misread_predicates(found)


def _misread_predicates(objects: list[Token]) -> list[Token]:
    """"called Pyongyang's missile LAUNCH a provocation": a noun the parser read as a verb
    object predicate hangs the predicate noun on itself; that noun says what is named."""
    return [o for obj in objects if obj.dep_ == "oprd" and obj.pos_ == "VERB"
            for o in children(obj, "dobj")]


def slipped_participle(noun: Token) -> Token | None:
    """"conducted the drills ENCIRCLING Taiwan": the parser made the verb's object the
    subject of a participle clause it hung on the verb. The participle, where the noun
    opens right after the verb and the participle follows the noun."""
    clause = noun.head
    if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or clause.tag_ != "VBG" \
            or clause.dep_ != "ccomp":
        return None
    return clause if noun.left_edge.i == clause.head.i + 1 and noun.i + 1 == clause.i else None


def _participle_subjects(verb: Token) -> list[Token]:
    """The nouns the verb acts on that the parser made subjects of its participle clause
    (`slipped_participle`)."""
    return [s for c in children(verb, "ccomp") for s in children(c, "nsubj")
            if slipped_participle(s) == c]


def _raised_objects(verb: Token) -> list[Token]:
    """The object a verb shares with the verb coordinated right after it ("by first
    IMPOSING and then delaying a tariff", "LIFTING or reducing the sanctions"), where
    the parser hung the object on the second verb: nothing follows the first verb
    before "and", and both have one form."""
    doc, after = verb.doc, verb.i + 1
    # nothing after it but the coordination: "lifting or REDUCING the sanctions"
    alone = all(c.dep_ in ("cc", "conj", "punct") for c in verb.rights)
    if not alone or after >= len(doc) or doc[after].pos_ != "CCONJ":
        return []
    nxt = after + 1
    while nxt < len(doc) and doc[nxt].pos_ == "ADV":  # "and THEN delaying"
        nxt += 1
    other = doc[nxt] if nxt < len(doc) else None
    if other is None or other.pos_ != "VERB" or other.tag_ != verb.tag_:
        return []
    return children(other, "dobj")
