"""How sure the text is of an event, whether it happened, and when relative to now.

certainty: asserted (the outlet's own voice), reported (someone's account: a frame of
speech or "according to", "reportedly", "allegedly"), speculative ("may have", "must
have", "probably", "observers believe"). aux: negated ("did not", "never", "failed to"),
future ("will", "plans to", "next week"), hypothetical ("if", "could", "would"),
historical (set by the coder from the event's date). An act weighed ("considered
attacking", "is weighing a strike") is hypothetical. One scheduled ("are due to meet") or
prepared for ("preparing for an offensive") is future but keeps its own type: `scheduled`
says why, for the coder to add the mode after the promise conventions (framing.py), which
read a future in `aux` as a promise. A present-simple material act told as a
trait or a standing trade ("fighters who fight", "supplies a share of its oil") is no
occurrence: `habitual` says why, for the coder to leave it to the relations.

The cues live in data/cues.yaml; each finding adds a short reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from belli.events.act_tenses import finite_beside_bare
from belli.events.claims import Cues, Frame, innermost
from belli.events.condition_clauses import (
    inverted_condition,
    misread_condition,
    misread_condition_on,
)
from belli.events.cue_lists import cue_list
from belli.events.lexicon import FROM_OBJECT, load_lexicon
from belli.events.syntax import (
    Token,
    children,
    has_perfect,
    has_subject,
    lemma,
    names_its_giver,
)
from belli.events.triggers import Trigger, is_negated
from belli.records import Actor

__all__ = ["Modality", "habit", "read_modality"]

_FUTURE_MODIFIERS = frozenset({"upcoming", "planned", "proposed", "scheduled", "next",
                               "forthcoming", "future", "expected", "prospective"})
_REPORT_HEADS = frozenset({"say", "report", "allege", "claim", "rumour", "rumor", "reckon",
                           "understand"})  # "are understood to have killed": sources say
# material acts: a habit of one is a trait of its doer; a stance spoken is an act
_MATERIAL = frozenset({"ASSAULT", "AID", "COOPERATE", "MOBILIZE", "COERCE", "SANCTION",
                       "RETREAT"})
# what is done rather than said: done routinely, a practice
_DEEDS = _MATERIAL | {"PROTEST"}


@dataclass
class Modality:
    certainty: str = "asserted"
    aux: list[str] = field(default_factory=list)
    attributed_to: Actor | None = None
    frame: Frame | None = None
    conditional: str | None = None  # "if" or "unless" of a condition clause (not "could")
    habitual: str | None = None  # why the act is a habit or a standing trade, not an event
    # why the act is scheduled or prepared for: future, but told as its own type, not as
    # a promise ("are due to MEET" is a CONSULT to come, not an AGREE)
    scheduled: str | None = None
    why: list[str] = field(default_factory=list)

    def add(self, mode: str, why: str) -> None:
        if mode not in self.aux:
            self.aux.append(mode)
            self.why.append(why)

    def hedge(self, certainty: str, why: str) -> None:
        """Raise doubt: asserted < reported < speculative."""
        order = ("asserted", "reported", "speculative")
        if order.index(certainty) > order.index(self.certainty):
            self.certainty = certainty
            self.why.append(why)


def read_modality(trigger: Trigger, frames: Sequence[Frame], cues: Cues) -> Modality:
    found = Modality()
    chain = _chain(trigger)
    frame = innermost(frames, trigger.head)
    if frame is not None:
        found.frame = frame
        found.attributed_to = frame.attributed()
        who = frame.speaker_text or "an unnamed source"
        if frame.kind == "belief":
            found.hedge("speculative", f"speculative: belief of {who}")
        else:
            found.hedge("reported", f"reported: told by {who}")
    _certainty(chain, cues, found)
    _suspected(trigger.token, found)
    mood = _mood_chain(trigger, chain, cues)
    _negation(trigger, mood, cues, found)
    _deliberation(trigger, chain, found)
    _future(trigger, mood, cues, found, frame)
    _condition(mood, cues, found)
    _unmarked_condition(chain, found)
    _wished(mood, found)
    found.habitual = habit(trigger)
    return found


def _is(token: Token, key: str) -> bool:
    words = cue_list(key)  # a word list of data/cues.yaml
    return lemma(token) in words or token.lower_ in words


def _chain(trigger: Trigger) -> list[Token]:
    """The trigger and the verbs that govern it within its clause ("plans to HOLD",
    "will meet and SIGN"); for a noun, the verb it belongs to."""
    start = trigger.token
    if trigger.kind == "nouns" and start.head != start and start.dep_ != "ROOT":
        start = start.head if start.head.pos_ in ("VERB", "AUX") else start.head.head
    chain = [trigger.head] if trigger.head != start else []
    current = start
    for _ in range(6):
        chain.append(current)
        taken = _measure_taken(current) or _means_to(current)
        if taken is not None:  # "will take steps such as IMPOSING tariffs"
            current = taken
            continue
        if current.dep_ not in ("xcomp", "conj") or current.head == current:
            break
        if current.dep_ == "conj" and _own_clause(current):
            break  # "is not a party but HAS PLEDGED support": the first clause's "not" is its own
        current = current.head
    return chain


def _measure_taken(verb: Token) -> Token | None:
    """The verb that takes the measures an act is one of ("will take measures INCLUDING
    reimposing sanctions", "plans steps SUCH AS imposing tariffs"): the act shares its
    mood. None where the act is no such instance."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in ("including", "as", "like"):
        return None
    if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children):
        return None
    noun = prep.head
    taken = noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX")
    return noun.head if noun.pos_ == "NOUN" and taken else None


