"""A hand-checked article run end to end with the real model: must-contain places."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from belli.geo.events import event_place
from belli.pipeline import Pipeline
from belli.records import Article, Mention
from belli.settings import Settings

pytestmark = pytest.mark.model

ARTICLES = Path(__file__).parent / "articles" / "geo"


@pytest.fixture(scope="module")
def places_pipeline() -> Pipeline:
    """The model, the actor stage and the place stage: what places depend on, no more."""
    from belli.actors.resolve import ActorStage
    from belli.geo.stage import PlaceStage
    from belli.nlp.stage import SpacyStage

    settings = Settings.load(db_path=":memory:")
    return Pipeline([SpacyStage.from_settings(settings), ActorStage.from_settings(settings),
                     PlaceStage.from_settings(settings)], settings)


def _run(pipeline: Pipeline, name: str) -> tuple[str, list[Mention], dict[str, Any]]:
    text = (ARTICLES / f"{name}.txt").read_text("utf-8")
    expected = json.loads((ARTICLES / f"{name}.expected.json").read_text("utf-8"))
    analysis = pipeline.process(Article.from_text(text))
    return text, list(analysis.mentions), expected


def _covering(mentions: list[Mention], text: str, surface: str) -> list[Mention]:
    start = text.index(surface)
    return [m for m in mentions if m.start <= start and start + len(surface) <= m.end
            and m.place is not None and m.place.lat is not None]


def test_places_of_a_conflict_story(places_pipeline: Pipeline) -> None:
    text, mentions, expected = _run(places_pipeline, "syunik_shelling")
    for case in expected["must_contain"]:
        found = _covering(mentions, text, case["text"])
        assert found, f"{case['text']!r} got no place"
        place = found[0].place
        assert place is not None
        assert (place.name, place.country, place.precision) == (
            case["place"], case["country"], case["precision"]), case["text"]
    for surface in expected["must_not_be_towns"]:
        found = _covering(mentions, text, surface)
        assert found, f"{surface!r} got no place"
        for mention in found:
            assert mention.place is not None and mention.place.precision != "town", surface


def test_event_places_of_a_conflict_story(places_pipeline: Pipeline) -> None:
    text, mentions, expected = _run(places_pipeline, "syunik_shelling")
    for case in expected["event_places"]:
        start = text.index(case["clause"])
        place = event_place(text, mentions, start, start + len(case["clause"]))
        assert (place.name if place else None) == case["place"], case["clause"]
