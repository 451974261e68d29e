"""Who stands behind a group: a name joined by a hyphen to "backed", "funded", "armed" and
the like says who backs the group, which acts on its own. "Russian-backed separatists
shelled Mariupol" tells no Russian shelling; who backs whom is coded where the text tells
it ("the separatists, backed by Russia"), and a country acting in its own name stays.
"""

from __future__ import annotations

import pytest
from actor_fixtures import actor_codes
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "backer"), [
    ("Russian-backed separatists shelled Mariupol.", "Russian"),
    ("Iran-backed Houthi rebels attacked a ship in the Red Sea.", "Iran"),
    ("Turkish-funded militias seized the town of Afrin.", "Turkish"),
    ("Israel killed a Hamas-linked commander in Gaza.", "Hamas"),
])
def test_a_backer_joined_by_a_hyphen_is_no_actor(nlp_pipeline, text, backer):
    assert actor_codes(nlp_pipeline, text, backer) == []


@pytest.mark.parametrize(("text", "wanted"), [
    ("Iran-backed Houthi rebels attacked a ship in the Red Sea.", ["ASSAULT YEM>"]),
    ("Turkish-backed Syrian militiamen shelled Afrin.", ["ASSAULT SYR>SYR"]),
])
def test_the_backed_group_acts_alone(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == wanted


@pytest.mark.parametrize("text", [
    "Russia backed the separatists in Donetsk.",
    "The separatists, backed by Russia, shelled Mariupol.",
])
def test_a_backer_the_text_names_as_such_stays(nlp_pipeline, text):
    assert [c.split()[0] for c in actor_codes(nlp_pipeline, text, "Russia")] == ["RUS"]
