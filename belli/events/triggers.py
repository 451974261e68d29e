"""Trigger words: which tokens of a sentence can code an event, and under which rule.

A verb ("shelled"), a phrasal verb ("called off"), an event noun ("offensive", "air
strike", "state of emergency") or a predicate adjective ("ready to") is looked up in the
lexicon; the parse around it is summed up as `Clues`, and the first of the word's rules
that the clues satisfy decides. A light verb ("held talks", "imposed sanctions") takes
its type from its object noun's own rule. How a token is looked up lives in
`trigger_keys`; which words a verb acts on, in `trigger_objects`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from belli.events.cue_lists import cue_list
from belli.events.lexicon import (
    ACTOR,
    ACTOR_PLUS,
    ANY,
    CONFLICT,
    COOPERATION,
    FROM_OBJECT,
    IGO,
    MISFORTUNE,
    PERSON,
    PLACE,
    PROSPECTIVE,
    UNDERGONE,
    WITHHELD,
    Lexicon,
    Plover,
    Rule,
)
from belli.events.participants import Participants
from belli.events.syntax import (
    Token,
    agent_of,
    children,
    conjuncts,
    embedded_verb,
    is_container,
    is_passive,
    is_to_clause,
    lemma,
    objects_of,
    particles_of,
    prep_objects,
    subject_of,
)
from belli.events.syntax_index import Words, words_of
from belli.events.trigger_keys import (
    hyphenated,
    lookup_keys,
    may_read_rarer,
    repeated,
    restored,
    word_kind,
)
from belli.events.trigger_objects import light_objects, typed_objects
from belli.events.verdicts import (
    CONDEMNATION,
    CONDEMNED_DEED,
    DISMISSAL,
    NAMING,
    Reading,
    VerdictReader,
)

Span = Any  # a spaCy Span; typed loosely so this module needs no spaCy import

__all__ = ["CONDEMNATION", "DISMISSAL", "WILL", "Trigger", "TriggerFinder", "is_negated",
           "names_a_date"]

_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_NAMES = frozenset({"ORG", "GPE", "PERSON", "FAC", "LOC", "NORP"})
# the words that join the words of a long name ("Office for the Coordination of ...")
# (not "in" or "on", which a headline's words take: "Dozens Killed in Attack on Base")
_NAME_LINKS = frozenset({"of", "for", "the", "and"})
_TRIGGER_POS = frozenset({"VERB", "NOUN", "PROPN", "ADJ"})
_MODIFIER_DEPS = ("amod", "compound", "nmod", "poss", "npadvmod")
WILL = frozenset({"will", "would", "shall"})  # auxiliaries that tell what is to come
_WHEN = frozenset({"DATE", "TIME"})  # entity labels of the words of a date or a time
_MAY = frozenset({"could", "can", "may", "might"})  # ... told of oneself: "we could respond"
_SELF = frozenset({"we", "it", "they", "i"})
_MAX_DEPTH = 3  # embedded clauses looked through to classify "agreed to hold talks"


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word that codes an event: where, how it was looked up, and the rule that held."""

    token: Token
    kind: str  # "verbs", "nouns", "adjectives"
    key: str
    rule: Rule
    noun: Token | None = None  # a light verb's object noun, which decided the type
    noun_rule: Rule | None = None
    # the act a verdict condemns in passing ("... Russia's illegal AGGRESSION"): the only
    # one of the speaker's words the verdict accounts for, and whose doer it is aimed at
    deed: Token | None = None

    @property
    def type(self) -> str | None:
        return self.noun_rule.type if self.noun_rule is not None else self.rule.type

    @property
    def deciding(self) -> Rule:
        """The rule that decided the type (the noun's, for a light verb)."""
        return self.noun_rule if self.noun_rule is not None else self.rule

    @property
    def head(self) -> Token:
        """The token whose offsets locate the trigger (the noun of a light verb)."""
        return self.noun if self.noun is not None else self.token


def is_negated(token: Token) -> bool:
    """A `neg` dependent ("did not attack", "never fired") or "no" on a noun ("no talks")."""
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and child.lower_ in _NEGATIONS):
            return True
        if child.dep_ == "advmod" and child.lower_ == "longer" \
                and any(c.lower_ == "no" for c in child.children):
            return True  # "will no longer tolerate": the act stops
    return False


