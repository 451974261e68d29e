"""Which PLOVER type a trigger codes, end to end with the model (`events.rules.v1`).

Two levels: `_types` runs the whole coder and reads the types of the events it keeps;
`_trigger_types` asks the trigger finder alone, for sentences whose type is right even
where no actor can be settled ("the fighting stopped at midnight"). Sentences are our own.
"""

from __future__ import annotations

import pytest
from event_fixtures import analyse as _analyse
from event_fixtures import trigger_types as _trigger_types
from event_fixtures import types_coded as _types

pytestmark = pytest.mark.model


# (sentence, the type it must code, a type it must not code)
TYPES = [
    # a town that stands for its authorities is still ground taken
    ("Azerbaijani forces captured Shusha.", "ASSAULT", "COERCE"),
    # troops leaving or giving up ground withdraw; civilians leaving do not
    ("Armenian troops left the town of Lachin on Sunday.", "RETREAT", None),
    ("Russian forces abandoned their positions near Kharkiv.", "RETREAT", None),
    ("Armenian units vacated the village of Tegh.", "RETREAT", None),
    # using a weapon against someone is the attack
    ("Israeli forces used drones against Hamas positions in Gaza.", "ASSAULT", None),
    # "needs to" in a reported clause, and "the need to", oblige like "must"
    ("A Turkish adviser said Washington needs to act.", "REQUEST", None),
    ("Russia stressed the need to end the fighting.", "REQUEST", None),
    ("Azerbaijan informed Turkey about the operation.", "CONSULT", None),
    # the parser hangs the one expected to act under the infinitive
    ("Pakistan expects the Afghan government to act.", "REQUEST", None),
    # welcoming a decision backs it; welcoming a leader hosts them
    ("The EU welcomed Serbia's decision.", "SUPPORT", "CONSULT"),
    ("Armenian protesters broke into the parliament building in Yerevan.", "PROTEST", None),
    ("Georgian protesters occupied the parliament building in Tbilisi.", "PROTEST", "COERCE"),
    ("Hundreds of people massed outside the Israeli consulate in Istanbul.", "PROTEST", None),
    # "pressed on with" goes on with the act its object names; it asks nothing
    ("Syrian troops pressed on with their drills along the Turkish frontier.",
     "MOBILIZE", "REQUEST"),
    ("Pakistan reiterated its readiness to hold talks with India.", "AGREE", None),
    # what a verb of naming calls an act or an actor is a verdict on it
    ("Moscow called the sanctions illegal.", "ACCUSE", "REQUEST"),
    ("Ankara considers the PKK to be terrorists.", "ACCUSE", None),
    ("Ankara considers the PKK a terrorist organization.", "ACCUSE", None),
    ("Russia called on Iran to stop the enrichment.", "REQUEST", "ACCUSE"),
    # a verb the call asks for is no verdict, even one that names a charge ("act")
    ("Kenya called on its neighbours to act.", "REQUEST", "ACCUSE"),
    # saying an actor fails at a duty criticizes it; failing to reach a deal is a refusal
    ("Pakistan said Kabul was failing to stop the militants.", "ACCUSE", None),
    ("Iran said Iraq failed to reach a deal.", "REJECT", "ACCUSE"),
    # opposing a state of things condemns it; opposing an offer rejects it
    ("Japan reiterated its opposition to China's attempts to change the status quo.",
     "ACCUSE", "REJECT"),
    # paying a ransom yields to a demand
    ("Italy paid a ransom to the kidnappers.", "CONCEDE", "RETREAT"),
    ("Nigerien soldiers ousted President Bazoum.", "COERCE", None),
    # peacekeepers are help, and a promise to keep the peace is an AGREE
    ("Turkey said it would take part in peacekeeping in Karabakh.", "AGREE", None),
    ("Azerbaijan condemned the transport of weapons from Iran to Armenia.", "AID", None),
    ("Iran's covert support to the rebels worries Baghdad.", "AID", "SUPPORT"),
    # troops crossing a border make an incursion; refugees crossing it do not
    ("Azerbaijan's army crossed the border near Lake Sev.", "ASSAULT", None),
    # "a case that X brought": the relative "that" stands for the case
    ("Judges heard a case that Gambia brought in 2019.", "ACCUSE", None),
    ("A court in Tbilisi ordered him held for two months.", "COERCE", "REQUEST"),
    ("The Houthis sank a British cargo ship in the Red Sea.", "ASSAULT", None),
    ("Iran intercepted a Greek tanker in the Gulf.", "COERCE", None),
    ("Russia and Ukraine swapped prisoners on Friday.", "RETREAT", None),
    ("Washington scrapped the nuclear deal with Iran.", "SANCTION", None),
    ("Niger ended its military agreement with the United States.", "SANCTION", "AGREE"),
    ("Brussels signed a strategic partnership with Kazakhstan.", "AGREE", None),
    ("Turkey shipped drones to Ukraine.", "AID", None),
    # a weapons test shows capacity; it attacks no one ("test - fired": the hyphen rejoined)
    ("North Korea test-fired a ballistic missile on Sunday.", "MOBILIZE", "ASSAULT"),
    # "take part in" a gerund: the gerund's act, promised
    ("Turkey said it would take part in monitoring the ceasefire.", "AGREE", None),
]


