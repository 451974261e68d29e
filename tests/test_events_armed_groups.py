"""Armed groups that are no state's forces (rebels, jihadists, militants) advance on,
surround and cross into places as troops do; people who cross a border are no
incursion, and rebels who infiltrate a community hide in it. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("The rebels have advanced toward Bukavu.", ["ASSAULT ?>COD"]),
    ("Jihadists crossed the border into Benin.", ["ASSAULT BEN>BEN"]),
    ("M23 rebels surrounded the town of Sake.", ["ASSAULT COD>COD"]),
    ("Refugees crossed the border into Chad.", []),
    # hiding among people is no attack on them
    ("Rebels who infiltrate civilian communities are hard to find.", []),
])
def test_armed_groups_move_on_places_as_troops_do(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == wanted


@pytest.mark.parametrize(("text", "trigger"), [
    # fleeing across a border, or moving toward a deal, is no attack
    ("Hundreds of militants crossed into Afghanistan to escape the Pakistani offensive.",
     "crossed"),
    ("Rebels advanced toward a peace deal with the government in Bangui.", "advanced"),
])
def test_armed_groups_in_flight_or_in_talks_attack_no_one(nlp_pipeline, text, trigger):
    assert sides(nlp_pipeline, text, {"ASSAULT"}, triggers={trigger}) == []
