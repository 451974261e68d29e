"""A person named once in full is recalled by the name a story later calls them by alone:
the surname, or the family name a Chinese or Korean name gives first; and a person the
document resolves only from a role it states is recalled as well. The names and
sentences are our own invention.
"""

from __future__ import annotations

from functools import partial

import pytest
from actor_fixtures import actor_codes, analyse

from belli.actors.people import PersonMemory, name_keys
from belli.records import Actor


@pytest.mark.parametrize(("name", "keys"), [
    # a family name written first is a key besides the last word
    ("Wang Jianguo", ("wang jianguo", "jianguo", "wang")),
    ("Park Min-jun", ("park min-jun", "min-jun", "park")),
    # a given name first is no key: only the surname is
    ("Jimmy Lai", ("jimmy lai", "lai")),
    ("Anna Kovacs", ("anna kovacs", "kovacs")),
    # a possessive is the person's name
    ("Anna Kovacs’s", ("anna kovacs", "kovacs")),
    ("Kovacs's", ("kovacs",)),
])
def test_name_keys_with_a_family_name_first(name, keys):
    assert name_keys(name) == keys


def _memory(*people: tuple[str, str]) -> PersonMemory:
    memory = PersonMemory()
    for person, country in people:
        memory.remember(Actor(text=person, country=country, sector="GOV", person=person))
    return memory


def test_a_family_name_alone_recalls_the_person():
    memory = _memory(("Choi Dong-hyun", "KOR"))
    found = memory.recall("Choi")
    assert found is not None and found.person == "Choi Dong-hyun"


def test_a_family_name_two_people_share_recalls_nobody():
    memory = _memory(("Zhao Lihua", "CHN"), ("Zhao Wenbo", "CHN"))
    assert memory.recall("Zhao") is None


def test_another_full_name_with_that_word_first_is_not_the_person():
    # "Kim" alone may be Kim Sung-ho, but "Kim Harlow" is someone else
    memory = _memory(("Kim Sung-ho", "KOR"))
    assert memory.recall("Kim Harlow") is None


def test_a_given_name_alone_recalls_nobody():
    memory = _memory(("Peter Lai", "HKG"))
    assert memory.recall("Peter") is None


@pytest.mark.parametrize(("text", "recalled"), [
    ("Mensah", True),
    ("Minister Mensah", True),  # a title before the surname
    ("Kofi A. Mensah", True),  # an initial
    ("Ama Mensah", False),  # another given name: a relative or a namesake
])
def test_another_given_name_is_another_person(text, recalled):
    memory = _memory(("Kofi Mensah", "GHA"))
    assert (memory.recall(text) is not None) is recalled


_codes = partial(actor_codes, published="2019-03-01")


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "expected"), [
    # the family name told first, later alone
    (("North Korean leader Ri Chol Ung inspected the troops. Ri later met the Chinese "
      "ambassador."), "Ri", ["PRK GOV"]),
    # a person the document resolves only from a stated role, later by the surname
    (("Amaka Obi, the director of the Nigerian health ministry, spoke on Monday. "
      "Obi urged parents to vaccinate their children."), "Obi", ["NGA HLH"]),
])
def test_a_person_is_recalled_by_the_short_name(nlp_pipeline, text, wanted, expected):
    assert _codes(nlp_pipeline, text, wanted, nth=0) == expected


@pytest.mark.model
def test_a_surname_of_nobody_named_before_stays_unresolved(nlp_pipeline):
    text = ("Amaka Obi, the director of the Nigerian health ministry, spoke on Monday. "
            "Eze urged parents to vaccinate their children.")
    analysis = analyse(nlp_pipeline, text)
    assert all(not m.actors for m in analysis.mentions if m.text == "Eze")


def test_a_surname_named_whole_later_is_the_same_person():
    """"Lai" first, then "Jimmy Lai's": one person, remembered by the fuller name."""
    memory = _memory(("Lai", "GBR"))
    memory.remember(Actor(text="Jimmy Lai", country="GBR", sector="CVL", person="Jimmy Lai"))
    recalled = memory.recall("Lai")
    assert recalled is not None and recalled.person == "Jimmy Lai"


def test_a_relative_is_not_the_surname_remembered():
    """A surname told alone stands for the first full name of that surname in the story,
    not for a relative named later ("Sebastien Lai", the son of "Jimmy Lai")."""
    memory = PersonMemory(first_full={"lai": "jimmy lai"})
    memory.remember(Actor(text="Lai", country="GBR", sector="CVL", person="Lai"))
    assert memory.recall("Sebastien Lai") is None
    assert memory.recall("Jimmy Lai’s") is not None
    assert memory.recall("Lai") is not None
