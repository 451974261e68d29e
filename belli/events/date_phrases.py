"""Which act a date inside a noun phrase dates: the phrase a date lies inside ("the
November 2020 ceasefire", "the war of 2020"), the act a located phrase times ("during the
2020 war"), and the nouns of periods and events the date lexicon lists.
`belli.events.timing` decides from these which date each event takes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from belli.dates.lexicon import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["confining_phrase", "located_act", "locating_preposition", "names_period", "phrase_noun"]

# How a date attaches to the noun it is part of: "the November 2020 ceasefire", "the 2020
# war", "last year's war". A date the parser hangs on a noun as a bare adverbial ("drills
# Tuesday", npadvmod) or through "on"/"in" is left free: those attachments are often the
# parser's misreading of a date that modifies the verb.
_NOUN_MODIFIERS = frozenset({"compound", "nmod", "amod", "poss", "nummod"})
# Clauses that belong to a noun: "the town that forces seized on Sunday" (relcl), "the
# statement signed late on Monday" (acl).
_NOUN_CLAUSES = frozenset({"relcl", "acl"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
# nouns that are times themselves, so a date under them is no event's ("the eve of 2020")
_TIME_NOUNS = frozenset({"day", "eve", "hours", "dawn", "dusk", "midnight", "noon"})
_MAX_CLIMB = 10  # dependency steps from a date up to the verb of its clause


def confining_phrase(span: Span) -> tuple[int, int] | None:
    """The first and last token of the noun phrase a date expression lies inside, or None
    when the date modifies its clause. "the war of 2020" is the war's, like "the 2020 war"."""
    if _orphan_preposition(span):
        return None
    current = span.root
    for _ in range(_MAX_CLIMB):
        head = current.head
        if head.i == current.i:
            return None
        outside = not (span.start <= head.i < span.end)
        if outside and _names_thing(head, current) and _modifies_noun(current):
            return head.left_edge.i, head.right_edge.i
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in _NOUN_CLAUSES:
            return None  # the clause the date modifies is a clause of the sentence
        current = head
    return None


def _orphan_preposition(span: Span) -> bool:
    """"and on Monday President Aliyev ordered": a preposition just before the date that
    the parse left without an object has the date for one, whatever the date hangs on."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (before is not None and before.dep_ == "prep"
            and not any(c.dep_ == "pobj" for c in before.children))


def _names_thing(head: Token, below: Token) -> bool:
    """Whether `head` names a thing a date below it can be confined to: a noun other than
    a time of day ("the evening of Sept. 14" is a date), or whatever a relative clause
    hangs on ("halts fighting that began on Sept. 27", "fighting" tagged a verb)."""
    words = {head.lower_, head.lemma_.lower()}
    if words & _TIME_NOUNS or words & load_lexicon().day_parts.keys():
        return False
    return head.pos_ in _NOMINAL or below.dep_ == "relcl"


def located_act(span: Span) -> tuple[int, bool] | None:
    """The act (token index) whose time the noun phrase a date lies in gives, and whether
    that phrase is the act's subject; None when the phrase only names an event."""
    noun = phrase_noun(span)
    if noun is None:
        return None
    subject = noun.dep_ in ("nsubj", "nsubjpass")
    if subject and _names_event(noun):
        return noun.head.i, True
    if subject and _participle_below(span, noun):
        return noun.head.i, False
    prep = locating_preposition(noun)
    if prep is not None:
        return prep.head.i, False
    purpose = _occasioned_act(noun)
    return (purpose.i, False) if purpose is not None else None


def _occasioned_act(noun: Token) -> Token | None:
    """"used Tuesday's visit to sign the accord", "seized on Monday's summit to announce":
    the act of the to-clause under a verb whose object is a dated occasion happened then."""
    if not _names_event(noun) or names_period(noun):
        return None
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in (
            load_lexicon().occasion_verbs):
        return None
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _participle_below(span: Span, noun: Token) -> bool:
    """"Aliyev, speaking to the press last week, questioned": a participle on the subject
    tells the occasion of its act, so its date is the act's."""
    below = next((t for t in (span.root, *span.root.ancestors) if t.head.i == noun.i), None)
    return below is not None and below.dep_ == "acl" and below.tag_ == "VBG"


def phrase_noun(span: Span) -> Token | None:
    """The head noun of the phrase a date expression is confined to, if any."""
    phrase = confining_phrase(span)
    if phrase is None:
        return None
    return next((t for t in span.doc[phrase[0]:phrase[1] + 1]
                 if t.head.i < phrase[0] or t.head.i > phrase[1] or t.head.i == t.i), None)


def _names_event(noun: Token) -> bool:
    """"attack", "wars": a noun of the lexicon's events (not "the 2000 soldiers")."""
    events = load_lexicon().event_nouns
    return noun.lower_ in events or noun.lemma_.lower() in events


def locating_preposition(noun: Token) -> Token | None:
    """The preposition that makes `noun` the time of an act: "during the war", "as a
    result of the ceasefire" (through "of" and a noun such as "result")."""
    lexicon = load_lexicon()
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.lower_ in lexicon.locating_nouns:
        above = prep.head  # any preposition will do: "as a result of", "in the wake of"
        return above.head if above.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in lexicon.locating_prepositions:
        return None
    return prep


def _modifies_noun(token: Token) -> bool:
    if token.dep_ in _NOUN_MODIFIERS or token.dep_ in _NOUN_CLAUSES:
        return True
    return token.dep_ == "prep" and token.lower_ == "of"


def names_period(noun: Token) -> bool:
    """"war", "hostilities": a noun of the lexicon's periods."""
    periods = load_lexicon().period_nouns
    return noun.lower_ in periods or noun.lemma_.lower() in periods
