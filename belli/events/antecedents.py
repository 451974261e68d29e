"""A reaction to an act the document told before: "Erdogan visited Shusha. ... In
Yerevan, the foreign ministry called THE VISIT a provocation." The reaction names the act
with a definite noun ("the visit", "the continued supply"), after it or as a passive's
subject ("THE ATTACK was condemned by France"), and names no one; whom it is aimed at is
whoever did that act: the nearest earlier event whose trigger is the same word ("visit",
"visited"), or, told just before, a deed of the type the noun codes ("Israel delivered
drones to Baku. Yerevan said the continued SUPPLY of arms was unacceptable") or an
agreement its parties reached together ("signed a pact ... condemned THE AGREEMENT").
"""

from __future__ import annotations

from collections.abc import Sequence

from belli.events.cue_lists import cue_list
from belli.events.lexicon import load_lexicon
from belli.records import Event

__all__ = ["aimed_at_earlier_acts"]

# types that react to someone's act: condemning, welcoming, refusing it
_REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# the reaction's object is named within this many words after its trigger
_OBJECT_WITHIN = 3
# words between "the" and the act's noun ("the CONTINUED supply", "the LATEST deliveries")
_MODIFIERS_WITHIN = 2
# words that end the noun phrase before its head is passed ("the supply OF arms", "called
# the visit A provocation")
_PHRASE_ENDS = frozenset({"of", "to", "by", "in", "on", "against", "from", "for", "at", "with",
                          "was", "were", "is", "are", "as", "and", "that", "which", "a", "an",
                          "the", "its", "their", "his", "her"})
# an act of the noun's type, not named by the same word, is the one reacted to only when
# told this close before (about the sentence or two before): farther, it may be another
_TYPE_NEAR_CHARS = 400
# ... and only a deed (material cooperation or conflict): words ("denied THE CHARGE") may
# answer words told to or about someone else
_DEEDS = frozenset({2, 4})
# a noun and a verb share this many first letters to name the same act ("visit",
# "visited"); shorter stems ("rule"/"ruling") are too loose to tell acts apart
_STEM = 5


def aimed_at_earlier_acts(events: Sequence[Event]) -> list[Event]:
    """Each reaction with no target that names "the <act>" takes as target the doer of
    the nearest earlier event told with that word, who must not be the reacting side."""
    out = list(events)
    for i, event in enumerate(out):
        if event.type not in _REACTIONS or event.target or event.reciprocal:
            continue
        noun = _act_named(event)
        earlier = _antecedent(out[:i], noun, event) if noun else None
        if earlier is not None:
            why = f"target: who did '{earlier.trigger}' told before, which '{noun}' names"
            out[i] = event.replace(target=earlier.source, reason=f"{event.reason}; {why}")
    return out


def _act_named(event: Event) -> str | None:
    """The head noun of the definite phrase just after the trigger ("called THE VISIT a
    provocation", "said THE CONTINUED SUPPLY of arms was unacceptable"), or, of a passive,
    the one its subject ends on before it ("THE ATTACK was condemned by France")."""
    if event.trigger_end is None:
        return None
    raw = event.sentence[event.trigger_end - event.start:].split()[:_OBJECT_WITHIN + _MODIFIERS_WITHIN]
    if not raw or raw[0].lower() != "the":
        return _passive_subject(event)
    return _head_of(raw)


def _passive_subject(event: Event) -> str | None:
    """"The attack was condemned", "the latest strikes have been denounced": the head of a
    definite subject right before a passive trigger's auxiliaries."""
    if event.trigger_start is None:
        return None
    before = event.sentence[:event.trigger_start - event.start].split()
    auxiliaries = 0
    while before and before[-1].lower() in cue_list("passive_auxiliaries"):
        before.pop()
        auxiliaries += 1
    opening = [i for i, word in enumerate(before) if word.lower() == "the"]
    if not auxiliaries or not opening or len(before) - opening[-1] > _MODIFIERS_WITHIN + 2:
        return None
    return _head_of(before[opening[-1]:])


def _head_of(raw: list[str]) -> str | None:
    """The head noun of a phrase opened by "the" (the last word before one that ends it)."""
    phrase: list[str] = []
    for word in raw[1:]:
        bare = word.strip(".,;:'\"’”").lower()
        if bare in _PHRASE_ENDS or not bare.isalpha():
            break
        phrase.append(bare)
        if bare != word.lower():  # punctuation closes the phrase
            break
    head = phrase[-1] if phrase else ""
    return head if len(head) >= _STEM and len(phrase) <= _MODIFIERS_WITHIN + 1 else None


def _antecedent(earlier: Sequence[Event], noun: str, reaction: Event) -> Event | None:
    reacting = {a.country for a in reaction.source if a.country}
    types = _noun_types(noun)
    for event in reversed(earlier):
        same_word = event.trigger.lower()[:_STEM] == noun[:_STEM]
        near = reaction.start - event.start <= _TYPE_NEAR_CHARS and (
            event.quad in _DEEDS or _pact(event))
        if event.negated or not (same_word or (near and event.type in types)):
            continue
        doers = {a.country for a in event.source if a.country}
        if not doers and not same_word:
            continue  # a doerless deed of the type ("more were delivered") may retell the named one
        return event if doers and not doers & reacting else None
    return None


def _pact(event: Event) -> bool:
    """"Turkey and Azerbaijan signed a defence pact. Armenia condemned THE AGREEMENT": an
    agreement its parties reached together is a thing done, named by any noun of its
    type, where other words agreed on may be told to or about someone else."""
    return event.type == "AGREE" and event.reciprocal


def _noun_types(noun: str) -> set[str]:
    """The event types the lexicon codes the noun as ("supply": AID), its plural too."""
    lexicon = load_lexicon()
    forms = {noun, noun[:-1], noun[:-3] + "y"} if noun.endswith("ies") else {noun, noun.rstrip("s")}
    return {r.type for form in forms for r in lexicon.rules("nouns", form) if r.type}
