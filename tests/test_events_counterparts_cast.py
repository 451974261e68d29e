"""In words and cooperation a guessed counterpart must fit the event's own sentence: where
the sentence names a country besides the named side's, the guess is one of those it names;
and only a state's own voice (government, forces, lawmakers, an international body) takes
the state's counterpart: a citizen or a police force speaking is no diplomacy. Deeds of
conflict keep the wider set and the document's adversary, whoever else the sentence names
(civilians killed in a war between two states were killed by the other).

Events written for these tests; none is taken from a gold set.
"""

from __future__ import annotations

from event_fixtures import state_actor, told_event

from belli.events.discourse import infer_counterparts
from belli.records import Event

_event, _actor = told_event, state_actor


def _guessed(events: list[Event], named: dict[int, frozenset[str]] | None = None) -> list[str | None]:
    """The last event's target after the guess; `named` gives the countries each event's
    sentence names, by the event's offset."""
    cast = (lambda e: (named or {}).get(e.start, frozenset()))
    return [a.country for a in infer_counterparts(events, cast=cast)[-1].target]


def _story(last: Event) -> list[Event]:
    """Britain and Chile told in talks twice, then `last`."""
    return [_event(0, "AGREE", (_actor("GBR"),), (_actor("CHL"),)),
            _event(50, "AGREE", (_actor("CHL"),), (_actor("GBR"),)), last]


def test_a_sentence_naming_only_the_named_side_leaves_the_guess_free():
    last = _event(100, "AGREE", (_actor("GBR"),))
    assert _guessed(_story(last), {100: frozenset({"GBR"})}) == ["CHL"]


def test_a_sentence_naming_the_counterpart_keeps_the_guess():
    last = _event(100, "AGREE", (_actor("GBR"),))
    assert _guessed(_story(last), {100: frozenset({"GBR", "CHL", "PER"})}) == ["CHL"]


def test_a_sentence_naming_another_country_takes_no_third_one():
    # "Britain seeks to finalise the deal handing the islands to Peru"
    last = _event(100, "AGREE", (_actor("GBR"),))
    assert _guessed(_story(last), {100: frozenset({"GBR", "PER"})}) == []


def test_a_citizens_words_take_no_counterpart_of_his_state():
    # "the prisoner's son agreed to help": not Britain's government agreeing with Chile
    last = _event(100, "AGREE", (_actor("GBR", "CVL"),))
    assert _guessed(_story(last)) == []


def test_a_police_forces_accusation_takes_no_counterpart_of_its_state():
    clash = [_event(0, "ACCUSE", (_actor("GBR"),), (_actor("CHL"),)),
             _event(50, "ACCUSE", (_actor("CHL"),), (_actor("GBR"),))]
    assert _guessed([*clash, _event(100, "ACCUSE", (_actor("GBR"),))]) == ["CHL"]
    assert _guessed([*clash, _event(100, "ACCUSE", (_actor("GBR", "COP"),))]) == []


def test_lawmakers_and_governments_words_still_take_it():
    assert _guessed(_story(_event(100, "AGREE", (_actor("GBR", "LEG"),)))) == ["CHL"]
    assert _guessed(_story(_event(100, "AGREE", (_actor("GBR"),)))) == ["CHL"]


def test_deeds_against_civilians_still_take_the_adversary():
    war = [_event(0, "ASSAULT", (_actor("GBR", "MIL"),), (_actor("CHL", "MIL"),)),
           _event(50, "ASSAULT", (_actor("CHL", "MIL"),), (_actor("GBR", "MIL"),))]
    last = _event(100, "ASSAULT", (), (_actor("GBR", "CVL"),))
    out = infer_counterparts([*war, last])[-1]
    assert [a.country for a in out.source] == ["CHL"]


def test_a_deed_keeps_the_adversary_whoever_else_its_sentence_names():
    # "the ministry in Paris said Chilean guns shelled British positions"
    war = [_event(0, "ASSAULT", (_actor("GBR", "MIL"),), (_actor("CHL", "MIL"),)),
           _event(50, "ASSAULT", (_actor("CHL", "MIL"),), (_actor("GBR", "MIL"),))]
    last = _event(100, "ASSAULT", (_actor("GBR", "MIL"),))
    assert _guessed([*war, last], {100: frozenset({"GBR", "FRA"})}) == ["CHL"]
