"""A protest whose crowd the text does not name ("Protests erupted in Tehran") is made by
the civilians of the country it is in, against their own state (`nominal`); a protest
only planned, described or placed nowhere codes nothing.

Sentences written for these tests; none is taken from a gold set or the corpus.
"""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Protests erupted in Lima on Friday.", ["PROTEST PER>PER"]),
    ("Riots broke out in Nairobi overnight.", ["PROTEST KEN>KEN"]),
    ("Demonstrations spread across Ghana after the vote.", ["PROTEST GHA>GHA"]),
    ("Hundreds marched in Quito on Sunday.", ["PROTEST ECU>ECU"]),
    ("About 3,000 rallied in Montevideo against the reform.", ["PROTEST URY>URY"]),
])
def test_an_unnamed_crowd_is_the_civilians_of_the_place(nlp_pipeline, text, expected):
    assert sides(nlp_pipeline, text, {"PROTEST"}) == expected


def test_the_crowd_and_the_state_it_faces_carry_their_sectors(nlp_pipeline):
    (event,) = [e for e in analyse(nlp_pipeline, "Protests erupted in Lima on Friday.").events
                if e.type == "PROTEST"]
    assert [(a.country, a.sector) for a in (*event.source, *event.target)] == [
        ("PER", "CVL"), ("PER", "GOV")]


@pytest.mark.parametrize("text", [
    "Protests against the pension law are planned for Saturday.",
    "The protests were peaceful, organisers said.",
    "Protests erupted after the vote.",
    "Hundreds marched on Sunday.",
])
def test_a_protest_planned_described_or_placed_nowhere_codes_nothing(nlp_pipeline, text):
    assert sides(nlp_pipeline, text, {"PROTEST"}) == []
