"""Which PLOVER type a word codes where what it is done with, to or for decides, and the
word lists of data/cues.yaml that say how an act is told (`events.rules.v1`). Sentences
are our own."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, summary, trigger_types, types_coded

from belli.events.nominal import aspectual_verbs

# (sentence, trigger word, the type it codes: None where it is no trigger)
TRIGGERS = [
    # people who gather or mass "in protest" demonstrate, whoever the parser takes for
    # the subject; massing with no protest told is no act of its own
    ("Villagers from the valley massed outside the town hall in protest.", "massed",
     "PROTEST"),
    ("Villagers from the valley massed outside the town hall.", "massed", None),
    ("Opposition supporters gathered outside parliament in protest of the new law.",
     "gathered", "PROTEST"),
    # taking to the streets is demonstrating, unless to celebrate
    ("Thousands of Georgians took to the streets of Tbilisi.", "took", "PROTEST"),
    ("Argentines took to the streets to celebrate the victory.", "took", None),
    # a joint operation told with no foe is the partners working together, as joint
    # drills are; against a foe it is the attack
    ("Officials described the raid as a joint operation.", "operation", "COOPERATE"),
    ("Kenyan and Somali forces began a joint operation against al-Shabab.",
     "operation", "ASSAULT"),
    # an army silences guns and positions by fire; a government silences protests by force
    ("Georgian artillery suppressed the firing points of the rebels.",
     "suppressed", "ASSAULT"),
    ("Belarusian police suppressed the protests in Minsk.", "suppressed", "COERCE"),
    # handing back land or captives returns them, as "return" does
    ("Serbia handed back the border villages to Kosovo.", "handed", "RETREAT"),
    ("The rebels handed back the hostages to the Malian government.", "handed", "RETREAT"),
    # a mission sent to find facts, talk or assess pays a visit; one sent to keep the
    # peace is aid
    ("The African Union sent a fact-finding mission to Sudan.", "sent", "CONSULT"),
    ("The OSCE sent a delegation to Tbilisi to discuss the elections.", "sent", "CONSULT"),
    ("The UN sent a peacekeeping mission to Mali.", "sent", "AID"),
    # people sent to look into an act are the means of the inquiry its own verb codes
    ("Kenya sent police officers to Haiti to investigate the attack.", "investigate",
     "ACCUSE"),
    ("Kenya sent police officers to Haiti to investigate the attack.", "sent", None),
    ("Kenya sent police officers to Haiti.", "sent", "MOBILIZE"),
    # a supplier of oil sells it; a main supplier of a state, or of arms, helps it
    ("Norway is one of the main suppliers of natural gas to Poland.", "suppliers", None),
    ("Russia is Armenia's main supplier.", "supplier", "AID"),
    # acknowledging how things stand is no recognition; recognizing a state is
    ("We fully recognize the risk, a Peruvian envoy said on Tuesday.", "recognize", None),
    ("Bhutan recognized Kosovo in 2012.", "recognized", "SUPPORT"),
    # each of coordinated modifiers qualifies the noun: support in words, or in arms
    ("The minister thanked Poland for its moral support.", "support", "SUPPORT"),
    ("The minister thanked Poland for its moral and political support.", "support",
     "SUPPORT"),
    ("Turkey gave political and military support to Azerbaijan.", "support", "AID"),
    # evidence put forward against someone charges them; a plan put forward does not
    ("Britain presented evidence against Russia.", "presented", "ACCUSE"),
    ("Evidence against Serbia was presented by Croatia.", "presented", "ACCUSE"),
    ("Germany presented a new plan for Gaza.", "presented", None),
    # pressure or calls one faces, or comes under, are requests of whoever makes them
    ("The Serbian government faces pressure from the EU to recognize Kosovo.", "faces",
     "REQUEST"),
    ("Iran faces an economic crisis.", "faces", None),
    ("Lebanon is now facing pressure from all directions.", "facing", None),
]


pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "word", "wanted"), TRIGGERS)
def test_what_the_word_is_done_with_decides_its_type(nlp_pipeline, text: str, word: str,
                                                      wanted: str | None) -> None:
    assert trigger_types(nlp_pipeline, text).get(word) == wanted


def test_who_puts_on_the_pressure_asks(nlp_pipeline) -> None:
    text = "The Serbian president came under pressure from the EU to recognize Kosovo."
    assert "REQUEST EU>SRB" in [summary(e) for e in analyse(nlp_pipeline, text).events]


def test_a_return_of_land_promised_is_an_agreement(nlp_pipeline) -> None:
    text = "Under the deal, Serbia will hand back the border villages to Kosovo."
    assert "AGREE" in types_coded(nlp_pipeline, text)


@pytest.mark.parametrize("speakers", ["professors", "economists", "strategists"])
def test_what_academics_foresee_is_their_analysis(nlp_pipeline, speakers: str) -> None:
    """Like analysts and experts, academics commenting on what may come act in nothing."""
    text = f"Russia may attack Moldova next year, {speakers} said."
    assert "ASSAULT" not in types_coded(nlp_pipeline, text)


def test_a_state_that_foresees_an_attack_still_speaks_for_itself(nlp_pipeline) -> None:
    text = "Russia may attack Moldova next year, Romanian officials said."
    assert "ASSAULT" in types_coded(nlp_pipeline, text)


@pytest.mark.parametrize("verb", ["continue", "erupt", "collapse", "hold", "end"])
def test_verbs_that_carry_an_act_on_are_data(verb: str) -> None:
    """The verbs whose subject is an act told as happening are read from cues.yaml."""
    assert verb in aspectual_verbs()


def test_a_verb_of_saying_carries_no_act_on() -> None:
    assert "say" not in aspectual_verbs()


@pytest.mark.parametrize("text", [
    "New sanctions against Iran are in the Senate awaiting a vote.",
    "The EU is preparing a draft of new sanctions against Iran.",
])
def test_sanctions_only_proposed_threaten(nlp_pipeline, text: str) -> None:
    """A coercive act put forward and not yet passed warns its target, as "could
    follow if" does."""
    assert "THREATEN" in types_coded(nlp_pipeline, text)
    assert "SANCTION" not in types_coded(nlp_pipeline, text)


def test_sanctions_imposed_are_sanctions(nlp_pipeline) -> None:
    assert "SANCTION" in types_coded(nlp_pipeline, "The EU imposed new sanctions on Iran.")


def test_an_attack_told_beside_a_wait_is_an_attack(nlp_pipeline) -> None:
    """Only an act named by a noun is held out by "awaiting" or "pending" beside it."""
    coded = types_coded(nlp_pipeline, "Russian troops attacked Kharkiv, awaiting reinforcements.")
    assert "ASSAULT" in coded
    assert "THREATEN" not in coded
