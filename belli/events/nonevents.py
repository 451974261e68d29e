"""Clauses that name an act without telling that it happened (`belli.events.screening`).

The act is only what a thing is for ("a plane USED TO help troops share intelligence",
"tariffs AIMED AT pressuring firms"), what is needed or possible ("support is CRUCIAL for
Islamabad TO negotiate"), what a deadline leaves open ("they HAVE UNTIL May 4 TO appeal"),
what did not happen ("IF the EU HAD allowed ..."), what a fear says may come ("for FEAR
that China MIGHT retaliate"), a notion a gerund subject names ("ALLOWING firms back does
not change ..."), a kind of thing ("the China-FUNDED port"), what a law or a method
provides ("the LAW ALLOWS the state to seize ...", "the CONSTITUTION GUARANTEES the
right"), a question ("asked him IF he agreed", "ASKED about the raid, he said"), what a
thing is ("he IS A THREAT to"), a topic one party talks about ("the White House TALKS
ABOUT ..."), or harm no one did: an accident or a storm ("killed IN THE CRASH",
"collapsing BUILDINGS injured 15") or done to animals ("dogs are SLAUGHTERED"), a
forecast ("THINKS Somalia COULD attack", "it is LIKELY that ... will"), a prospect ("the
POSSIBILITY of restoring ties") or what a thing is said to do ("the DEAL ALLOWS exports",
"content that SUPPORTS"). An interview with the press is no meeting between actors
(`interview`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from belli.events.cue_lists import cue_list
from belli.events.lexicon import load_lexicon
from belli.events.syntax import (
    children,
    has_perfect,
    is_to_clause,
    lemma,
    names_its_giver,
    objects_of,
    prep_objects,
    subject_of,
)
from belli.events.triggers import Trigger
from belli.records import Event

__all__ = ["interview", "not_told"]

# links up from an act to the clause it is part of ("help troops communicate and SHARE")
_UP_A_CLAUSE = frozenset({"conj", "xcomp", "pcomp", "advcl"})
# how far up the clause an act may sit below the word that makes it unreal
_DEPTH = 4
# verbs of talking that meet no one when one party talks about a topic
_TALKING = frozenset({"talk", "speak"})
# modals that make an "if" after a verb of asking a polite request ("asked if it COULD")
_POLITE = frozenset({"can", "could", "would", "might"})


def not_told(trigger: Trigger) -> bool:
    """Whether the trigger's clause names an act without telling it (module docstring)."""
    token = trigger.token
    if _notional(token) or _descriptive(token) or _counterfactual(token) or _asked_if(token):
        return True
    if _expected(token) or _hoped(trigger) or _thing_acts(trigger) or _wanted(token):
        return True
    if _discussed(token) or _none_of_any(trigger) or _terms_of(token):
        return True
    if _forecast(token) and not (trigger.kind == "nouns" and _judged(token)):
        return True
    if any(_unreal_above(clause) for clause in _clause_chain(token)):
        return True
    if trigger.type == "REQUEST" and (_asks_if(token) or _put_to_speaker(token)):
        return True
    if trigger.type == "THREATEN" and _characterizing(trigger):
        return True
    if trigger.type == "CONSULT" and _topic_only(trigger):
        return True
    return trigger.type == "ASSAULT" and (_accidental(token) or _animals(token))


def _clause_chain(token: Token) -> Iterator[Token]:
    """The act and the clauses it is part of, a few steps up ("used to help troops
    communicate and SHARE": share, communicate, help). A clause that tells a finite act
    ("it is important to note that troops ATTACKED") is a step no further."""
    for _ in range(_DEPTH):
        yield token
        if token.head == token or not _part_of_clause(token):
            return
        token = token.head


def _part_of_clause(token: Token) -> bool:
    if token.dep_ == "ccomp":
        return token.tag_ == "VB"  # "help troops COMMUNICATE", not "note that they ATTACKED"
    return token.dep_ in _UP_A_CLAUSE


def _unreal_above(clause: Token) -> bool:
    """Whether the clause is a law's provision, or the word it hangs on makes it a
    purpose, a need or a deadline."""
    if _provided(clause):
        return True
    head = clause.head
    if head == clause:
        return False
    if clause.dep_ == "pcomp" and head.lower_ == "at":  # "AIMED AT pressuring"
        return _purpose_verb(head.head)
    if not is_to_clause(clause):
        return False
    if clause.dep_ in ("xcomp", "advcl") and _purpose_verb(head):
        return True  # "a plane USED TO help", "is DESIGNED TO strike"
    return _necessary(head) or _deadline(head)


