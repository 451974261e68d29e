"""A transnational armed group's code (IMG: al-Qaeda, the Islamic State) stands where a
country's would, but names no state: the people its attack kills are not of "IMG", nor is a document about the
group "about IMG" for the unnamed actors it leaves (unnamed gunmen are coded by the state
where they act, the actor conventions say). They take a state the text names, or none.
"""

from __future__ import annotations

import pytest
from event_fixtures import analyse

pytestmark = pytest.mark.model


def target_countries(pipeline, text: str) -> list[str | None]:
    event = next(e for e in analyse(pipeline, text).events if e.type == "ASSAULT")
    return [a.country for a in event.target]


def test_the_victims_of_a_transnational_group_are_not_of_its_code(nlp_pipeline):
    text = "At least 20 people were killed in an attack claimed by the Islamic State group."
    assert "IMG" not in target_countries(nlp_pipeline, text)


def test_the_victims_take_the_state_the_text_names(nlp_pipeline):
    text = "Islamic State militants killed 12 villagers in northeastern Nigeria."
    assert target_countries(nlp_pipeline, text) == ["NGA"]


def test_the_group_itself_keeps_its_code(nlp_pipeline):
    text = "Islamic State militants killed 12 villagers in northeastern Nigeria."
    event = next(e for e in analyse(nlp_pipeline, text).events if e.type == "ASSAULT")
    assert [(a.country, a.sector) for a in event.source] == [("IMG", "REB")]


def test_a_story_about_a_transnational_group_gives_its_code_to_no_unnamed_side(nlp_pipeline):
    text = ("The Islamic State group has stepped up its attacks this year. The Islamic State "
            "said its fighters stormed a checkpoint. Islamic State fighters also seized a "
            "village. Gunmen later ambushed a convoy of soldiers.")
    event = next(e for e in analyse(nlp_pipeline, text).events if e.trigger == "ambushed")
    assert "IMG" not in [a.country for a in (*event.source, *event.target)]