def _means_to(verb: Token) -> Token | None:
    """The verb whose means an act is ("may tease the U.S. BY DEFYING it", "did not
    respond by STRIKING"): the means shares the mood of what it is done for."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "by" or prep.dep_ != "prep":
        return None
    end = prep.head
    if end.pos_ not in ("VERB", "AUX") or _attempted(end):
        return None  # "failed to break its resolve BY BOMBING": the bombing was done
    return end


def _attempted(verb: Token) -> bool:
    """Whether the verb is what its clause only tried or failed to do: the means to it
    was still used."""
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
        if lemma(verb) in cue_list("attempt_verbs"):
            return True
    return False


def _own_clause(conjunct: Token) -> bool:
    """A conjunct with its own subject, auxiliary or negation is a clause of its own, and
    so is a finite one joined to a bare verb ("would send aid and CONDEMNED",
    `finite_beside_bare`); one without shares them with its verb ("will meet and SIGN")."""
    return finite_beside_bare(conjunct) or any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in conjunct.children)


def _governs(chain: list[Token], index: int) -> bool:
    """Whether the chain's token at index takes the one below it as its complement ("plans
    to HOLD", "refused to MEET"), not merely as a verb joined to it ("are resisting and
    FIGHTING": the fighting is no failure to fight)."""
    below = chain[index - 1] if index > 0 else None
    return below is not None and below.dep_ == "xcomp" and below.head == chain[index]


def _certainty(chain: list[Token], cues: Cues, found: Modality) -> None:
    for token in chain:
        for child in token.children:
            word = child.lower_
            if child.dep_ in ("advmod", "aux") and word in cues.speculative:
                found.hedge("speculative", f"speculative: '{child.text}'")
            elif child.dep_ == "aux" and word in cues.speculative_modals:
                found.hedge("speculative", f"speculative: modal '{child.text}'")
            elif child.dep_ == "advmod" and word in cues.reported:
                found.hedge("reported", f"reported: '{child.text}'")
            elif child.dep_ == "aux" and word == "must" and has_perfect(token):
                found.hedge("speculative", f"speculative: '{child.text} have', an inference")
        if token != chain[0] and (lemma(token) in cues.belief or _likely(token)):
            found.hedge("speculative", f"speculative: '{token.text} to'")
        elif token != chain[0] and lemma(token) in _REPORT_HEADS and _passive(token):
            found.hedge("reported", f"reported: '{token.text} to'")
        for child in token.children:
            if child.dep_ == "amod" and child.lower_ in ("alleged", "suspected", "purported"):
                found.hedge("reported", f"reported: '{child.text}'")