def _purpose_verb(verb: Token) -> bool:
    """A participle of purpose on a noun ("a plane USED to help", "drones DESIGNED to
    strike") or in the passive ("tariffs ARE AIMED at"). A use told ("drones WERE USED
    to attack Kyiv", "Russia HAS USED drones to attack") and a past habit ("they USED TO
    attack") tell acts."""
    if verb.tag_ != "VBN" or lemma(verb) not in cue_list("purpose_verbs"):
        return False
    if verb.dep_ == "acl":
        return True
    return lemma(verb) != "use" and any(c.dep_ == "auxpass" for c in verb.children)


def _necessary(head: Token) -> bool:
    """"Support is CRUCIAL for Islamabad to negotiate", "it is NECESSARY for India to
    help", "it is HARD to attack": what is needed or possible is not done."""
    words = cue_list("necessity_words")
    if head.pos_ == "ADJ" and lemma(head) in words:
        return not _guessed_of_doer(head)
    return any(c.dep_ == "acomp" and lemma(c) in words for c in head.children)


def _guessed_of_doer(adjective: Token) -> bool:
    """"TURKEY is UNLIKELY to send troops": an adjective of likelihood whose clause has
    the doer as its subject guesses at that doer's act, coded speculative (modality), as
    "is likely to" is; "it is unlikely to help" judges a notion."""
    if lemma(adjective) not in cue_list("speculative_adjectives"):
        return False
    subject = subject_of(adjective.head) if adjective.dep_ == "acomp" else None
    return subject is not None and subject.lower_ not in cue_list("notion_subjects")


def _deadline(head: Token) -> bool:
    """"They HAVE UNTIL May 4 to appeal", "have 14 DAYS to leave": time left to act."""
    if head.dep_ == "dobj" and lemma(head) in cue_list("time_nouns"):
        head = head.head  # "have 14 days TO leave" hung on the days
    if lemma(head) != "have":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in head.children):
        return True
    return any(c.dep_ == "dobj" and lemma(c) in cue_list("time_nouns") for c in head.children)


def _provided(verb: Token) -> bool:
    """A verb of enabling whose subject is a law, a text or a method tells what it
    provides, and so does the act it enables: "the LAW ALLOWS the state to seize
    assets", "the CONSTITUTION GUARANTEES the right", "the approach allows the air force
    to predict risks", "the ACCORD will ALLOW inspectors to visit" (a thing of
    `_thing_acts` enables no act either). ("Russia allowed the convoy to pass" is an act.)"""
    if lemma(verb) not in cue_list("enabling_verbs"):
        return False
    subject = subject_of(verb)
    if subject is None:
        return False
    word = lemma(subject)
    return word in cue_list("provision_nouns") or (
        word in cue_list("thing_doers") and not _owned_thing(subject))


def _told_by_its_toll(token: Token) -> bool:
    """"FIGHTING among militias killed 12", "SHELLING destroyed homes": an event noun the
    tagger took for a gerund, with no object, as the subject of what it did to people or
    places, told as done (no modal, no negation: "talks would cause outrage" is not)."""
    head = token.head
    if children(token, "dobj", "ccomp", "xcomp") or not load_lexicon().has("nouns", token.lower_):
        return False
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in head.children):
        return False
    return lemma(head) in cue_list("casualty_verbs") | cue_list("aftermath_verbs")


def _notional(token: Token) -> bool:
    """A gerund as a clause's subject names a kind of act, not one done: "ALLOWING
    firms back does not change his stance", "MOVING relief items was difficult". One
    after a comma is a participle the parser misread ("lodged a protest, CHARGING its
    neighbour with ..."): it tells an act; so does an event noun read as a gerund that
    killed or destroyed (`_told_by_its_toll`)."""
    if token.dep_ not in ("csubj", "csubjpass") or token.tag_ != "VBG":
        return False
    if _told_by_its_toll(token):
        return False
    start = token.left_edge.i
    return start == token.sent.start or token.doc[start - 1].text != ","


def _terms_of(noun: Token) -> bool:
    """"UNDER THE CEASEFIRE, Hezbollah was to withdraw": an agreement named as what binds
    an act frames it; it is not agreed again ("came under attack" is an attack)."""
    classes = load_lexicon().classes
    agreed = classes.get("agreements", frozenset()) | classes.get("ceasefires", frozenset())
    return noun.dep_ == "pobj" and noun.head.lower_ == "under" and lemma(noun) in agreed


