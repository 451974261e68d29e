"""Sides the text leaves understood, end to end with the model: the purpose of a supplied
thing is its user's, the refuser's own forces are no target, a party persuaded to accept
talks takes part in them, a passive verdict on "the attack" and a verdict on "the
agreement" are aimed at whoever did it, a thing received gives its maker or owner as the
giver, and first-person words in a speaker's quotation are the speaker's side. Each case
is a sentence and the events it must code ("TYPE SOURCES>TARGETS"), among others."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, coded, sides

from belli.events.speaker_words import _first_person, _first_person_word

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "types", "expected"), [
    # a purpose clause hung on a participle of handing over is the user's, not the giver's
    ("Azerbaijani troops used drones supplied by Turkey to strike Armenian artillery.",
     {"ASSAULT"}, ["ASSAULT AZE>ARM"]),
    ("Ukrainian soldiers used howitzers delivered by France to shell Russian positions.",
     {"ASSAULT"}, ["ASSAULT UKR>RUS"]),
    # ... the instrument's user, wherever its "with" hangs (the sinking is the firing's)
    ("Houthi fighters fired at ships with rockets sold by Iran to sink Saudi tankers.",
     {"ASSAULT"}, ["ASSAULT YEM>"]),
    # ... a participle of no handing over keeps its own agent as the doer
    ("Azerbaijan praised the steps taken by Turkey to send aid to Armenia.", {"AID"},
     ["AID TUR>ARM"]),
])
def test_a_supplied_things_purpose_is_its_users(nlp_pipeline, text, types, expected):
    assert sides(nlp_pipeline, text, types) == expected


@pytest.mark.parametrize(("text", "types", "expected"), [
    # forces the sentence gives only the refuser's country are its own, no target
    ("Russia refused to send peacekeepers to the region.", {"REJECT"}, ["REJECT RUS>"]),
    ("France declined to deploy soldiers in the area.", {"REJECT"}, ["REJECT FRA>"]),
    # others of its country named as such stay targets
    ("Uganda threatened to ban Ugandan opposition candidates.", {"THREATEN"},
     ["THREATEN UGA>UGA"]),
    # an unarmed group the sentence gives the source's country is not its own: aimed at
    ("Russia threatened to attack the rebels.", {"THREATEN"}, ["THREATEN RUS>RUS"]),
    ("Russia refused to protect the rebels.", {"REJECT"}, ["REJECT RUS>RUS"]),
])
def test_the_refusers_own_forces_are_no_target(nlp_pipeline, text, types, expected):
    assert sides(nlp_pipeline, text, types) == expected


@pytest.mark.parametrize(("text", "types", "expected"), [
    # the party that consents to a joint act takes part in it
    ("The European Union persuaded Azerbaijan to accept talks with Armenia.", {"CONSULT"},
     ["CONSULT AZE>ARM"]),
    ("Serbia accepted negotiations with Kosovo.", {"CONSULT"}, ["CONSULT SRB>XKX"]),
    # accepting what is given is not giving it
    ("Armenia accepted military aid.", {"AID"}, []),
])
def test_consenting_to_talks_takes_part(nlp_pipeline, text, types, expected):
    assert sides(nlp_pipeline, text, types) == expected


@pytest.mark.parametrize(("text", "types", "expected"), [
    # a passive verdict on "the attack" is aimed at whoever attacked, as the active is
    ("Azerbaijani troops attacked Armenian posts. The attack was condemned by France.",
     {"ACCUSE"}, ["ACCUSE FRA>AZE"]),
    ("Russian jets bombed a Syrian market. The bombing was denounced by Turkey.",
     {"ACCUSE"}, ["ACCUSE TUR>RUS"]),
    # a verdict on an agreement is aimed at the parties that reached it together ...
    ("Turkey and Azerbaijan signed a defence pact in Shusha. Armenia condemned the agreement.",
     {"ACCUSE"}, ["ACCUSE ARM>AZE,TUR"]),
    # ... never at a party's own verdict
    ("Turkey and Azerbaijan signed a defence pact in Shusha. Azerbaijan welcomed the agreement.",
     {"SUPPORT"}, ["SUPPORT AZE>"]),
])
def test_a_verdict_is_aimed_at_the_doer_told_before(nlp_pipeline, text, types, expected):
    assert sides(nlp_pipeline, text, types) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # with no "from", the adjective or possessor of what is received names the giver
    ("Armenia is set to receive Indian howitzers.", ["AID IND>ARM"]),
    ("Turkey received Russia's S-400 missiles.", ["AID RUS>TUR"]),
    # ... never the receiver's own, nor what a purchase's goods are called
    ("Armenia received its first howitzers.", ["AID >ARM"]),
    ("Azerbaijan bought Israeli drones.", ["AID >AZE"]),
])
def test_what_is_received_names_its_giver(nlp_pipeline, text, expected):
    assert sides(nlp_pipeline, text, {"AID"}) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # "our" in the quoted words: the speaker's country, the noun's sector
    ('"Our forces did not open fire," Armenian Defence Minister Suren Papikyan told reporters.',
     "open", ("ARM", "MIL")),
    ('"Azerbaijan shelled our villages," the Armenian foreign minister said.', "shelled",
     ("ARM", "CVL")),
])
def test_our_in_a_quotation_is_the_speakers(nlp_pipeline, text, trigger, expected):
    event = coded(nlp_pipeline, text, trigger)
    ours = [a for a in (*event.source, *event.target) if "our" in a.text.lower().split()]
    assert [(a.country, a.sector) for a in ours] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a thing "our" owns, and "we", in the quoted words stand for the speaker's side
    (('"Azerbaijani troops attacked our posts at dawn and we returned fire," said an '
      "Armenian army commander."), ["ASSAULT ARM>AZE", "ASSAULT AZE>ARM"]),
    ('"Georgian police fired at us," said a Russian army officer.', ["ASSAULT GEO>RUS"]),
    # reported, not quoted: "our" may be the writer's, and is not the speaker's country
    ("The Armenian minister said Azerbaijani troops attacked our posts.", ["ASSAULT AZE>?"]),
])
def test_first_person_objects_in_a_quotation(nlp_pipeline, text, expected):
    assert sides(nlp_pipeline, text, {"ASSAULT"}) == expected


def test_us_is_first_person_only_as_the_pronoun(nlp_pipeline):
    """"fired at US" is the speaker's side; "US troops" are the United States'."""
    pronoun = analyse(nlp_pipeline, "Gunmen fired at us.").parse[3]
    name = analyse(nlp_pipeline, "Gunmen fired at US troops.").parse[3]
    assert _first_person_word(pronoun) and not _first_person_word(name)
    assert _first_person("our posts") and _first_person("fired at us")
    assert not _first_person("US troops")
