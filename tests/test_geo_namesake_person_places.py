"""A town named like a person of the story is still the town where the text says so: a
locative word before it ("in Denton") or its state after it ("Denton, Texas"); a name
the person owns ("Denton's home") stays the person's."""

from __future__ import annotations

import pytest
from geo_fixtures import analyse, place_of


@pytest.mark.parametrize(("text", "marked", "surface"), [
    ("Senator Ada Denton spoke. Residents of Denton, Texas, cheered.",
     [("Ada Denton", "PERSON"), ("Denton", "PERSON"), ("Texas", "GPE")], "Denton"),
    ("Pastor Leon Tyler led the march. Crowds gathered in Tyler on Sunday.",
     [("Leon Tyler", "PERSON"), ("Tyler", "PERSON")], "Tyler"),
])
def test_town_named_like_a_person_of_the_story_is_the_town(stage, text, marked, surface):
    mentions = analyse(stage, text, marked)
    place = place_of(mentions[1:], surface)
    assert place.country == "USA"


@pytest.mark.parametrize(("text", "marked"), [
    ("Pastor Leon Tyler led the march. Fans waited outside Tyler's home.",
     [("Leon Tyler", "PERSON"), ("Tyler", "PERSON")]),
    ("Pastor Leon Tyler led the march. Tyler told reporters it would go on.",
     [("Leon Tyler", "PERSON"), ("Tyler", "PERSON")]),
])
def test_person_named_in_full_elsewhere_stays_the_person(stage, text, marked):
    assert analyse(stage, text, marked)[1].place is None
