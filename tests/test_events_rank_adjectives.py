"""A rank's word used as an everyday adjective ("a GENERAL strike") names no officer; a
general named as a noun is still one. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, types_coded

pytestmark = pytest.mark.model


def test_a_call_for_a_strike_asks_for_one(nlp_pipeline):
    text = "Bangladesh's main opposition party called for a general strike."
    assert "REQUEST" in types_coded(nlp_pipeline, text)


@pytest.mark.parametrize("text", [
    "Bangladesh's main opposition party called a general strike for Sunday.",
    "Bangladesh's main opposition party called for a general strike.",
])
def test_a_rank_read_as_an_adjective_names_no_officer(nlp_pipeline, text):
    sectors = {a.sector for e in analyse(nlp_pipeline, text).events
               for a in (*e.source, *e.target)}
    assert "MIL" not in sectors, sectors


def test_a_general_named_as_a_noun_is_still_military(nlp_pipeline):
    text = "A Sudanese general ordered the shelling of the camp."
    sectors = {a.sector for e in analyse(nlp_pipeline, text).events for a in e.source}
    assert "MIL" in sectors, sectors
