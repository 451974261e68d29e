"""Acts one sentence tells together that stay apart, and the search an arrest was made
in, for the merge of drafts (`belli.events.merge`).

- An act named under a word that answers another ("launched a counter-offensive IN
  RESPONSE TO Armenian shelling") or sets it against another ("ALTHOUGH the two spoke by
  phone") is never the same act; nor one under a word of time where each names a doer of
  its own ("troops opened fire AFTER rebels attacked"; "gunmen killed five soldiers after
  ambushing their convoy" tells one act).
- An aside set off by commas on the doer tells another act ("the junta, WHICH SEIZED
  power in 2021, has arrested thousands").
- Arrests made in raids, sweeps or searches by the same hands are one act, the arrest
  (`frames`).
"""

from __future__ import annotations

from belli.events.cue_lists import cue_list
from belli.events.draft import Draft
from belli.events.lexicon import load_lexicon
from belli.events.participants import Found
from belli.events.syntax import Token, lemma, subject_of

__all__ = ["frames", "told_apart"]

# words that set one act as the answer to another, or before or after it
_ANSWER_OR_TIME = cue_list("answering_words") | cue_list("time_prepositions")
# an act's operation: "arrested 20 IN raids", "detained dozens DURING a sweep"
_FRAMING_PREPS = frozenset({"in", "during"})


def told_apart(a: Draft, b: Draft) -> bool:
    """Whether two drafts of one sentence tell two acts, whichever is told first."""
    return _answered(a, b) or _answered(b, a) or _aside(a, b) or _aside(b, a)


def _answered(a: Draft, b: Draft) -> bool:
    """Whether `b` is named under a word that answers `a` ("launched a counter-offensive IN
    RESPONSE TO the shelling"), or under a word of time where each names a doer of its own
    ("troops opened fire AFTER an attack by Armenian forces"; "gunmen killed five soldiers
    after ambushing their convoy" tells one act)."""
    word = _word_between(a.trigger.token, b.trigger.token)
    if word is None:
        return False
    if word in cue_list("answering_words"):
        return True
    own = {_hand(f) for f in a.roles.source} & {_hand(f) for f in b.roles.source}
    return word in cue_list("time_prepositions") and bool(
        a.roles.source and b.roles.source and not own)


def _hand(found: Found) -> str:
    """One doer as told: its mention ("he" for Aliyev is Aliyev's), else its words
    ("rebels")."""
    return found.mention_id if found.mention_id is not None else f"words:{found.actor.text}"


def _aside(a: Draft, b: Draft) -> bool:
    """Whether `b` is told in a relative clause set off by a comma on `a`'s doer: "the
    junta, which SEIZED power in 2021, has arrested thousands" tells two acts. A relative
    clause on an act's own noun tells that act ("the strike, which HIT a building, killed
    14"), and one that picks out the doers by what they did most often tells the same act
    again ("the gunmen who STORMED the hotel killed 20")."""
    token = b.trigger.token
    clause = next((t for t in (token, *token.ancestors) if t.dep_ == "relcl"), None)
    if clause is None or a.trigger.token in clause.subtree:
        return False
    start = clause.left_edge.i
    set_off = start > 0 and clause.doc[start - 1].text == ","
    return set_off and clause.head == subject_of(a.trigger.token) \
        and not load_lexicon().has("nouns", lemma(clause.head))


def _word_between(act: Token, other: Token) -> str | None:
    """The first word of answer or time on `other`'s way up to the first word that also
    heads `act`, if any."""
    above_act = {act.i, *(t.i for t in act.ancestors)}
    for token in (other, *other.ancestors):
        if token.i in above_act:
            return None
        # the clause's own mark too: "ALTHOUGH the two spoke by phone"
        marks = [m for m in token.children if m.dep_ == "mark"]
        ahead = marks if token is other else [token, *marks]
        for word in (w for t in ahead for w in (t.lower_, lemma(t))):
            if word in _ANSWER_OR_TIME:
                return word
    return None


def frames(act: Draft, frame: Draft) -> bool:
    """Whether `frame` is the search in which `act`, an arrest or a seizure, was made by
    the same hands: "troops arrested 20 Palestinians IN overnight RAIDS", "police
    detained dozens DURING a sweep": one act, told by its verb (a raid that only arrests
    is no attack). Not an operation or clashes, which may kill ("detained 15 during a
    military operation that killed nine"), nor a state ("while in detention")."""
    token, verb = frame.trigger.token, act.trigger.token
    prep = token.head
    inside = token.dep_ == "pobj" and prep.lower_ in _FRAMING_PREPS and prep.head == verb
    return (inside and lemma(token) in cue_list("search_operation_nouns")
            and act.sentence.start == frame.sentence.start
            and act.type == "COERCE" and frame.type == "ASSAULT" and verb.pos_ == "VERB"
            and set(act.modality.aux) == set(frame.modality.aux)
            and _same_hands(act.roles.source, frame.roles.source))


def _same_hands(act: list[Found], frame: list[Found]) -> bool:
    """The frame names no doer, or only the act's own ("in a raid BY rebels" is theirs)."""
    own = {_hand(f) for f in act}
    return all(_hand(f) in own for f in frame)
