"""Modality the parse hides: an act still awaited ("has yet to withdraw", "the deal is
yet to be signed") did not happen; a passive schedule ("is scheduled to meet", "is set to
visit") is a future act of its subject, not a promise; a verb of saying after a comma at
the end of a sentence is the frame of the clause before it, even where the parser hung it
under that clause; a weapon that hits something attacks it; signing a truce is an
agreement.

Sentences written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from typing import Any

import pytest

from belli.records import Article, Event

pytestmark = pytest.mark.model


def _events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.process(Article.from_text(text, published="2024-03-11")).events)


def _one(pipeline: Any, text: str, trigger: str) -> Event:
    found = [e for e in _events(pipeline, text) if e.trigger.lower() == trigger]
    assert len(found) == 1, [(e.trigger, e.type) for e in _events(pipeline, text)]
    return found[0]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Turkey has yet to withdraw its forces from northern Syria.", "withdraw"),
    ("The Malian junta has yet to release the detained Algerian diplomats.", "release"),
    ("The prisoner exchange between Russia and Ukraine is yet to take place.", "exchange"),
    ("The peace deal between Eritrea and Djibouti is yet to be signed.", "deal"),
])
def test_an_act_still_awaited_is_negated(nlp_pipeline, text, trigger):
    assert "negated" in _one(nlp_pipeline, text, trigger).aux


def test_yet_that_awaits_nothing_negates_nothing(nlp_pipeline):
    text = "Turkey has withdrawn its forces from northern Syria, yet tensions remain high."
    assert "negated" not in _one(nlp_pipeline, text, "withdrawn").aux


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Brazil's president is scheduled to meet his Argentine counterpart in Brasilia.",
     "meet", "BRA"),
    ("Japan's defence minister is slated to visit Manila next week.", "visit", "JPN"),
])
def test_a_passive_schedule_is_a_future_act_of_its_subject(nlp_pipeline, text, trigger, source):
    event = _one(nlp_pipeline, text, trigger)
    assert event.type == "CONSULT" and "future" in event.aux
    assert source in {a.country for a in event.source}


@pytest.mark.parametrize("text", [
    ("Venezuelan troops detained two Colombian fishermen off the coast, the government "
     "in Bogota alleged on Tuesday."),
])
def test_a_trailing_verb_of_saying_hung_under_its_clause_still_frames_it(nlp_pipeline, text):
    detained = _one(nlp_pipeline, text, "detained")
    assert detained.certainty == "reported" and detained.claim_id is not None


def test_a_trailing_clause_with_a_subordinator_is_no_frame(nlp_pipeline):
    text = "Venezuelan troops detained two Colombian fishermen, although Caracas denied it."
    assert _one(nlp_pipeline, text, "detained").certainty == "asserted"


def test_a_weapon_that_hits_something_attacks_it(nlp_pipeline):
    event = _one(nlp_pipeline, "A Russian missile hit a grain terminal in Odesa.", "hit")
    assert event.type == "ASSAULT" and {a.country for a in event.source} == {"RUS"}


def test_signing_a_truce_is_an_agreement_between_the_signers(nlp_pipeline):
    event = _one(nlp_pipeline, "Ethiopia and the TPLF signed a truce in Pretoria.", "signed")
    assert event.type == "AGREE" and "ETH" in {a.country for a in event.source}


@pytest.mark.parametrize(("text", "trigger", "aux"), [
    ("Turkey is likely to expel two Swedish diplomats.", "expel", {"future"}),
    ("Syrian rebels are likely to have fired the rockets at the base.", "fired", set()),
])
def test_an_act_told_as_likely_is_speculative(nlp_pipeline, text, trigger, aux):
    event = _one(nlp_pipeline, text, trigger)
    assert event.certainty == "speculative" and set(event.aux) == aux


def test_an_act_sources_are_understood_to_tell_is_reported(nlp_pipeline):
    text = "Kenyan troops are understood to have killed a senior al-Shabab commander."
    assert _one(nlp_pipeline, text, "killed").certainty == "reported"


def test_a_meeting_not_attended_is_negated_and_to_come(nlp_pipeline):
    text = "China will not attend the security summit in Geneva, its foreign ministry said."
    event = _one(nlp_pipeline, text, "summit")
    assert event.type == "CONSULT" and set(event.aux) == {"negated", "future"}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Jordan refrained from shelling Syrian army positions.", "shelling"),
    ("Washington stopped Turkey from attacking Kurdish fighters in Syria.", "attacking"),
    ("Israel stopped short of attacking Iran's nuclear sites.", "attacking"),
    ("Paris ruled out sending troops to Niger.", "sending"),
])
def test_an_act_held_back_or_ruled_out_is_negated(nlp_pipeline, text, trigger):
    assert "negated" in _one(nlp_pipeline, text, trigger).aux


def test_an_act_never_ruled_out_is_only_possible(nlp_pipeline):
    event = _one(nlp_pipeline, "Ankara has never ruled out using force against Greece.", "using")
    assert set(event.aux) == {"hypothetical"}


def test_a_withdrawal_from_a_place_is_not_held_back(nlp_pipeline):
    text = "Russian troops withdrew from the village after a week of fighting."
    assert "negated" not in _one(nlp_pipeline, text, "withdrew").aux