def _suspected(token: Token, found: Modality) -> None:
    """"Azerbaijan is SUSPECTED of shelling farms", "Baku suspects Yerevan of the
    attack": an act a verb of suspicion pins on someone through "of" is a belief, as the
    act of a believed clause is ("officials suspect that ..."): speculative. (An
    accusation, "is accused of shelling", is a report: `belli.events.allegation`.)"""
    prep = token.head
    if token.dep_ in ("pcomp", "pobj") and prep.lower_ == "of" and prep.head != prep \
            and _is(prep.head, "suspicion_verbs"):
        found.hedge("speculative", f"speculative: '{prep.head.text} of'")


def _negation(trigger: Trigger, chain: list[Token], cues: Cues, found: Modality) -> None:
    if "negated" in trigger.rule.conditions or "negated" in trigger.deciding.conditions:
        return  # the rule read the negation already ("did not agree" is a REJECT)
    if trigger.kind == "nouns" and _awaited(trigger.token):
        found.add("negated", f"negated: the {trigger.token.text} is yet to happen")
        return
    if _held_or_ruled_out(trigger.token, cues, found):
        return
    for index, token in enumerate(chain[:3]):
        if index and is_negated(token) and _is(token, "confirming_verbs"):
            # "has NOT CONFIRMED carrying out the strikes": the act stands unconfirmed
            found.hedge("speculative", f"speculative: '{token.text}' not confirmed")
            return
        if is_negated(token):
            found.add("negated", f"negated: '{token.text}' is negated")
            return
        rare = next((c for c in children(token, "advmod") if _is(c, "near_negations")), None)
        if rare is not None:  # "seldom criticized": the act, as a rule, did not happen
            found.add("negated", f"negated: '{rare.text}'")
            return
        nobody = _no_doer(token)
        if nobody is not None:
            found.add("negated", f"negated: '{nobody.text}' on its subject: no one did it")
            return
        if _governs(chain, index) and token.pos_ == "ADJ" and _is(token, "unlikelihood_adjectives"):
            found.add("negated", f"negated: '{token.text} to', expected not to happen")
            return
        if _governs(chain, index) and lemma(token) in cues.failures:
            found.add("negated", f"negated: '{token.text} to'")
            return
        if _governs(chain, index) and _not_yet(token):
            found.add("negated", f"negated: '{token.text} yet to'")
            return


def _no_doer(verb: Token) -> Token | None:
    """The negative word on a verb's subject ("NO Russian troops attacked", "NEITHER side
    fired", "NONE of the units withdrew"): the act was done by no one. ("Troops attacked
    with NO warning" negates no doer.)"""
    for subject in children(verb, "nsubj", "nsubjpass"):
        if _is(subject, "negative_determiners") and subject.lower_ != "no":
            return subject  # "none of the units"
        word = next((c for c in subject.children if c.dep_ in ("det", "preconj")
                     and _is(c, "negative_determiners")), None)
        if word is not None:
            return word
    return None


def _held_or_ruled_out(token: Token, cues: Cues, found: Modality) -> bool:
    """An act a verb holds back ("refrained from attacking") is negated; one it rules out
    too, unless the ruling out is itself negated ("never ruled out using force": it may
    happen). Whether either was found."""
    held = _held_back(token, cues)
    if held is not None:
        found.add("negated", f"negated: '{held.text}' holds it back")
        return True
    excluder = _excluder(token)
    if excluder is None:
        return False
    if is_negated(excluder):
        found.add("hypothetical", f"hypothetical: '{excluder.text}' not excluded")
    else:
        found.add("negated", f"negated: '{excluder.text}' excludes it")
    return True


def _likely(token: Token) -> bool:
    """"Is LIKELY to expel", "are UNLIKELY to sign": a guess at the act of the clause."""
    return token.pos_ == "ADJ" and _is(token, "speculative_adjectives")


def _not_yet(verb: Token) -> bool:
    """"Has YET to withdraw", "is yet to be signed": an act still awaited did not happen."""
    return _is(verb, "yet_verbs") and any(c.lower_ == "yet" for c in children(verb, "advmod"))


