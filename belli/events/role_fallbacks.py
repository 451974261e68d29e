"""Whom an act is aimed at where the parse names no target: fallbacks of `roles`.

Each function answers from a phrase the act governs, not from its object or its aimed-at
prepositions: the people a thing hit holds or serves ("attacked a camp FOR refugees"),
the stance or the purpose it is taken in ("IN DEFIANCE OF the authorities"), where an
errand goes, whose land a corridor crosses, whom a thing is meant for, and the owner a
thing stands for ("rejected IRAQ'S proposal"). Each returns the actors found, in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from belli.events.cue_lists import DEFINITE, cue_list
from belli.events.lexicon import load_lexicon, load_plover
from belli.events.participants import Found, Participants
from belli.events.retellings import stem
from belli.events.role_record import actor_key
from belli.events.syntax import (
    Token,
    agent_of,
    children,
    is_passive,
    is_to_clause,
    lemma,
    objects_of,
    possessor_undergoes,
    prep_objects,
    subject_of,
    sums_of,
)

__all__ = [
    "aimed_for",
    "answered",
    "beneficiaries",
    "crossed",
    "deal_partners",
    "destination",
    "facing",
    "held_people",
    "inflicted_on",
    "others_words",
    "owner_of",
    "purposes",
    "reported_doers",
    "shared_theme",
    "stance_targets",
    "summed_up_tellers",
]

# The owner of an object that is a thing: "Saddam Hussein's proposal", "a U.S. request",
# "an offer from Afghanistan".
_OWNER_DEPS = ("poss", "compound", "amod", "nmod")
# people named by their kin, whose "of" is a relative, not whom they serve
_KIN = frozenset({"daughter", "son", "wife", "husband", "child", "mother", "father", "brother",
                  "sister", "family", "relative", "widow", "nephew", "niece", "cousin"})
# nouns of a stance taken against someone ("IN DEFIANCE OF the authorities", "IN
# RETALIATION FOR Armenian shelling", "to show their ANGER AT the US policy")
_STANCES = frozenset({"defiance", "protest", "opposition", "retaliation", "response",
                      "reprisal", "revenge", "anger", "outrage", "disapproval", "displeasure"})
_STANCE_PREPS = ("of", "against", "at", "to", "for", "over", "with")
# the prepositions of a deal's partner inside its phrase ("a deal WITH Iran", "on handing
# the islands TO Mauritius", "a pact BETWEEN the two")
_PARTNER_PREPS = frozenset({"with", "to", "between"})
_Key = tuple[str | None, str | None, str | None]
# types of an act of harm, whose noun's "of" names the harmed ("the shelling OF the town")
_HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
# participles of answering someone: "RESPONDING TO the statement by ..."
_ANSWERING = frozenset({"respond", "react", "reply"})
# participles that tell the harm an attack did, and the prepositions of whom it was done
# to: "attacked, INFLICTING heavy losses ON government forces", "CAUSING casualties AMONG"
_HARMING = frozenset({"inflict", "cause"})
_HARMED_PREPS = ("on", "upon", "among", "to")
# types of a show of force, which may say what it prepares for
_PREPARING = frozenset({"MOBILIZE", "THREATEN"})
# types that face whoever is across the border their sentence names, and no one else
_FACING = frozenset({"MOBILIZE"})


def purposes(verb: Token) -> list[Token]:
    """The infinitive clauses a verb governs or serves: "to help", "help DEFEND"."""
    return [c for c in verb.children if c.pos_ == "VERB" and (
        c.dep_ == "xcomp" or (c.dep_ == "advcl" and is_to_clause(c)))]


def held_people(thing: Token, people: Participants, verb: Token) -> list[Found]:
    """The people a thing serves or holds undergo what is done to it: "attacked a camp
    FOR Congolese refugees", "shelled the homes OF villagers", "ambushed a bus CARRYING
    soldiers". Places there are where the thing is, not who it is for; and a relative is
    no thing ("the son OF a minister" is no minister)."""
    if thing.pos_ != "NOUN" or lemma(thing) in _KIN:
        return []
    phrases = list(prep_objects(thing, deep=False))
    # the parser often hangs the thing's "for" on the verb: "attacked a camp | for refugees"
    phrases += [(p, o) for p, o in prep_objects(verb, deep=False)
                if p == "for" and o.head.i == thing.right_edge.i + 1]
    found = [f for p, o in phrases if p in ("for", "of") for f in people.phrase(o)]
    for clause in children(thing, "acl"):
        # a bare participle says what the thing does; "claims THAT ventures are depriving"
        # is what the claim says
        if clause.tag_ == "VBG" and not children(clause, "nsubj", "aux", "mark"):
            found.extend(f for o in children(clause, "dobj") for f in people.phrase(o))
    return [f for f in found if not f.is_place]


def stance_targets(verb: Token, kind: str, people: Participants) -> list[Found]:
    """Whom a stance the act is taken in is aimed at: "marched IN DEFIANCE OF Chinese
    authorities", "fired IN RETALIATION FOR Armenian shelling" (a thing stands for its
    owner), "blocked a road to show their ANGER AT the US policy"; unless the act names
    where it is aimed."""
    aimed = load_plover().target_preps.get(kind, ())
    if any(p in aimed for p, _ in prep_objects(verb)):
        return []  # "fired missiles AT a base in Iraq in retaliation for ...": hit there
    nouns = [o for p, o in prep_objects(verb) if p == "in" and lemma(o) in _STANCES]
    nouns += [o for c in purposes(verb) for o in objects_of(c) if lemma(o) in _STANCES]
    # a denial's answer is the document's to find (`belli.events.denials`), which also
    # tells the claim it answers as an accusation
    found = answered(verb, people) if kind != "REJECT" else []

    for noun in nouns:
        for prep, obj in prep_objects(noun, deep=False):
            if prep in _STANCE_PREPS:
                named = people.actors([obj])
                found.extend(named or owner_of(obj, people))
    return found


def answered(verb: Token, people: Participants) -> list[Found]:
    """"rejected the accusations, RESPONDING TO a statement by the rebel chief": whoever
    said what the act answers, told in a participle of answering beside it."""
    replies = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
               and lemma(c) in _ANSWERING]
    things = [o for c in replies for p, o in prep_objects(c, deep=False) if p == "to"]
    # what is answered is words, whose owner is aimed at; not whom one talks to while
    # answering ("responding to reporters")
    return [f for o in things if not people.heads_mention(o)
            for f in owner_of(o, people) if not f.is_place]


def destination(verb: Token, people: Participants) -> list[Found]:
    """Where the verb an errand serves sends someone: "sent experts TO Bosnia"."""
    return [f for p, o in prep_objects(verb.head) if p in ("to", "into")
            for f in people.phrase(o, places=True)]


def crossed(verb: Token, people: Participants) -> list[Found]:
    """"pressed for a transport route ACROSS Armenia's Syunik province", "demanded a
    corridor THROUGH Lachin": whose land a thing asked for or made would cross."""
    things = [o for p, o in prep_objects(verb, deep=False) if p == "for"] + objects_of(verb)
    return [f for thing in things if thing.pos_ == "NOUN"
            for p, o in prep_objects(thing, deep=False) if p in ("across", "through")
            for f in people.phrase(o, places=True)]