def _none_of_any(trigger: Trigger) -> bool:
    """"The group has not claimed ANY attack since December", "did not carry out any
    strikes": an act noun with "any" under a negated verb names no act at all."""
    noun = trigger.token
    if trigger.kind != "nouns" or not any(c.dep_ == "det" and c.lower_ == "any"
                                          for c in noun.children):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "pobj") and any(c.dep_ == "neg" for c in verb.children)


def _discussed(token: Token) -> bool:
    """An act in the gerund that is discussed is a topic, not an act: "will discuss
    UPGRADING ties", "talks on ENDING the war" (`discussing_words`); one a plan is for is
    what the plan proposes ("a plan for REARMING Europe", `plan_nouns`), which the plan's
    own verb codes."""
    while token.dep_ == "conj" and token.tag_ == "VBG" and token.head.tag_ == "VBG":
        token = token.head  # "for rearming Europe and SUPPORTING Ukraine"
    if token.tag_ != "VBG" or token.dep_ not in ("dobj", "xcomp", "pcomp"):
        return False
    head = token.head
    if token.dep_ == "pcomp":
        if head.lower_ == "for" and lemma(head.head) in cue_list("plan_nouns"):
            return True  # "a plan FOR rearming Europe and SUPPORTING Ukraine": proposed
        if head.lower_ not in ("about", "on", "over"):
            return False
        head = head.head
    return lemma(head) in cue_list("discussing_words")


def _expected(token: Token) -> bool:
    """An act a fear or a forecast says will or may come is not told: "for FEAR that
    China MIGHT retaliate", "CONCERNS that the law WILL help Beijing tighten CONTROL".
    ("Concerns that troops HAD killed civilians" charge a past act; a relative clause
    inside tells its own.)"""
    node = token
    for _ in range(_DEPTH + 1):
        if node.dep_ == "relcl" or node.head == node:
            return False
        if node.dep_ == "acl" and _content_of_expectation(node):
            return True
        node = node.head
    return False


def _forecast(token: Token) -> bool:
    """What a belief holds possible ("Kenya THINKS Somalia COULD attack"), what there is
    little reason to believe will come ("LITTLE REASON to think they WILL meet") or what
    is said to be likely ("it is LIKELY that Russia WILL attack") is a forecast, not an act.
    The modal is the believed clause's own: "they believe rebels HAVE retreated and
    COULD attack again" tells a fear of the rebels, coded hypothetical; "Kenya believes
    al-Shabab ATTACKED the post" tells a past act on a belief, and so does a modal over a
    perfect ("believe Russia MAY HAVE supplied", "COULD HAVE sent"): a guess at what was
    done, kept as speculative.)"""
    node = token
    for _ in range(_DEPTH + 2):
        if node.dep_ == "relcl" or node.head == node:
            return False
        if node.dep_ == "ccomp":
            modals = {c.lower_ for c in node.children if c.dep_ == "aux" and c.tag_ == "MD"}
            # "may HAVE supplied": a modal over a perfect guesses at a past act
            return not has_perfect(node) and _forecasting(node.head, modals)
        node = node.head
    return False


def _wanted(token: Token) -> bool:
    """What one wants another to do is not done: "Turkey WANTS Russia TO WITHDRAW",
    "voters want their government to step up its OPPOSITION". (Wanting to act oneself,
    "Kenya wants to withdraw", is an intent, coded as such.)"""
    verb = token.head if token.dep_ == "dobj" else token
    for clause in _clause_chain(verb):
        if clause.dep_ in ("ccomp", "xcomp") and is_to_clause(clause) \
                and lemma(clause.head) in cue_list("wanting_verbs") \
                and any(c.dep_ == "nsubj" for c in clause.children):
            return True
    return False


def _judged(noun: Token) -> bool:
    """An event noun a verb judges or harms is told as it is, whatever is forecast of
    it ("fear the vote would UNDERMINE the TALKS": the talks are held)."""
    verbs = cue_list("breaking_verbs") | cue_list("verdict_verbs") | cue_list("deed_reaction_verbs")
    return noun.dep_ == "dobj" and lemma(noun.head) in verbs


