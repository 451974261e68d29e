"""How far a negation, a wish and a future reach.

- A negation belongs to the verb it governs and the verbs its to-clauses hang on ("did
  not agree to meet"); an event noun shares it only where the verb carries the noun's act
  out, undergoes or says whether it took place ("no talks were held", "did not face
  sanctions", "the talks did not begin"), never where the verb judges, speaks of or only
  mentions it ("never condemned the invasion", "did not discuss the blockade") or is a
  predicate of its own about it ("the call did not mesh"). So with a future or a
  condition: "could face sanctions" are possible, "will condemn the invasion" is no
  invasion to come.
- "Seldom", "rarely" and the like all but negate the act they modify.
- What a hope says "can" be done is only possible: hypothetical.
- An act named as one of the measures a verb takes ("will take measures including
  imposing sanctions") shares that verb's future.

The sentences are our own, in the style of wire copy.
"""

from __future__ import annotations

from typing import Any

import pytest
from event_fixtures import modalities_read

from belli.events.modality import Modality

pytestmark = pytest.mark.model


def _modalities(pipeline: Any, monkeypatch: pytest.MonkeyPatch, text: str) -> dict[str, Modality]:
    return modalities_read(pipeline, monkeypatch, text, "2024-05-14", heads=True)


@pytest.mark.parametrize(("text", "noun"), [
    ("Georgia has never condemned the invasion of Ukraine by Russia.", "invasion"),
    ("The minister did not criticize the blockade of the port.", "blockade"),
    ("Washington's call for talks and Tehran's demand for relief did not mesh.", "call"),
    ("The ministers did not discuss the blockade of the port.", "blockade"),
])
def test_a_noun_the_negated_verb_judges_or_predicates_is_not_negated(
        nlp_pipeline, monkeypatch, text: str, noun: str) -> None:
    found = _modalities(nlp_pipeline, monkeypatch, text)
    assert "negated" not in found[noun].aux


@pytest.mark.parametrize(("text", "noun"), [
    ("The border talks between the two governments did not resume on Monday.", "talks"),
    ("The planned talks between the two governments did not begin.", "talks"),
    ("No talks were held between the two governments.", "talks"),
    ("Armenia did not face new sanctions from the European Union.", "sanctions"),
])
def test_a_noun_whose_act_the_negated_verb_carries_or_starts_is_negated(
        nlp_pipeline, monkeypatch, text: str, noun: str) -> None:
    found = _modalities(nlp_pipeline, monkeypatch, text)
    assert "negated" in found[noun].aux


def test_the_judging_verb_itself_keeps_its_negation(nlp_pipeline, monkeypatch) -> None:
    found = _modalities(nlp_pipeline, monkeypatch,
                        "Georgia has never condemned the invasion of Ukraine by Russia.")
    assert "negated" in found["condemned"].aux


@pytest.mark.parametrize(("text", "noun", "aux"), [
    ("The border talks between the two governments will resume on Monday.", "talks", ["future"]),
    ("Armenia could face new sanctions from the European Union.", "sanctions", ["hypothetical"]),
    ("The minister will condemn the invasion of Ukraine by Russia.", "invasion", []),
    ("Analysts fear the vote would undermine the talks between the two governments.",
     "talks", []),
])
def test_a_noun_shares_the_future_or_condition_only_of_a_verb_carrying_its_act(
        nlp_pipeline, monkeypatch, text: str, noun: str, aux: list[str]) -> None:
    found = _modalities(nlp_pipeline, monkeypatch, text)
    assert found[noun].aux == aux


@pytest.mark.parametrize(("text", "verb", "negated"), [
    ("The former premier seldom criticized the government in Beijing.", "criticized", True),
    ("The two leaders rarely met during the war.", "met", True),
    ("The former premier often criticized the government in Beijing.", "criticized", False),
])
def test_a_near_negation_negates_the_act(nlp_pipeline, monkeypatch, text: str, verb: str,
                                         negated: bool) -> None:
    found = _modalities(nlp_pipeline, monkeypatch, text)
    assert ("negated" in found[verb].aux) is negated


@pytest.mark.parametrize(("text", "verb", "aux"), [
    ("The envoy said she hopes Britain and France can coordinate their efforts.",
     "coordinate", "hypothetical"),
    ("The lawyers came to Washington in hopes that the allies can cooperate on the case.",
     "cooperate", "hypothetical"),
    ("The envoy said she hopes Britain and France will coordinate their efforts.",
     "coordinate", "future"),
])
def test_what_a_hope_says_can_be_done_is_only_possible(nlp_pipeline, monkeypatch, text: str,
                                                      verb: str, aux: str) -> None:
    found = _modalities(nlp_pipeline, monkeypatch, text)
    assert found[verb].aux == [aux]


def test_what_is_said_can_be_done_is_no_wish(nlp_pipeline, monkeypatch) -> None:
    found = _modalities(nlp_pipeline, monkeypatch,
                        "The envoy said Britain and France can coordinate their efforts.")
    assert "hypothetical" not in found["coordinate"].aux


@pytest.mark.parametrize(("text", "verb", "future"), [
    ("Britain will take measures including reimposing sanctions on Iran.", "reimposing", True),
    ("The ministry will take steps such as imposing new tariffs on steel.", "imposing", True),
    ("The ministry took steps such as imposing new tariffs on steel.", "imposing", False),
])
def test_an_act_among_the_measures_to_be_taken_is_future(nlp_pipeline, monkeypatch, text: str,
                                                         verb: str, future: bool) -> None:
    found = _modalities(nlp_pipeline, monkeypatch, text)
    assert ("future" in found[verb].aux) is future
