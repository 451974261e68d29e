"""Which numbers an event carries: bare counts and vague plurals ("killing at least
eight", "dozens of people"), the casualties of an event noun ("12 soldiers died in the
attack"), the sum an aid noun is counted in ("£2.5bn in military aid"); never a number
inside a date, an age or a model name ("F-16"). The sentences are our own invention."""

from __future__ import annotations

import pytest
from event_fixtures import analyse, numbers

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Soldiers opened fire on villagers in Kayah state, killing at least eight.", "opened",
     [(8, "at least", "killed")]),
    ("Israeli air strikes killed dozens of people in Khan Younis.", "strikes",
     [(24, "at least", "killed")]),
    ("Thousands of farmers protested in Warsaw against Ukrainian grain imports.", "protested",
     [(2000, "at least", "farmers")]),
    ("Indian troops arrested about two dozen Pakistanis near the border.", "arrested",
     [(24, "about", "arrested")]),
    ("Rebels killed two of the peacekeepers near Beni.", "killed", [(2, None, "killed")]),
    ("The ministry said 14 soldiers died in the Houthi attack.", "attack", [(14, None, "killed")]),
    ("Britain said it would give Ukraine £2.5bn in military aid.", "aid", [(2.5e9, None, "GBP")]),
    ("Norway will send 12 F-16 fighter jets to Ukraine.", "send", [(12, None, "jets")]),
    ("Russian shells hit Kherson, killing three civilians and wounding five others.", "hit",
     [(3, None, "killed"), (5, None, "wounded")]),
    # a toll counts the dead of the event it is the toll of
    ("The death toll from the Russian strike on Odesa rose to 14.", "strike", [(14, None, "killed")]),
    # a verb's numeric subject is counted once, as a bare count, not again as the verb's
    ("Twelve died in the Russian attack on Sumy.", "attack", [(12, None, "killed")]),
    ("Twelve were killed by Russian shelling of Sumy.", "killed", [(12, None, "killed")]),
    # a vague count read through its scale word
    ("Ukraine killed hundreds of thousands.", "killed", [(200_000, "at least", "killed")]),
])
def test_an_event_carries_its_counts(nlp_pipeline, text, trigger, expected):
    assert numbers(nlp_pipeline, text, trigger) == expected


@pytest.mark.parametrize(("text", "trigger"), [
    ("Kenya and Somalia signed a border agreement on 14 March 2021.", "signed"),
    ("Police detained a 23-year-old student in Minsk.", "detained"),
    ("No one was killed when Russian drones struck Lviv.", "struck"),
    ("No one died in the Russian attack on Lviv.", "attack"),
])
def test_dates_ages_and_no_one_are_no_counts(nlp_pipeline, text, trigger):
    assert numbers(nlp_pipeline, text, trigger) == []


@pytest.mark.parametrize(("text", "claims"), [
    ("Health officials said 40 villagers were killed, while the militia put the toll at 9.",
     [(40.0, "Health officials"), (9.0, "the militia")]),
    (("At least 30 miners were killed in the raid, police said, but residents put the number "
      "at 55."), [(30.0, "police"), (55.0, "residents")]),
])
def test_a_rival_count_of_the_same_loss_keeps_its_claimant(nlp_pipeline, text, claims):
    # "ministry says 50, monitors say 80": each count with who gives it
    event = next(e for e in analyse(nlp_pipeline, text).events if e.trigger == "killed")
    assert [(q.value, q.claimed_by) for q in event.quantities] == claims
    assert {q.unit for q in event.quantities} == {"killed"}


@pytest.mark.parametrize(("text", "trigger", "values"), [
    # an arrest told beside a killing takes no toll
    (("Gunmen killed 5 villagers in Gao, and troops arrested 12 suspects in Mopti, while "
     "local officials put the toll at 9."), "arrested", [12.0]),
    # the speaker's own later count is no rival's
    ("The ministry said 45 people were killed, and the ministry later put the toll at 50.",
     "killed", [45.0]),
])
def test_a_toll_is_no_rival_count_of_an_arrest_nor_of_its_own_speaker(
        nlp_pipeline, text, trigger, values):
    event = next(e for e in analyse(nlp_pipeline, text).events if e.trigger == trigger)
    assert [q.value for q in event.quantities] == values


def test_a_count_put_on_something_else_is_not_the_events(nlp_pipeline):
    text = "Rebels killed 12 soldiers on Monday, and the UN put the number of displaced at 3,000."
    event = next(e for e in analyse(nlp_pipeline, text).events if e.trigger == "killed")
    assert [q.value for q in event.quantities] == [12.0]
