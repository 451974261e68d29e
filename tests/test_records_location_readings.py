"""A place keeps its link to its country, but never reads as an actor in the contract."""

from __future__ import annotations

from belli.eval.actors import predicted_actor
from belli.records import LOCATION_REASON, Actor, Mention

PLACE = Actor("Baku", "Azerbaijan", "AZE", None, reason=f"{LOCATION_REASON}: Baku is a place")
GOVERNMENT = Actor("Baku", "Azerbaijan", "AZE", "GOV", reason="metonym: seat of government")


def _mention(*actors: Actor) -> Mention:
    return Mention("d", 10, 14, "Baku", "GPE", actors=actors)


def test_a_location_entry_is_not_the_contract_actor() -> None:
    record = _mention(PLACE).to_dict()
    assert record["actor"] is None
    assert record["actors"][0]["country"] == "AZE"  # the link to its country stays


def test_an_acting_entry_after_a_location_entry_is_the_contract_actor() -> None:
    assert _mention(PLACE, GOVERNMENT).to_dict()["actor"]["sector"] == "GOV"


def test_only_sectorless_entries_with_the_location_reason_are_places() -> None:
    assert PLACE.is_location
    assert not GOVERNMENT.is_location
    assert not Actor("Baku", country="AZE", reason="country only").is_location


def test_eval_can_score_acting_readings_only() -> None:
    mentions = [_mention(PLACE)]
    assert predicted_actor(10, 14, mentions)[0] == PLACE
    assert predicted_actor(10, 14, mentions, acting_only=True) == (None, None)