def _held_back(token: Token, cues: Cues) -> Token | None:
    """The verb that keeps an act from happening through "from" or "short of" ("REFRAINED
    from attacking", "STOPPED Israel from attacking", "HELD BACK from sending", "STOPPED
    short of attacking")."""
    prep = token.head
    if token.dep_ not in ("pcomp", "pobj") or prep.head == prep:
        return None
    verb = prep.head
    if verb.dep_ in ("advmod", "prt") and verb.lower_ in _held_back_particles() and verb.head != verb:
        verb = verb.head  # "held BACK from imposing": the parser hangs "from" on the particle
    if prep.lower_ == "from" and (lemma(verb) in cues.failures or _is(verb, "holding_back_verbs")
                                  or _phrasal(verb) in cue_list("holding_back_phrases")):
        return verb
    if prep.lower_ == "of" and verb.lower_ == "short" and _is(verb.head, "falling_short_verbs"):
        return verb.head
    short = any(c.lower_ == "short" for c in children(verb, "advmod", "acomp", "prt"))
    if prep.lower_ == "of" and short and _is(verb, "falling_short_verbs"):
        return verb  # "STOPPED short of sending": the parser hangs "of" on the verb
    return None


def _phrasal(verb: Token) -> str:
    """A verb with its particle or adverb of direction ("hold back", "shy away")."""
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")
                     and c.lower_ in _held_back_particles()), None)
    return f"{lemma(verb)} {particle}" if particle else lemma(verb)


@cache  # read once: it is asked of every verb an act hangs from
def _held_back_particles() -> frozenset[str]:
    """The particles of the phrasal verbs that hold an act back ("back", "away")."""
    return frozenset(phrase.split()[-1] for phrase in cue_list("holding_back_phrases"))


def _excluder(token: Token) -> Token | None:
    """The verb that rules the act out ("RULED OUT sending troops", "EXCLUDED a new
    operation"); the parser may hang a gerund under it as a clause of its own."""
    verb = token.head
    if token.dep_ not in ("xcomp", "advcl", "dobj", "pcomp") or verb.pos_ not in ("VERB", "AUX"):
        return None
    particle = next((c.lower_ for c in children(verb, "prt")), None)
    words = cue_list("exclusion_verbs")
    return verb if lemma(verb) in words or f"{lemma(verb)} {particle}" in words else None