class LazyClues:
    """Clues read from the parse on first use: most rules ask one question or none, and
    some answers (does this phrase name an actor?) cost a look at the actors."""

    def __init__(self, readers: dict[str, Callable[[], Any]]) -> None:
        self._readers = readers
        self._read: dict[str, Any] = {}

    def get(self, name: str) -> Any:
        if name not in self._read:
            reader = self._readers.get(name)
            self._read[name] = reader() if reader is not None else frozenset()
        return self._read[name]


@dataclass
class TriggerFinder:
    lexicon: Lexicon
    plover: Plover
    participants: Participants
    speech: frozenset[str] = frozenset()
    obligations: frozenset[str] = frozenset()
    verdicts: dict[str, Rule] = field(default_factory=dict)  # "unfounded" -> DISMISSAL
    _seen: dict[tuple[int, int], Trigger | None] = field(default_factory=dict)
    _verdicts: VerdictReader = field(init=False)

    def __post_init__(self) -> None:
        self._verdicts = VerdictReader(
            self.speech, self.obligations, self.verdicts,
            self.lexicon.classes.get("charges", frozenset()), self.participants.names_actor,
            self._countries, self._codes_itself, is_negated, self._sectors,
            self.lexicon.classes.get("misfortunes", frozenset()))

    def find(self, sentence: Span) -> Iterator[Trigger]:
        """The triggers of a sentence: a Span (its `.start`, `.end` and `.doc` are read)."""
        doc, words = sentence.doc, words_of(sentence.doc)
        for i in range(sentence.start, sentence.end):
            pos = words.pos[i]
            if pos not in _TRIGGER_POS:
                continue  # most words: no Token made
            token, word = doc[i], words.lemmas[i]
            if pos == "VERB" and (word in self.speech or word in NAMING):
                found = self.at(token)
                if found is None or found.type in (None, "REQUEST"):
                    # "called the sanctions ILLEGAL" is a verdict, not a call to act
                    found = self._named(token) or found
                if found is None or found.type is None:
                    found = self._verdict(token)
            elif pos == "NOUN" and word in cue_list("claim_nouns"):
                found = self._verdict(token)  # "Baku's CLAIM that Yerevan was behind the attack"
            elif not self._known(token, words) or self._in_a_name(token):
                continue  # not a trigger word; or one inside a name ("Security TREATY Organization")
            else:
                found = self.at(token)
            if found is not None and found.type is not None:
                yield found

    def _known(self, token: Token, words: Words) -> bool:
        """Whether any lookup key of the token begins or ends a lexicon key: the lemma and
        the written form first, the rarer readings (a hyphenated word, a restored "e", a
        "re-" verb) only where those do not answer and one can apply (`may_read_rarer`)."""
        i, lexicon = token.i, self.lexicon
        if lexicon.knows(words.lemmas[i], words.lowers[i]):
            return True
        return may_read_rarer(words, i) and lexicon.knows(
            hyphenated(token), restored(token), self._again(token))

    def is_accusation(self, verb: Token) -> bool:
        """Whether the verb is coded as an ACCUSE ("accused", "condemned", "blamed")."""
        found = self.at(verb)
        return found is not None and found.type == "ACCUSE"

    def _again(self, token: Token) -> str:
        """The act a "re-" verb does again ("rearrested": arrest), if the lexicon lists
        it among `repeatable_acts`."""
        return repeated(token, self.lexicon.classes.get("repeatable_acts", frozenset()))

    def _in_a_name(self, token: Token) -> bool:
        """A word inside the name of an organization, a place or a person is no trigger."""
        # a word of a longer name is no trigger; a one-word mention may be (the model
        # tags a trigger noun as an entity now and then: "Sanctions" at a sentence start)
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        return any(m.label in _NAMES and (m.start < token.idx or not m.text.endswith(token.text))
                   for m in self.participants.by_token.get(token.i, ())) or _linked_in_name(token)

    def _verdict(self, verb: Token) -> Trigger | None:
        """A verdict or an obligation a verb of speech reports ("said it was unfounded")."""
        found = self._reading(verb, self._verdicts.obligation(verb) or self._verdicts.verdict(verb))
        if found is not None and found.rule is CONDEMNED_DEED:
            found = replace(found, deed=self._verdicts.condemned_deed(verb))
        return found

    def _named(self, verb: Token) -> Trigger | None:
        """A verdict a verb of naming gives ("called the decision illegal")."""
        return self._reading(verb, self._verdicts.named(verb))

    @staticmethod
    def _reading(verb: Token, reading: Reading | None) -> Trigger | None:
        kind = "nouns" if verb.pos_ == "NOUN" else "verbs"
        return Trigger(verb, kind, *reading) if reading is not None else None

    def _countries(self, token: Token) -> set[str]:
        return {f.actor.country for f in self.participants.phrase(token) if f.actor.country}

    def _sectors(self, token: Token) -> set[str]:
        return {f.actor.sector for f in self.participants.phrase(token) if f.actor.sector}

    def _codes_itself(self, token: Token) -> bool:
        own = self.at(token)
        return own is not None and own.type is not None

    def at(self, token: Token, depth: int = 0) -> Trigger | None:
        """The trigger a token is, if any (its rule may still say "not an event");
        remembered per token, since embedded clauses ask about the same words again."""
        key = (token.i, min(depth, _MAX_DEPTH))
        if key not in self._seen:
            self._seen[key] = self._lookup(token, depth)
        return self._seen[key]

    def _lookup(self, token: Token, depth: int) -> Trigger | None:
        joined = hyphenated(token)
        again = self._again(token)
        if not self.lexicon.knows(lemma(token), token.lower_, joined, restored(token), again):
            return None  # most words are no trigger word in any sense: skip the lookups
        kind = word_kind(token)
        if kind is not None and joined and self.lexicon.has(kind, joined):
            return self._choose(token, kind, joined, depth)  # "build-up", "test-fired"
        if kind == "verbs" and _stative_passive(token) and self.lexicon.has("adjectives", token.lower_):
            kind = "adjectives"  # "Vietnam is committed to", "Iraq is prepared to"
        if kind == "verbs" and _gerund_naming_an_act(token, self.lexicon):
            kind = "nouns"  # "the Azerbaijani shelling of Stepanakert"
        if kind is None:
            return None
        longest = self.lexicon.longest.get(kind, 1)
        if kind == "nouns" and not (self.lexicon.may_end_a_phrase(lemma(token))
                                    or self.lexicon.may_end_a_phrase(token.lower_)):
            longest = 1
        for key in (*lookup_keys(token, kind, longest), again):
            if key and self.lexicon.has(kind, key):
                return self._choose(token, kind, key, depth)
        return None

    def _choose(self, token: Token, kind: str, key: str, depth: int) -> Trigger | None:
        clues = self.clues(token, kind, depth)
        rule = next((r for r in self.lexicon.rules(kind, key) if r.matches(clues)), None)
        if rule is None:
            return None
        if rule.type != FROM_OBJECT:
            return Trigger(token, kind, key, rule)
        for noun in light_objects(token):
            if names_a_date(noun):
                continue  # "held in MARCH": when it happened, not what
            inner = self.at(noun, depth + 1)
            # a noun, or a gerund after "in" ("took part in MONITORING the truce")
            wanted = "verbs" if noun.dep_ == "pcomp" else "nouns"
            if inner is not None and inner.kind == wanted and inner.type is not None:
                return Trigger(token, kind, key, rule, noun, inner.rule)
        return None

    def clues(self, token: Token, kind: str, depth: int = 0) -> LazyClues:
        """The parse around a trigger in the terms of the rules, each read on first use."""
        if kind == "nouns":
            return self._noun_clues(token, depth)
        # a date is when, never whom or what: "fired his minister ON TUESDAY"
        preps = lambda: [(p, o) for p, o in prep_objects(token, deep=kind == "verbs")
                         if not names_a_date(o)]

        def subject() -> frozenset[str]:
            if kind != "verbs":
                found = _adjective_subject(token)
            else:  # the passive's agent acts: "forces backed BY DJIBOUTIAN SOLDIERS"
                found = agent_of(token) if is_passive(token) else subject_of(token)
            return self._words([found] if found is not None else [])

        def prep() -> frozenset[str]:
            marks = {m.lower_ for c in children(token, "advcl") for m in children(c, "mark")}
            return frozenset(p for p, _ in preps()) | (marks & {"for"})  # "called for X to go"

        return LazyClues({
            "object": lambda: self._words(typed_objects(token) if kind == "verbs" else []),
            "prep_object": lambda: frozenset(lemma(o) for _, o in preps()) | self._words(
                [o for _, o in preps()]),
            "prep_pairs": lambda: tuple((p, frozenset({lemma(o)}) | self._words([o]))
                                        for p, o in preps()),
            "prep": prep,
            "xcomp": lambda: self._embedded(token, depth),
            "subject": subject,
            "modifier": lambda: frozenset(c.lower_ for c in children(token, "advmod")),
            "particle": lambda: particles_of(token),
            "negated": lambda: is_negated(token),
            "purpose": lambda: _purpose(token),
            "modal": lambda: frozenset(lemma(c) for c in children(token, "aux")),
        })

    def _noun_clues(self, noun: Token, depth: int) -> LazyClues:
        preps = lambda: [(p, o) for p, o in prep_objects(noun, deep=False)
                         if not names_a_date(o)]

        def modifier() -> frozenset[str]:
            # coordinated modifiers each qualify the noun: "moral and POLITICAL support",
            # "political and MILITARY support"
            modifiers = [m for c in noun.children if c.dep_ in _MODIFIER_DEPS
                         for m in conjuncts(c)]
            # a name's words hang on each other ("the Malabar JOINT Maritime Exercise")
            modifiers += [c for m in modifiers if m.dep_ == "compound"
                          for c in m.children if c.dep_ in ("compound", "amod")]
            # a hyphened modifier is read whole too ("LIVE-FIRE drills", which rules
            # that know it read before the fire drill's), and by its last part
            # ("politico-MILITARY support")
            words = {w for m in modifiers for w in (lemma(m), m.lower_, hyphenated(m)) if w}
            if any(self.participants.names_actor(m) for m in modifiers):
                words.add(ACTOR_PLUS)
            return frozenset(words)

        def governor() -> frozenset[str]:
            head = noun.head if noun.dep_ in ("dobj", "nsubjpass") else (
                noun.head.head if noun.dep_ == "pobj" else _misparsed_governor(noun))
            found = {lemma(head)} if head is not None else set()
            if noun.dep_ == "pobj":
                found.add(noun.head.lower_)  # "IN support of", "WITH the support of"
            return frozenset(found)

        return LazyClues({
            "object": lambda: self._words([o for p, o in preps() if p == "of"]),
            "prep": lambda: frozenset(p for p, _ in preps()),
            "prep_object": lambda: frozenset(lemma(o) for _, o in preps()) | self._actor_mark(
                [o for _, o in preps()]),
            "prep_pairs": lambda: tuple((p, frozenset({lemma(o)}) | self._actor_mark([o]))
                                        for p, o in preps()),
            "xcomp": lambda: self._embedded(noun, depth),
            "modifier": modifier,
            "governor": governor,
            "subject": lambda: self._words(_noun_doers(noun)),
            "negated": lambda: is_negated(noun),
        })

    def _actor_mark(self, heads: list[Token]) -> frozenset[str]:
        """@actor where one of the heads names an actor ("calls ON THE PARTIES to")."""
        return frozenset({ACTOR}) if any(self.participants.names_actor(h) for h in heads) \
            else frozenset()

    def _words(self, heads: list[Token]) -> frozenset[str]:
        """Lemmas of the heads, their conjuncts and compounds, and @actor where one names
        an actor ("supply heavy weapons", "weapons transfer", "met Lavrov"); a container
        stands for what it holds ("tons of food aid")."""
        words: set[str] = set()
        for head in heads:
            for one in conjuncts(head):
                words.add(lemma(one))
                words.add(one.lower_)
                words.update(lemma(c) for c in children(one, "compound", "amod"))
                if self.participants.names_actor(one):
                    words.add(ACTOR)
                    if self.participants.names_igo(one):
                        words.add(IGO)
                    if self.participants.names_person(one):
                        words.add(PERSON)
                # a town may stand for its authorities and still be ground taken
                # ("captured Shusha"): a name can be both an actor and a place
                if self.participants.place(one) is not None:
                    words.add(PLACE)
                if is_container(one, self.lexicon.containers):
                    words |= self._words([o for p, o in prep_objects(one, deep=False) if p == "of"])
        return frozenset(words)

    def embedded(self, token: Token, depth: int = 0) -> Token | None:
        """The act a word is about: an embedded clause ("agreed to HOLD", "demanded that
        Iran STOP") or an event noun it asks for or takes ("called for TALKS", "demanded
        the WITHDRAWAL", "agreed to a CEASEFIRE")."""
        verb = embedded_verb(token) or _misparsed_content(token)
        if verb is not None:
            return verb
        candidates = [o for p, o in prep_objects(token, deep=False) if p in ("for", "on", "to")]
        if not children(token, "oprd"):  # "called the talks a success" names them
            candidates += children(token, "dobj")
        for noun in candidates:
            if noun.pos_ == "NOUN" and depth < _MAX_DEPTH:
                found = self.at(noun, depth + 1)
                if found is not None and found.type is not None:
                    return noun
        return None

    def _embedded(self, token: Token, depth: int) -> frozenset[str]:
        verb = self.embedded(token, depth)
        if verb is None:
            return frozenset()
        words = {ANY, lemma(verb)}
        subject = subject_of(verb)
        if _prospective(verb, subject):
            words.add(PROSPECTIVE)
        if subject is not None and self.participants.names_actor(subject):
            words.add(ACTOR)  # a clause about what an actor does ("warned that Baku was ...")
        if children(verb, "auxpass") and lemma(verb) not in cue_list("joining_passives"):
            words.add(UNDERGONE)
        if _meets_misfortune(verb, self.lexicon):
            words.add(MISFORTUNE)
        if depth < _MAX_DEPTH:
            inner = self.at(verb, depth + 1)
            if inner is not None and inner.type is not None:
                words.add(_sense(self.plover.quad(inner.type) <= 2, is_negated(verb)))
        return frozenset(words)


