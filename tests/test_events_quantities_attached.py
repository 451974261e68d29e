"""Which numbers an event carries: bare counts and vague plurals ("killing at least
eight", "dozens of people"), the casualties of an event noun ("12 soldiers died in the
attack"), the sum an aid noun is counted in ("£2.5bn in military aid"); never a number
inside a date, an age or a model name ("F-16"). The sentences are our own invention."""

from __future__ import annotations

import pytest
from event_fixtures import numbers

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
