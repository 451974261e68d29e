"""The people pass's two rounds (belli.actors.document.people_pass): a second round only
where the first resolved someone, and the states of each sentence read again only where
a round gave a mention a state. Hand-built mentions; each person's reading is stubbed
so the rounds themselves are what is tested."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from belli.actors import document
from belli.actors.people import PersonMemory
from belli.records import Actor, Mention

_NAMES = ("Ann Lee", "Tom Reyes")


def _mentions() -> list[Mention]:
    return [Mention(doc_id="d", start=20 * n, end=20 * n + len(name), text=name,
                    label="PERSON", sentence=0) for n, name in enumerate(_NAMES)]


def _run(monkeypatch, read) -> tuple[list[Mention], list[int], list[int]]:
    """The pass over two names with `read(i, mentions)` as each name's reading: the
    mentions after it, the names read in order, and how often the states were built."""
    asked: list[int] = []
    built: list[int] = []

    def person_actor(i, mentions, *_rest):
        asked.append(i)
        return read(i, mentions)

    def states_of(mentions, spans, kb):
        built.append(len(built))
        return SimpleNamespace()

    monkeypatch.setattr(document, "_person_actor", person_actor)
    monkeypatch.setattr(document.SentenceStates, "of", staticmethod(states_of))
    offices = {0: object()}
    out = document.people_pass(_mentions(), [object(), object()], PersonMemory(), offices,
                               SimpleNamespace(countries=set()), SimpleNamespace())
    return out, asked, built


def _officer(country: str | None = "KEN", person: str | None = "Tom Reyes") -> Actor:
    return Actor(text="Tom Reyes", country=country, sector="COP", person=person)


def test_a_name_after_its_apposition_is_resolved_in_the_second_round(monkeypatch):
    # "Ann Lee" takes the reading of "Tom Reyes", who is resolved only after her
    def read(i, mentions):
        if i == 1:
            return _officer()
        return mentions[1].actors[0] if mentions[1].actors else None

    out, asked, built = _run(monkeypatch, read)
    assert [m.actors[0].country if m.actors else None for m in out] == ["KEN", "KEN"]
    assert asked == [0, 1, 0]
    assert built == [0]  # a person resolved adds no state: the sentence's states stand


def test_a_first_round_that_resolves_no_one_is_not_repeated(monkeypatch):
    out, asked, built = _run(monkeypatch, lambda i, mentions: None)
    assert [m.actors for m in out] == [(), ()]
    assert asked == [0, 1]
    assert built == [0]


@pytest.mark.parametrize("actor", [_officer(person=None), _officer(country=None, person=None)])
def test_a_reading_with_no_person_has_the_states_read_again(monkeypatch, actor):
    out, asked, built = _run(monkeypatch, lambda i, mentions: actor if i == 1 else None)
    assert out[1].actors == (actor,)
    assert asked == [0, 1, 0]
    assert built == [0, 1]