def _forecasting(head: Token, modals: set[str]) -> bool:
    """Whether the word a clause hangs on makes the clause, with its modals, a forecast."""
    possible = bool(modals & _forecast_modals())
    if lemma(head) in cue_list("belief_verbs"):
        return possible or (bool(modals & {"will", "'ll"}) and _doubted(head))
    likely = lemma(head) in cue_list("forecast_adjectives") or any(
        c.dep_ == "acomp" and lemma(c) in cue_list("forecast_adjectives") for c in head.children)
    return likely and bool(modals)


def _forecast_modals() -> frozenset[str]:
    """Modals of a possibility ("could", "might"), not of what one ought to do ("should")."""
    modals = cue_list("speculative_modals") | cue_list("hypothetical_modals")
    return modals - cue_list("obligation_modals")


def _doubted(belief: Token) -> bool:
    """"There is LITTLE reason to think", "NO basis to believe": a belief held out as
    groundless."""
    grounds = belief.head
    return belief.dep_ in ("acl", "relcl", "xcomp") \
        and lemma(grounds) in cue_list("grounds_nouns") \
        and any(c.lower_ in cue_list("doubting_words") for c in grounds.children)


def _hoped(trigger: Trigger) -> bool:
    """An act a prospect names is not done: "the POSSIBILITY of restoring ties", "the
    PROSPECT of talks", "HOPES for a deal". A coercive one held out this way is a threat
    (`belli.events.framing`), coded there."""
    if trigger.type in ("ASSAULT", "COERCE", "SANCTION"):
        return False
    token = trigger.token
    if token.dep_ not in ("pobj", "pcomp") or token.head.lower_ not in ("of", "for"):
        return False
    return lemma(token.head.head) in cue_list("hoped_nouns")


def _thing_acts(trigger: Trigger) -> bool:
    """A thing does not support, help, give in, allow or ask: "videos that PRAISE the
    policy", "the camps SHELTER refugees", "the deal ALLOWS exports", "the rule will bring
    SUPPORT for the claims". A thing that names who stands behind it ("funding FROM
    Japan", "Japan's loan", "Chinese aid") is left to the roles."""
    if not _thing_act(trigger):
        return False  # harm, threats and sanctions by things are told acts, coded elsewhere
    verb = trigger.token
    if trigger.kind == "nouns":
        if verb.dep_ != "dobj" or names_its_giver(verb):
            return False
        verb = verb.head
    subject = _own_subject(verb)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    things = cue_list("thing_doers") | cue_list("provision_nouns")
    return lemma(subject) in things and not _owned_thing(subject)


def _thing_act(trigger: Trigger) -> bool:
    """Whether the trigger is an act a thing cannot do: support, help, cooperation,
    agreement or giving way, or allowing, asking or demanding (`thing_act_types`,
    `thing_act_verbs`)."""
    if (trigger.type or "").lower() in cue_list("thing_act_types"):
        return True
    verb = trigger.token.head if trigger.kind == "nouns" else trigger.token
    return lemma(verb) in cue_list("thing_act_verbs")


def _own_subject(verb: Token) -> Token | None:
    """The verb's own subject, or the noun its relative clause is on ("content THAT
    supports"); not one it inherits ("a court RULING to imprison him": the court acts)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and verb.dep_ == "relcl" and subject.tag_ in ("WDT", "WP"):
        return verb.head
    return subject


def _owned_thing(thing: Token) -> bool:
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("from", "by", "of"))
               or (c.dep_ in ("amod", "compound") and c.ent_type_) for c in thing.children)


def _content_of_expectation(clause: Token) -> bool:
    if lemma(clause.head) not in cue_list("expectation_nouns"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


def _put_to_speaker(verb: Token) -> bool:
    """"ASKED about the raid, the minister said ...", "PRESSED on how sure he was, ...":
    a participle before the clause, with no asker, tells a question put to the speaker,
    as reporters put them. ("Urged BY Washington, Kyiv agreed" names who asks.)"""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i > verb.head.i:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass", "mark")
                   for c in verb.children)


def _topic_only(trigger: Trigger) -> bool:
    """"The White House TALKS ABOUT the possibility of ...": one party talking about a
    topic speaks of it and meets no one. Two that talk about it ("Barco and the rebels
    talked about the peace process"), or one that talks with another, meet."""
    verb = trigger.token
    if trigger.kind != "verbs" or lemma(verb) not in _TALKING:
        return False
    topics = [o for p, o in prep_objects(verb, deep=False) if p in ("about", "of")]
    if not topics:
        return False
    if any(p in ("with", "to") for h in (verb, *topics) for p, _ in prep_objects(h, deep=False)):
        return False  # "talked about the war WITH Blinken", the "with" hung on the war
    subject = subject_of(verb)
    return subject is not None and not _several(subject)


def _several(subject: Token) -> bool:
    return subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we") or any(
        c.dep_ == "conj" for c in subject.children)


