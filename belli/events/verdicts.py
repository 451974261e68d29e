"""Verdicts and obligations in reported speech: what a speaker calls an act or an actor.

A verb of speech or of naming codes no event of its own in "said her remarks were
unfounded", "called the move illegal" or "said Iran must stop"; what it reports does:

- a verdict on a claim rejects it ("were UNFOUNDED": REJECT),
- a verdict on an act condemns it ("was UNACCEPTABLE", "amounts to a CRIME": ACCUSE),
- saying an actor fails at a duty criticizes it ("was FAILING to rein in": ACCUSE),
- saying an actor acted unlawfully charges it ("had entered its airspace WITHOUT
  PERMISSION", "ILLEGALLY crossed the border", "VIOLATED the truce": ACCUSE), and so
  does saying it did a wrong ("was MEDDLING in its affairs", "SPONSORS TERRORISM", "was
  PLANNING ATTACKS": ACCUSE), unless the speaker tells its own side's act ("said IT
  entered without approval from parliament", "said its police were planning raids"),
- saying another actor must act demands it ("Sudan MUST return": REQUEST),
- saying another actor will suffer holds out force ("the rebels WILL BE CRUSHED", "Hamas
  WILL PAY a heavy price": THREATEN), unless the speaker tells of its own side.

`VerdictReader` answers with the lookup key and the rule; the trigger finder makes the
trigger.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from belli.actors.sectors import STATE_ORGANS
from belli.events.cue_lists import cue_list
from belli.events.lexicon import Rule
from belli.events.syntax import (
    Token,
    children,
    conjuncts,
    has_perfect,
    is_passive,
    is_to_clause,
    lemma,
    possessor_undergoes,
    prep_objects,
    subject_of,
)

__all__ = ["CONDEMNATION", "CONDEMNED_DEED", "CRITICISM", "DISMISSAL", "MENACE", "MISDEED", "NAMING",
           "OBLIGATION", "WRONGDOING", "Reading", "VerdictReader", "deed_doers",
           "told_to_suffer"]

# verbs that equate an act with what it is called ("the expulsions amount to ethnic
# cleansing", "the system poses a threat"): with a charge as their complement, the
# speaker condemns the act
_EQUATING = frozenset({"amount", "constitute", "represent", "equal", "pose"})
# verbs of need that oblige like a modal: "said Washington needs to act"
_NEEDING = frozenset({"need", "have"})
_NEEDS = frozenset({"need", "necessity"})  # "stressed the need to", as a noun
# the sectors of parties a duty may be laid on even in general ("troops must withdraw",
# "rebels must lay down their arms"), unlike companies, schools or people
_PARTIES = cue_list("foe_sectors") | {s.lower() for s in STATE_ORGANS} | {"pty", "igo"}
# determiners of any one of a kind
_ANY_ONE = frozenset({"each", "every", "any"})
# a duty one is under, and the verbs whose passive lays one ("is obliged to")
_DUTIES = frozenset({"obligation", "duty"})
_BINDING = frozenset({"oblige", "obligate", "bind", "compel"})  # not "are required to": needed
# pronouns a demand may be on, for an actor of another side named before: not "we"
_THIRD_PERSONS = frozenset({"they", "he", "she", "it"})
# prepositions that give a reported act its cause: "triggered BY", "responded TO"
_CAUSES = frozenset({"by", "to", "against", "after"})
# verbs of response whose object is their cause: "ANSWERED provocations by the militia"
_ANSWERING = frozenset({"answer", "counter", "avenge"})
# verbs that name what something is ("called the move illegal", "brands them terrorists",
# "HELD Israel responsible for the attack")
NAMING = frozenset({"call", "describe", "brand", "label", "term", "deem", "consider",
                    "regard", "characterize", "characterise", "dub", "hold"})
# "Russia said Sudan must return the helicopter": PLOVER codes a statement that another
# must act as a demand.
OBLIGATION = Rule(type="REQUEST", embedded="mode",
                  note="a statement that another actor must act is a demand")
# "the ministry said her remarks were unfounded": a verdict on a claim or an act
DISMISSAL = Rule(type="REJECT", embedded="mode", note="calling a claim unfounded rejects it")
CONDEMNATION = Rule(type="ACCUSE", mode="disapprove", embedded="intent",
                    note="calling an act unacceptable condemns it")
# "said ... in the face of Russia's ILLEGAL aggression": only the deed condemned is the
# verdict's own; the rest of what the speaker says is coded on its own
CONDEMNED_DEED = Rule(type="ACCUSE", mode="disapprove", embedded="intent",
                      note="calling another's act illegal condemns it")
# "said Kabul was failing to rein in the militants"
CRITICISM = Rule(type="ACCUSE", mode="disapprove", embedded="intent",
                 note="saying an actor fails at a duty criticizes it")
# "said Iranian trucks had entered without permission"
WRONGDOING = Rule(type="ACCUSE", mode="allege", embedded="intent",
                  note="saying an actor acted unlawfully accuses it")
# "said Washington was meddling in its affairs", "said India sponsors terrorism": an act
# that is a wrong by its name, or abets a charge, told of another side
MISDEED = Rule(type="ACCUSE", mode="allege", embedded="intent",
               note="saying an actor did a wrong accuses it")
# "said the rebels will be crushed", "said Hamas will pay a heavy price"
MENACE = Rule(type="THREATEN", embedded="intent",
              note="saying another actor will suffer at one's hands threatens it")
_WILL = frozenset({"will", "would", "shall"})
# nouns of a kind, whose "of" names what a thing is called: "an ACT of aggression"
_KINDS = frozenset({"act", "form", "case", "kind", "example"})

Reading = tuple[str, Rule]  # the lookup key ("say ... unfounded") and the rule that holds


@dataclass(frozen=True)
class VerdictReader:
    """Reads verdicts and obligations off verbs of speech and naming."""

    speech: frozenset[str]
    obligations: frozenset[str]  # modals that oblige: "must", "should"
    verdicts: dict[str, Rule]  # "unfounded" -> DISMISSAL
    charges: frozenset[str]  # what condemns an act it names: "crime", "aggression"
    names_actor: Callable[[Token], bool]
    countries: Callable[[Token], set[str]]  # the countries of the actors a phrase names
    codes_itself: Callable[[Token], bool]  # whether the lexicon gives a word its own type
    negated: Callable[[Token], bool]
    # the sectors of the actors a phrase names ("the rebels" -> REB)
    sectors: Callable[[Token], set[str]] = lambda _: set()
    # what befalls a country with no one acting ("flood"): its consequences threaten no one
    misfortunes: frozenset[str] = frozenset()

    def verdict(self, verb: Token) -> Reading | None:
        """"said her remarks were unfounded" (REJECT), "said the supply was unacceptable"
        (ACCUSE): a speaker's verdict on a claim or an act."""
        for content in self._contents(verb):
            if self._failing(content):
                return f"{lemma(verb)} ... {content.lower_}", CRITICISM
            blamed = self._answerable(content) or self._blame_laid(content)
            if blamed is not None:
                return f"{lemma(verb)} ... {blamed.lower_}", WRONGDOING
            unlawful = self._unlawful(content)
            if unlawful is not None:
                return f"{lemma(verb)} ... {unlawful[0].lower_}", unlawful[1]
            if self._menaced(content):
                return f"{lemma(verb)} ... {content.lower_}", MENACE
            word = self._condemning_word(verb, content)
            if word is not None:
                return f"{lemma(verb)} ... {word.lower_}", CONDEMNED_DEED
            for word in _verdict_words(content):
                rule = self._rule(word)
                if rule is None and lemma(content) != "be" and self._is_charge(word) \
                        and not self.negated(word):  # "poses NO threat" clears
                    rule = CONDEMNATION
                if rule is not None:
                    return f"{lemma(verb)} ... {word.lower_}", rule
        return None

    def condemned_deed(self, verb: Token) -> Token | None:
        """The act a `CONDEMNED_DEED` verdict of the verb condemns in passing."""
        return next((w.head for c in self._contents(verb)
                     if (w := self._condemning_word(verb, c)) is not None), None)

    def _condemning_word(self, verb: Token, content: Token) -> Token | None:
        """"said ... in the face of Russia's ILLEGAL aggression": a condemning word on an
        act another side's actor does, in the speaker's own words, condemns it; not in a
        claim, report or statement of someone else's the speaker tells of ("rejected
        Russia's claims of Ukraine's illegal attacks")."""
        for word in self._own_words(content):
            if word.dep_ != "amod" or self._rule(word) is not CONDEMNATION:
                continue
            deed = word.head
            doers = [d for d in deed_doers(deed) if self.names_actor(d)]
            if deed.pos_ == "NOUN" and (self.codes_itself(deed) or self._is_charge(deed)) \
                    and doers and not self.negated(deed) \
                    and not any(self._own_deed(verb, d) for d in doers):
                return word
        return None

    def _own_words(self, content: Token) -> list[Token]:
        """The words of a reported clause in text order, less those inside another's words
        it tells of."""
        found, todo = [], [content]
        while todo:
            word = todo.pop()
            found.append(word)
            todo.extend(c for c in word.children if not self._tells_others_words(c))
        return sorted(found, key=lambda t: t.i)

    def _tells_others_words(self, word: Token) -> bool:
        return lemma(word) in cue_list("others_words") or (
            word.pos_ == "VERB" and lemma(word) in self.speech)

    def _contents(self, word: Token) -> list[Token]:
        """The account a verb of speech reports ("said THAT ..."), or a noun of a claim
        holds in its "that" clause ("Baku's claim THAT ...")."""
        if word.pos_ == "VERB" and lemma(word) in self.speech:
            return children(word, "ccomp")
        if word.pos_ == "NOUN" and lemma(word) in cue_list("claim_nouns"):
            return [c for c in children(word, "acl", "relcl", "ccomp")
                    if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        return []

    def named(self, verb: Token) -> Reading | None:
        """"called the decision ILLEGAL", "described the claims as BASELESS", "considers
        them TERRORISTS": what a verb of naming calls an act or an actor is a verdict."""
        if lemma(verb) not in NAMING:
            return None
        for word in _called(verb):
            if self._answerable_for_act(word):  # "held Israel RESPONSIBLE for the attack"
                return f"{lemma(verb)} ... {word.lower_}", WRONGDOING
            if lemma(verb) == "hold":  # "held the talks productive" names no wrong
                continue
            rule = self._rule(word)
            if rule is None and self._is_charge(word):
                rule = CONDEMNATION
            if rule is not None:
                return f"{lemma(verb)} ... {word.lower_}", rule
        return None

    def obligation(self, verb: Token) -> Reading | None:
        """"said Iran must stop", "stressed the need to end the fighting": a demand."""
        if verb.pos_ != "VERB" or lemma(verb) not in self.speech:
            return None
        for content in children(verb, "ccomp"):
            modal = self._obliging(content)
            subject = subject_of(content) or (next(iter(children(content, "nsubjpass")), None)
                                              if _bound(content) else None)
            if modal is not None and subject is not None and self._obliged_party(verb, subject):
                return f"{lemma(verb)} ... {modal.lower_}", OBLIGATION
        for need in children(verb, "dobj"):  # "stressed the NEED to stop the fighting"
            if lemma(need) in _NEEDS and any(is_to_clause(c) for c in children(need, "acl")):
                return f"{lemma(verb)} ... {need.lower_}", OBLIGATION
        return None

    def _rule(self, word: Token) -> Rule | None:
        return self.verdicts.get(lemma(word)) or self.verdicts.get(word.lower_)

    def _is_charge(self, word: Token) -> bool:
        return lemma(word) in self.charges

    def _failing(self, content: Token) -> bool:
        """"said Kabul was FAILING to rein in the militants": saying that an actor fails at
        a duty criticizes it (a failure the lexicon codes itself, "failed to reach a deal",
        is a refusal instead)."""
        if lemma(content) != "fail" or self.negated(content):
            return False
        subject = subject_of(content)
        return not self.codes_itself(content) and subject is not None \
            and self.names_actor(subject)

    def _unlawful(self, content: Token) -> tuple[Token, Rule] | None:
        """"said Iranian trucks had entered WITHOUT PERMISSION", "said the troops
        ILLEGALLY crossed", "said Washington was MEDDLING": the word that tells an
        actor's reported act was a wrong, and the rule it accuses by."""
        subject = subject_of(content)
        if subject is None or self.negated(content) or self._own_deed(content.head, subject):
            return None
        wrong = self._perpetrated(content)  # "both SIDES committed abuses": the context names them
        if wrong is not None:
            return wrong, WRONGDOING
        if not self.names_actor(subject):
            return None
        if _breaks_an_undertaking(content):  # "said the rebels VIOLATED the truce"
            return content, WRONGDOING
        wrongful = self._wrongful(content)
        if wrongful is not None:
            return wrongful, MISDEED
        for child in content.children:
            if child.dep_ == "advmod" and lemma(child) in cue_list("unlawful_manners"):
                return child, WRONGDOING
            if child.dep_ == "prep" and child.lower_ == "without" and any(
                    lemma(o) in cue_list("leave_nouns") for o in children(child, "pobj")):
                return child, WRONGDOING
        return None

    def _wrongful(self, content: Token) -> Token | None:
        """"said Washington was MEDDLING in its affairs", "said India SPONSORS TERRORISM":
        an act that is a wrong by its very name, or one that abets what is charged as a
        wrong, told of another side's actor, accuses that actor."""
        if lemma(content) in cue_list("wrongdoing_verbs"):
            return content
        if lemma(content) in cue_list("abetting_verbs"):
            return next((o for o in children(content, "dobj") if self._is_charge(o)), None)
        return None

    def _menaced(self, content: Token) -> bool:
        """"said the rebels WILL BE CRUSHED", "said Kyiv WOULD FACE consequences": another
        actor is told what it will suffer; the same of one's own side is no threat."""
        found = children(content, "nsubjpass") or children(content, "nsubj")
        subject = found[0] if found else None  # who undergoes: the passive's subject too
        if subject is None or self.negated(content) or not self.names_actor(subject):
            return False
        # a government's own rebels are another side: "said the rebels will be crushed"
        sectors = {s.lower() for s in self.sectors(subject)}
        if not sectors & cue_list("foe_sectors") and self._own_deed(content.head, subject):
            return False
        if sectors and sectors <= cue_list("lawbreaker_sectors") \
                and lemma(content) in cue_list("penal_verbs"):
            return False  # "the criminals will be punished": justice, not a threat
        return told_to_suffer(content, self.misfortunes)

    def _perpetrated(self, content: Token) -> Token | None:
        """"said both sides had COMMITTED grave ABUSES", "said the militia CARRIED OUT war
        CRIMES": the wrong a reported act is named by (a charge or a condemnation)."""
        word = lemma(content)
        if word not in cue_list("perpetrating_verbs") or (word == "carry" and "out" not in {
                c.lower_ for c in children(content, "prt")}):
            return None
        for obj in children(content, "dobj"):
            if self._is_charge(obj) or self._rule(obj) is CONDEMNATION:
                return obj
        return None

    def _answerable(self, content: Token) -> Token | None:
        """"said the militia was RESPONSIBLE for the attack": an actor answerable for an
        act, a charge or a harm (`_blamable`) is blamed for it; "responsible for security"
        names a duty."""
        subject = subject_of(content)
        if lemma(content) != "be" or subject is None or self.negated(content):
            return None
        if self._claimed(content.head, subject):  # "said IT was responsible": it owns the act
            return None
        answerable = next((w for w in children(content, "acomp") if self._answerable_for_act(w)), None)
        return answerable or self._behind(content)

    def _behind(self, content: Token) -> Token | None:
        """"said Hezbollah was BEHIND the rocket attack": an actor put behind an act, a charge
        or a harm (`_blamable`) is blamed for it."""
        return next((p for p in children(content, "prep") if p.lower_ == "behind" and any(
            self._blamable(o) for o in children(p, "pobj"))), None)

    def _blame_laid(self, content: Token) -> Token | None:
        """"said Israel BEARS full RESPONSIBILITY for the escalation", "said responsibility
        for the attack LAY WITH the militia": the blame for an act laid on an actor; "bears
        responsibility for security" names a duty, and the speaker's own side owns its deed;
        blame for a harm (`_blamable`: "for the explosion") is laid the same way."""
        if self.negated(content):
            return None
        word = lemma(content)
        if word in cue_list("bearing_verbs"):
            subject = subject_of(content)
            laid = [subject] if subject is not None and not self._claimed(content.head, subject) else []
            blames = children(content, "dobj")
        elif word in cue_list("resting_verbs"):
            laid = [o for p, o in prep_objects(content, deep=False) if p in ("with", "on")]
            blames = children(content, "nsubj")
        else:
            return None
        if not any(self.names_actor(t) for t in laid):
            return None
        return next((b for b in blames if lemma(b) in cue_list("blame_nouns") and any(
            p == "for" and self._blamable(o) for p, o in prep_objects(b, deep=False))), None)

    def _answerable_for_act(self, word: Token) -> bool:
        """"RESPONSIBLE for the attack": answerable for an act, a charge or a harm
        (`_blamable`); "responsible for security" names a duty."""
        return lemma(word) in cue_list("answerable_words") and any(
            prep == "for" and self._blamable(obj) for prep, obj in prep_objects(word, deep=False))

    def _blamable(self, thing: Token) -> bool:
        """An act the lexicon codes, a charge, or a harm that may have had no doer, told as
        one that happened ("THE blast", "the DEATHS", "Tuesday's fire": `blamed_harms`):
        what one is held answerable for. A bare harm is a duty's field ("responsible for
        fire and rescue")."""
        if self.codes_itself(thing) or self._is_charge(thing):
            return True
        told = thing.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in thing.children)
        return lemma(thing) in cue_list("blamed_harms") and told and not children(thing, "conj")

    def _obliged_party(self, verb: Token, subject: Token) -> bool:
        """Who a demand is on: an actor the phrase names, or "they", "he", "she" for one
        of another side named before in the sentence ("if the Taliban are sincere, THEY
        must stop"); "officials said THEY should arrest" tells the speaker's own duty."""
        if subject.pos_ == "PRON":  # whoever the pronoun was resolved to
            return subject.lower_ in _THIRD_PERSONS and self._other_side_before(verb, subject)
        return self.names_actor(subject) and not (
            _any_one(subject) and not {s.lower() for s in self.sectors(subject)} & _PARTIES)

    def _other_side_before(self, verb: Token, pronoun: Token) -> bool:
        """Whether an actor other than the speaker, and not of its side, is named in the
        sentence before the pronoun, for it to stand for."""
        speaker = subject_of(verb)
        own = {t.i for t in speaker.subtree} if speaker is not None else set()
        return any(t.i not in own and t.pos_ in ("NOUN", "PROPN") and self.names_actor(t)
                   and not self._claimed(verb, t)
                   for t in pronoun.sent if t.i < pronoun.i)

    def _claimed(self, verb: Token, doer: Token) -> bool:
        """"Al-Shabaab said IT was responsible": the speaker's own side owns the act, which
        stays its deed; a state's own rebels are another side ("said the rebels were")."""
        speaker = subject_of(verb)
        theirs = {s.lower() for s in self.sectors(doer)} & cue_list("foe_sectors")
        mine = {s.lower() for s in self.sectors(speaker)} if speaker is not None else set()
        return not theirs - mine and self._own_deed(verb, doer)

    def _own_deed(self, verb: Token, doer: Token) -> bool:
        """"Kenya said IT entered", "Russia said ITS troops had entered", "Lavrov said
        Russian troops entered": a speaker telling its own side's act confesses no wrong."""
        speaker = subject_of(verb)
        doers = self.countries(doer)
        if doers:
            return speaker is not None and doers <= self.countries(speaker)
        return doer.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON"
                                          for c in doer.children)

    def _obliging(self, content: Token) -> Token | None:
        """What makes a reported clause an obligation: a modal ("Iran MUST stop"), a
        verb of need with a to-clause ("Washington NEEDS to act", "Kyiv HAS to leave"), or
        a demand in the base form ("insisted that Israel ALLOW")."""
        modal = next((c for c in content.children
                      if c.dep_ == "aux" and c.lower_ in self.obligations), None)
        if modal is not None and has_perfect(content):
            return None  # "said they MUST HAVE given the orders" infers, asks nothing
        if modal is None and lemma(content) in _NEEDING and any(
                is_to_clause(c) for c in children(content, "xcomp")):
            return content
        if modal is None and (_mandative(content) or _bound(content)):
            return content
        return modal


