"""Ground lost is ground taken: whoever a place or a force loses it TO took it by force
("the army lost control of the town to the M23 rebels", "Kherson fell to Russian
forces"), and the side that lost it (the force, or the country of the place that fell)
is the target. A figure that falls, or an election lost, is no attack. Sentences are
our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "wanted"), [
    ("The Congolese army lost control of Bunagana to the M23 rebels on Monday.",
     ["ASSAULT COD>COD"]),
    ("Ukraine lost ground to Russian forces near Pokrovsk.", ["ASSAULT RUS>UKR"]),
    ("Kherson fell to Russian forces in March.", ["ASSAULT RUS>UKR"]),
    ("The town of Bakhmut fell to Russian troops after months of fighting.", ["ASSAULT RUS>UKR"]),
])
def test_ground_lost_to_a_force_was_taken_by_it(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == wanted


def test_the_force_a_town_is_lost_to_is_the_attacker(nlp_pipeline):
    text = "The Congolese army lost control of Bunagana to the M23 rebels on Monday."
    event = next(e for e in analyse(nlp_pipeline, text).events if e.type == "ASSAULT")
    assert ([a.sector for a in event.source], [a.sector for a in event.target]) == (["REB"], ["MIL"])


@pytest.mark.parametrize("text", [
    "Inflation fell to 3% in March, Turkey's central bank said.",
    "The ruling party lost the election to the opposition in Senegal.",
    # ground or control lost to a party, not to a force, is lost in a vote
    "Democrats lost control of the House to Republicans.",
    "Macron's centrist alliance lost ground to the far-right National Rally in the vote.",
    "Control of the Senate fell to Republicans after the election.",
])
def test_what_falls_or_is_lost_otherwise_is_no_attack(nlp_pipeline, text):
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == []


def test_a_country_that_loses_ground_is_the_side_not_the_place(nlp_pipeline):
    text = "Ukraine lost ground to Russian forces near Pokrovsk."
    event = next(e for e in analyse(nlp_pipeline, text).events if e.type == "ASSAULT")
    assert [(a.country, a.sector) for a in event.target] == [("UKR", "GOV")]
