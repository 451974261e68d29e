"""Drafts that name no actor, for the event coder (`belli.events.coder`): merged apart
from the others, then kept where the context gives them actors (`nominal.adopt_actors`)
and they pass the checks the others pass. Most never can be (`adoptable`): those are
not built at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from belli.events.allegation import denied
from belli.events.denials import WINDOW_SENTENCES
from belli.events.draft import Draft
from belli.events.merge import unrepeated, unrepeated_drafts
from belli.events.nominal import adopt_actors, may_adopt
from belli.events.screening import agentless, has_doer, placed
from belli.records import Event

__all__ = ["adoptable", "adopted_events", "has_actor"]


def has_actor(draft: Draft) -> bool:
    """An event needs an actor; for an event noun a place alone is not enough ("the
    invasions of Dagestan" names no one who invaded)."""
    if not draft.actors:
        return False
    if draft.trigger.kind == "nouns":
        return any(f.how != "place" for f in draft.actors)
    return True


def adoptable(lone: Sequence[Draft], text: str) -> list[Draft]:
    """The drafts with no actor whose events `adopted_events` may keep, the only ones worth
    building (most are not): those in no sentence that repeats an earlier one, read from
    all the drafts as `unrepeated` reads their events, that the context may give actors
    (`nominal.may_adopt`). `text` is the document's."""
    return [d for d in unrepeated_drafts(lone, text) if may_adopt(d.trigger, d.type)]


def adopted_events(lone: Sequence[tuple[Draft, Event]], kept: Sequence[Event],
                   sentence_of: Callable[[int], int]) -> list[Event]:
    """The events of drafts with no actor that the context gives actors
    (`nominal.adopt_actors`), through the checks the others pass: not a headline's
    repeat, not an alleged act its doer denies, not a passive with no doer where none
    is supplied, not a cooperation between no one placed."""
    shown = {e.event_id for e in unrepeated([e for _, e in lone])}
    agentless_ids = {e.event_id for d, e in lone if agentless(d.trigger)}
    alleged = {e.event_id for d, e in lone if d.alleged}
    found = adopt_actors([(d.trigger, e) for d, e in lone if e.event_id in shown], kept,
                         sentence_of)
    return [e for e in found if (e.event_id not in agentless_ids or has_doer(e)) and placed(e)
            and (e.event_id not in alleged or not denied(e, kept, sentence_of, WINDOW_SENTENCES))]