def test_tear_gas_is_crowd_control(nlp_pipeline) -> None:
    (event,) = _analyse(nlp_pipeline, "Police fired tear gas at protesters in Nairobi.").events
    assert (event.type, event.mode) == ("ASSAULT", "crowd-control")


def test_refugees_crossing_a_border_make_no_incursion(nlp_pipeline) -> None:
    assert "ASSAULT" not in _types(nlp_pipeline, "Thousands of refugees crossed the border into Armenia.")


# "will not hesitate to" announces the act: a threat, not a negated attack
HESITATE = [
    ("Russia will not hesitate to strike Ukraine.", "THREATEN"),
    ("Iran said it will not hesitate to use force against Azerbaijan.", "THREATEN"),
]


@pytest.mark.parametrize(("text", "wanted"), HESITATE)
def test_not_hesitating_announces_the_act(nlp_pipeline, text: str, wanted: str) -> None:
    (event,) = [e for e in _analyse(nlp_pipeline, text).events if e.type == wanted]
    assert "negated" not in event.aux


def test_a_plain_negated_strike_stays_negated(nlp_pipeline) -> None:
    (event,) = _analyse(nlp_pipeline, "Russia will not strike Ukraine.").events
    assert "negated" in event.aux


@pytest.mark.parametrize(("text", "wanted", "unwanted"), TYPES)
def test_sentence_codes_its_type(nlp_pipeline, text: str, wanted: str, unwanted: str | None) -> None:
    found = _types(nlp_pipeline, text)
    assert wanted in found, found
    assert unwanted not in found, found


def test_civilians_leaving_is_no_retreat(nlp_pipeline) -> None:
    assert "RETREAT" not in _types(nlp_pipeline, "Thousands of Armenian civilians left Karabakh.")


# (sentence, trigger word, the type it codes)
TRIGGERS = [
    # a ceasefire told without its parties: the fighting stops, is halted, ceases
    ("The fighting between the two armies stopped at midnight.", "stopped", "RETREAT"),
    ("The deal halted the fighting in the south.", "halted", "RETREAT"),
    ("Both armies stopped shelling the border villages.", "stopped", "RETREAT"),
    ("All military operations ceased at dawn.", "ceased", "RETREAT"),
    # the noun a reduced relative or a relative "that" modifies is the verb's object
    ("It was the Baku Declaration signed in June by the two presidents.", "signed", "AGREE"),
    ("They visited Shusha, the town that Azerbaijani forces seized in 2020.", "seized", "ASSAULT"),
    ("Armenia condemned the offensive that Azerbaijan launched on Tuesday.", "launched", "ASSAULT"),
    ("The Kremlin signalled its reluctance to accept the peace plan.", "reluctance", "REJECT"),
    ("The two armies plan an exchange of captured soldiers.", "exchange", "RETREAT"),
    # peacekeepers posted are help, not a show of force
    ("Russian peacekeepers were stationed in Lachin.", "stationed", "AID"),
    ("The prisoners held by the rebels were freed.", "held", "COERCE"),
    # a hyphenated noun the tokenizer split ("build - up")
    ("Japan is worried by the military build-up near the islands.", "up", "MOBILIZE"),
    # a participle the tagger took for a past tense: its noun is the object
    ("Photos showed the wreckage of drones brought down over the region.", "brought", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "word", "wanted"), TRIGGERS)
def test_trigger_codes_its_type(nlp_pipeline, text: str, word: str, wanted: str) -> None:
    assert _trigger_types(nlp_pipeline, text).get(word) == wanted


def test_a_peacekeeping_force_is_no_event(nlp_pipeline) -> None:
    found = _trigger_types(nlp_pipeline, "A Russian peacekeeping force patrols the corridor.")
    assert "peacekeeping" not in found
