"""The place the event coder gives an act (`belli.events.act_places`): the finest place
its clause names ("Kapan, in Armenia's Syunik province, was shelled" is Kapan), and an
analyst's own point named in full whatever the model tags it ("shelled the Red Hill
Checkpoint"), or, where the text gives none, no place.

Sentences and places written for these tests; none is taken from a gold set or the corpus.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from belli.geo.gazetteer import load_gazetteer
from belli.geo.stage import PlaceStage
from belli.pipeline import Pipeline
from belli.records import Article, Place

pytestmark = pytest.mark.model

_OWN_PLACES = """name,variants,country,feature,lat,lon
Red Hill Checkpoint,Red Hill|Redhill post,ARM,checkpoint,39.5,46.1
Kestrel Ridge Outpost,Kestrel outpost,AZE,site,40.1,46.8
"""


@pytest.fixture(scope="module")
def own_pipeline(nlp_pipeline: Any, tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    """The default pipeline with an analyst's places file."""
    path = Path(tmp_path_factory.mktemp("places")) / "mine.csv"
    path.write_text(_OWN_PLACES, "utf-8")
    gazetteer = load_gazetteer(extra=(str(path),))
    stages = [replace(s, gazetteer=gazetteer) if isinstance(s, PlaceStage) else s
              for s in nlp_pipeline.stages]
    return Pipeline(stages, nlp_pipeline.settings)


def _places(pipeline: Any, text: str) -> list[Place | None]:
    events = pipeline.process(Article.from_text(text, published="2024-05-14")).events
    assert events, "no event coded"
    return [e.place for e in events]


def _named(places: list[Place | None]) -> set[tuple[str, str | None]]:
    return {(p.name, p.precision) for p in places if p is not None}


@pytest.mark.parametrize(("text", "town"), [
    ("Kapan, in Armenia's Syunik province, was shelled by Azerbaijani forces.", "Kapan"),
    ("Azerbaijani troops shelled Armenian posts near Goris, in Armenia's Syunik province.",
     "Goris"),
])
def test_an_act_is_placed_at_the_town_not_its_province(nlp_pipeline: Any, text: str,
                                                       town: str) -> None:
    assert _named(_places(nlp_pipeline, text)) == {(town, "town")}


def test_a_town_named_apart_leaves_the_act_in_the_province(nlp_pipeline: Any) -> None:
    text = "Residents of Goris said Azerbaijani troops shelled villages in Syunik province."
    assert ("Syunik", "region") in _named(_places(nlp_pipeline, text))


@pytest.mark.parametrize(("text", "point"), [
    ("Azerbaijani forces shelled the Red Hill Checkpoint on Monday.", "Red Hill Checkpoint"),
    ("Armenian troops attacked the Kestrel Ridge Outpost overnight.", "Kestrel Ridge Outpost"),
    ("Azerbaijani forces shelled villages near Redhill post on Monday, Armenia said.",
     "Red Hill Checkpoint"),
])
def test_an_analysts_point_named_in_full_places_the_act(own_pipeline: Pipeline, text: str,
                                                       point: str) -> None:
    assert (point, "exact") in _named(_places(own_pipeline, text))


def test_a_checkpoint_no_file_lists_gives_no_place_where_the_text_names_none(
        nlp_pipeline: Any) -> None:
    text = "Azerbaijani forces shelled the Red Hill Checkpoint on Monday."
    assert _places(nlp_pipeline, text) == [None]


@pytest.mark.parametrize(("text", "area"), [
    ("Azerbaijani forces shelled the Red Hill Checkpoint near Kapan on Monday.",
     ("Kapan", "town")),
    ("Azerbaijani forces shelled the Red Hill Checkpoint in Armenia's Syunik province.",
     ("Syunik", "region")),
])
def test_a_checkpoint_no_file_lists_is_placed_in_the_area_the_text_gives(
        nlp_pipeline: Any, text: str, area: tuple[str, str]) -> None:
    assert _named(_places(nlp_pipeline, text)) == {area}


@pytest.mark.parametrize(("text", "town"), [
    ("Rebels seized a town in eastern Congo near Goma on Monday.", "Goma"),
    ("Gunmen attacked a bus in northern Nigeria near Kaduna, police said.", "Kaduna"),
])
def test_a_finer_place_beside_its_country_places_the_act(nlp_pipeline: Any, text: str,
                                                         town: str) -> None:
    assert _named(_places(nlp_pipeline, text)) == {(town, "town")}


def test_a_finer_place_of_another_country_does_not_move_the_act(nlp_pipeline: Any) -> None:
    places = _places(nlp_pipeline, "Drones struck a depot in Russia near Kharkiv overnight.")
    assert {p.country for p in places if p is not None} == {"RUS"}


@pytest.mark.parametrize(("text", "town"), [
    ("Thousands of students marched through Nairobi on Tuesday.", "Nairobi"),
    ("Protesters marched through Lagos to demand higher wages.", "Lagos"),
])
def test_marching_through_a_town_happens_there(nlp_pipeline: Any, text: str,
                                               town: str) -> None:
    assert _named(_places(nlp_pipeline, text)) == {(town, "town")}
