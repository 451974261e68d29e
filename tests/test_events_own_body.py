"""An actor is not the target of its own act: the very same entity, or an unnamed body of
a named source's country and sector, is the source's own body ("the minister urged the
country's officials"); bodies named apart stay two ("the president criticized his interior
minister, named", two rival named factions, forces loyal to someone shelling the named
government's forces), and a place the source names speaks for no one. Each case is a
sentence and the events of the types named it must code, written "TYPE SOURCES>TARGETS"
with country codes. The sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

from belli.events.found_actor import Found
from belli.events.role_record import own_body
from belli.records import Actor


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Interior Minister Paolo Rossi urged Italian officials to speed up the asylum reviews.",
     ["REQUEST ITA>"]),
    ("Finance Minister Clara Vogel urged German officials to cut spending.", ["REQUEST DEU>"]),
    ("President Macron praised the French government for its response to the floods.",
     ["SUPPORT FRA>"]),
])
def test_a_source_s_own_body_is_no_target(nlp_pipeline, text, expected):
    types = {code.split()[0] for code in expected}
    assert sides(nlp_pipeline, text, types) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    (("Turkish President Recep Tayyip Erdogan criticized Turkish Interior Minister"
      " Suleyman Soylu over the floods."), ["ACCUSE TUR>TUR"]),
    # a warning whose clause has another named person as subject warns that person
    (("Colombian President Ana Duarte warned that Colombian Interior Minister Tomas Rivera"
      " would face consequences."), ["THREATEN COL>COL"]),
    ("Hamas fighters clashed with Palestinian Islamic Jihad gunmen in Gaza.",
     ["ASSAULT PSE>PSE"]),
    ("Forces loyal to General Omar Dagan shelled Libyan government forces near Sirte.",
     ["ASSAULT LBY>LBY"]),
])
def test_bodies_named_apart_stay_apart(nlp_pipeline, text, expected):
    types = {code.split()[0] for code in expected}
    assert sides(nlp_pipeline, text, types) == expected


def _found(how: str = "mention", **actor: str) -> Found:
    return Found(Actor(text=actor.pop("text", "x"), **actor), None, how)


def test_a_place_the_source_names_speaks_for_no_one():
    """"In Santiago, Chile ...": the town names itself, not a body Chile belongs to."""
    chile = _found(text="Chile", name="Chile", country="CHL")
    santiago = _found("place", text="Santiago", name="Santiago", country="CHL")
    assert not own_body(chile, [santiago])
    assert own_body(chile, [_found(text="Santiago", name="Santiago", country="CHL")])
