"""Whom a plea about the fighting is aimed at (`belli.events.fighting_sides`): a demand
that names no one and asks for the fighting to stop is aimed at the document's sides in
arms; a plea about harm done to others ("violence against women") or one to "all
parties" that asks nothing of the fighters ("to vote") is not.

Sentences written for these tests; none is taken from a gold set or the corpus.
"""

from __future__ import annotations

import pytest
from event_fixtures import analyse

pytestmark = pytest.mark.model

# three sentences of fighting between a state's army and rebels
_FIGHTING = ("Chadian troops clashed with rebels near Abeche. Rebel fighters attacked an army "
             "base in the east. Army helicopters bombed rebel camps on Sunday. ")


def _asked(pipeline, plea: str) -> list[set[str | None]]:
    """The sectors each REQUEST of the plea is aimed at."""
    return [{a.sector for a in e.target} for e in analyse(pipeline, _FIGHTING + plea).events
            if e.type == "REQUEST"]


@pytest.mark.parametrize("plea", [
    "The bishops called for an end to the fighting.",
    "The bishops urged both sides to show restraint.",
    "The opposition urged all parties to respect the ceasefire.",
    "The bishops called on the warring parties to let food convoys through.",
])
def test_a_plea_to_stop_the_fighting_is_aimed_at_its_sides(nlp_pipeline, plea):
    assert _asked(nlp_pipeline, plea) == [{"MIL", "REB"}]


@pytest.mark.parametrize("plea", [
    "Church leaders called for an end to violence against women.",
    "The opposition urged all parties to take part in the vote.",
    "The prime minister urged all parties to vote in the December election.",
])
def test_a_plea_about_others_or_an_election_is_not_aimed_at_the_fighters(nlp_pipeline, plea):
    assert all(not {"MIL", "REB"} <= sectors for sectors in _asked(nlp_pipeline, plea))