def beneficiaries(noun: Token, people: Participants) -> list[Found]:
    """"restrictions FOR new EU members", "visas FOR Russian citizens": whom an act's
    thing is meant for."""
    return people.actors(o for p, o in prep_objects(noun, deep=False) if p == "for")


def sum_recipients(verb: Token, people: Participants) -> list[Found]:
    """"pledged 500 million euros IN humanitarian aid TO Sudan", "announced $50 million
    FOR Ukraine": whom a sum the act is on, or the aid it is in, goes to, or whose bank it
    is put in."""
    sums = sums_of(verb)
    if not sums:
        return []
    # the aid the sum is in; an "in" on the verb may be where it was said ("in a speech to
    # the UN"), never read
    held = [h for s in sums for p, h in prep_objects(s, deep=False) if p == "in"]
    # "deposited $3 billion IN Pakistan's central bank": the state whose bank the sum is
    # put in (not "its" bank, nor a firm's: "a Swiss bank" is no state)
    bank_words = load_lexicon().classes.get("banks", frozenset())
    banks = [o for p, o in prep_objects(verb, deep=False) if p in ("in", "into", "with")
             and lemma(o) in bank_words
             and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)]
    return [f for f in people.actors(banks) if f.actor.sector == "GOV"] + people.actors(
        o for thing in (*sums, *held) for p, o in prep_objects(thing, deep=False)
        if p in ("to", "for"))


def deal_partners(verb: Token, people: Participants) -> list[Found]:
    """"seeking to finalize a DEAL on handing sovereignty TO MAURITIUS", "signed an accord
    on trade WITH Japan": the partners a deal's own phrase names."""
    deals = load_lexicon().classes.get("agreements", frozenset())
    found = []
    for obj in children(verb, "dobj"):
        if lemma(obj) not in deals:
            continue
        # the deal's phrases and those one step inside them; not a relative clause ("a
        # deal THAT SENDS police to Haiti" sends them, it is not made with Haiti)
        phrases = list(prep_objects(obj, deep=False))
        phrases += [inner for _, o in phrases for inner in prep_objects(o, deep=False)]
        found += people.actors(o for p, o in phrases if p in _PARTNER_PREPS)
    return found


