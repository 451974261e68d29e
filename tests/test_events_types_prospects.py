"""Types an act takes from what it holds out or is for (`events.rules.v1`): a warning or a
coercive act held out as what may come is a THREATEN, a charge of posing a threat an
ACCUSE, aid announced a pledge (AGREE), troops sent to guard others aid, troops taking
ground an attack. Sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse as _analyse
from event_fixtures import trigger_types as _trigger_types
from event_fixtures import types_coded as _types

from belli.events.framing import _held_out

pytestmark = pytest.mark.model


WARNINGS = [
    # a warning of what the speaker's side will do is a threat
    ("Peru's interior minister warned that police will break up any further marches.",
     "THREATEN"),
    ("Russia warned Georgia not to cross the line.", "THREATEN"),
    ("Hanoi has warned it may buy its submarines from Paris instead.", "THREATEN"),
    ("The European Union warned Minsk.", "THREATEN"),
    # warning of a response holds it out
    ("Ankara is warning Washington of severe consequences.", "THREATEN"),
    ("Turkey warned of retaliation against any new sanctions.", "THREATEN"),
    # a warning about what another actor does is an accusation
    ("Georgian officials warned that Russia was preparing an attack.", "ACCUSE"),
]


@pytest.mark.parametrize(("text", "wanted"), WARNINGS)
def test_warning_of_an_act_codes(nlp_pipeline, text: str, wanted: str) -> None:
    assert wanted in _types(nlp_pipeline, text)


@pytest.mark.parametrize("text", [
    "Economists warned that prices may rise next year.",
    "Moldovan officials warned that the true goal of the plan is annexation.",
    # a warning of a danger names no act of the speaker's
    "The United Nations warned of a looming famine in Yemen.",
])
def test_warning_that_states_what_is_codes_no_threat(nlp_pipeline, text: str) -> None:
    assert _trigger_types(nlp_pipeline, text).get("warned") != "THREATEN"


@pytest.mark.parametrize("text", [
    "Sanctions could follow if Caracas signs the deal, a British diplomat said.",
    "The ministers discussed the possibility of sanctions against Belarus.",
    "Turkey faces the prospect of American sanctions over the purchase.",
])
def test_coercion_held_out_as_a_prospect_is_a_threat(nlp_pipeline, text: str) -> None:
    nouns = [t for t in _analyse(nlp_pipeline, text).parse if t.lower_ == "sanctions"]
    assert nouns and _held_out(nouns[0])


def test_sanctions_imposed_are_not_held_out(nlp_pipeline) -> None:
    text = "The European Union imposed sanctions on Belarus on Monday."
    assert "SANCTION" in _types(nlp_pipeline, text)
    assert "THREATEN" not in _types(nlp_pipeline, text)


def test_prospect_of_sanctions_codes_threaten(nlp_pipeline) -> None:
    text = "Turkey faces the prospect of American sanctions over the purchase."
    assert "THREATEN" in _types(nlp_pipeline, text)


@pytest.mark.parametrize(("text", "wanted"), [
    # saying that something poses a threat accuses; no one threatens
    ("Washington claims the Russian missile system poses a threat to NATO.", "ACCUSE"),
])
def test_posing_a_threat_is_a_charge(nlp_pipeline, text: str, wanted: str) -> None:
    types = _types(nlp_pipeline, text)
    assert wanted in types and "THREATEN" not in types


def test_posing_no_threat_condemns_nothing(nlp_pipeline) -> None:
    text = "Ankara insists the Russian missile system poses no threat to NATO."
    assert "ACCUSE" not in _types(nlp_pipeline, text)


def test_agreement_signed_in_a_reduced_relative_codes_agree(nlp_pipeline) -> None:
    text = "The declaration signed in June by the Turkish and Azerbaijani presidents angered Iran."
    assert _trigger_types(nlp_pipeline, text).get("signed") == "AGREE"


@pytest.mark.parametrize(("text", "wanted"), [
    # forces sent to guard others protect them: military aid
    ("The United Nations deployed soldiers to protect civilians in the town.", "AID"),
    ("Russia sent troops to Armenia to defend its ally.", "AID"),
    # to guard one's own borders, or to fight, they deploy
    ("India deployed troops to protect its borders.", "MOBILIZE"),
    ("France deployed troops to Mali to fight the insurgents.", "MOBILIZE"),
    ("Iran deployed missiles to protect its nuclear sites.", "MOBILIZE"),
])
def test_the_purpose_of_a_deployment_decides_its_type(nlp_pipeline, text: str, wanted: str) -> None:
    found = _trigger_types(nlp_pipeline, text)
    assert found.get("deployed", found.get("sent")) == wanted


def test_troops_occupying_ground_assault_it(nlp_pipeline) -> None:
    text = "Georgian officials say Russian troops occupied positions inside Georgian territory."
    assert _trigger_types(nlp_pipeline, text).get("occupied") == "ASSAULT"


def test_a_government_occupying_property_seizes_it(nlp_pipeline) -> None:
    text = "The government occupied the farms of the opposition leaders."
    assert _trigger_types(nlp_pipeline, text).get("occupied") == "COERCE"


def test_aid_announced_is_pledged(nlp_pipeline) -> None:
    text = "Japan announced new humanitarian aid for Syria."
    assert "AGREE" in _types(nlp_pipeline, text)
    assert "AID" not in _types(nlp_pipeline, text)


def test_aid_delivered_is_aid(nlp_pipeline) -> None:
    assert "AID" in _types(nlp_pipeline, "Japan delivered humanitarian aid to Syria.")


@pytest.mark.parametrize(("text", "kind"), [
    # a retaliation done is a use of force
    ("Israel retaliated against Hezbollah positions on Monday.", "ASSAULT"),
    ("The army retaliated with artillery fire after the ambush.", "ASSAULT"),
    # one announced or conditional is held out: a threat
    ("Pakistan will retaliate if India attacks.", "THREATEN"),
    ("North Korea said it would retaliate against any provocation.", "THREATEN"),
])
def test_a_retaliation_done_is_force_and_one_announced_a_threat(nlp_pipeline, text, kind):
    coded = {e.type for e in _analyse(nlp_pipeline, text).events if e.trigger.startswith("retaliat")}
    assert coded == {kind}
