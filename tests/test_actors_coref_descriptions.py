"""Which states "the two countries" and its kind refer back to, decided without the model:
a description that stands as what its clause acts on is none of that sentence's subjects;
the state a leader is named by ("Kenya's president") is "the country" after it, but
counts toward no "two sides"."""

from __future__ import annotations

from belli.actors.coref import Antecedent, pick_countries
from belli.records import Actor


def _ante(start: int, sentence: int, country: str, subject: bool = False) -> Antecedent:
    return Antecedent(start, sentence, Actor(text=country, country=country, sector="GOV"), "state", subject)


# "Chile and Peru signed a pact. Bolivia urged the two countries ...": Bolivia is the subject
PACT = [_ante(0, 0, "CHL", True), _ante(10, 0, "PER", True), _ante(40, 1, "BOL", True)]


def test_a_description_acted_on_skips_its_own_sentences_subject():
    picked = pick_countries(PACT, start=60, sentence=1, count=2, acted_on=True)
    assert [a.actor.country for a in picked] == ["CHL", "PER"]


def test_a_description_that_acts_may_be_its_own_sentences_subjects():
    picked = pick_countries(PACT, start=60, sentence=1, count=2)
    assert [a.actor.country for a in picked] == ["PER", "BOL"]


def _office(start: int, sentence: int, country: str) -> Antecedent:
    return Antecedent(start, sentence, Actor(text=country, country=country), "office")


def test_the_state_a_leader_is_named_by_is_the_country_after_it():
    # "Kenya's president told parliament that the country would send police"
    picked = pick_countries([_ante(0, 0, "HTI"), _office(20, 1, "KEN")], start=40,
                            sentence=1, count=1)
    assert [a.actor.country for a in picked] == ["KEN"]


def test_a_leaders_state_of_an_earlier_sentence_is_not_the_country():
    # "Sri Lanka's army fired ..., the U.S. ambassador said. The country's president ..."
    picked = pick_countries([_ante(0, 0, "LKA"), _office(30, 0, "USA")], start=60,
                            sentence=1, count=1)
    assert [a.actor.country for a in picked] == ["LKA"]


def test_leaders_states_are_no_count_of_sides():
    # "signed by the leaders of Azerbaijan, Armenia and Russia ... the two sides"
    leaders = [_office(0, 0, "AZE"), _office(10, 0, "ARM"), _office(20, 0, "RUS")]
    assert pick_countries(leaders, start=60, sentence=1, count=2) == []


def test_subjects_of_earlier_sentences_still_count_when_acted_on():
    picked = pick_countries(PACT[:2], start=60, sentence=1, count=2, acted_on=True)
    assert [a.actor.country for a in picked] == ["CHL", "PER"]
