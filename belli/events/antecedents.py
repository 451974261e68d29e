"""A reaction to an act the document told before: "Erdogan visited Shusha. ... In
Yerevan, the foreign ministry called THE VISIT a provocation." The reaction names the act
with a definite noun and names no one; whom it is aimed at is whoever did that act, the
nearest earlier event whose trigger is the same word ("visit", "visited").
"""

from __future__ import annotations

from collections.abc import Sequence

from belli.records import Event

__all__ = ["aimed_at_earlier_acts"]

# types that react to someone's act: condemning, welcoming, refusing it
_REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# the reaction's object is named within this many words after its trigger
_OBJECT_WITHIN = 3
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
    """The noun after "the" just after the trigger ("called THE VISIT a provocation")."""
    if event.trigger_end is None:
        return None
    words = [w.strip(".,;:'\"’”").lower() for w in
             event.sentence[event.trigger_end - event.start:].split()[:_OBJECT_WITHIN]]
    if len(words) < 2 or words[0] != "the" or len(words[1]) < _STEM:
        return None
    return words[1]


def _antecedent(earlier: Sequence[Event], noun: str, reaction: Event) -> Event | None:
    reacting = {a.country for a in reaction.source if a.country}
    for event in reversed(earlier):
        if event.trigger.lower()[:_STEM] != noun[:_STEM] or event.negated:
            continue
        doers = {a.country for a in event.source if a.country}
        return event if doers and not doers & reacting else None
    return None
