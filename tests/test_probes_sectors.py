"""Behavioural probes of actor resolution: wire-style sentences of our own, each with the
actor an analyst expects for one marked `phrase` (its country, ISO3 or IGO code, and
sector), or a must-not case: `must_not` (no actor of the phrase may carry that country,
"a Russian-made drone") or `no_sector` (a place that is no actor: it may keep a country
but no sector). `tests/probes/sectors_dev.jsonl` is the half fixes were made against;
`sectors_blind.jsonl` was split off at random before belli's answers were read, the
honest measure of how the fixes generalize. A probe failing today carries `xfail`.
"""

from __future__ import annotations

from typing import Any

import pytest
from probe_files import probe_params

from belli.records import Actor, Article

pytestmark = pytest.mark.model


def _phrase_actors(pipeline: Any, probe: dict[str, Any]) -> list[Actor]:
    """The actors of every mention whose span overlaps the marked phrase."""
    text = probe["text"]
    start = text.index(probe["phrase"])
    end = start + len(probe["phrase"])
    analysis = pipeline.process(Article.from_text(text))
    return [actor for m in analysis.mentions if m.start < end and start < m.end
            for actor in m.actors]


def _fits(actor: Actor, wanted: dict[str, Any]) -> bool:
    return all(getattr(actor, key) == value for key, value in wanted.items())


def sector_failure(pipeline: Any, probe: dict[str, Any]) -> str | None:
    """Why the pipeline's actors for the phrase differ from the analyst's, or None."""
    actors = _phrase_actors(pipeline, probe)
    got = [f"{a.text}: {a.country}/{a.sector} ({a.reason})" for a in actors]
    if "expect" in probe and not any(_fits(a, probe["expect"]) for a in actors):
        return f"expected {probe['expect']}, got {got}"
    if "must_not" in probe and any(_fits(a, probe["must_not"]) for a in actors):
        return f"must not be {probe['must_not']}, got {got}"
    if probe.get("no_sector") and any(a.sector for a in actors):
        return f"a place takes no sector, got {got}"
    return None


@pytest.mark.parametrize("probe", probe_params("sectors", "dev"))
def test_sector_probe_dev(nlp_pipeline: Any, probe: dict[str, Any]) -> None:
    assert sector_failure(nlp_pipeline, probe) is None


@pytest.mark.parametrize("probe", probe_params("sectors", "blind"))
def test_sector_probe_blind(nlp_pipeline: Any, probe: dict[str, Any]) -> None:
    assert sector_failure(nlp_pipeline, probe) is None
