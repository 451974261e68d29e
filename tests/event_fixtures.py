"""Helpers of the event tests: what the coder found, written "TYPE SOURCES>TARGETS" with
the country codes of each side, sorted and comma-separated ("?" for an actor with none),
the sides of the events a text codes, the types it codes, and the type each trigger word
codes before actors are read."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from belli.events.participants import Participants
from belli.events.stage import EventStage
from belli.events.triggers import TriggerFinder
from belli.records import Actor, Analysis, Article, Event


def summary(event: Event) -> str:
    source = ",".join(sorted({a.country or "?" for a in event.source}))
    target = ",".join(sorted({a.country or "?" for a in event.target}))
    return f"{event.type} {source}>{target}"


def analyse(pipeline: Any, text: str, published: str = "2021-10-07") -> Analysis:
    return pipeline.process(Article.from_text(text, published=published))


def coded(pipeline: Any, text: str, trigger: str) -> Event:
    """The first event the text codes on the trigger word."""
    return next(e for e in analyse(pipeline, text).events if e.trigger == trigger)


def countries(actors: Any) -> list[str | None]:
    """The country of each actor of a side, in order."""
    return [a.country for a in actors]


def quantities_of(pipeline: Any, text: str, trigger: str) -> Any:
    """The numbers of the event on the trigger word, or (a type in capitals) of the first
    event of that type, where which word of the sentence triggers it is not at issue."""
    events = [e for e in analyse(pipeline, text).events if trigger in (e.trigger, e.type)]
    assert events, f"no event on {trigger!r}"
    return events[0].quantities


def numbers(pipeline: Any, text: str, trigger: str) -> list[tuple[Any, ...]]:
    """Each number of that event as (value, qualifier, unit)."""
    return [(q.value, q.qualifier, q.unit) for q in quantities_of(pipeline, text, trigger)]


def date_of_word(pipeline: Any, text: str, word: str, published: str) -> str | None:
    """The date `timing.date_of` gives an act whose trigger is the first token `word`."""
    from belli.events.timing import DocumentDates, date_of

    analysis = analyse(pipeline, text, published)
    doc = analysis.parse
    dates = DocumentDates.of(analysis, SimpleNamespace(doc=doc))  # type: ignore[arg-type]
    token = next(t for t in doc if t.text == word)
    when = date_of(SimpleNamespace(token=token, head=token), dates)  # type: ignore[arg-type]
    return when.value if when is not None else None


def sides(pipeline: Any, text: str, types: set[str] | None = None,
          triggers: set[str] | None = None) -> list[str]:
    """Summaries of the events of the given types and trigger words, sorted; whether
    other events are coded is not at issue."""
    return sorted(summary(e) for e in analyse(pipeline, text).events
                  if (types is None or e.type in types)
                  and (triggers is None or e.trigger in triggers))


def types_coded(pipeline: Any, text: str) -> set[str]:
    return {e.type for e in analyse(pipeline, text).events}


def triggers_found(pipeline: Any, text: str) -> list[Any]:
    """The triggers the coder's finder reads in the text, before actors are read."""
    analysis = analyse(pipeline, text)
    coder = next(s for s in pipeline.stages if isinstance(s, EventStage)).coder
    people = Participants(analysis.parse, analysis.mentions, coder.kb, coder.lexicon.containers)
    finder = TriggerFinder(coder.lexicon, coder.plover, people, coder.cues.speech,
                           coder.cues.obligations, coder._verdicts)
    return [t for s in analysis.parse.sents for t in finder.find(s)]


def trigger_types(pipeline: Any, text: str) -> dict[str, str | None]:
    """Each trigger word of the text and the type it codes, before actors are read."""
    return {t.token.lower_: t.type for t in triggers_found(pipeline, text)}


# the quad class of the types the counterpart tests write events of
_QUADS = {"ASSAULT": 4, "COERCE": 4, "ACCUSE": 3, "REQUEST": 3, "AGREE": 1}


def told_event(at: int, type: str, source: tuple[Actor, ...],
               target: tuple[Actor, ...] = ()) -> Event:
    """An event told at offset `at` in a sentence of its own, with the given sides."""
    sentence = f"Sentence at {at}."
    return Event("doc", f"e{at}", type, None, _QUADS[type], 0.0, sentence, at,
                 at + len(sentence), "word", source=source, target=target)


def state_actor(country: str, sector: str | None = "GOV") -> Actor:
    return Actor(text=f"{country} {sector}", name=country, country=country, sector=sector)


def modalities_read(pipeline: Any, monkeypatch: Any, text: str, published: str,
                    heads: bool = False) -> dict[str, Any]:
    """The modality the coder reads for each trigger word of the text (and, with `heads`,
    for a light verb's head word too), spied on `coder.read_modality`."""
    from belli.events import coder

    seen: dict[str, Any] = {}
    real = coder.read_modality

    def spy(trigger: Any, frames: Any, cues: Any) -> Any:
        seen[trigger.token.text] = found = real(trigger, frames, cues)
        if heads:
            seen[trigger.head.text] = found
        return found

    monkeypatch.setattr(coder, "read_modality", spy)
    pipeline.process(Article.from_text(text, published=published))
    return seen