def _meets_misfortune(verb: Token, lexicon: Lexicon) -> bool:
    """"warned that a million children FACE FAMINE": a clause whose subject undergoes a
    misfortune ("would CAUSE starvation" tells of someone's deed)."""
    misfortunes = lexicon.classes.get("misfortunes", frozenset())
    return lemma(verb) in cue_list("undergoing_verbs") and any(
        lemma(o) in misfortunes for o in objects_of(verb))


def _sense(cooperative: bool, negated: bool) -> str:
    """What an embedded act amounts to: a deed of force forsworn is restraint ("vowed NOT
    to attack civilians": @cooperation), a cooperative act forsworn is withheld ("vowed
    NOT to release the hostages": @withheld)."""
    if negated:
        return WITHHELD if cooperative else COOPERATION
    return COOPERATION if cooperative else CONFLICT


def _linked_in_name(token: Token) -> bool:
    """A capitalised word between capitalised words that lower-case links join on both
    sides is inside a name the model did not tag whole: "the Office FOR THE COORDINATION
    OF Humanitarian Affairs". (A headline's words are not linked so on both sides:
    "Russia Launches ATTACK on Ukraine".)"""
    if not token.text[:1].isupper() or token.is_sent_start:
        return False
    return _linked(token, -1) and _linked(token, 1)


