"""Counterparts in a conflict told inside one country: the unnamed side of an attack or a
crackdown is of that country where the story sets the country's own actors against each
other more often than against any one foreign state; an event that sets a country against
itself pairs it with no foreign name beside it ("a war on the rebels, in a town near the
border with X" makes X no partner); fighting that recurs inside one country has that
country on both sides.

Events written for these tests; none is taken from a gold set.
"""

from __future__ import annotations

from belli.events.discourse import conflict_sides, infer_counterparts
from belli.records import Actor, Event

_QUADS = {"ASSAULT": 4, "COERCE": 4, "AGREE": 1}


def _event(n: int, type: str, source: tuple[Actor, ...], target: tuple[Actor, ...] = ()) -> Event:
    sentence = f"Sentence {n}."
    return Event("doc", f"e{n}", type, None, _QUADS[type], 0.0, sentence, n * 20,
                 n * 20 + len(sentence), "word", source=source, target=target)


def _actor(country: str, sector: str | None = None, text: str | None = None) -> Actor:
    return Actor(text=text or f"{country} {sector}", name=country, country=country, sector=sector)


ARMY, REBELS, POLICE = _actor("MLI", "MIL"), _actor("MLI", "REB"), _actor("MLI", "COP")


def _counterpart_countries(events: list[Event], n: int, side: str) -> list[str | None]:
    return [a.country for a in getattr(infer_counterparts(events)[n], side)]


def test_victims_with_no_attacker_named_in_a_civil_war_are_attacked_from_inside():
    """"The army shelled the rebels ... police raided their camps ... a minister was shot":
    no foreign party is told, so the shooter is of the same country, kind unknown."""
    events = [_event(1, "ASSAULT", (ARMY,), (REBELS,)),
              _event(2, "COERCE", (POLICE,), (REBELS,)),
              _event(3, "ASSAULT", (), (_actor("MLI", "GOV"),))]
    filled = infer_counterparts(events)[2]
    assert [(a.country, a.sector) for a in filled.source] == [("MLI", None)]
    assert "inside MLI" in filled.reason


def test_a_crackdown_with_no_one_named_as_its_target_stays_inside():
    events = [_event(1, "ASSAULT", (ARMY,), (REBELS,)),
              _event(2, "ASSAULT", (REBELS,), (_actor("MLI", "CVL"),)),
              _event(3, "COERCE", (POLICE,))]
    assert _counterpart_countries(events, 2, "target") == ["MLI"]


def test_a_war_between_two_states_keeps_the_foreign_counterpart():
    """Where the story's conflict is between two states, one home clash does not make the
    unnamed side a countryman."""
    enemy = _actor("NER", "MIL")
    events = [_event(1, "ASSAULT", (ARMY,), (enemy,)),
              _event(2, "ASSAULT", (enemy,), (ARMY,)),
              _event(3, "ASSAULT", (ARMY,), (REBELS,)),
              _event(4, "ASSAULT", (), (_actor("MLI", "CVL"),))]
    assert _counterpart_countries(events, 3, "source") == ["NER"]


def test_a_cooperation_is_not_filled_from_the_conflict_inside():
    events = [_event(1, "ASSAULT", (ARMY,), (REBELS,)),
              _event(2, "ASSAULT", (ARMY,), (REBELS,)),
              _event(3, "AGREE", (_actor("MLI", "GOV"),))]
    assert not infer_counterparts(events)[2].target


def test_a_foreign_name_beside_the_countrys_own_side_is_no_counterpart():
    """"The president declared war on the rebels [and on their havens near the border with
    Niger]": the state acting on its own rebels pairs it with no one abroad, so a later
    act with no side named does not take Niger."""
    events = [_event(1, "ASSAULT", (_actor("MLI", "GOV"),), (REBELS, _actor("NER"))),
              _event(2, "AGREE", (_actor("MLI", "GOV"),))]
    assert not infer_counterparts(events)[1].target


def test_fighting_that_recurs_inside_one_country_has_that_country_on_both_sides():
    """"The army shelled the rebels ... the rebels ambushed a convoy ... the fighting was
    suspended": the two sides in arms are both of the country (a single clash is not)."""
    events = [_event(1, "ASSAULT", (ARMY,), (REBELS,)),
              _event(2, "ASSAULT", (REBELS,), (ARMY,))]
    assert conflict_sides(events) == ("MLI", "MLI")
    assert conflict_sides(events[:1]) is None
