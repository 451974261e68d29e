"""Behavioural probes of the places family: the place an analyst gives an event.

Each line of tests/probes/places_{dev,blind}.jsonl is one wire-style text with:
- `place`: what some coded event's place must be: `name` (accepted names, compared with
  the place's name and variants, case-folded), `country` (ISO alpha-3, when given) and
  `precision` (when given: a country named as the place is a country, never a town pin);
  null when the probe only forbids.
- `forbid`: names no event's place may carry (an actor such as "Moscow said", a place of
  another clause, a place inside a name such as "the Moscow Times").
- `xfail`: the probe fails today (strict, so a fixed probe must lose its flag).
A probe needs at least one coded event: a text coded with nothing tests no place.
"""

from __future__ import annotations

from typing import Any

import pytest
from probe_files import probe_params

from belli.records import Article, Place


def _load(half: str) -> list[Any]:
    return probe_params("places", half, half_in_id=False)


def _names(place: Place) -> set[str]:
    return {n.casefold() for n in (place.name, *place.variants)}


def _fits(spec: dict[str, Any], place: Place | None) -> bool:
    """The event place is the one the spec asks for."""
    if place is None or not {n.casefold() for n in spec["name"]} & _names(place):
        return False
    if spec.get("country") and place.country != spec["country"]:
        return False
    return not spec.get("precision") or place.precision == spec["precision"]


def _summary(place: Place | None) -> str:
    return "-" if place is None else f"{place.name}/{place.country}/{place.precision}"


def probe_failures(pipeline: Any, probe: dict[str, Any]) -> list[str]:
    """What the pipeline gets wrong on one probe (empty when it passes)."""
    events = pipeline.process(Article.from_text(probe["text"], published="2024-05-14")).events
    if not events:
        return ["no event coded"]
    places = [e.place for e in events]
    coded = [f"{e.type}@{_summary(e.place)}" for e in events]
    wrong = []
    spec = probe.get("place")
    if spec and not any(_fits(spec, p) for p in places):
        wrong.append(f"missing place {spec}; coded {coded}")
    forbidden = {n.casefold() for n in probe.get("forbid", ())}
    if any(p is not None and forbidden & _names(p) for p in places):
        wrong.append(f"forbidden place {sorted(forbidden)}; coded {coded}")
    return wrong


@pytest.mark.parametrize("probe", _load("dev") + _load("blind"))
def test_places_probe(nlp_pipeline: Any, probe: dict[str, Any]) -> None:
    assert probe_failures(nlp_pipeline, probe) == [], probe["text"]
