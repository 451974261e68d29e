"""Acts a sentence imagines, lacks or plays rather than tells (`belli.events.coder`).

An act that is absent ("WITHOUT American AID, the army would have ..."), within reach
only ("the arsenal is large ENOUGH to THREATEN", "missiles CAPABLE of SINKING ships"), a
remote condition ("IF Israel WERE to STRIKE"), a scenario an indefinite noun and a modal
hold up ("A BLOCKADE of Taiwan WOULD cripple ..."), a sporting contest ("the runner
FOUGHT off a challenge", "Brazil BEAT Argentina 2-0"), a kind of people's practice
("POLICE in Kenya OFTEN use tear gas to disperse crowds"), or an actor's past told in a
relative clause on an appositive ("the minister, a former guerrilla WHO WAS JAILED in the
1980s, visited ...") is no event an analyst codes.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from belli.dates.lexicon import load_lexicon
from belli.events.claim_asides import answers_beside
from belli.events.cue_lists import cue_list
from belli.events.syntax import is_to_clause, lemma, objects_of, subject_of
from belli.events.triggers import Trigger

__all__ = ["untold"]

# types whose words also name a contest's moves ("crushed", "besieged", "fought off")
_CONTESTED = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION"})
# a match's score ("2-0", "4-1")
_SCORE = re.compile(r"^\d{1,2}[-–]\d{1,2}$")
# modals of a scenario: what would or could come, not what will
_SCENARIO_MODALS = frozenset({"would", "could", "might"})
# determiners of a noun that names no act told yet ("A blockade would ...")
_INDEFINITE = frozenset({"a", "an", "any"})
# links from an act up to the clause it belongs to
_UP_A_CLAUSE = frozenset({"xcomp", "conj", "acl", "advcl", "pcomp", "prep", "dobj", "pobj"})
_DEPTH = 4
# links from a verb to the words of its own clause, where a score stands ("beat the
# Patriots 24-17 SUNDAY" hangs the score on the day)
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis"})


def untold(trigger: Trigger) -> str | None:
    """Why the trigger tells no act (module docstring), or None where it may tell one."""
    token = trigger.token
    if _absent(token) or _absent(trigger.head):
        return "absent: an act after 'without' did not happen"
    if _within_reach(token):
        return "capability: what one is able to do, not what one did"
    if _remote_condition(token):
        return "unreal: a remote condition ('if X were to strike')"
    if trigger.kind == "nouns" and _scenario(token):
        return "scenario: an act an indefinite noun and a modal imagine"
    if trigger.type in _CONTESTED and _contest(token):
        return "sport: a move in a contest (athletes, or a score)"
    if _biography(token):
        return "background: a relative clause on an appositive says who an actor is"
    if _kind_habit(token):
        return "habitual: what a kind of people often does"
    return None


def _absent(token: Token) -> bool:
    """"WITHOUT American AID", "took the town without a FIGHT", "without CONSULTING Kyiv":
    what an act lacked did not happen."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head  # "without aid or WEAPONS"
    return token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "without"


def _within_reach(token: Token) -> bool:
    """What a thing is able to do, in the present: a to-clause on an adjective with
    "enough" or "too" ("large ENOUGH to threaten", "too weak to attack") and an "of" on
    a capability adjective ("CAPABLE of sinking"). A past ability tells the act done
    ("was strong enough to repel the attack")."""
    clause = token
    for _ in range(_DEPTH):
        head = clause.head
        if head == clause:
            return False
        if head.pos_ == "ADJ" and _ability(clause, head):
            return not _past_copula(head)
        if clause.dep_ not in _UP_A_CLAUSE:
            return False
        clause = head
    return False


def _ability(clause: Token, adjective: Token) -> bool:
    able = lemma(adjective) in cue_list("capability_adjectives")
    if clause.dep_ == "prep" and clause.lower_ == "of":
        return able  # "capable OF sinking"
    if not is_to_clause(clause):
        return False
    return able or any(c.dep_ == "advmod" and c.lower_ in ("enough", "too")
                       for c in adjective.children)


def _past_copula(adjective: Token) -> bool:
    verb = adjective.head if adjective.dep_ == "acomp" else adjective
    return verb.tag_ in ("VBD", "VBN")


def _remote_condition(token: Token) -> bool:
    """"IF Israel WERE to strike", "if the sites were attacked": a condition told in the
    subjunctive holds an act up as unlikely, it tells none. ("If Iran attacks" is coded,
    hypothetical.)"""
    for clause in (token, *list(token.ancestors)[:_DEPTH]):
        if not any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children):
            continue
        return clause.lower_ == "were" or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ == "were" for c in clause.children)
    return False


def _scenario(noun: Token) -> bool:
    """"A Chinese BLOCKADE of Taiwan would cripple supplies", "any ATTACK on NATO could
    trigger ...": an indefinite act noun whose clause a modal puts in the conditional is a
    scenario. ("The attack would have killed hundreds" tells one, as do "the talks could
    last weeks" and "Kyiv said a withdrawal would begin on Monday".)"""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children):
        return False
    verb = noun.head
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not auxes & _SCENARIO_MODALS or "have" in auxes:
        return False
    return not (_reported_future(verb) and not any(
        c.dep_ == "det" and c.lower_ == "any" for c in noun.children))


def _reported_future(verb: Token) -> bool:
    """"Russia SAID a ceasefire WOULD take effect at midnight": "would" in what a past
    verb of saying tells is the past of "will", no scenario."""
    speech = verb.head
    return (verb.dep_ == "ccomp" and speech.tag_ == "VBD"
            and lemma(speech) in cue_list("speech_verbs"))


