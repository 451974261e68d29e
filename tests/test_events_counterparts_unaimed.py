"""Sides the document's counterparts must not fill (issue 7): a verdict on an act, told
in the act's own sentence, is no evidence of the act's sides, so the pairing it makes
("Poland condemned the arrest ... by Belarusian police" pairs Poland with Belarus) is
left out when the act's empty side is guessed; and a show of force (troops massed, an
alert raised) takes no target from the document at all, only from its own sentence.

Events written for these tests; none is taken from a gold set.
"""

from __future__ import annotations

from belli.events.discourse import infer_counterparts
from belli.records import Actor, Event

_QUADS = {"RETREAT": 2, "ASSAULT": 4, "ACCUSE": 3, "REQUEST": 3, "SUPPORT": 1, "COERCE": 4, "MOBILIZE": 4, "SANCTION": 4}


def _event(n: int, type: str, source: tuple[Actor, ...], target: tuple[Actor, ...] = (),
           sentence_no: int | None = None, mode: str | None = None) -> Event:
    """Event `n`, told in sentence `sentence_no` (its own where not given)."""
    start = (sentence_no or n) * 100
    return Event("doc", f"e{n}", type, mode, _QUADS[type], 0.0, f"Sentence {n}.", start,
                 start + 90, "word", source=source, target=target, trigger_start=start + n)


def _actor(country: str, sector: str | None = "GOV") -> Actor:
    return Actor(text=f"{country} {sector}", name=country, country=country, sector=sector)


POL, BLR, RUS, UKR = _actor("POL"), _actor("BLR", "COP"), _actor("RUS", "MIL"), _actor("UKR")
ACTIVISTS = Actor(text="activists", sector="OPP")


def _target(events: list[Event], n: int) -> list[str | None]:
    return [a.country for a in next(e for e in infer_counterparts(events) if e.event_id == f"e{n}").target]


def test_the_speaker_of_a_verdict_in_the_acts_sentence_is_not_its_target():
    """"Poland condemned the arrest of the activists by Belarusian police": not Poland's."""
    events = [_event(1, "ACCUSE", (POL,), (BLR,), sentence_no=1, mode="disapprove"),
              _event(2, "COERCE", (BLR,), (ACTIVISTS,), sentence_no=1)]
    assert _target(events, 2) == [None]


def test_a_welcome_in_the_acts_sentence_is_no_pairing_either():
    """"Ukraine welcomed the Russian withdrawal": the welcome names no side of it."""
    events = [_event(1, "SUPPORT", (UKR,), (RUS,), sentence_no=1),
              _event(2, "RETREAT", (RUS,), (), sentence_no=1)]
    assert _target(events, 2) == []


def test_the_same_pairing_told_elsewhere_still_fills_the_side():
    """A pairing the rest of the story tells stands: Belarus's acts on Poland before."""
    events = [_event(1, "SANCTION", (BLR,), (POL,)),
              _event(2, "ACCUSE", (POL,), (BLR,), sentence_no=3, mode="disapprove"),
              _event(3, "ASSAULT", (BLR,), (), sentence_no=3)]
    assert _target(events, 3) == ["POL"]


def test_a_charge_that_names_the_doer_still_pairs_the_accuser_with_it():
    """"Ukraine accused Russia of breaking the truce": the accuser is the other party."""
    events = [_event(1, "ACCUSE", (UKR,), (RUS,), sentence_no=1, mode="allege"),
              _event(2, "ASSAULT", (RUS,), (), sentence_no=1)]
    assert _target(events, 2) == ["UKR"]


def test_a_demand_still_pairs_who_asks_with_who_is_to_give():
    """"Ukraine demanded that Russia withdraw": withdrawn from the one who asks."""
    events = [_event(1, "REQUEST", (UKR,), (RUS,), sentence_no=1),
              _event(2, "RETREAT", (RUS,), (), sentence_no=1)]
    assert _target(events, 2) == ["UKR"]


def test_an_act_told_in_a_sentence_of_its_own_keeps_the_documents_counterpart():
    """The verdict is in another sentence: the pairing it makes counts as before."""
    events = [_event(1, "ACCUSE", (POL,), (BLR,), mode="disapprove"),
              _event(2, "COERCE", (BLR,), (ACTIVISTS,))]
    assert _target(events, 2) == ["POL"]


WAR = [_event(1, "ASSAULT", (RUS,), (UKR,)), _event(2, "ASSAULT", (UKR,), (RUS,))]


def test_troops_massed_with_no_one_named_face_no_one():
    """"Russia massed troops near the border" in a story of its war with Ukraine."""
    assert _target([*WAR, _event(3, "MOBILIZE", (RUS,))], 3) == []


def test_an_alert_raised_with_its_troops_named_faces_no_one():
    """"Ukraine put its troops on alert": the side's own words stay, no country is added."""
    troops = Actor(text="troops", sector="MIL")
    assert _target([*WAR, _event(3, "MOBILIZE", (UKR,), (troops,))], 3) == [None]


def test_a_mobilization_whose_sentence_names_whom_it_faces_keeps_it():
    """"Russia massed troops along the border with Ukraine": the roles named it."""
    assert _target([*WAR, _event(3, "MOBILIZE", (RUS,), (UKR,))], 3) == ["UKR"]


def test_an_attack_with_no_one_named_still_takes_the_counterpart():
    """Only shows of force face no one: "Russian forces struck overnight" is on Ukraine."""
    assert _target([*WAR, _event(3, "ASSAULT", (RUS,))], 3) == ["UKR"]
