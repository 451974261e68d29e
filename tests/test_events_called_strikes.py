"""A strike or a protest called is a protest set going, not a request to anyone; and a
rank's word used as an everyday adjective ("a GENERAL strike", "MAJOR cities") names no
officer. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, types_coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Bangladesh's main opposition party called a general strike for Sunday.",
    "Teachers in Nairobi called a strike over unpaid wages.",
])
def test_a_strike_called_is_a_protest(nlp_pipeline, text):
    coded = types_coded(nlp_pipeline, text)
    assert "PROTEST" in coded and "REQUEST" not in coded, coded


def test_a_call_for_a_strike_still_asks_for_one(nlp_pipeline):
    text = "Bangladesh's main opposition party called for a general strike."
    assert "REQUEST" in types_coded(nlp_pipeline, text)


@pytest.mark.parametrize("text", [
    "Bangladesh's main opposition party called a general strike for Sunday.",
    "Rebels shelled major towns of the province on Monday.",
])
def test_a_rank_read_as_an_adjective_names_no_officer(nlp_pipeline, text):
    sectors = {a.sector for e in analyse(nlp_pipeline, text).events
               for a in (*e.source, *e.target)}
    assert "MIL" not in sectors, sectors


def test_a_general_named_as_a_noun_is_still_military(nlp_pipeline):
    text = "A Sudanese general ordered the shelling of the camp."
    sectors = {a.sector for e in analyse(nlp_pipeline, text).events for a in e.source}
    assert "MIL" in sectors, sectors
