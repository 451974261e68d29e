"""Counterparts of what is given up and of what an international organisation does: a
withdrawal or a concession with no one named goes to the side the document tells in
conflict with the named side, before its partners in cooperation; an organisation that
acts with no one named acts on the state the document pairs it with.

Events written for these tests; none is taken from a gold set.
"""

from __future__ import annotations

from belli.events.discourse import infer_counterparts
from belli.records import Actor, Event

_QUADS = {"ASSAULT": 4, "CONSULT": 1, "AGREE": 1, "REQUEST": 1, "RETREAT": 2, "CONCEDE": 2}


def _event(n: int, type: str, source: tuple[Actor, ...], target: tuple[Actor, ...] = ()) -> Event:
    sentence = f"Sentence {n}."
    return Event("doc", f"e{n}", type, None, _QUADS[type], 0.0, sentence, n * 20,
                 n * 20 + len(sentence), "word", source=source, target=target)


def _actor(country: str, sector: str | None = None) -> Actor:
    return Actor(text=f"{country} {sector}", name=country, country=country, sector=sector)


GEO, RUS, USA = _actor("GEO", "MIL"), _actor("RUS", "MIL"), _actor("USA", "GOV")
# Georgia fights Russia twice and consults the United States twice
WAR_AND_TALKS = [_event(1, "ASSAULT", (RUS,), (GEO,)), _event(2, "ASSAULT", (GEO,), (RUS,)),
                 _event(3, "CONSULT", (_actor("GEO", "GOV"),), (USA,)),
                 _event(4, "CONSULT", (USA,), (_actor("GEO", "GOV"),))]


def _filled(events: list[Event], side: str = "target") -> list[str | None]:
    return [a.country for a in getattr(infer_counterparts(events)[-1], side)]


def test_troops_withdrawing_with_no_one_named_withdraw_from_the_adversary():
    """"Georgian troops will pull out of the two villages": from Russia, not the partner."""
    assert _filled([*WAR_AND_TALKS, _event(5, "RETREAT", (GEO,))]) == ["RUS"]


def test_a_concession_with_no_one_named_goes_to_the_adversary():
    """"Tbilisi agreed to ease the checks at the crossing" in a story of its war."""
    assert _filled([*WAR_AND_TALKS, _event(5, "CONCEDE", (_actor("GEO", "GOV"),))]) == ["RUS"]


def test_an_agreement_with_no_one_named_is_still_with_the_partner():
    """A promise is made to whom the side cooperates with: "Georgia promised to buy more"."""
    assert _filled([*WAR_AND_TALKS, _event(5, "AGREE", (_actor("GEO", "GOV"),))]) == ["USA"]


def test_a_withdrawal_with_no_adversary_told_goes_to_the_partner():
    """With no conflict told, the side's partner in cooperation is the counterpart still."""
    events = [*WAR_AND_TALKS[2:], _event(5, "RETREAT", (GEO,))]
    assert _filled(events) == ["USA"]


ALLIANCE = _actor("CSTO", "IGO")


def test_an_organisation_acting_with_no_one_named_acts_on_the_member_it_is_paired_with():
    """"Kyrgyzstan appealed to the alliance ... the alliance said it would send a mission"."""
    events = [_event(1, "REQUEST", (_actor("KGZ", "GOV"),), (ALLIANCE,)),
              _event(2, "AGREE", (ALLIANCE,))]
    assert _filled(events) == ["KGZ"]


def test_an_organisation_paired_with_two_states_alike_takes_neither():
    events = [_event(1, "REQUEST", (_actor("KGZ", "GOV"),), (ALLIANCE,)),
              _event(2, "REQUEST", (_actor("TJK", "GOV"),), (ALLIANCE,)),
              _event(3, "AGREE", (ALLIANCE,))]
    assert _filled(events) == []