def aimed_for(verb: Token, kind: str, people: Participants) -> list[Found]:
    """"mobilized reservists FOR a war AGAINST Iraq": whom what a show of force prepares
    for is aimed at. Not a call FOR war: what is asked for is the request's own act."""
    if kind not in _PREPARING:
        return []
    return people.actors(inner for p, o in prep_objects(verb) if p == "for" and o.pos_ == "NOUN"
                         for q, inner in prep_objects(o, deep=False) if q == "against")


def owner_of(obj: Token, people: Participants) -> list[Found]:
    """The actor a thing belongs to: "rejected Iraq's proposal", "an offer from Kabul"."""
    if obj.pos_ not in ("NOUN", "PROPN"):
        return []
    found = people.modifiers(obj, _OWNER_DEPS) if not _held_possessor(obj) else []
    for prep, inner in prep_objects(obj, deep=False):
        if prep in ("from", "by") or (prep == "of" and not _undergone_of(obj)):
            found.extend(people.phrase(inner))
    for clause in obj.children:  # "crimes committed by Croat forces"
        if clause.dep_ == "acl" and not _brokered_deal(obj, clause):
            agent = agent_of(clause)
            if agent is not None:
                found.extend(people.phrase(agent))
    return found


def _brokered_deal(thing: Token, clause: Token) -> bool:
    """"a ceasefire BROKERED by the United States": a deal a go-between brought about is
    the parties' own, not the go-between's ("the referendums ARRANGED by Russia" are)."""
    return lemma(clause) in cue_list("go_between_verbs") and lemma(thing) in _deals()


@cache
def _deals() -> frozenset[str]:
    classes = load_lexicon().classes
    return classes.get("agreements", frozenset()) | classes.get("ceasefires", frozenset())


def reported_doers(obj: Token, people: Participants, own: Sequence[Found]) -> list[Found]:
    """"concerned about the IAEA REPORT ABOUT Iran's production", "alarm over a UN report
    on Sudanese army abuses": a concern over a report is over what it reports, whose doer
    is the one criticized, not the reporter; never the concerned side itself ("over
    Iran's report on ITS enrichment", "its" read as the speaker's: the reporter then)."""
    if lemma(obj) not in cue_list("report_nouns"):
        return []
    mine = {actor_key(f) for f in own}
    for prep, inner in prep_objects(obj, deep=False):
        if prep in ("about", "on", "into"):
            found = owner_of(inner, people) or people.phrase(inner)
            return [f for f in found if not f.is_place and actor_key(f) not in mine]
    return []


def _held_possessor(thing: Token) -> bool:
    """"LAI'S release", "the journalist's arrest", "their return": a noun of handing people
    over or of harm whose possessor undergoes it, not whose the thing is; with an "of"
    object the possessor does it ("Iraq's return of the prisoners")."""
    if possessor_undergoes(thing):
        return True
    return lemma(thing) in cue_list("handing_nouns") and not any(
        prep == "of" for prep, _ in prep_objects(thing, deep=False))


def _undergone_of(thing: Token) -> bool:
    """"the return OF its nationals", "the murder OF policemen": the "of" of a noun of
    handing over or of harm names who undergoes it; whose the act is, is its doer."""
    word = lemma(thing)
    undergone = cue_list("handing_nouns") | cue_list("holding_nouns") | cue_list("crime_nouns")
    return word in undergone or any(
        rule.type in _HARM_TYPES or rule.possessor == "target"
        for rule in load_lexicon().rules("nouns", word))


def others_words(verb: Token, source: list[Found], people: Participants) -> list[Found]:
    """"Tehran rejected ITS offer": one turns down or backs another's words, so "its" or
    "their" before them is the nearest other actor named before it, not the rejecter the
    pronoun may have been read as, and "THE call" is the last one told ("Iran rejected its
    obligations" names no words: left alone)."""
    own = {actor_key(f) for f in source}
    for obj in objects_of(verb):
        if lemma(obj) not in cue_list("proposal_nouns"):
            continue
        for poss in children(obj, "poss"):
            if poss.lower_ in ("its", "their"):
                return _named_before(poss, own, people)
        if _bare_definite(obj):
            return _told_before(obj, own, people)
    return []


def _bare_definite(noun: Token) -> bool:
    """"supported THE CALL", "rejected THIS PROPOSAL": words named as already told, with
    no owner of their own."""
    kids = [c for c in noun.children if c.dep_ != "punct"]
    return bool(kids) and all(c.dep_ == "det" for c in kids) and kids[0].lower_ in DEFINITE


