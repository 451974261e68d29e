"""Behavioural probes of modality: how sure an event is told (`certainty`: asserted,
reported, speculative) and PLOVER's auxiliary modes (`aux`: negated, future, hypothetical,
historical), with must-not cases where a cue belongs to another clause or means nothing
modal ("not far from", "no fewer than", "which will take part", "since 2013").

The probes are our own sentences in wire style, in tests/probes/modality_{dev,blind}.jsonl,
one JSON object a line: `trigger` (words, one of which the event's trigger holds), `type`
(the types an analyst accepts), `source`/`target` (countries each side must hold) or
`parties` (both sides together, for joint acts), `certainty` when the probe checks it, and
`aux`, the exact set of auxiliary modes, and `intent` (the promised act's type) when the
probe checks it. `published` is the story's date. A probe that
fails today carries `"xfail": "why"`, strict, so a probe that comes to pass must lose it.
The blind half was split off at random before belli's answers were read.
"""

from __future__ import annotations

from typing import Any

import pytest
from probe_checks import countries
from probe_files import probe_params

from belli.records import Article, Event


def _load(half: str) -> list[Any]:
    return probe_params("modality", half)


def _sides_fit(event: Event, probe: dict[str, Any]) -> bool:
    source, target = countries(event.source), countries(event.target)
    if "parties" in probe:
        return set(probe["parties"]) <= source | target
    return (set(probe.get("source", ())) <= source
            and set(probe.get("target", ())) <= target)


def _is_probed(event: Event, probe: dict[str, Any]) -> bool:
    """The event the probe is about: its trigger, one of its types and its sides."""
    words = set(event.trigger.lower().split())
    return (bool(words & set(probe["trigger"])) and event.type in probe["type"]
            and _sides_fit(event, probe))


def _summary(events: list[Event]) -> list[str]:
    return [f"{e.trigger}: {e.type} {sorted(countries(e.source))}>"
            f"{sorted(countries(e.target))} {e.certainty} {sorted(e.aux)}" for e in events]


def modality_failure(pipeline: Any, probe: dict[str, Any]) -> str | None:
    """Why the pipeline's answer differs from the analyst's, or None when it agrees."""
    article = Article.from_text(probe["text"], published=probe["published"])
    events = list(pipeline.process(article).events)
    found = [e for e in events if _is_probed(e, probe)]
    if not found:
        return f"no such event: {_summary(events)}"
    for event in found:
        if (probe.get("certainty", event.certainty) == event.certainty
                and probe.get("intent", event.intent) == event.intent
                and set(probe["aux"]) == set(event.aux)):
            return None
    return f"wrong modality: {_summary(found)}"


@pytest.mark.model
@pytest.mark.parametrize("probe", _load("dev") + _load("blind"))
def test_the_event_is_told_with_the_modality_an_analyst_reads(nlp_pipeline, probe) -> None:
    failure = modality_failure(nlp_pipeline, probe)
    assert failure is None, failure


def test_every_probe_names_its_trigger_type_and_modes() -> None:
    for half in ("dev", "blind"):
        for param in _load(half):
            probe = param.values[0]
            assert probe["trigger"] and probe["type"] and "aux" in probe, probe["id"]
            assert set(probe["aux"]) <= {"negated", "future", "hypothetical", "historical"}
