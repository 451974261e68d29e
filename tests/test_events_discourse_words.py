"""An unnamed side filled from a conflict inside one country is named as the document
names that actor ("the insurgents"), not by its country's code; where the document gives
it no words the code stays.

Events written for these tests; none is taken from a gold set.
"""

from __future__ import annotations

from belli.events.discourse import infer_counterparts
from belli.records import Actor, Event

_QUADS = {"ASSAULT": 4, "REQUEST": 3}


def _event(n: int, type: str, source: tuple[Actor, ...], target: tuple[Actor, ...] = ()) -> Event:
    sentence = f"Sentence {n}."
    return Event("doc", f"e{n}", type, None, _QUADS[type], 0.0, sentence, n * 20,
                 n * 20 + len(sentence), "word", source=source, target=target)


def _actor(text: str, sector: str, country: str = "MLI") -> Actor:
    return Actor(text=text, name=country, country=country, sector=sector)


VILLAGERS = _actor("villagers", "CVL")


def test_an_unnamed_attacker_takes_the_words_the_document_names_it_by() -> None:
    """"Insurgents raided a market ... the insurgents burned a village ... three
    villagers were killed"."""
    events = [_event(1, "ASSAULT", (_actor("Insurgents", "REB"),), (VILLAGERS,)),
              _event(2, "ASSAULT", (_actor("the insurgents", "REB"),), (VILLAGERS,)),
              _event(3, "ASSAULT", (_actor("the insurgents", "REB"),), (VILLAGERS,)),
              _event(4, "ASSAULT", (), (VILLAGERS,))]
    (attacker,) = infer_counterparts(events)[3].source
    assert (attacker.text, attacker.country, attacker.sector) == ("the insurgents", "MLI", "REB")


def test_the_side_own_words_stay_beside_the_named_guess() -> None:
    gunmen = Actor(text="gunmen")
    events = [_event(1, "ASSAULT", (_actor("the militia", "REB"),), (VILLAGERS,)),
              _event(2, "ASSAULT", (gunmen,), (VILLAGERS,))]
    assert [a.text for a in infer_counterparts(events)[1].source] == ["gunmen", "the militia"]


def test_an_actor_the_document_gives_no_words_keeps_its_country_code() -> None:
    events = [_event(1, "ASSAULT", (_actor("", "REB"),), (VILLAGERS,)),
              _event(2, "ASSAULT", (), (VILLAGERS,))]
    assert [a.text for a in infer_counterparts(events)[1].source] == ["MLI"]