def _any_one(subject: Token) -> bool:
    """"EACH company must fend for itself", "EVERY believer has to pray": a duty on any one
    of a kind is advice, not a demand on an actor; the caller keeps one on foes. (A bare
    plural is as often a group meant: "Protesters must leave the square".)"""
    return any(c.dep_ == "det" and c.lower_ in _ANY_ONE for c in subject.children)


def _bound(content: Token) -> bool:
    """"said Britain IS UNDER AN OBLIGATION to end its rule", "said Israel IS OBLIGED to
    allow aid in": a duty laid on the subject to act is a demand."""
    if lemma(content) == "be":
        return any(lemma(o) in _DUTIES and any(is_to_clause(c) for c in children(o, "acl"))
                   for p in children(content, "prep") if p.lower_ == "under"
                   for o in children(p, "pobj"))
    return lemma(content) in _BINDING and is_passive(content) and any(
        is_to_clause(c) for c in children(content, "xcomp"))


def _mandative(content: Token) -> bool:
    """"insisted that Israel ALLOW more aid in", "recommended that Kyiv DELAY the vote": a
    clause in the base form, with a singular subject and no auxiliary, after a verb that
    asks, is what the speaker demands ("insisted that its strikes TARGET only militants"
    states a fact)."""
    verb = content.head
    if content.dep_ != "ccomp" or lemma(verb) not in cue_list("mandative_verbs"):
        return False
    subjects = children(content, "nsubj")
    if not subjects or children(content, "aux", "auxpass", "neg"):
        return False
    # the base form shows only after a singular subject: "the rebels ALLOW" may be a fact,
    # unless what they are to do is an act one demands ("that the rebels RELEASE the hostages")
    return content.tag_ == "VB" or (content.tag_ == "VBP" and (
        subjects[0].tag_ in ("NN", "NNP") or lemma(content) in cue_list("demanded_acts")))


