"""Event nouns used as background: a war, an operation or fighting named to date or
describe something else rather than told as an act.

"Azerbaijan has rebuilt its army since the second Karabakh war", "post-war Azerbaijan",
"after the 2020 war", "since the fighting ended": each names a war, none tells one. The
grammar says which use a noun has:

- as a modifier of another noun ("POST-WAR order", "WAR crimes", "CONFLICT zone") it
  names a kind of thing: no event;
- as the object of a time preposition ("after", "since", "during", "ahead of"), of a time
  noun ("the end of the WAR", "four days of FIGHTING"), as the subject of a "since" or
  "until" clause, or of a time clause whose verb ends it ("after the FIGHTING ended") it
  dates another act: no event, whoever its phrase names ("when FIGHTING erupted" and "the
  outbreak of FIGHTING between X and Y" tell it);
- as the object of a preposition that sets a scene ("cooperating IN the Syrian civil
  WAR", "preoccupied WITH its war", "areas NEAR the fighting", "a sensitive time FOR its
  operation") it is the setting of another act: no event;
- with an ordinal or a year ("the second Karabakh war", "the 2020 war") it is a name for
  a past war: an event only where its own phrase names who fought ("Azerbaijan's 2020
  war with Armenia"), and, for an ordinal, marked historical (ONTOLOGY.md: background
  told in an analysis piece); the year is left to the dates, which mark it themselves.

Only the nouns of `background_nouns` in data/cues.yaml are read this way: "after the
visit" or "since the talks" tell an act with its actors more often than they date one.
"""

from __future__ import annotations

from collections.abc import Callable

from belli.events.claims import Cues
from belli.events.syntax import Token, lemma

__all__ = ["background_use", "is_ordinal_name", "names_own_actor"]

# a war that is the subject of a "since"/"until" clause dates the main act; after "when",
# "after" or "once" only one that ends does ("after the fighting ended"): "when fighting
# erupted" tells the fighting
_DATING_MARKS = frozenset({"since", "until", "till"})
_TIME_CLAUSE_MARKS = frozenset({"after", "before", "once", "when"})
_ENDING_VERBS = frozenset({"end", "stop", "cease", "halt", "subside", "conclude", "finish",
                           "wind"})
# dependencies under which a noun only modifies another noun
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
# dependencies of the phrase that names who fought ("Azerbaijan's war with Armenia")
_OWN_ACTOR_PREPS = frozenset({"by", "between", "with", "against", "on", "among"})


def background_use(noun: Token, cues: Cues) -> str | None:
    """How the noun is used as background ("modifier", "time frame", "setting", "name"), or None
    where the text tells it as an act."""
    if lemma(noun) not in cues.background_nouns and noun.lower_ not in cues.background_nouns:
        return None
    if noun.dep_ in _MODIFIER_DEPS and noun.head.pos_ in ("NOUN", "PROPN"):
        return "modifier"
    if _time_frame(noun, cues):
        return "time frame"
    if noun.dep_ == "pobj" and noun.head.lower_ in cues.setting_prepositions:
        return "setting"
    if any(_is_ordinal(c) or _is_year(c) for c in noun.children):
        return "name"
    return None


def is_ordinal_name(noun: Token) -> bool:
    """"The second Karabakh war": an ordinal numbers a war among past ones."""
    return any(_is_ordinal(c) for c in noun.children)


def names_own_actor(noun: Token, names_actor: Callable[[Token], bool]) -> bool:
    """Whether the noun's own phrase names who acted: a possessor ("Azerbaijan's war") or
    an actor after by/between/with/against ("the war with Armenia"), not a place
    modifier ("the Karabakh war")."""
    for child in noun.children:
        if child.dep_ == "poss" and names_actor(child):
            return True
        if child.dep_ == "prep" and child.lower_ in _OWN_ACTOR_PREPS and any(
                names_actor(o) for o in child.children if o.dep_ == "pobj"):
            return True
    return False


def _time_frame(noun: Token, cues: Cues) -> bool:
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ in cues.time_prepositions:
            return True  # "after the war", "during the fighting"
        governor = head.head  # "ahead OF", "prior TO", "the end OF", "days OF", "time FOR"
        if governor.lower_ in cues.time_prepositions:
            return True
        return head.lower_ in ("of", "for", "to") and (
            governor.lower_ in cues.time_nouns or lemma(governor) in cues.time_nouns)
    if noun.dep_ in ("nsubj", "nsubjpass"):  # "since the fighting ended"
        marks = {c.lower_ for c in head.children if c.dep_ == "mark"}
        return bool(marks & _DATING_MARKS) or (
            bool(marks & _TIME_CLAUSE_MARKS) and lemma(head) in _ENDING_VERBS)
    return False


def _is_ordinal(token: Token) -> bool:
    return token.ent_type_ == "ORDINAL" or token.lower_ in (
        "first", "second", "third", "fourth", "fifth", "1st", "2nd", "3rd")


def _is_year(token: Token) -> bool:
    text = token.text
    return token.dep_ in ("nummod", "compound", "amod") and len(text) == 4 and text.isdigit() \
        and text[:2] in ("19", "20")