def _kind_habit(token: Token) -> bool:
    """"POLICE in Kenya OFTEN USE tear gas to disperse crowds": a kind of people (a bare
    noun, no article, owner or number) doing something often, in the present simple, is
    a practice, not an act. A named doer's pattern ("the group frequently conducts
    bombings") is coded (`belli.events.modality.habit`)."""
    verb = token
    for _ in range(_DEPTH):
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head == verb:
            break
        verb = verb.head  # "often use tear gas TO DISPERSE"
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in cue_list("frequency_adverbs")
               for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and _kind(subject)


def _kind(noun: Token) -> bool:
    """A common noun with no article, owner, number or name before it ("police in
    Kenya", "border guards"; not "the police", "Hamas fighters")."""
    if noun.tag_ not in ("NN", "NNS"):
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") or (
        c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS")) for c in noun.children)


def _contest(verb: Token) -> bool:
    """A conflict verb between athletes, or with a match's score: "the BATSMEN besieged
    the bowlers", "the runner fought off a challenge", "Brazil beat Argentina 2-0". An
    armed or state side ("soldiers killed two drug RUNNERS", "police shot a runner") makes
    it no contest, and a count ("killed 10-15 civilians") is no score."""
    parties = [p for p in (subject_of(verb), *objects_of(verb)) if p is not None]
    if any(_athlete(p) for p in parties):
        return not any(_armed_side(p) for p in parties if not _athlete(p))
    if any(c.dep_ == "nummod" and not _score(c) for p in objects_of(verb) for c in p.children):
        return False  # "killed 10 civilians", whatever follows; not "beat Chile 3-1 Sunday"
    near = [c for c in verb.children if c.i > verb.i and c.dep_ not in _CLAUSES]
    near += [g for c in near if c.dep_ == "prep" and c.lower_ == "by" for g in c.children]
    return any(_score(t) for c in near for t in c.subtree)


def _athlete(noun: Token) -> bool:
    """"the RUNNER", "two BATSMEN"; not a trade a word before makes of it ("drug runners",
    "gun runners", "the front runner")."""
    athletes = cue_list("athletes")
    if lemma(noun) not in athletes and noun.lower_ not in athletes:
        return False
    trades = cue_list("athlete_trades")
    return not any(lemma(t) in trades or t.lower_ in trades
                   for t in noun.doc[noun.left_edge.i:noun.i])


def _armed_side(noun: Token) -> bool:
    """A side no match is played against: an armed or state body named by its noun
    ("Mexican SOLDIERS", "POLICE", "the army"); a country's name alone may be a team
    ("the Indian batsmen destroyed ENGLAND")."""
    sides = cue_list("armed_sides")
    return lemma(noun) in sides or noun.lower_ in sides


def _score(token: Token) -> bool:
    """"2-0", in one token or in three ("2", "-", "0"), not a range of counts ("3-4
    TIMES", "10-15 CIVILIANS": a plural common noun after it, not a date: "24-17
    Sunday", "3-1 this weekend" are scores)."""
    doc, i = token.doc, token.i
    if not token.text[:1].isdecimal():  # what `\d` reads: most words, no text joined
        return False
    if _SCORE.match(token.text):
        end = i + 1
    elif i + 2 < len(doc) and _SCORE.match("".join(t.text for t in doc[i:i + 3])):
        end = i + 3
    else:
        return False
    if end >= len(doc):
        return True
    counted = doc[end]
    return not (counted.tag_ == "NNS" and counted.ent_type_ != "DATE")


def _biography(token: Token) -> bool:
    """"Colombia's foreign minister, a former guerrilla WHO WAS JAILED in the 1980s,
    visited Caracas", "Kharkiv, the city THAT WAS ATTACKED in 2022": a relative clause on
    an appositive says who or what an actor is; the sentence tells its main clause's act."""
    clause = token
    for _ in range(_DEPTH):
        if clause.dep_ == "relcl":
            return (clause.head.dep_ == "appos" and not _dated_news(clause)
                    and not answers_beside(clause))  # "..., a claim Baku denied"
        if clause.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep") or clause.head == clause:
            return False
        clause = clause.head
    return False


@cache
def _day_and_month_names() -> tuple[frozenset[str], frozenset[str]]:
    dates = load_lexicon()
    return (frozenset(form for forms in dates.weekday_names for form in forms),
            frozenset(form for forms in dates.month_names for form in forms))


def _dated_news(verb: Token) -> bool:
    """"a city that Russian missiles struck ON MONDAY", "... LAST WEEK", "... overnight",
    "... at dawn": a relative clause dated to the news of the day tells news, not who an
    actor is ("jailed in the 1980s" stays background)."""
    times = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod", "tmod")]
    times += [g for c in verb.children if c.dep_ == "prep" for g in c.children
              if g.dep_ == "pobj"]
    weekdays, months = _day_and_month_names()
    for time in times:
        words = list(time.subtree)
        if time.ent_type_ == "TIME" or any(_news_word(t, weekdays) for t in words):
            return True
        if time.ent_type_ == "DATE" and any(t.text.rstrip(".") in months for t in words) \
                and any(t.like_num and len(t.text) <= 2 for t in words):
            return True  # "on March 3"
    return False


def _news_word(word: Token, weekdays: frozenset[str]) -> bool:
    """"YESTERDAY", "on MONDAY" (a weekday as written, capitalised), "LAST week", "this
    NIGHT"; not "for a week", nor "earlier in his career"."""
    if word.lower_ in cue_list("news_times") or word.text.rstrip(".") in weekdays:
        return True
    return word.lower_ in cue_list("news_periods") and any(
        c.lower_ in cue_list("news_period_marks") for c in word.children)