def told_to_suffer(content: Token, misfortunes: frozenset[str] = frozenset()) -> bool:
    """A clause of harm still to be undergone: "WILL BE CRUSHED", "WOULD FACE consequences"
    (see `_suffered`)."""
    return any(c.dep_ == "aux" and c.lower_ in _WILL for c in content.children) \
        and _suffered(content, misfortunes)


def _suffered(content: Token, misfortunes: frozenset[str]) -> bool:
    """A clause of harm undergone: a verb of force in the passive ("be CRUSHED"), or a
    penalty paid or faced ("PAY a heavy price", "FACE consequences"), but not the
    consequences of a misfortune ("suffer the consequences OF THE FLOODS")."""
    if any(c.dep_ == "auxpass" for c in content.children):
        return lemma(content) in cue_list("crushing_verbs")
    # word forms: "face higher PRICES" is no penalty, "pay a PRICE" is
    return lemma(content) in cue_list("suffering_verbs") and any(
        o.lower_ in cue_list("penalty_nouns") and not any(
            p == "of" and lemma(cause) in misfortunes for p, cause in prep_objects(o, deep=False))
        for o in children(content, "dobj"))


def deed_doers(deed: Token) -> list[Token]:
    """Who an act noun says does it: its owner ("RUSSIA'S aggression"; not where the owner
    undergoes it, "the journalist's illegal detention"), else a name that qualifies it
    ("the RUSSIAN annexation")."""
    owners = [] if possessor_undergoes(deed) else children(deed, "poss")
    return owners or [c for c in deed.children if c.ent_type_ == "NORP" or (
        c.dep_ in ("amod", "compound") and c.pos_ == "PROPN")]