def _linked(token: Token, step: int) -> bool:
    """Whether one or two lower-case links, then a capitalised word, lie on that side."""
    doc, i = token.doc, token.i + step
    links = 0
    while 0 <= i < len(doc) and doc[i].text in _NAME_LINKS and links < 2:
        i, links = i + step, links + 1
    return links > 0 and 0 <= i < len(doc) and doc[i].text[:1].isupper()


def _misparsed_content(noun: Token) -> Token | None:
    """"its calls on the parties TO END the war": the parser may make the noun the subject
    of its own to-clause; a noun does not do an infinitive, it asks for it."""
    head = noun.head
    if noun.pos_ == "NOUN" and noun.dep_ == "nsubj" and head.pos_ == "VERB" and is_to_clause(head):
        return head
    return None



def _misparsed_governor(noun: Token) -> Token | None:
    """"reiterated its CALL to the authorities to drop the charges": where the parser
    made the noun the subject of its own to-clause, the verb above that clause governs
    the noun."""
    clause = _misparsed_content(noun)
    if clause is None or clause.dep_ not in ("ccomp", "xcomp") or clause.head == clause:
        return None
    return clause.head


def names_a_date(token: Token) -> bool:
    """"talks held in MARCH", "on March 3": a noun the parser reads as part of a date or
    a time names when, not what (the month, not a protest march)."""
    return token.pos_ in ("NOUN", "PROPN") and token.ent_type_ in _WHEN


