"""Where, inside an event's sentence, its parts are: the trigger, the actors, the place,
the date, the speaker and the numbers. The evidence page marks these spans.

The trigger has exact offsets into the article text; we shift them into the sentence
(and fall back to searching the trigger word should the sentence and the offsets
disagree). Actors, places and dates carry only their text, so we look for it, as a whole
word and in any case, skipping places already marked: a span never overlaps another, and
the order of `KINDS` decides who wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from belli.records import Event
from belli.store.event_query import actor_text

__all__ = ["KINDS", "Span", "evidence_spans", "find_word", "segments", "trigger_span"]

# What a span can mark, strongest first, with the legend's word for it.
KINDS = {"trigger": "what happened", "source": "who did it", "target": "to whom",
         "speaker": "who says so", "place": "where", "date": "when", "quantity": "how many"}


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # offsets into the sentence
    end: int
    kind: str  # one of KINDS
    label: str  # what the mark says on hover ("AZE MIL", "2021-09-02 (day)")


def find_word(text: str, needle: str, taken: Iterable[tuple[int, int]] = ()) -> int | None:
    """Where `needle` first occurs in `text` as a whole word (any case) without touching a
    taken span; None when it does not."""
    needle = needle.strip()
    if not needle:
        return None
    blocked = list(taken)
    pattern = re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", re.IGNORECASE)
    for match in pattern.finditer(text):
        if all(match.end() <= a or match.start() >= b for a, b in blocked):
            return match.start()
    return None


def trigger_span(event: Event) -> tuple[int, int] | None:
    """The trigger's offsets within the sentence, or None when it cannot be found."""
    if event.trigger_start is not None and event.trigger_end is not None:
        start, end = event.trigger_start - event.start, event.trigger_end - event.start
        if 0 <= start < end <= len(event.sentence) and (
                event.sentence[start:end].casefold() == event.trigger.casefold()):
            return start, end
    at = find_word(event.sentence, event.trigger)
    return None if at is None else (at, at + len(event.trigger.strip()))


def _wanted(event: Event) -> list[tuple[str, str, str]]:
    """(kind, text to look for, label) for everything but the trigger, strongest first."""
    wanted = [("source", a.text, actor_text(a)) for a in event.source]
    wanted += [("target", a.text, actor_text(a)) for a in event.target]
    if event.attributed_to is not None:
        wanted.append(("speaker", event.attributed_to.text, actor_text(event.attributed_to)))
    if event.place is not None:
        label = f"{event.place.name} ({event.place.precision or 'place'})"
        for name in dict.fromkeys((event.place.name, *event.place.variants)):
            wanted.append(("place", name, label))
    if event.date_text:
        wanted.append(("date", event.date_text,
                       f"{event.date} ({event.date_granularity or 'date'})"))
    wanted += [("quantity", qty.text, qty.text) for qty in event.quantities]
    return wanted


def evidence_spans(event: Event) -> list[Span]:
    """The marked spans of the event's sentence, in reading order, never overlapping."""
    spans: list[Span] = []
    trigger = trigger_span(event)
    if trigger is not None:
        spans.append(Span(*trigger, "trigger", f"{event.type} ({event.mode or 'any mode'})"))
    kinds_done: set[tuple[str, str]] = set()
    for kind, text, label in _wanted(event):
        if (kind, label) in kinds_done:  # the place's other names, once it is found
            continue
        at = find_word(event.sentence, text, ((s.start, s.end) for s in spans))
        if at is not None:
            spans.append(Span(at, at + len(text.strip()), kind, label))
            kinds_done.add((kind, label))
    return sorted(spans, key=lambda s: s.start)


def segments(text: str, spans: Iterable[Span]) -> list[tuple[str, Span | None]]:
    """The text cut at the spans: (piece, the span it is, or None for plain text)."""
    out: list[tuple[str, Span | None]] = []
    at = 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < at:
            continue
        if span.start > at:
            out.append((text[at:span.start], None))
        out.append((text[span.start:span.end], span))
        at = span.end
    if at < len(text):
        out.append((text[at:], None))
    return out