def _breaks_an_undertaking(content: Token) -> bool:
    """"violated the truce", "breached the accord": breaking what was agreed is a wrong
    by its very name, so another side telling it charges the breaker."""
    return lemma(content) in cue_list("breaking_verbs") and any(
        lemma(o) in cue_list("undertaking_nouns") for o in children(content, "dobj"))


def _verdict_words(content: Token) -> list[Token]:
    """What a reported clause calls an act: "were UNFOUNDED", "was a PROVOCATION", or,
    with a verb of equating, "amounted to ethnic CLEANSING", "constitutes a CRIME"."""
    if lemma(content) == "be":  # "was an ACT OF terrorism": what the act is one of
        said = children(content, "acomp", "attr")
        return said + [o for w in said if lemma(w) in _KINDS
                       for p, o in prep_objects(w, deep=False) if p == "of"]
    if lemma(content) in _EQUATING:
        return children(content, "dobj") + [o for p, o in prep_objects(content, deep=False)
                                            if p == "to"]
    return _blamed_cause(content)


def _blamed_cause(content: Token) -> list[Token]:
    """"said the fighting was triggered by a PROVOCATION by the rebels", "said it had
    responded to PROVOCATIONS by the militia", "was answering PROVOCATIONS by the militia":
    a reported cause that names its doer with "by" is a charge against that doer (the
    charge word still has to be one)."""
    causes = [o for p, o in prep_objects(content, deep=False) if p in _CAUSES and _by_doer(o)]
    if lemma(content) in _ANSWERING:  # "was only ANSWERING provocations by the militia"
        causes += [o for o in children(content, "dobj") if _by_doer(o)]
    return causes


