"""Behavioural probes of event dates: the date an analyst gives one named event, from its
own clause ("on Tuesday" in a Thursday story, "in February", "last year's war", "in the
late 1990s", "since 2014"), else the date that governs it in its sentence, else around
publication; with `historical`/`future` where the date says so, and must-not cases where a
date dates something else (a birth year, "the 2020 agreement was violated on Friday").

The probes are our own sentences in wire style, in tests/probes/dates_{dev,blind}.jsonl,
one JSON object a line: `trigger` (words, one of which the event's trigger holds), `date`
(the values an analyst accepts), `published` (the story's date) and, where the probe
checks it, `aux`: exactly which of `historical` and `future` the event carries. A probe
that fails today carries `"xfail": "why"`, strict. The blind half was split off at random
before belli's answers were read.
"""

from __future__ import annotations

from typing import Any

import pytest
from probe_files import probe_params

from belli.records import Article, Event

DATE_MODES = {"historical", "future"}


def _load(half: str) -> list[Any]:
    return probe_params("dates", half)


def _is_probed(event: Event, probe: dict[str, Any]) -> bool:
    return bool(set(event.trigger.lower().split()) & set(probe["trigger"]))


def _fits(event: Event, probe: dict[str, Any]) -> bool:
    if event.date not in probe["date"]:
        return False
    return "aux" not in probe or set(probe["aux"]) == set(event.aux) & DATE_MODES


def _summary(events: list[Event]) -> list[str]:
    return [f"{e.trigger}: {e.type} {e.date} ({e.date_text!r}, {e.date_type}) {sorted(e.aux)}"
            for e in events]


def date_failure(pipeline: Any, probe: dict[str, Any]) -> str | None:
    """Why the pipeline's date differs from the analyst's, or None when it agrees."""
    article = Article.from_text(probe["text"], published=probe["published"])
    events = list(pipeline.process(article).events)
    found = [e for e in events if _is_probed(e, probe)]
    if not found:
        return f"no such event: {_summary(events)}"
    if any(_fits(e, probe) for e in found):
        return None
    return f"wrong date: {_summary(found)}"


@pytest.mark.model
@pytest.mark.parametrize("probe", _load("dev") + _load("blind"))
def test_the_event_is_dated_as_an_analyst_dates_it(nlp_pipeline, probe) -> None:
    failure = date_failure(nlp_pipeline, probe)
    assert failure is None, failure


def test_every_probe_names_its_trigger_dates_and_modes() -> None:
    for half in ("dev", "blind"):
        for param in _load(half):
            probe = param.values[0]
            assert probe["trigger"] and probe["date"] and probe["published"], probe["id"]
            assert set(probe.get("aux", ())) <= DATE_MODES, probe["id"]
