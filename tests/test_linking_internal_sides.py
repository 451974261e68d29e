"""Acts inside one country: every report of a siege in Ruritania names Ruritania acting on
Ruritania, so the country tells nothing of who acted. There the actors' sectors say which
side acted (the state, insurgents, society with the opposition: data/sector_sides.yaml), and
two acts of different sides, neither on the other, are two events."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from belli.analysis.linking import Report, content_words, judge
from belli.analysis.sides import read_sides, sector_sides, sides_of
from belli.errors import KnowledgeBaseError

DAY = date(2024, 5, 7)


def internal(doc: str, sentence: str, source: list[dict[str, Any]],
             target: list[dict[str, Any]], *, country: str = "RUR", kind: str = "ASSAULT",
             trigger: str = "attacked") -> Report:
    """A material conflict act (an assault) dated DAY whose every actor is of `country`."""
    countries = frozenset({country})
    return Report(
        uid=f"{doc}/e1", doc_id=doc, type=kind, quad=4, countries=countries,
        sources=countries if source else frozenset(), targets=countries if target else frozenset(),
        first=DAY, last=DAY, dated=True, place=None, place_country=None, trigger=trigger,
        words=content_words(sentence), source_sides=sides_of(source),
        target_sides=sides_of(target))


def actor(sector: str | None, country: str = "RUR") -> dict[str, Any]:
    return {"text": "x", "country": country, "sector": sector}


@pytest.mark.parametrize(("state_act", "rebel_act"), [
    ("Government troops attacked rebel camps near the northern town of Varno",
     "Rebels attacked a hotel near the northern town of Varno"),
    ("Police attacked protest camps in the capital's main square",
     "Gunmen attacked a market in the capital's main square"),
])
def test_two_sides_each_acting_on_a_third_are_two_events(state_act: str, rebel_act: str) -> None:
    by_state = internal("d1", state_act, [actor("MIL")], [actor("CVL")])
    by_rebels = internal("d2", rebel_act, [actor("REB")], [actor("CVL")])
    assert judge(by_state, by_rebels) is None


def test_each_side_telling_the_clash_as_the_other_acting_is_one_event() -> None:
    rebels_said = internal("d1", "Rebels attacked army posts near the town of Varno",
                           [actor("REB")], [actor("MIL")])
    army_said = internal("d2", "The army attacked rebels near the town of Varno",
                         [actor("MIL")], [actor("REB")])
    assert judge(rebels_said, army_said) is not None


@pytest.mark.parametrize(("crowd", "opposition", "kind", "trigger", "target"), [
    ("Thousands of demonstrators protested in Varno against the new grain tax",
     "Thousands of opposition activists protested in Varno against the new grain tax",
     "PROTEST", "protested", "GOV"),
    ("Protesters clashed with police outside the parliament in Varno",
     "Opposition supporters clashed with police outside the parliament in Varno",
     "ASSAULT", "clashed", "COP"),
])
def test_a_crowd_and_the_opposition_acting_on_the_state_are_one_side(
        crowd: str, opposition: str, kind: str, trigger: str, target: str) -> None:
    """One protest's crowd is "demonstrators" (civilians) to one outlet and "opposition
    activists" to another: the opposition is no side apart from society."""
    told_as_crowd = internal("d1", crowd, [actor("CVL")], [actor(target)], kind=kind,
                             trigger=trigger)
    told_as_opposition = internal("d2", opposition, [actor("OPP")], [actor(target)],
                                  kind=kind, trigger=trigger)
    assert judge(told_as_crowd, told_as_opposition) is not None


def test_the_state_and_society_each_acting_on_the_insurgents_are_still_two_events() -> None:
    troops = internal("d1", "Troops attacked rebel positions near the town of Varno",
                      [actor("MIL")], [actor("REB")])
    villagers = internal("d2", "Villagers attacked rebel positions near the town of Varno",
                         [actor("CVL")], [actor("REB")])
    assert judge(troops, villagers) is None


def test_an_acting_side_of_no_known_sector_tells_nothing_apart() -> None:
    unnamed = internal("d1", "Unknown attackers attacked a hotel in the town of Varno",
                       [actor(None)], [actor("CVL")])
    rebels = internal("d2", "Rebels attacked a hotel in the town of Varno",
                      [actor("REB")], [actor("CVL")])
    assert judge(unnamed, rebels) is not None


def test_a_breakaway_and_its_fighters_stand_on_one_side() -> None:
    assert sector_sides()["PRE"] == sector_sides()["REB"]
    assert sides_of([actor("PRE"), actor("GOV")]) == {"RUR insurgents", "RUR state"}


def test_a_sector_under_two_sides_is_an_error() -> None:
    with pytest.raises(KnowledgeBaseError, match="MIL is under both state and insurgents"):
        read_sides({"state": ["GOV", "MIL"], "insurgents": ["MIL"]})
