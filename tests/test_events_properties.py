"""Properties every coded event keeps, on texts assembled from the demo corpus.

Hypothesis picks paragraphs of the demo articles (our own writing) and puts them
together in any order; whatever the text, each event points at its sentence and its
trigger, names an actor, and keeps its id from run to run.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belli.demo import corpus_path
from belli.events.lexicon import load_plover
from belli.ingest import read_sources
from belli.records import Analysis, Article

pytestmark = pytest.mark.model

QUADS = load_plover().quads


def _paragraphs() -> list[str]:
    out: list[str] = []
    for item in read_sources([corpus_path()]):
        if isinstance(item, Article):
            out += [p for p in re.split(r"\n\s*\n", item.text) if len(p.split()) > 8]
    return out


PARAGRAPHS = _paragraphs()
texts = st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=3).map("\n\n".join)
CHECKS = settings(max_examples=25, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture])


def _analyse(pipeline, text: str) -> Analysis:
    return pipeline.process(Article.from_text(text, published="2022-09-15"))


@CHECKS
@given(text=texts)
def test_offsets_point_at_the_sentence_and_the_trigger(nlp_pipeline, text):
    for event in _analyse(nlp_pipeline, text).events:
        assert text[event.start:event.end] == event.sentence
        assert event.trigger_start is not None and event.trigger_end is not None
        assert text[event.trigger_start:event.trigger_end] == event.trigger
        assert event.start <= event.trigger_start < event.trigger_end <= event.end


@CHECKS
@given(text=texts)
def test_every_event_names_an_actor_and_a_consistent_type(nlp_pipeline, text):
    analysis = _analyse(nlp_pipeline, text)
    for event in analysis.events:
        assert event.source or event.target
        assert event.quad == QUADS[event.type]
        assert event.certainty in ("asserted", "reported", "speculative")
    assert len({e.event_id for e in analysis.events}) == len(analysis.events)


@CHECKS
@given(text=texts)
def test_claims_point_at_their_text_and_their_events(nlp_pipeline, text):
    analysis = _analyse(nlp_pipeline, text)
    ids = {e.event_id for e in analysis.events}
    for claim in analysis.claims:
        assert text[claim.start:claim.end] == claim.text
        assert set(claim.event_ids) <= ids


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_ids_are_stable_across_runs(nlp_pipeline, text):
    first = [e.event_id for e in _analyse(nlp_pipeline, text).events]
    second = [e.event_id for e in _analyse(nlp_pipeline, text).events]
    assert first == second