def _by_doer(noun: Token) -> bool:
    """Whether "by" follows the noun: on it, or hung by the parser on the verb right after
    it ("responded to provocations | by the rebels")."""
    after = noun.right_edge.i + 1
    span = noun.doc[noun.i:min(after + 1, len(noun.doc))]
    return any(t.lower_ == "by" and (t.head == noun or t.i == after) for t in span)


def _called(verb: Token) -> Iterator[Token]:
    """What a verb of naming calls its object: a complement ("called it a PROVOCATION",
    "considers them to be TERRORISTS", "described it AS unacceptable") or an adjective the
    parser hung after the object ("called the decision ILLEGAL")."""
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "attr"):  # "a TERRORIST organization"
            for word in conjuncts(child):
                yield word
                yield from children(word, "amod")
        elif child.dep_ in ("xcomp", "ccomp"):
            if child.pos_ not in ("VERB", "AUX"):  # "called on allies to ACT" asks, names nothing
                yield child
            for word in children(child, "acomp", "attr", "oprd", "amod"):
                yield from conjuncts(word)
        elif child.dep_ == "dobj":
            for word in children(child, "amod"):
                if word.i > child.i:
                    yield from conjuncts(word)
            for word in children(child, "appos"):  # "branded the militants TERRORISTS"
                for one in conjuncts(word):  # "considers the YPG a TERRORIST organization"
                    yield one
                    yield from children(one, "amod")
        elif child.dep_ == "prep" and child.lower_ == "as":
            for word in child.children:
                yield from conjuncts(word)
