"""Three readings the coder must get right on any article: a war named only as a time
frame or a label is no new event; a purpose or a second clause does not make an act
future, negated or unreal; an accusation's act is coded on the accuser's word.

Sentences written for these tests, in the style of wire copy; none is taken from a gold set.
"""

from __future__ import annotations

import pytest
from event_fixtures import summary as _summary

from belli.records import Article, Event

pytestmark = pytest.mark.model


def _events(pipeline, text: str) -> list[Event]:
    return list(pipeline.process(Article.from_text(text, published="2023-10-07")).events)


def _one(pipeline, text: str, event_type: str) -> Event:
    found = [e for e in _events(pipeline, text) if e.type == event_type]
    assert len(found) == 1, [e.reason for e in _events(pipeline, text)]
    return found[0]


# --- background: a war that dates or describes something else ------------------------------

@pytest.mark.parametrize("text", [
    "Georgia has rebuilt its army since the second Abkhazia war.",
    "After the 2008 war, Russia kept troops in South Ossetia.",
    "Post-war Serbia has signed trade deals with Hungary.",
    "Kenya stood by Ethiopia throughout the Tigray War.",
    "Since the fighting ended, Armenia has sought closer ties with France.",
    "At the end of the war, Turkey opened its border with Georgia.",
])
def test_a_war_named_as_a_time_frame_or_label_is_no_event(nlp_pipeline, text):
    assert not [e for e in _events(nlp_pipeline, text) if e.trigger.lower() in
                ("war", "fighting", "operation")]


def test_a_numbered_war_whose_phrase_names_who_fought_is_a_past_act(nlp_pipeline):
    war = _one(nlp_pipeline, "Georgia's second war with Russia ended in a truce.", "ASSAULT")
    assert "historical" in war.aux and "GEO" in {a.country for a in war.source}, war.reason


def test_a_war_told_as_an_act_is_still_coded(nlp_pipeline):
    war = _one(nlp_pipeline, "Russia's war in Ukraine has drained its army.", "ASSAULT")
    assert "historical" not in war.aux


@pytest.mark.parametrize("text", [
    "When the fighting between Sudan and South Sudan erupted, traders fled the border town.",
    "The outbreak of fighting between Sudan and South Sudan closed the border.",
])
def test_fighting_that_breaks_out_is_told_not_dated(nlp_pipeline, text):
    fighting = [e for e in _events(nlp_pipeline, text) if e.trigger.lower() == "fighting"]
    assert fighting and {"SDN", "SSD"} <= {
        a.country for e in fighting for a in (*e.source, *e.target)}, [
        e.reason for e in _events(nlp_pipeline, text)]


# --- modality: purposes and second clauses ----------------------------------------------------

@pytest.mark.parametrize(("text", "event_type"), [
    # a second clause with its own auxiliary keeps none of the first clause's "not" or "is"
    ("Ankara says it is not a party to the conflict but has pledged full support to Baku.",
     "SUPPORT"),
    # a verb joined to "resisting" is no failure to act
    ("The militants were resisting and fighting with Somali police, a resident said.",
     "ASSAULT"),
    # "set up a checkpoint": the object of "set", not a plan ("is set to")
    ("Georgian police set up a checkpoint to stop Russian trucks.", "COERCE"),
])
def test_a_joined_clause_or_a_purpose_is_told_as_done(nlp_pipeline, text, event_type):
    event = _one(nlp_pipeline, text, event_type)
    assert not {"future", "negated"} & set(event.aux), event.reason


def test_a_shared_auxiliary_still_reaches_the_second_verb(nlp_pipeline):
    event = _one(nlp_pipeline, "Armenia refused to meet Azerbaijan and sign the treaty.",
                 "REJECT")
    assert "negated" not in event.aux  # the refusal is the act; it happened


# --- accusations: the act they name -------------------------------------------------------

def test_the_act_an_accusation_names_is_coded_on_the_accusers_word(nlp_pipeline):
    events = _events(nlp_pipeline, "Georgia accused Russia of supplying drones to the rebels.")
    assert sorted(_summary(e) for e in events) == ["ACCUSE GEO>RUS", "AID RUS>?"]
    aid = next(e for e in events if e.type == "AID")
    assert aid.certainty == "reported" and aid.attributed_to is not None
    assert aid.attributed_to.country == "GEO", aid.reason


def test_condemning_someone_for_an_act_codes_the_act_by_them(nlp_pipeline):
    events = _events(nlp_pipeline, "France condemned Azerbaijan for shelling Armenian villages.")
    assert sorted(_summary(e) for e in events) == ["ACCUSE FRA>AZE", "ASSAULT AZE>ARM"]


def test_a_denied_act_is_not_coded_beside_the_denial(nlp_pipeline):
    events = _events(nlp_pipeline, "Russia denied cutting the gas to Moldova.")
    assert [e.type for e in events] == ["REJECT"]


def test_an_alleged_act_the_accused_denies_is_left_to_the_speech_acts(nlp_pipeline):
    text = ("Armenian officials accuse Turkey of sending fighters to Azerbaijan. "
            "Ankara denies sending fighters.")
    assert sorted(e.type for e in _events(nlp_pipeline, text)) == ["ACCUSE", "REJECT"]


def test_a_charge_that_names_no_act_codes_only_the_accusation(nlp_pipeline):
    events = _events(nlp_pipeline, "Iran accused Baku of expansionist ambitions.")
    assert [_summary(e) for e in events] == ["ACCUSE IRN>AZE"]