def _awaited(noun: Token) -> bool:
    """"The DEAL is yet to be signed", "the TALKS have yet to begin": an event noun that
    a not-yet clause says is still to be done, or still to start, has not happened."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or not _not_yet(verb):
        return False
    return any(_passive(x) or _is(x, "aspectual_verbs") or _is(x, "occurrence_verbs")
               for x in children(verb, "xcomp"))


def _mood_chain(trigger: Trigger, chain: list[Token], cues: Cues) -> list[Token]:
    """The part of the chain whose negation, future and condition are the act's: all of
    it, but for an event noun only the noun where the verb above does not carry its act
    ("never condemned the INVASION": the condemning is negated, the invasion is not)."""
    if trigger.kind == "nouns" and trigger.token in chain[:1] and len(chain) > 1 \
            and not _shares_mood(trigger.token, chain[1], cues):
        return chain[:1]
    return chain


def _shares_mood(noun: Token, verb: Token, cues: Cues) -> bool:
    """Whether an event noun is negated, to come or conditional with the verb it belongs
    to: one the verb carries out, undergoes or says happened ("no TALKS were held", "did
    not face SANCTIONS", "the TALKS did not begin"), never one it judges, speaks of or
    only mentions ("never condemned the INVASION", "would undermine the TALKS"), nor the
    subject of a predicate about it ("the CALL and the demand did not mesh")."""
    if noun.dep_ == "nsubjpass":
        return True  # "no talks were held", "the strike was not carried out"
    if lemma(verb) in cues.speech or _is(verb, "verdict_verbs") or _is(verb, "deed_reaction_verbs"):
        return False
    carrier = _is(verb, "aspectual_verbs") or _is(verb, "occurrence_verbs")
    if noun.dep_ == "nsubj":
        return carrier
    return carrier or _is(verb, "undergoing_verbs") or _is(verb, "perpetrating_verbs") \
        or _is(verb, "participation_verbs") \
        or any(r.type == FROM_OBJECT for r in load_lexicon().rules("verbs", lemma(verb)))


# plans told in the past that still say the act was to come: "planned to", "WAS TO
# withdraw" (not "decided to", "agreed to", which tell it done or promised)
_PAST_PLANS = frozenset({"plan", "intend", "schedule", "set", "be"})


def _predicates(be: Token) -> bool:
    """Whether "be" says what something is or where ("it WAS A MISTAKE to support", "was
    AMONG the first refugees to arrive"), not that an act was to come ("was to withdraw",
    "under which Armenia was to withdraw")."""
    return any(c.dep_ in ("attr", "acomp") or (c.dep_ == "prep" and c.i > be.i)
               for c in be.children)


def _future(trigger: Trigger, chain: list[Token], cues: Cues, found: Modality,
            frame: Frame | None) -> None:
    if trigger.deciding.future or trigger.rule.future:
        found.add("future", f"future: '{trigger.token.text}' commits to a later act")
        return
    for index, token in enumerate(chain):
        modal = next((c for c in children(token, "aux") if c.lower_ in cues.future_modals), None)
        if modal is None:
            modal = next((c for c in children(token, "aux") if c.lower_ == "would"
                          and frame is not None and frame.kind != "belief"), None)
        if modal is not None:
            found.add("future", f"future: '{modal.text}'")
            return
        if (_governs(chain, index) and token.dep_ != "conj" and lemma(token) in cues.plans
                and not _is(token, "deliberation_verbs")  # weighed, not planned
                and not _is(token, "plan_adjectives")  # "is scheduled to": a schedule
                and trigger.kind != "nouns"  # "Iran expects an attack": not Iran's plan
                and (token.tag_ != "VBD" or lemma(token) in _PAST_PLANS)
                and not (lemma(token) == "be" and _predicates(token))):
            found.add("future", f"future: '{token.text} to'")
            return
        if _going_to(token):
            found.add("future", "future: 'going to'")
            return
        if _governs(chain, index) and (_is(token, "plan_adjectives") or (
                _likely(token) and not has_perfect(chain[index - 1]))):  # not "to have fired"
            found.scheduled = found.scheduled or f"future: '{token.text} to'"
    head = trigger.head
    if any(c.lower_ in _FUTURE_MODIFIERS for c in head.children if c.dep_ in ("amod", "compound")):
        found.add("future", "future: the noun is planned or upcoming")
    elif trigger.kind == "nouns" and _prepared_for(trigger.token):
        found.scheduled = f"future: '{trigger.token.head.head.text} for'"
    elif trigger.kind == "nouns" and _in_preparation(trigger.token):
        found.scheduled = f"future: '{trigger.token.head.text}' an act not yet done"


def _prepared_for(noun: Token) -> bool:
    """"Preparing FOR an offensive", "provides FOR the purchase": an act still to come."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head != prep
            and _is(prep.head, "plan_for_verbs"))


def _in_preparation(noun: Token) -> bool:
    """"Is PREPARING a new offensive", "are PLANNING talks", "will ready an assault": an
    act being prepared, now or to come, is still to come. ("Prepared the offensive for
    months", in the past or perfect, may tell one since launched.)"""
    verb = noun.head
    if noun.dep_ != "dobj" or not _is(verb, "preparation_verbs"):
        return False
    progressive = verb.tag_ == "VBG" and any(lemma(c) == "be" for c in children(verb, "aux"))
    return (progressive or verb.tag_ in ("VB", "VBZ", "VBP")) and not has_perfect(verb)


def _deliberation(trigger: Trigger, chain: list[Token], found: Modality) -> None:
    """"Considered ATTACKING", "is weighing a STRIKE": an act weighed is only possible."""
    for index, token in enumerate(chain[1:], start=1):
        below = chain[index - 1]
        weighed = _governs(chain, index) or (
            trigger.kind == "nouns" and below == trigger.token and below.dep_ == "dobj")
        if weighed and _is(token, "deliberation_verbs") and not _judges(token):
            found.add("hypothetical", f"hypothetical: '{token.text}' weighs it")
            return


