"""An act told with no actor in its sentence takes its actors from the text around it,
only where that context is clear: the same act told just before ("the siege
continues"), or the two sides of the story's one armed conflict ("clashes began").

Sentences written for these tests, in the style of wire copy; none is taken from a gold set.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import partial

import pytest
from event_fixtures import analyse
from nominal_fixtures import FIGHTING, actor, adopted, event, told_happening, triggers

from belli.events.discourse import conflict_sides
from belli.events.nominal import adopt_actors

# --- the document's two sides in arms (no model) ------------------------------------------

def test_the_two_sides_are_the_pair_that_material_conflict_names():
    events = [event("ASSAULT", 0, (actor("AZE"),), (actor("ARM"),)),
              event("ACCUSE", 20, (actor("ARM"),), (actor("TUR"),)),
              event("ACCUSE", 40, (actor("ARM"),), (actor("TUR"),))]
    assert conflict_sides(events) == ("ARM", "AZE")


def test_one_sided_attacks_still_show_the_two_sides():
    """"Servicemen were killed" (a target only) and "troops occupied positions" (a
    source only) name one country each."""
    events = [event("ASSAULT", 0, (), (actor("ARM"),)),
              event("ASSAULT", 20, (actor("AZE"),), ())]
    assert conflict_sides(events) == ("ARM", "AZE")


@pytest.mark.parametrize("events", [
    [],  # no fighting told
    [event("ACCUSE", 0, (actor("ARM"),), (actor("AZE"),))],  # words, not arms
    [event("ASSAULT", 0, (actor("SOM", "REB"),), (actor("SOM", "GOV"),))],  # one country
    # a civil war's foreign bystander is no side: rebels fight the state, a neighbour is named
    [event("ASSAULT", 0, (actor("SOM", "REB"),), (actor("SOM", "GOV"),)),
     event("ASSAULT", 20, (), (actor("KEN"),))],
    [event("ASSAULT", 0, (), (actor("ARM"),)), event("ASSAULT", 20, (actor("AZE"),), ()),
     event("ASSAULT", 40, (actor("GEO"),), ())],  # a third as often as the second
])
def test_no_clear_two_sides_means_none(events):
    assert conflict_sides(events) is None


# --- with the parse -----------------------------------------------------------------------

SIEGE = event("ASSAULT", 0, (actor("SOM", "REB"),), (actor("SOM", "GOV"),))

@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    ("Fighting broke out on the border.", "fighting"),
    ("The siege continues.", "siege"),
    ("A ceasefire has held since Monday.", "ceasefire"),
    ("Hostilities were suspended at noon.", "suspended"),
])
def test_an_act_told_as_happening(nlp_pipeline, text, word):
    assert told_happening(nlp_pipeline, text, word)


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    ("Since the fighting ended, traders have returned.", "fighting"),
    ("Peacekeepers were deployed under the ceasefire.", "ceasefire"),
    ("Two days of clashes left the town empty.", "clashes"),
    ("Rebels suspended the talks.", "suspended"),  # active: its doer is named
])
def test_an_act_that_dates_or_sets_the_scene_is_not_told_as_happening(nlp_pipeline, text, word):
    assert not told_happening(nlp_pipeline, text, word)


@pytest.mark.model
def test_the_same_act_told_again_takes_the_sides_told_before(nlp_pipeline):
    text = "Gunmen attacked a hotel in Mogadishu on Tuesday. The siege continues."
    (siege,) = adopted(nlp_pipeline, text, "siege", [SIEGE])
    assert [a.country for a in siege.source] == ["SOM"]
    assert [a.sector for a in siege.target] == ["GOV"], siege.reason


@pytest.mark.model
def test_a_passive_about_what_the_story_told_takes_the_sides_told_before(nlp_pipeline):
    text = "Rebels abducted forty pupils in Kaduna on Friday. The pupils were released today."
    released = event("RETREAT", 0, (actor("NGA", "REB"),), (actor("NGA", "CVL"),))
    (coded,) = adopted(nlp_pipeline, text, "released", [released])
    assert [a.sector for a in coded.source] == ["REB"], coded.reason


@pytest.mark.model
def test_a_passive_about_something_new_takes_no_earlier_sides(nlp_pipeline):
    text = "Rebels abducted forty pupils in Kaduna on Friday. Roads were reopened today."
    reopened = event("RETREAT", 0, (actor("NGA", "REB"),), (actor("NGA", "CVL"),))
    assert not adopted(nlp_pipeline, text, "reopened", [reopened])


@pytest.mark.model
def test_a_new_act_brought_in_does_not_take_an_earlier_acts_sides(nlp_pipeline):
    text = "Gunmen attacked a hotel in Mogadishu on Tuesday. A clearance operation continues."
    assert not adopted(nlp_pipeline, text, "operation", [SIEGE])


@pytest.mark.model
def test_an_act_told_long_after_takes_no_sides(nlp_pipeline):
    text = ("Gunmen attacked a hotel in Mogadishu on Tuesday. Markets were busy. Schools "
            "reopened. Traffic was heavy. The siege continues.")
    assert not adopted(nlp_pipeline, text, "siege", [SIEGE])


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    ("The two armies traded fire. Clashes began on Sunday.", "clashes"),
    ("The two armies traded fire. Hostilities were suspended at noon.", "suspended"),
])
def test_fighting_and_its_suspension_are_the_two_sides_together(nlp_pipeline, text, word):
    (coded,) = adopted(nlp_pipeline, text, word, FIGHTING)
    assert {a.country for a in coded.source} == {"ARM", "AZE"} and coded.reciprocal
    assert not coded.target, coded.reason


@pytest.mark.model
def test_one_sides_act_is_not_given_both_sides(nlp_pipeline):
    """"An offensive" is launched by one side, and the text does not say which."""
    text = "The two armies traded fire. An offensive began on Sunday."
    assert not adopted(nlp_pipeline, text, "offensive", FIGHTING)


@pytest.mark.model
def test_fighting_with_no_clear_sides_stays_uncoded(nlp_pipeline):
    text = "Markets were busy. Clashes began on Sunday."
    assert not adopted(nlp_pipeline, text, "clashes", [])


@pytest.mark.model
def test_an_act_already_coded_in_its_sentence_is_not_coded_twice(nlp_pipeline):
    text = "The two armies traded fire. Clashes began on Sunday."
    told = [*FIGHTING, event("ASSAULT", 1)]  # the last sentence's own attack
    assert not adopted(nlp_pipeline, text, "clashes", told)


@pytest.mark.model
def test_an_act_told_twice_in_its_sentence_is_coded_once(nlp_pipeline):
    text = "The two armies traded fire. Fighting resumed and clashes went on all night."
    analysis = analyse(nlp_pipeline, text)
    starts = [s.start_char for s in analysis.parse.sents]
    found = triggers(nlp_pipeline, text)
    lone = [(found[w], event("ASSAULT", starts[-1], trigger=w)) for w in ("fighting", "clashes")]
    placed = [e.replace(start=starts[0]) for e in FIGHTING]
    assert len(adopt_actors(lone, placed, partial(bisect_right, starts))) == 1


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    ("The two armies traded fire. A fuel depot was destroyed.", "destroyed"),
    ("The two armies traded fire. A helicopter was shot down.", "shot"),
    ("The two armies traded fire. Scores of people were wounded.", "wounded"),
    ("The two armies traded fire. A supply column was ambushed.", "ambushed"),
])
def test_a_passive_of_one_sides_act_is_not_given_both_sides(nlp_pipeline, text, word):
    """Whoever destroyed the depot or ambushed the column was one side, not both."""
    assert not adopted(nlp_pipeline, text, word, FIGHTING)


@pytest.mark.model
def test_one_attack_does_not_yet_make_two_sides(nlp_pipeline):
    text = "Troops shelled a village. Clashes began on Sunday."
    assert not adopted(nlp_pipeline, text, "clashes", FIGHTING[:1])


@pytest.mark.model
def test_a_conflict_inside_one_country_gives_its_fighting_oneactor(nlp_pipeline):
    text = "Rebels attacked an army base. Troops raided a rebel camp. Clashes began on Sunday."
    told = [SIEGE, SIEGE.replace(event_id="again", start=1)]
    (coded,) = adopted(nlp_pipeline, text, "clashes", told)
    assert [a.country for a in coded.source] == ["SOM"], coded.reason


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    ("Did the ceasefire hold?", "ceasefire"),
    ("Will fighting resume?", "fighting"),
    ("Were hostilities suspended?", "suspended"),
])
def test_a_question_tells_no_act(nlp_pipeline, text, word):
    assert not told_happening(nlp_pipeline, text, word)


# --- end to end: the coder hands its actorless events over (see belli/events/coder.py) ----

@pytest.mark.model
def test_a_suspension_of_fighting_is_coded_for_both_sides(nlp_pipeline):
    text = ("Azerbaijani troops shelled Armenian positions near the border on Monday. "
            "Armenian forces fired on Azerbaijani posts overnight. "
            "Hostilities were suspended at noon on Tuesday.")
    events = analyse(nlp_pipeline, text).events
    (pause,) = [e for e in events if e.trigger == "suspended"]
    assert pause.type == "RETREAT" and {a.country for a in pause.source} == {"ARM", "AZE"}, \
        pause.reason


@pytest.mark.model
def test_a_mention_that_dates_another_act_stays_uncoded(nlp_pipeline):
    text = ("Azerbaijani troops shelled Armenian positions near the border on Monday. "
            "Armenian forces fired on Azerbaijani posts overnight. "
            "Since the fighting began, hundreds of families have left the villages.")
    events = analyse(nlp_pipeline, text).events
    assert not [e for e in events if e.trigger == "fighting"], [e.reason for e in events]


SHELLING = ("Azerbaijani troops shelled Armenian positions near the border on Monday. "
            "Armenian forces fired on Azerbaijani posts overnight. ")


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "A fuel depot was destroyed.",
    "A helicopter was shot down near the front.",
    "Several dozen were wounded.",
    "A supply column was ambushed on the road.",
])
def test_a_passive_of_one_sides_act_is_coded_for_neither_side(nlp_pipeline, sentence):
    events = analyse(nlp_pipeline, SHELLING + sentence).events
    start = len(SHELLING)
    assert not [e for e in events if e.start >= start and e.reciprocal], \
        [e.reason for e in events]


@pytest.mark.model
def test_fighting_told_twice_in_one_sentence_is_oneevent(nlp_pipeline):
    sentence = "Fighting flared again and clashes continued into the night."
    events = analyse(nlp_pipeline, SHELLING + sentence).events
    assert len([e for e in events if e.start >= len(SHELLING)]) == 1, [e.reason for e in events]


@pytest.mark.model
def test_a_question_about_the_ceasefire_is_coded_as_nothing(nlp_pipeline):
    events = analyse(nlp_pipeline, SHELLING + "Did the ceasefire hold?").events
    assert not [e for e in events if e.start >= len(SHELLING)], [e.reason for e in events]


@pytest.mark.model
def test_a_headline_told_again_codes_its_fighting_once(nlp_pipeline):
    headline = "Fighting resumed on the border."
    events = analyse(nlp_pipeline, f"{headline} {SHELLING}{headline}").events
    assert len([e for e in events if e.trigger == "Fighting"]) == 1, [e.reason for e in events]


@pytest.mark.model
def test_a_planned_permission_with_no_actor_still_holds_the_act_it_allows(nlp_pipeline):
    """The accord names no one, yet the visit it will allow has not happened: the act a
    planned permission holds is coded with the plan, not as done."""
    events = analyse(nlp_pipeline, "The accord will allow Russian inspectors to visit Georgia.").events
    assert not [e for e in events if e.trigger == "visit"], [e.reason for e in events]
