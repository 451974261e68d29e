"""Behavioural probes of claims, attribution and quantities: wire-style sentences of our own
with what an analyst expects of one event (its type, sides, certainty, speaker, claim and
numbers). `tests/probes/claims_dev.jsonl` is the half fixes were made against;
`claims_blind.jsonl` the half kept out of sight, the honest measure of how they generalize.

A probe picks the events of its `select` (types, and a trigger word where several events
are coded); `expect` holds:
- `source` / `target`: countries of which the side must hold one;
- `certainty`; `attributed_to`: null (told on no one's word) or the speaker's `country`,
  `sector` and words (`text`, a case-blind substring);
- `claim`: whether a claim lists the event (and, with a speaker country, is that speaker's);
- `quantities`: numbers the event must carry (`value`, and where given `qualifier`, `unit`,
  `claimed_by`, null meaning nobody); `not_values`: numbers it must not carry.
Must-not expectations (null speaker, no claim, `not_values`) hold for every selected event;
the others for at least one. A probe that fails today carries `"xfail": true`.
"""

from __future__ import annotations

from typing import Any

import pytest
from probe_files import probe_params

from belli.records import Article, Event

pytestmark = pytest.mark.model


def _load(half: str) -> list[Any]:
    return probe_params("claims", half, half_in_id=False)


def _selected(events: list[Event], select: dict[str, Any]) -> list[Event]:
    trigger = (select.get("trigger") or "").lower()
    return [e for e in events if e.type in select["type"]
            and (not trigger or trigger in (e.trigger or "").lower())]


def _countries(actors: Any) -> set[str | None]:
    return {a.country for a in actors}


def _speaker_misses(event: Event, wanted: dict[str, Any]) -> list[str]:
    got = event.attributed_to
    if got is None:
        return ["no speaker"]
    misses = [f"speaker {key} {getattr(got, key)!r} != {value!r}" for key, value in wanted.items()
              if key in ("country", "sector") and getattr(got, key) != value]
    if "text" in wanted and wanted["text"].lower() not in (got.text or "").lower():
        misses.append(f"speaker text {got.text!r} lacks {wanted['text']!r}")
    return misses


def _unit_matches(got: str | None, wanted: str) -> bool:
    return got is not None and got.lower().rstrip("s") == wanted.lower().rstrip("s")


def _quantity_found(event: Event, wanted: dict[str, Any]) -> bool:
    for q in event.quantities:
        if q.value is None or abs(q.value - wanted["value"]) > 1e-6 * max(1.0, wanted["value"]):
            continue
        if "qualifier" in wanted and q.qualifier != wanted["qualifier"]:
            continue
        if "unit" in wanted and not _unit_matches(q.unit, wanted["unit"]):
            continue
        claimed = wanted.get("claimed_by", "")
        if claimed is None and q.claimed_by is not None:
            continue
        if claimed and claimed.lower() not in (q.claimed_by or "").lower():
            continue
        return True
    return False


def _claim_misses(event: Event, claims: list[Any], expect: dict[str, Any]) -> list[str]:
    listing = [c for c in claims if event.event_id in c.event_ids]
    if not listing:
        return ["no claim lists the event"]
    country = (expect.get("attributed_to") or {}).get("country")
    if country and not any(c.speaker is not None and c.speaker.country == country for c in listing):
        return [f"no claim of a {country} speaker lists the event"]
    return []


def _positive_misses(event: Event, claims: list[Any], expect: dict[str, Any]) -> list[str]:
    misses = [f"{side} {sorted(map(str, _countries(getattr(event, side))))} lacks {expect[side]}"
              for side in ("source", "target")
              if side in expect and not _countries(getattr(event, side)) & set(expect[side])]
    if "certainty" in expect and event.certainty != expect["certainty"]:
        misses.append(f"certainty {event.certainty} != {expect['certainty']}")
    if expect.get("attributed_to"):
        misses += _speaker_misses(event, expect["attributed_to"])
    if expect.get("claim"):
        misses += _claim_misses(event, claims, expect)
    misses += [f"no quantity {q}; got {[(x.text, x.value, x.qualifier, x.unit, x.claimed_by) for x in event.quantities]}"
               for q in expect.get("quantities", []) if not _quantity_found(event, q)]
    return misses


def _negative_misses(event: Event, claims: list[Any], expect: dict[str, Any]) -> list[str]:
    misses = []
    if "attributed_to" in expect and expect["attributed_to"] is None and event.attributed_to is not None:
        misses.append(f"attributed to {event.attributed_to.text!r}")
    if expect.get("claim") is False and any(event.event_id in c.event_ids for c in claims):
        misses.append("a claim lists the event")
    values = {q.value for q in event.quantities}
    misses += [f"spurious quantity {v}" for v in expect.get("not_values", []) if v in values]
    return misses


def probe_misses(pipeline: Any, probe: dict[str, Any]) -> list[str]:
    """What the pipeline gets wrong on one probe; empty when it passes."""
    analysis = pipeline.process(Article.from_text(probe["text"], published="2024-03-12"))
    events = _selected(list(analysis.events), probe["select"])
    if not events:
        return [f"no {probe['select']} event; got {[(e.type, e.trigger) for e in analysis.events]}"]
    claims, expect = list(analysis.claims), probe["expect"]
    negative = [m for e in events for m in _negative_misses(e, claims, expect)]
    positive = [_positive_misses(e, claims, expect) for e in events]
    return negative + (min(positive, key=len) if all(positive) else [])


@pytest.mark.parametrize("probe", _load("dev"))
def test_dev_probe(nlp_pipeline, probe):
    assert probe_misses(nlp_pipeline, probe) == []


@pytest.mark.parametrize("probe", _load("blind"))
def test_blind_probe(nlp_pipeline, probe):
    assert probe_misses(nlp_pipeline, probe) == []
