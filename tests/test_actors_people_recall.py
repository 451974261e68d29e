"""A person named once in full is recalled by the name a story later calls them by alone:
the surname, or the family name a Chinese or Korean name gives first; and a person the
document resolves only from a role it states is recalled as well. The names and
sentences are our own invention.
"""

from __future__ import annotations

from functools import partial

import pytest
from actor_fixtures import actor_codes, analyse

from belli.actors.people import PersonMemory, first_full_names, fuller_name, name_keys
from belli.records import Actor, Mention


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


@pytest.mark.parametrize(("text", "recalled"), [
    ("Lai", True),
    ("Jimmy Lai’s", True),
    ("Jimmy C. Lai", True),  # an initial between
    ("Jimmy Chee-ying Lai", True),  # a fuller form of the first full name
    ("tycoon Jimmy Lai", True),  # a descriptor before it
    ("J. Lai", True),  # an initial is no other given name
    ("Sebastien Lai", False),  # another given name: the son
])
def test_a_relative_is_not_the_surname_remembered(text, recalled):
    """A surname told alone stands for the first full name of that surname in the story,
    not for a relative named later ("Sebastien Lai", the son of "Jimmy Lai")."""
    memory = PersonMemory(first_full={"lai": "jimmy lai"})
    memory.remember(Actor(text="Lai", country="GBR", sector="CVL", person="Lai"))
    assert (memory.recall(text) is not None) is recalled


def test_a_surname_stays_the_first_full_name_after_a_relative_is_named():
    memory = PersonMemory(first_full={"lai": "jimmy lai"})
    for person in ("Jimmy Lai", "Sebastien Lai"):
        memory.remember(Actor(text=person, country="GBR", sector="CVL", person=person))
    recalled = memory.recall("Lai")
    assert recalled is not None and recalled.person == "Jimmy Lai"
    relative = memory.recall("Sebastien Lai")
    assert relative is not None and relative.person == "Sebastien Lai"


def test_a_surname_two_people_share_recalls_nobody_without_a_first_full_name():
    memory = _memory(("Jimmy Lai", "GBR"), ("Sebastien Lai", "GBR"))
    assert memory.recall("Lai") is None


@pytest.mark.parametrize(("known", "text", "fuller"), [
    ("Lai", "Jimmy Lai’s", "Jimmy Lai"),
    ("Lai", "Jimmy Lai ’s", "Jimmy Lai"),  # the possessive split off
    ("Charles", "Ray Charles'", "Ray Charles"),  # the possessive of a name ending in s
    ("Jones", "Tom Jones’", "Tom Jones"),
    ("Lai", "'Lai", "Lai"),  # a quote before it
    ("Lai", "Jimmy C. Lai", "Jimmy C. Lai"),  # an initial keeps its dot
    ("Lai", "media tycoon Jimmy Lai", "Jimmy Lai"),  # the name, never the descriptor
    ("Aliyev", "President Ilham Aliyev", "Ilham Aliyev"),
    ("Salman", "Mohammed bin Salman", "Mohammed bin Salman"),  # a particle inside a name
    ("Jimmy Lai", "Lai", "Jimmy Lai"),  # the known name is the fuller
    ("lai", "jimmy lai", "jimmy lai"),  # a text in one case: all its words
    ("Jimmy Lai", "Sebastien Lai", None),  # two people
])
def test_fuller_name_of_two_names_of_one_person(known, text, fuller):
    assert fuller_name(known, text) == fuller


def test_a_possessive_of_a_name_in_s_keeps_the_person():
    """"Charles" then "Ray Charles'": one person, not a surname two people share."""
    memory = _memory(("Charles", "USA"), ("Ray Charles'", "USA"))
    recalled = memory.recall("Charles")
    assert recalled is not None and recalled.person == "Ray Charles'"


def _mention(text: str, label: str) -> Mention:
    return Mention(doc_id="d", start=0, end=len(text), text=text, label=label)


def test_first_full_names_are_people_not_groups_named_after_them():
    """"Team Navalny" is no full name of Navalny: "Alexei Navalny" is, told later."""
    mentions = [_mention("Team Navalny", "ORG"), _mention("Alexei Navalny", "PERSON"),
                _mention("Yulia Navalnaya", "PERSON")]
    assert first_full_names(mentions) == {"navalny": "alexei navalny",
                                          "navalnaya": "yulia navalnaya"}


def test_a_group_named_after_someone_does_not_block_the_person():
    memory = PersonMemory(first_full=first_full_names(
        [_mention("Team Navalny", "ORG"), _mention("Alexei Navalny", "PERSON")]))
    memory.remember(Actor(text="Navalny", country="RUS", sector="OPP", person="Navalny"))
    assert memory.recall("Alexei Navalny") is not None


@pytest.mark.parametrize("name", ["Sebastien Lai ’s", "Sebastien Lai Jr.", "Sebastien Lai's"])
def test_a_relative_is_told_apart_whatever_follows_the_surname(name):
    memory = PersonMemory(first_full={"lai": "jimmy lai"})
    memory.remember(Actor(text="Lai", country="GBR", sector="CVL", person="Lai"))
    assert memory.recall(name) is None


@pytest.mark.parametrize("name", ["Jimmy C. Lai", "J. Lai", "Jimmy Lai’s"])
def test_the_same_person_is_not_taken_for_a_relative(name):
    memory = PersonMemory(first_full={"lai": "jimmy lai"})
    memory.remember(Actor(text="Lai", country="GBR", sector="CVL", person="Lai"))
    assert memory.recall(name) is not None