def _characterizing(trigger: Trigger) -> bool:
    """A threat noun after a copula says what something is, not that anyone threatened:
    "he IS A THREAT to national security", "the virus remains a threat"."""
    token = trigger.token
    return trigger.kind == "nouns" and token.dep_ == "attr" and lemma(token.head) in (
        "be", "remain", "become", "seem")


def _descriptive(token: Token) -> bool:
    """A participle joined by a hyphen to the noun it describes names a kind of thing:
    "the China-FUNDED port", "Iran-BACKED militias". Who funds or backs whom is coded
    where the text tells it ("the port, funded by China")."""
    return token.tag_ == "VBN" and token.dep_ == "amod" and token.i > 0 \
        and token.doc[token.i - 1].tag_ == "HYPH"


def _counterfactual(token: Token) -> bool:
    """"IF the EU HAD ALLOWED milder restrictions": a past condition told as unreal did
    not happen, nor did what it names. ("If Iran attacks" is a hypothetical act,
    coded as such.)"""
    for clause in (token, *token.ancestors):
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        # the parse's index of children: spaCy walks a subtree for `clause.children`
        marks = {c.lower_ for c in children(clause, "mark")}
        past = any(c.lower_ == "had" for c in children(clause, "aux"))
        if "if" in marks and past:
            return True
    return False


def _asked_if(token: Token) -> bool:
    """"The prosecutor asked him IF he AGREED": an "if" after a verb of asking puts a
    question, it tells no act."""
    for clause in (token, *token.ancestors):
        if clause.dep_ in ("advcl", "ccomp") and _if_question(clause):
            return True
    return False


def _asks_if(verb: Token) -> bool:
    """The asking itself: "ASKED him if he agreed" asks a question, not for an act."""
    return any(c.dep_ in ("advcl", "ccomp") and _if_question(c) for c in verb.children)


def _if_question(clause: Token) -> bool:
    if lemma(clause.head) not in cue_list("asking_verbs"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in _POLITE for c in clause.children)


def _accidental(verb: Token) -> bool:
    """Harm an accident or a disaster did: "five people were killed IN THE CRASH",
    "collapsing BUILDINGS injured 15", "the STORM killed ten". A doer after "by" or a
    subject that is no such thing ("rebels killed five in the crash") makes it an act."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    causes = cue_list("accident_causes")
    subject = subject_of(verb)
    if subject is not None:
        return _unmeant(verb, subject, causes | cue_list("falling_things"))
    return any(p in ("in", "during", "after") and lemma(o) in causes
               for p, o in prep_objects(verb, deep=False))


def _animals(verb: Token) -> bool:
    """Killing animals is no act between actors, nor is what animals do: "thousands of
    DOGS are slaughtered", "the ELEPHANTS killed two villagers"."""
    animals = cue_list("animals")
    subject = subject_of(verb)
    if subject is not None and _unmeant(verb, subject, animals):
        return True
    for victims in objects_of(verb):
        kinds = [victims, *(o for p, o in prep_objects(victims, deep=False) if p == "of")]
        if any(lemma(k) in animals for k in kinds):
            return True
    return False


def _unmeant(verb: Token, subject: Token, kinds: frozenset[str]) -> bool:
    """Whether the subject is a thing or an animal of `kinds` doing harm it does not mean:
    a verb of such harm, and a common noun, not a name ("the Grey Wolves", "Tornado
    Brigade": a capital inside the sentence, or a named entity, is a group's name)."""
    named = bool(subject.ent_type_) or (subject.text[:1].isupper() and subject.i != subject.sent.start)
    return lemma(verb) in cue_list("unmeant_harm") and not named and lemma(subject) in kinds


def interview(event: Event) -> bool:
    """A meeting one side of which is the press is an interview ("spoke with VOA", "VOA
    spoke with experts"): the news is what was said, coded where it is told."""
    return event.type == "CONSULT" and any(
        a.sector == "JRN" for a in (*event.source, *event.target))
