"""Acts that are not occurrences: weighed, scheduled, prepared for, or a standing trait.

- An act weighed ("considered attacking", "is weighing a strike") is hypothetical, not
  future and not done; a judgement ("considered the raid a crime") weighs nothing.
- An act scheduled ("are due to meet") or prepared for ("preparing for an offensive") is
  future but no promise: the modality says so in `scheduled`, and the coder adds `future`
  after the promise conventions have read `aux`, so the act keeps its own type.
- A material act in the present simple told in a relative clause ("fighters who fight")
  or as a share of a flow ("supplies most of the gas") is a trait or a standing trade:
  `habitual`. A headline's present ("Israel strikes Gaza"), a stance spoken ("which
  claims") and a pattern of acts with a frequency adverb are occurrences.

The sentences are our own, in the style of wire copy.
"""

from __future__ import annotations

from typing import Any

import pytest
from event_fixtures import modalities_read

from belli.events.modality import Modality
from belli.records import Article

pytestmark = pytest.mark.model


def _modalities(pipeline: Any, monkeypatch: pytest.MonkeyPatch, text: str) -> dict[str, Modality]:
    return modalities_read(pipeline, monkeypatch, text, "2021-10-07", heads=False)


WEIGHED = [
    ("Russia considered attacking Kyiv from the north.", "attacking"),
    ("Iran is weighing a strike on Israeli bases.", "strike"),
    ("Ministers in Moscow mulled sanctions against Georgia.", "sanctions"),
    ("Turkey is considering sending troops to Libya.", "sending"),
]


@pytest.mark.parametrize(("text", "word"), WEIGHED)
def test_an_act_weighed_is_hypothetical_not_planned(nlp_pipeline, monkeypatch, text: str,
                                                   word: str) -> None:
    found = _modalities(nlp_pipeline, monkeypatch, text)[word]
    assert found.aux == ["hypothetical"]


def test_a_judgement_weighs_nothing(nlp_pipeline, monkeypatch) -> None:
    found = _modalities(nlp_pipeline, monkeypatch,
                        "Targets that are considered to be supporting the rebels were hit.")
    assert "hypothetical" not in found["supporting"].aux
    assert "future" not in found["supporting"].aux


SCHEDULED = [
    ("The foreign ministers of Armenia and Azerbaijan are due to meet in Moscow.", "meet"),
    ("The two armies are preparing for a new offensive against the rebels.", "offensive"),
    ("Kenya is poised to deploy police officers to Haiti.", "deploy"),
    # "set" and "slated" schedule as "scheduled" does: no promise
    ("Xi Jinping is set to visit Moscow next week.", "visit"),
    ("The presidents of Vietnam and Laos are slated to meet in Hanoi.", "meet"),
]


@pytest.mark.parametrize(("text", "word"), SCHEDULED)
def test_a_scheduled_act_is_future_but_no_promise(nlp_pipeline, monkeypatch, text: str,
                                                  word: str) -> None:
    assert _modalities(nlp_pipeline, monkeypatch, text)[word].scheduled is not None
    events = nlp_pipeline.process(Article.from_text(text, published="2021-10-07")).events
    told = [e for e in events if e.trigger == word]
    assert told and all("future" in e.aux and e.type != "AGREE" for e in told)


def test_a_promise_of_help_is_agree_not_a_schedule(nlp_pipeline) -> None:
    text = "Germany will provide air defence systems to Ukraine."
    events = nlp_pipeline.process(Article.from_text(text, published="2021-10-07")).events
    assert [(e.type, "future" in e.aux, e.intent) for e in events] == [("AGREE", True, "AID")]


def test_an_act_told_as_done_is_not_scheduled(nlp_pipeline, monkeypatch) -> None:
    found = _modalities(nlp_pipeline, monkeypatch, "Armenia and Azerbaijan met in Moscow.")
    assert found["met"].scheduled is None


HABITS = [
    ("The militia recruits young men who fight to control villages along the border.", "fight"),
    ("Qatar supplies a large share of the gas that Pakistan imports.", "supplies"),
]


@pytest.mark.parametrize(("text", "word"), HABITS)
def test_a_standing_trait_or_trade_is_habitual(nlp_pipeline, monkeypatch, text: str,
                                               word: str) -> None:
    assert _modalities(nlp_pipeline, monkeypatch, text)[word].habitual is not None


OCCURRENCES = [
    ("Israeli jets strike Hamas positions in Gaza.", "strike"),
    ("Russia attacks Ukrainian ports with drones.", "attacks"),
    ("Washington, which claims the missiles threaten its bases, protested.", "claims"),
    ("The group frequently conducts bombings in the capital.", "conducts"),
]


@pytest.mark.parametrize(("text", "word"), OCCURRENCES)
def test_a_headline_present_or_a_stance_is_an_occurrence(nlp_pipeline, monkeypatch, text: str,
                                                         word: str) -> None:
    found = _modalities(nlp_pipeline, monkeypatch, text)
    assert found
    assert all(m.habitual is None for m in found.values()), found.get(word)


@pytest.mark.parametrize("text", [
    "Norway supplies most of the gas Poland imports.",
    "Norway supplies 40 per cent of the gas Poland imports.",  # a share in per cent too
])
def test_a_standing_trade_is_no_event(nlp_pipeline, text):
    events = nlp_pipeline.process(Article.from_text(text, published="2021-10-07")).events
    assert not [e for e in events if e.type == "AID"]


def test_a_scheduled_meeting_is_future_and_still_a_meeting(nlp_pipeline):
    text = "The Serbian and Kosovar leaders are due to meet in Brussels on Friday."
    events = nlp_pipeline.process(Article.from_text(text, published="2021-10-07")).events
    assert [(e.type, "future" in e.aux) for e in events] == [("CONSULT", True)]


def test_a_relative_clause_verb_whose_past_is_its_present_still_tells_an_act(nlp_pipeline):
    text = "Gunmen who hit a police station in Kano fled into the forest."
    events = nlp_pipeline.process(Article.from_text(text, published="2021-10-07")).events
    assert [e.type for e in events if e.trigger == "hit"] == ["ASSAULT"]
