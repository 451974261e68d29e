"""A missile fired or launched into the sea, toward a sea or off a coast hits no one: a
show of force (PLOVER's MOBILIZE of weapons), not an attack. Fired at a city or at
ships, even off a coast, it is an attack. "Live-fire" drills are shows of force, not the
fire drills that train civilians. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import coded, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("North Korea fired a ballistic missile toward the East Sea, Seoul said.",
     ["MOBILIZE PRK>"]),
    ("Pyongyang fired a missile into the Sea of Japan.", ["MOBILIZE PRK>"]),
    ("North Korea launched two short-range missiles into the sea off its east coast.",
     ["MOBILIZE PRK>"]),
    ("Russia fired missiles at Kyiv.", ["ASSAULT RUS>UKR"]),
    # aimed at something at sea, or hitting it, it is an attack
    ("Ukraine fired drones at Russian warships off the coast of Crimea.", ["ASSAULT UKR>RUS"]),
    ("The Houthis fired ballistic missiles in the Red Sea, hitting a cargo ship.",
     ["ASSAULT YEM>"]),
])
def test_a_missile_into_the_sea_shows_force(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"MOBILIZE", "ASSAULT"}) == wanted


def test_a_lower_case_coast_is_no_named_place(nlp_pipeline):
    text = "North Korea launched two short-range missiles into the sea off its east coast."
    assert coded(nlp_pipeline, text, "launched").place is None


@pytest.mark.parametrize(("text", "wanted"), [
    ("China conducted live-fire drills near Taiwan.", ["MOBILIZE CHN>TWN"]),
    ("Russia held live-fire exercises in the Baltic.", ["MOBILIZE RUS>"]),
    # a fire drill trains civilians: no show of force
    ("Schools in Tokyo held fire drills on Monday.", []),
])
def test_live_fire_drills_are_no_fire_drills(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"MOBILIZE"}) == wanted


def test_the_support_of_a_hyphened_kind_is_still_that_kind(nlp_pipeline):
    text = "Azerbaijan enjoys the politico-military support of Pakistan."
    assert sides(nlp_pipeline, text, {"AID"}) == ["AID PAK>"]


def test_aircraft_crossing_a_line_make_an_incursion(nlp_pipeline):
    text = "Taiwan scrambled jets after 30 Chinese aircraft crossed the median line."
    assert sides(nlp_pipeline, text, {"COERCE"}) == ["COERCE CHN>"]