def _told_before(noun: Token, own: set[_Key], people: Participants) -> list[Found]:
    """Who said the words a definite noun refers back to: the subject of the verb ("called
    for a meeting" ... "supported THE CALL") or the owner of the noun ("Kenya's offer" ...
    "rejected THE OFFER") that told them last, earlier in this sentence or in the two
    before. Only a word of the same stem that names words said counts ("appeared" is no
    "appeal")."""
    stem_ = stem(lemma(noun))
    if stem_ not in _said_stems():
        return []
    for word in reversed(noun.doc[people.window_start(noun):noun.i]):
        if word.pos_ not in ("NOUN", "VERB") or stem(lemma(word)) != stem_:
            continue
        teller = subject_of(word) if word.pos_ == "VERB" else None
        found = people.phrase(teller) if teller is not None else owner_of(word, people)
        found = [f for f in found if not f.is_place and actor_key(f) not in own]
        if found:
            return found
    return []


@cache
def _said_stems() -> frozenset[str]:
    """The stems of the nouns of words said and of their verbs ("offer", "propos")."""
    return frozenset(stem(word) for word in cue_list("proposal_nouns"))


def _named_before(token: Token, own: set[_Key], people: Participants) -> list[Found]:
    """The actors of the nearest phrase before the token, in its sentence or the one before,
    other than `own`."""
    first = token.sent.start
    first = token.doc[first - 1].sent.start if first > 0 else first
    for word in reversed(token.doc[first:token.i]):
        if word.pos_ in ("NOUN", "PROPN", "PRON") and word.dep_ not in ("compound", "amod", "poss"):
            found = [f for f in people.phrase(word) if not f.is_place and actor_key(f) not in own]
            if found:
                return found
    return []


def summed_up_tellers(verb: Token, people: Participants) -> list[Found]:
    """"The opposition alleged that ..., CHARGES the commission denied", "..., claims the
    government rejected": a words noun after a comma sums up the claim before it, whose
    teller the denial answers. The parser reads the noun as a verb holding the denial."""
    summary = verb.head
    words = cue_list("claim_nouns") | cue_list("proposal_nouns") | {"charge"}
    if verb.dep_ not in ("ccomp", "relcl") or summary.i > verb.i or summary.i == 0 \
            or summary.lower_.removesuffix("s") not in words or summary.doc[summary.i - 1].text != ",":
        return []
    told = [c for c in summary.children if c.dep_ == "ccomp" and c.i < summary.i]
    told += [summary.head] if summary.head.i < summary.i and summary.head.pos_ in ("VERB", "AUX") else []
    tellers = [t for t in map(subject_of, told) if t is not None]
    return people.actors(tellers)


def shared_theme(verb: Token, people: Participants) -> list[Found]:
    """"the leader was arrested AND SENTENCED to six years": a participle joined to a
    passive, with no subject or object of its own, shares its theme."""
    partner = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or not is_passive(partner) \
            or children(verb, "nsubj", "nsubjpass", "dobj"):
        return []
    return [f for theme in children(partner, "nsubjpass") for f in people.phrase(theme)]


def inflicted_on(verb: Token, people: Participants) -> list[Found]:
    """"stepped up attacks, INFLICTING heavy losses ON government forces": whom the harm
    an attack did, told in a participle after it, was done to."""
    harms = [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj")
             and c.tag_ == "VBG" and lemma(c) in _HARMING]
    return people.actors(o for harm in harms for p, o in prep_objects(harm)
                         if p in _HARMED_PREPS)


def facing(verb: Token, kind: str, people: Participants) -> list[Found]:
    """"deployed troops and weapons, including drones, close to its border WITH
    AZERBAIJAN", "... near GREECE'S frontier": whom a show of force faces, where the
    sentence after it names the other side of a border however the parser hung it; a
    border no one owns ("massed troops near the border") faces no one."""
    if kind not in _FACING:
        return []
    return [f for t in _rest_of_clause(verb) if lemma(t) in cue_list("frontier_nouns")
            for f in _across_border(t, people)]


def _rest_of_clause(verb: Token) -> list[Token]:
    """The words after the verb up to the next clause with a subject of its own ("..., the
    ministry SAID, citing reports from the border" is the speaker's, not the act's)."""
    words = []
    for token in verb.doc[verb.i + 1:verb.sent.end]:
        if token.text == ";" or children(token, "nsubj", "nsubjpass"):
            break
        words.append(token)
    return words


def _across_border(border: Token, people: Participants) -> list[Found]:
    other = [o for p, o in prep_objects(border, deep=False) if p == "with"]
    found = [f for o in other for f in people.phrase(o, places=True)]
    return found or [f for f in people.modifiers(border, _OWNER_DEPS) if not f.is_place]