def _prospective(verb: Token, subject: Token | None) -> bool:
    """A clause of what is to come: an infinitive, "will" or "would", or what a speaker
    says its own side could do ("warned IT COULD turn to Russia")."""
    modals = {lemma(c) for c in verb.children if c.dep_ == "aux"}
    own = subject is not None and subject.lower_ in _SELF
    return is_to_clause(verb) or bool(modals & WILL) or (own and bool(modals & _MAY))


def _purpose(verb: Token) -> frozenset[str]:
    """The verb of a to-clause of purpose and its objects ("deployed troops TO PROTECT
    CIVILIANS"): what the act is for."""
    words: set[str] = set()
    for clause in children(verb, "advcl", "xcomp"):
        if is_to_clause(clause):
            words.add(lemma(clause))
            words.update(lemma(o) for o in children(clause, "dobj"))
    return frozenset(words)


def _gerund_naming_an_act(token: Token, lexicon: Lexicon) -> bool:
    """A gerund that names an act rather than tells one done: after a determiner ("the
    Azerbaijani SHELLING of Stepanakert") or, where the lexicon has it as an event noun,
    as the subject of a verb that starts or carries it on with the parties it is between
    ("FIGHTING between the army and the rebels broke out", "FIGHTING erupted between"),
    or with its doer after "by" ("SHELLING by Russian forces destroyed homes"): its sides
    are the parties, as an event noun's are."""
    if token.tag_ != "VBG":
        return False
    if any(c.dep_ == "det" for c in token.children):
        return True
    if token.dep_ not in ("nsubj", "csubj") or not lexicon.has("nouns", token.lower_):
        return False
    if any(p == "by" for p, _ in prep_objects(token, deep=False)) and not any(
            c.tag_ == "MD" for c in token.head.children):
        return True  # "SHELLING by Russian forces destroyed homes" ("... must stop": no)
    holders = [token, token.head] if lemma(token.head) in cue_list("aspectual_verbs") else [token]
    return any(p in ("between", "among") for h in holders for p, _ in prep_objects(h, deep=False))


def _stative_passive(token: Token) -> bool:
    """A participle of a state: "Vietnam IS COMMITTED to", or one the parser hung on the
    copula as its complement ("it WAS deeply CONCERNED by the sentencing")."""
    return token.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in token.children)
                                    or token.dep_ == "acomp")


def _noun_doers(noun: Token) -> list[Token]:
    """Who does an act a noun names, as far as its phrase says: its possessor ("the
    army's exercises") or the subject of the verb it is the object of ("the navy HELD
    exercises", "the military BEGAN two days of exercises")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return owners
    held = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    # "began two days OF exercises": the container's verb; one of doing the act only
    # ("China CONDEMNED the exercises" names no one holding them)
    if held.dep_ != "dobj" or lemma(held.head) not in cue_list("doing_verbs"):
        return []
    subject = subject_of(held.head)
    return [subject] if subject is not None else []


def _adjective_subject(adjective: Token) -> Token | None:
    head = adjective.head
    return subject_of(head) if head != adjective and head.pos_ in ("AUX", "VERB") else None
