"""A reaction that names an act told just before with another word of the same type ("Peru
sent rifles to the rebels. Chile said THE CONTINUED SUPPLY of arms was unacceptable") is
aimed at whoever did that act (`belli.events.antecedents`); an act of that type told far
before, or of another type, is not the one it names.

Events and sentences written for these tests; none is taken from a gold set.
"""

from __future__ import annotations

from belli.events.antecedents import aimed_at_earlier_acts
from belli.records import Actor, Event

_QUADS = {"AID": 2, "ACCUSE": 3, "ASSAULT": 4, "CONSULT": 1}


def _telling(at: int, type: str, sentence: str, trigger: str, source: tuple[Actor, ...]) -> Event:
    """An event told in a sentence starting at offset `at`."""
    where = at + sentence.index(trigger)
    return Event("doc", f"e{at}", type, None, _QUADS[type], 0.0, sentence, at, at + len(sentence),
                 trigger, source=source, trigger_start=where, trigger_end=where + len(trigger))


def _state(country: str) -> Actor:
    return Actor(text=country, name=country, country=country, sector="GOV")


PERU, CHILE = _state("PER"), _state("CHL")
SENT = _telling(0, "AID", "Peru sent rifles to the rebels.", "sent", (PERU,))


def _target(earlier: Event, reaction: Event) -> list[str | None]:
    return [a.country for a in aimed_at_earlier_acts([earlier, reaction])[1].target]


def test_a_verdict_on_an_act_of_the_type_told_just_before_is_aimed_at_its_doer():
    said = _telling(40, "ACCUSE", "Chile said the continued supply of arms was unacceptable.",
                    "said", (CHILE,))
    condemned = _telling(40, "ACCUSE", "Chile condemned the latest deliveries.", "condemned",
                         (CHILE,))
    assert _target(SENT, said) == ["PER"]
    assert _target(SENT, condemned) == ["PER"]


def test_a_phrase_ends_at_its_complement():
    visit = _telling(0, "CONSULT", "The Peruvian president visited the islands.", "visited", (PERU,))
    called = _telling(50, "ACCUSE", "Chile called the visit a provocation.", "called", (CHILE,))
    assert _target(visit, called) == ["PER"]


def test_an_act_of_the_type_told_far_before_or_of_another_type_is_not_the_one_named():
    far = _telling(900, "ACCUSE", "Chile condemned the continued supply of arms.", "condemned",
                   (CHILE,))
    other = _telling(40, "ACCUSE", "Chile condemned the shelling.", "condemned", (CHILE,))
    assert _target(SENT, far) == []
    assert _target(SENT, other) == []


def test_words_are_not_matched_by_their_type_alone():
    """"Peru accused Bolivia of smuggling. Chile rejected the charge": the charge is not
    Peru's act against Chile."""
    accused = _telling(0, "ACCUSE", "Peru accused Bolivia of smuggling.", "accused", (PERU,))
    rejected = _telling(40, "ACCUSE", "Chile condemned the charge.", "condemned", (CHILE,))
    assert _target(accused, rejected) == []


def test_a_doerless_act_of_the_type_between_does_not_hide_the_one_named():
    """"Peru supplied rifles to the rebels. More rifles were delivered on Monday. Chile
    condemned the supply": the delivery with no doer is passed over for Peru's supply."""
    supplied = _telling(0, "AID", "Peru supplied rifles to the rebels.", "supplied", (PERU,))
    delivered = _telling(36, "AID", "More rifles were delivered on Monday.", "delivered", ())
    condemned = _telling(74, "ACCUSE", "Chile condemned the supply.", "condemned", (CHILE,))
    events = aimed_at_earlier_acts([supplied, delivered, condemned])
    assert [a.country for a in events[2].target] == ["PER"]


def test_a_doerless_act_of_the_type_alone_names_no_target():
    delivered = _telling(0, "AID", "More rifles were delivered on Monday.", "delivered", ())
    condemned = _telling(38, "ACCUSE", "Chile condemned the supply.", "condemned", (CHILE,))
    assert _target(delivered, condemned) == []


def test_a_doerless_act_told_with_the_same_word_still_ends_the_search():
    """The act the noun names by its own word is the one meant, even with no doer told:
    an earlier supply by someone else is not reached."""
    supplied = _telling(0, "AID", "Peru supplied rifles to the rebels.", "supplied", (PERU,))
    again = _telling(36, "AID", "Rifles were supplied again on Monday.", "supplied", ())
    condemned = _telling(74, "ACCUSE", "Chile condemned the supply.", "condemned", (CHILE,))
    assert aimed_at_earlier_acts([supplied, again, condemned])[2].target == ()
