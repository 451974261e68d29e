"""One mention never acts on itself: a phrase that the role finders put on both sides of
one event (a passive light verb: "the convoy was subjected to shelling") stays on one.
Built from hand-made records: no model loads."""

from __future__ import annotations

from belli.events.participants import Found
from belli.events.role_record import Roles, one_side_each
from belli.records import Actor

_CONVOY = Found(Actor(text="the Russian convoy", country="RUS", sector="MIL"), "m1", "mention")
_OTHER_UNIT = Found(Actor(text="Russian artillery", country="RUS", sector="MIL"), "m2", "mention")


def _codes(side: list[Found]) -> list[tuple[str | None, str | None]]:
    return [(f.mention_id, f.actor.country) for f in side]


def test_the_subject_that_undergoes_the_act_stays_the_target():
    roles = Roles(source=[_CONVOY], target=[_CONVOY])
    one_side_each(roles, undergoes=True)
    assert (_codes(roles.source), _codes(roles.target)) == ([], [("m1", "RUS")])


def test_the_subject_of_an_active_verb_stays_the_source():
    roles = Roles(source=[_CONVOY], target=[_CONVOY])
    one_side_each(roles, undergoes=False)
    assert (_codes(roles.source), _codes(roles.target)) == ([("m1", "RUS")], [])


def test_two_mentions_of_one_country_keep_both_sides():
    # "Russian artillery shelled the Russian convoy by mistake": two phrases, two sides
    roles = Roles(source=[_OTHER_UNIT], target=[_CONVOY])
    one_side_each(roles, undergoes=True)
    assert (_codes(roles.source), _codes(roles.target)) == ([("m2", "RUS")], [("m1", "RUS")])


def test_actors_with_no_mention_are_left_alone():
    unnamed = Found(Actor(text="gunmen", country=None, sector="UAF"), None, "unnamed")
    roles = Roles(source=[unnamed], target=[unnamed])
    one_side_each(roles, undergoes=True)
    assert len(roles.source) == len(roles.target) == 1
