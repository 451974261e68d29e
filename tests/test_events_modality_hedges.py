"""Hedges, negations and futures that any story tells in a few set forms.

- A modal over a perfect in a believed clause ("believe Iran MAY HAVE shipped", "think
  China COULD HAVE sold") guesses at a past act: kept, speculative; a modal over a bare
  verb there ("believe Iran may ship") is a forecast, no event.
- An act pinned on someone by a verb of suspicion ("is SUSPECTED of shelling", "suspect
  Russia of attacking") is speculative; an accusation ("was ACCUSED of") is reported.
- "Is UNLIKELY to" guesses that the doer's act will not come: kept, speculative, future
  and negated ("is likely to" is not negated).
- A negative word on the subject ("NO Israeli aircraft struck", "NONE of the units",
  "NEITHER Serbia nor Kosovo") negates the act; "no" elsewhere ("with no warning") does not.
- Holding back through "from" or "short of" negates the act held back ("HELD BACK from
  sending", "SHIED AWAY from condemning", "STOPPED SHORT of sending").
- A finite verb joined to a bare one under "would" ("would supply ... and CRITICIZED")
  is a clause of its own, without the future; a bare one ("and CRITICIZE") shares it.
- An act being prepared or planned, outside the past ("is PREPARING a new offensive",
  "are PLANNING joint drills"), is future and keeps its type.

The sentences are our own, in the style of wire copy.
"""

from __future__ import annotations

from typing import Any

import pytest
from event_fixtures import analyse, modalities_read

from belli.events.modality import Modality
from belli.records import Event

pytestmark = pytest.mark.model


def _events(pipeline: Any, text: str, trigger: str) -> list[Event]:
    return [e for e in analyse(pipeline, text, "2023-10-10").events if trigger in e.trigger.split()]


def _modalities(pipeline: Any, monkeypatch: pytest.MonkeyPatch, text: str) -> dict[str, Modality]:
    return modalities_read(pipeline, monkeypatch, text, "2023-10-10")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Diplomats believe Iran may have shipped drones to Russia.", "shipped"),
    ("Western officials think China could have sold missiles to Iran.", "sold"),
])
def test_a_believed_modal_perfect_is_a_speculative_past_act(nlp_pipeline, text, trigger) -> None:
    found = _events(nlp_pipeline, text, trigger)
    assert [(e.type, e.certainty, list(e.aux)) for e in found] == [("AID", "speculative", [])]


def test_a_believed_modal_over_a_bare_verb_is_a_forecast(nlp_pipeline) -> None:
    assert not _events(nlp_pipeline, "Diplomats believe Iran may ship drones to Russia.", "ship")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Iran is suspected of shelling Kurdish villages in Iraq.", "shelling"),
    ("Investigators suspect Russia of attacking a Georgian convoy.", "attacking"),
])
def test_an_act_one_is_suspected_of_is_speculative(nlp_pipeline, text, trigger) -> None:
    found = _events(nlp_pipeline, text, trigger)
    assert [(e.type, e.certainty) for e in found] == [("ASSAULT", "speculative")]


def test_an_act_one_is_accused_of_is_reported_not_speculative(nlp_pipeline) -> None:
    found = _events(nlp_pipeline, "Serbia was accused of shelling Bosnian towns.", "shelling")
    assert [e.certainty for e in found] == ["reported"]


@pytest.mark.parametrize(("text", "trigger", "type"), [
    ("Germany is unlikely to supply tanks to Ukraine.", "supply", "AID"),
    ("China is unlikely to impose sanctions on Russia.", "sanctions", "SANCTION"),
])
def test_an_unlikely_act_is_a_speculative_future_negated(nlp_pipeline, text, trigger,
                                                          type) -> None:
    found = _events(nlp_pipeline, text, trigger)
    assert [(e.type, e.certainty, sorted(e.aux)) for e in found] == [
        (type, "speculative", ["future", "negated"])]


def test_a_likely_act_is_not_negated(nlp_pipeline) -> None:
    found = _events(nlp_pipeline, "Germany is likely to supply tanks to Ukraine.", "supply")
    assert [(e.certainty, list(e.aux)) for e in found] == [("speculative", ["future"])]


@pytest.mark.parametrize(("text", "trigger"), [
    ("No Israeli aircraft struck Syrian targets on Sunday.", "struck"),
    ("None of the Ethiopian units attacked Eritrean positions.", "attacked"),
    ("Neither Serbia nor Kosovo sent troops to the border.", "sent"),
])
def test_a_negative_word_on_the_subject_negates_the_act(nlp_pipeline, monkeypatch, text,
                                                         trigger) -> None:
    assert "negated" in _modalities(nlp_pipeline, monkeypatch, text)[trigger].aux


def test_no_outside_the_subject_negates_nothing(nlp_pipeline) -> None:
    text = "Israeli aircraft struck Syrian targets with no warning."
    assert [list(e.aux) for e in _events(nlp_pipeline, text, "struck")] == [[]]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Japan held back from sending troops to Taiwan.", "sending"),
    ("Japan held back from imposing sanctions on China.", "imposing"),
    ("Egypt shied away from condemning the Israeli strikes.", "condemning"),
    ("Germany stopped short of sending tanks to Ukraine.", "sending"),
])
def test_an_act_held_back_is_negated(nlp_pipeline, monkeypatch, text, trigger) -> None:
    assert "negated" in _modalities(nlp_pipeline, monkeypatch, text)[trigger].aux


@pytest.mark.parametrize("text", [
    "The rebels held back from the front line and shelled the town.",
    "Azerbaijani forces stopped short of the town and shelled it from the hills.",
])
def test_an_act_beside_a_holding_back_is_not_negated(nlp_pipeline, monkeypatch, text) -> None:
    assert "negated" not in _modalities(nlp_pipeline, monkeypatch, text)["shelled"].aux


@pytest.mark.parametrize(("text", "trigger"), [
    (("A Greek spokesman said Athens would supply fuel to Cyprus and criticized the Turkish "
      "drills."), "criticized"),
    (("Officials said Tokyo would impose new tariffs on China and accused Beijing of dumping "
      "steel."), "accused"),
])
def test_a_finite_verb_joined_to_a_future_is_not_future(nlp_pipeline, text, trigger) -> None:
    found = _events(nlp_pipeline, text, trigger)
    assert found and all("future" not in e.aux for e in found)


def test_a_bare_verb_joined_to_a_future_shares_it(nlp_pipeline) -> None:
    text = ("A Greek spokesman said Athens would supply fuel to Cyprus and criticize the "
            "Turkish drills.")
    assert [list(e.aux) for e in _events(nlp_pipeline, text, "criticize")] == [["future"]]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Russia is preparing a major assault on Ukrainian positions.", "assault"),
    ("Ethiopia is preparing a new offensive against Eritrea.", "offensive"),
])
def test_an_act_being_prepared_is_future_of_its_own_type(nlp_pipeline, text, trigger) -> None:
    found = _events(nlp_pipeline, text, trigger)
    assert [(e.type, list(e.aux)) for e in found] == [("ASSAULT", ["future"])]


def test_an_act_being_planned_is_scheduled(nlp_pipeline, monkeypatch) -> None:
    text = "The Iranian navy is planning joint drills with Russia."
    assert _modalities(nlp_pipeline, monkeypatch, text)["drills"].scheduled is not None


def test_an_act_prepared_in_the_past_is_not_future(nlp_pipeline) -> None:
    text = "Israel prepared the ground assault on Gaza for months."
    assert [list(e.aux) for e in _events(nlp_pipeline, text, "assault")] == [[]]
