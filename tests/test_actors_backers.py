"""Who stands behind a group: a name joined by a hyphen to "backed", "funded", "armed" and
the like, before a group that names its own actor, says who backs the group, which acts on
its own ("Iran-backed Houthi rebels attacked a ship" tells no Iranian attack); who backs
whom is coded where the text tells it. Before a group of no name of its own ("Israel
struck Iran-backed militias") the backer is the only actor the words give, and stays; so
does a name set off by spaced dashes ("Russia - backed by China - vetoed"), and one that
says whose member someone is ("a Hamas-linked commander" is Hamas's).
"""

from __future__ import annotations

import pytest
from actor_fixtures import actor_codes
from event_fixtures import sides

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "backer"), [
    ("Iran-backed Houthi rebels attacked a ship in the Red Sea.", "Iran"),
    ("Turkish-backed Syrian militiamen shelled Afrin.", "Turkish"),
    ("Turkish-funded Syrian rebels seized the town of Afrin.", "Turkish"),
])
def test_the_backer_of_a_group_with_its_own_name_is_no_actor(nlp_pipeline, text, backer):
    assert actor_codes(nlp_pipeline, text, backer) == []


@pytest.mark.parametrize(("text", "wanted"), [
    ("Iran-backed Houthi rebels attacked a ship in the Red Sea.", ["ASSAULT YEM>"]),
    ("Turkish-backed Syrian militiamen shelled Afrin.", ["ASSAULT SYR>SYR"]),
    # a group of no name of its own: the backer is all the words give, never the attacker
    ("Israel struck Iran-backed militias.", ["ASSAULT ISR>IRN"]),
])
def test_the_backed_group_acts_alone(nlp_pipeline, text, wanted):
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == wanted


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Russia backed the separatists in Donetsk.", "Russia", "RUS"),
    ("The separatists, backed by Russia, shelled Mariupol.", "Russia", "RUS"),
    ("Russia - backed by China - vetoed the resolution on Syria.", "Russia", "RUS"),
    ("Israel killed a Hamas-linked commander.", "Hamas", "PSE"),
    ("Israel struck Iran-backed militias.", "Iran", "IRN"),
])
def test_a_backer_the_words_name_otherwise_stays(nlp_pipeline, text, name, country):
    assert [c.split()[0] for c in actor_codes(nlp_pipeline, text, name)] == [country]