def _judges(verb: Token) -> bool:
    """"Considered the attack a crime", "is considered to": a judgement, not deliberation."""
    return _passive(verb) or any(c.dep_ in ("oprd", "ccomp", "acomp") for c in verb.children)


# verbs whose past is their present: the tagger often reads "gunmen who hit a police
# station" as a present, in a story told in the past
_SAME_IN_PAST = frozenset({"hit", "cut", "shut", "beat", "set", "put", "spread", "hurt",
                           "cast", "burst", "let", "shed", "thrust", "upset"})


def habit(trigger: Trigger) -> str | None:
    """Why a material act in the present simple is a trait or a standing trade rather than
    an occurrence: told in a relative clause ("fighters who FIGHT to control villages"), or
    with a share of a flow as object ("SUPPLIES a large share of the oil"), or in a bare
    "when" clause of such a trait ("escape when ATTACKED", `_generic_condition`), as a
    rule ("USUALLY responds", `_as_a_rule`) or by a kind of people ("bloggers who PRAISE
    China", `_kind_does`); or why an event noun is a possession (`_held`). A bare
    present in a headline or lead ("Israel strikes Gaza") is an occurrence; so is a
    stance spoken ("Washington, which CLAIMS ...") and a pattern of acts ("frequently
    conducts bombings"), which analysts code."""
    if trigger.kind == "nouns":
        return _held(trigger.token) or _as_a_rule(trigger.head, deed=trigger.type in _DEEDS)
    verb = trigger.token
    if _generic_condition(verb):
        return "habitual: a 'when' clause of a habit ('escape when attacked')"
    rule = _as_a_rule(verb, deed=trigger.type in _DEEDS) or _kind_does(verb)
    if rule is not None:
        return rule
    if (trigger.type not in _MATERIAL
            or verb.tag_ not in ("VBZ", "VBP") or trigger.head != verb
            or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)):
        return None
    if verb.dep_ == "relcl" and verb.lower_ not in _SAME_IN_PAST:
        return "habitual: a present-simple relative clause"
    if any(c.dep_ == "dobj" and _is(c, "share_nouns") for c in verb.children):
        return "habitual: a share of a flow"
    return None


def _present_simple(verb: Token) -> bool:
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _as_a_rule(token: Token, deed: bool = False) -> str | None:
    """"China USUALLY responds to such visits with drills": a present simple with an
    adverb of habit tells what happens as a rule ("China responded to the visit" tells
    an act). An event noun shares the habit of the verb it hangs on. A deed done
    routinely is a practice too ("the navy REGULARLY holds exercises"); a stance said
    routinely is still said ("the Taliban ROUTINELY deny sheltering fighters")."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb and verb.dep_ in (
            "dobj", "pobj", "prep", "pcomp"):
        verb = verb.head  # "responds TO such VISITS"
    kinds = ("habit_adverbs", "routine_adverbs") if deed else ("habit_adverbs",)
    if not _present_simple(verb) or not any(
            c.dep_ == "advmod" and any(_is(c, k) for k in kinds) for c in verb.children):
        return None
    return "habitual: an adverb of habit in the present simple"


def _kind_does(verb: Token) -> str | None:
    """"Foreign bloggers WHO PRAISE China gain followers": a present simple on a bare
    plural, a kind of people with no article, owner or number, tells a trait of the kind,
    not an act ("the bloggers who praised China", "bloggers praised China" tell one, and
    so does a clause after a comma: "protesters, who DEMAND his resignation, marched")."""
    if verb.dep_ != "relcl" or not _present_simple(verb) or verb.lower_ in _SAME_IN_PAST:
        return None
    start = verb.left_edge.i
    if start > 0 and verb.doc[start - 1].text == ",":
        return None
    kind = verb.head
    if kind.tag_ != "NNS" or kind.ent_type_ or any(
            c.dep_ in ("det", "poss", "nummod", "compound") for c in kind.children):
        return None
    return "habitual: what a kind of people does, in a present-simple relative clause"


def _generic_condition(verb: Token) -> bool:
    """"Rebels regularly escape across the border WHEN ATTACKED": a "when" or "whenever"
    clause with no subject of its own, on a clause in the present simple, tells what
    happens each time, not an attack that happened. One on a past or future clause
    ("fired back when attacked", "will retaliate when attacked") tells an occasion."""
    if verb.dep_ != "advcl" or has_subject(verb):
        return False
    if not any(c.lower_ in ("when", "whenever") and c.dep_ in ("advmod", "mark")
               for c in verb.children):
        return False
    clause = verb.head
    while clause.dep_ in ("xcomp", "conj") and clause.tag_ == "VB" and clause.head != clause:
        clause = clause.head  # "attempt to PASS when attacked", "fight and ESCAPE when ..."
    return clause.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in clause.children)


def _held(noun: Token) -> str | None:
    """"Japan HAS a security TREATY with the US", "Iran has drones": what an actor has, in
    the present simple, is a standing tie or a capacity, not an act ("had talks", "has
    held talks" tell one)."""
    verb = noun.head
    if noun.dep_ != "dobj" or lemma(verb) != "have" or verb.tag_ not in ("VBZ", "VBP"):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children) or names_its_giver(noun):
        return None  # "the plan has the backing OF INDIA": India's act
    return "habitual: a possession ('has a treaty'), not an act"


