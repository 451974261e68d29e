"""One act is one event, two acts stay two (`merge.unabsorbed`), end to end with the model.

- a "for" phrase after a verb that reacts to someone names a deed done, coded on its own;
  after asking it names the thing wanted, which is not;
- a light verb with coordinated objects of different types does two acts; objects of one
  type are one act;
- "do X or face Y": the alternative a request sets is a threat by the one asking.
Sentences are our own.
"""

from __future__ import annotations

import pytest

from belli.records import Article, Event

pytestmark = pytest.mark.model


def _events(pipeline, text: str) -> list[Event]:
    return list(pipeline.process(Article.from_text(text, published="2021-10-07")).events)


def _sides(event: Event) -> tuple[set[str | None], set[str | None]]:
    return {a.country for a in event.source}, {a.country for a in event.target}


def _of_type(events: list[Event], type_: str) -> list[Event]:
    return [e for e in events if e.type == type_]


def test_thanks_for_support_codes_the_support_too(nlp_pipeline) -> None:
    events = _of_type(_events(nlp_pipeline, "Ukraine thanked Poland for its political support."),
                      "SUPPORT")
    assert {e.trigger for e in events} == {"thanked", "support"}
    support = next(e for e in events if e.trigger == "support")
    assert _sides(support)[0] == {"POL"}


def test_asking_for_talks_codes_only_the_request(nlp_pipeline) -> None:
    events = _events(nlp_pipeline, "Turkey pressed for negotiations with Greece.")
    assert [e.type for e in events] == ["REQUEST"]


def test_light_verb_with_two_kinds_of_object_codes_two_acts(nlp_pipeline) -> None:
    events = _events(nlp_pipeline, "Georgia declared martial law and a general mobilisation.")
    assert {e.type for e in events} == {"COERCE", "MOBILIZE"}
    assert all(_sides(e)[0] == {"GEO"} for e in events)


def test_imposing_two_kinds_of_penalty_codes_both(nlp_pipeline) -> None:
    events = _events(nlp_pipeline, "Turkey imposed sanctions and a blockade on Syria.")
    assert {e.type for e in events} == {"SANCTION", "COERCE"}


def test_objects_of_one_kind_stay_one_act(nlp_pipeline) -> None:
    events = _events(nlp_pipeline, "Armenia imposed martial law and curfews in Yerevan.")
    assert [e.type for e in events] == ["COERCE"]


def test_lifting_penalties_does_not_impose_them(nlp_pipeline) -> None:
    events = _events(nlp_pipeline, "Israel lifted the blockade and the sanctions.")
    assert not {"COERCE", "SANCTION"} & {e.type for e in events}


@pytest.mark.parametrize("text", [
    "The United States urged Russia to withdraw its troops or face sanctions.",
    "The EU called on Serbia to recognise Kosovo or risk the possibility of new sanctions.",
])
def test_an_ultimatum_is_a_threat_by_the_one_asking(nlp_pipeline, text: str) -> None:
    events = _events(nlp_pipeline, text)
    threats = _of_type(events, "THREATEN")
    assert len(threats) == 1 and "future" in threats[0].aux
    assert _sides(threats[0]) == _sides(_of_type(events, "REQUEST")[0])
    assert not _of_type(events, "SANCTION")


def test_a_request_without_an_alternative_threatens_nothing(nlp_pipeline) -> None:
    events = _events(nlp_pipeline, "The UN urged Russia to stop the shelling and return to talks.")
    assert not _of_type(events, "THREATEN")
