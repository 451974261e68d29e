"""More ways a sentence tells an act with no actor as happening, so that the context
may give it actors (`belli.events.nominal`):

- the doer of a passive: "families displaced BY FIGHTING", "villages hit by the
  SHELLING" (the act did something, so it happened);
- a verb that ends or pauses fighting done together: "the deal HALTS fighting", "the
  accord ENDED the hostilities" (in a story of one armed conflict, its two sides stop);

and one more way a clause dates another act: a "when" the parser labels an adverb
("who were there WHEN the road was closed").

Sentences written for these tests, in the style of wire copy; none is taken from a gold set.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import partial

import pytest
from event_fixtures import analyse

from belli.events.nominal import adopt_actors, told_as_happening
from belli.events.participants import Participants
from belli.events.stage import EventStage
from belli.events.triggers import Trigger, TriggerFinder
from belli.records import Actor, Analysis, Event

_QUADS = {"ASSAULT": 4, "RETREAT": 2, "COERCE": 4}


def _actor(country: str) -> Actor:
    return Actor(text=country, name=country, country=country)


def _event(type: str, start: int, source: tuple[Actor, ...] = (),
           target: tuple[Actor, ...] = (), trigger: str = "word") -> Event:
    return Event("doc", f"{type}{start}", type, None, _QUADS[type], 0.0, "A sentence.",
                 start, start + 10, trigger, source=source, target=target)


# two acts of arms between the same two states: the story's two sides
FIGHTING = [_event("ASSAULT", 0, (_actor("AZE"),), (_actor("ARM"),)),
            _event("ASSAULT", 0, (_actor("ARM"),), (_actor("AZE"),))]


def _triggers(pipeline, analysis: Analysis) -> dict[str, Trigger]:
    coder = next(s for s in pipeline.stages if isinstance(s, EventStage)).coder
    people = Participants(analysis.parse, analysis.mentions, coder.kb, coder.lexicon.containers)
    finder = TriggerFinder(coder.lexicon, coder.plover, people, coder.cues.speech,
                           coder.cues.obligations, coder._verdicts)
    return {t.head.lower_: t for s in analysis.parse.sents for t in finder.find(s)}


def _told(pipeline, text: str, word: str) -> bool:
    trigger = _triggers(pipeline, analyse(pipeline, text))[word]
    return told_as_happening(trigger.head, trigger.kind)


def _adopted(pipeline, text: str, word: str) -> list[Event]:
    """What `adopt_actors` makes of `word`, coded with no actor in the last sentence,
    beside the two sides' fighting told in the first."""
    analysis = analyse(pipeline, text)
    starts = [s.start_char for s in analysis.parse.sents]
    trigger = _triggers(pipeline, analysis)[word]
    lone = _event(trigger.type or "", starts[-1], trigger=trigger.head.text)
    told = [e.replace(start=starts[0]) for e in FIGHTING]
    return adopt_actors([(trigger, lone)], told, partial(bisect_right, starts))


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    ("Thousands of families were displaced by fighting in the north.", "fighting"),
    ("Villages hit by the shelling lay empty on Monday.", "shelling"),
    ("The deal halted the fighting.", "halted"),
    ("The accord ended the hostilities.", "ended"),
])
def test_an_act_that_did_something_or_that_stops_fighting_is_told(nlp_pipeline, text, word):
    assert _told(nlp_pipeline, text, word)


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    ("People who were abroad when the border was closed cannot return.", "closed"),
    ("Residents fled while the town was shelled.", "shelled"),
])
def test_a_passive_that_dates_another_act_is_not_told(nlp_pipeline, text, word):
    assert not _told(nlp_pipeline, text, word)


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "type"), [
    ("The two armies traded fire. Thousands were displaced by fighting.", "fighting",
     "ASSAULT"),
    ("The two armies traded fire. The accord ended the hostilities.", "ended", "RETREAT"),
])
def test_fighting_told_this_way_is_the_two_sides_together(nlp_pipeline, text, word, type):
    (event,) = _adopted(nlp_pipeline, text, word)
    assert event.type == type and event.reciprocal
    assert {a.country for a in event.source} == {"ARM", "AZE"}, event.reason


@pytest.mark.model
def test_one_sides_act_that_did_something_is_not_given_both_sides(nlp_pipeline):
    """"Shelling" is done by one side, and the text does not say which."""
    text = "The two armies traded fire. Homes were destroyed by shelling."
    assert not _adopted(nlp_pipeline, text, "shelling")
