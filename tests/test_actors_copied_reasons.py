"""Which actor entries copy their country from another mention, and the per-sentence
state index a group reads.

An entry the actor stage copied ("Cole" after "Ann Cole", a pronoun, an apposition)
carries the `COPIED_REASON` prefix, so later stages can tell it from an entry read off
its own words without parsing the reason's prose. Hand-built records; no spaCy model.
"""

from __future__ import annotations

from belli.actors.document import place_link, recalled
from belli.actors.group_country import SentenceStates
from belli.actors.people import PersonMemory
from belli.records import Actor, Mention


def test_a_person_recalled_by_a_shorter_name_is_a_copy() -> None:
    memory = PersonMemory()
    memory.remember(Actor(text="Ann Cole", country="PER", sector="GOV", person="Ann Cole",
                          reason="known person: Ann Cole, minister of PER"))
    copy = recalled(memory, "Cole")
    assert copy is not None and copy.is_copied and copy.country == "PER"


def test_an_entry_of_its_own_or_a_place_link_is_no_copy() -> None:
    own = Actor(text="Ann Cole", country="PER", sector="GOV", reason="known person")
    assert not own.is_copied
    assert not place_link("Lima", "Lima", "PER").is_copied


class _KB:
    countries = frozenset({"PER", "CHL"})


def test_a_sentence_s_states_cannot_be_changed_by_a_reader() -> None:
    mention = Mention(doc_id="d", start=0, end=4, text="Peru", label="GPE", sentence=0,
                      actors=(Actor(text="Peru", country="PER", sector="GOV"),))
    states = SentenceStates.of([mention], [None], _KB())
    assert states.of_sentence(0) == frozenset({"PER"})
    assert isinstance(states.of_sentence(0), frozenset)
    assert states.of_sentence(3) == frozenset()