def _going_to(token: Token) -> bool:
    head = token.head
    return token.dep_ == "xcomp" and head.lower_ == "going" and any(
        c.lower_ in ("is", "are", "am", "'s", "'re", "was", "were") for c in head.children)


def _condition(chain: list[Token], cues: Cues, found: Modality) -> None:
    for token in chain:
        for child in token.children:
            mark = _condition_mark(child, cues)
            if mark is not None:
                found.add("hypothetical", f"hypothetical: '{mark.text}'")
                if child.dep_ == "advcl" or mark == misread_condition_on(token):
                    found.conditional = mark.lower_  # the act is made conditional on another's
                return
            if child.dep_ == "aux" and child.lower_ in cues.hypothetical_modals:
                if child.lower_ == "would" and "future" in found.aux:
                    continue  # "said it would release": the future of a report
                if _believed_past(child, token, found):
                    found.hedge("speculative", f"speculative: '{child.text} have' in a belief")
                    return
                found.add("hypothetical", f"hypothetical: modal '{child.text}'")
                return


def _believed_past(modal: Token, verb: Token, found: Modality) -> bool:
    """"Analysts believe Turkey COULD HAVE sent drones": in a believed clause, "could"
    over a perfect guesses at a past act (speculative), as "may have" does; outside one
    it may tell what was possible and not done ("could have stopped the war")."""
    believed = found.frame is not None and found.frame.kind == "belief"
    return believed and modal.lower_ == "could" and has_perfect(verb)


def _unmarked_condition(chain: list[Token], found: Modality) -> None:
    """An act in a condition the parse does not mark on its verb: one opened by its
    auxiliary ("SHOULD Iran strike Israel, ...") or an "if" verb read as a noun ("If
    Armenia ATTACKS, ...")."""
    if "hypothetical" in found.aux:
        return
    for token in chain:
        opener = inverted_condition(token) or misread_condition(token)
        if opener is not None:
            found.add("hypothetical", f"hypothetical: condition opened by '{opener.text}'")
            return


def _wished(chain: list[Token], found: Modality) -> None:
    """"Hopes the two sides CAN agree", "in hopes that Washington can help": what a hope
    says may be done is only possible ("could" is hypothetical anyway; "hopes they WILL
    agree" is a future)."""
    top = chain[-1]
    if top.dep_ not in ("ccomp", "acl") or not _is(top.head, "wish_words"):
        return
    modal = next((c for t in chain for c in children(t, "aux") if c.lower_ == "can"), None)
    if modal is not None:
        found.add("hypothetical", f"hypothetical: '{modal.text}' in a hope")


def _condition_mark(child: Token, cues: Cues) -> Token | None:
    """The "if" of the clause the token is in ("if Iran attacks"), or of a condition
    clause on it ("will withdraw unless Baku agrees")."""
    if child.dep_ == "mark" and child.lower_ in cues.conditions:
        return child
    if child.dep_ == "advcl":
        return next((m for m in child.children
                     if m.dep_ == "mark" and m.lower_ in cues.conditions), None)
    return None


def _passive(token: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in token.children)
