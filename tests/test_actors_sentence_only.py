"""A group placed only because its sentence names one state says so in a typed flag.

The events layer undoes such a placement where that state only passes a verdict on the
act (tests/test_events_sides_wrong_place.py); it reads `Actor.sentence_only`, never the
wording of the reason. Sentences are our own.
"""

from __future__ import annotations

import pytest
from actor_fixtures import analyse, find_mention

from belli.records import Actor

GROUPS = [
    # fires: the sentence's one state is all that places the group
    ("The Mozambique government accepted demands from rebels.", "rebels", "MOZ", True),
    ("The Peruvian government opened talks with the guerrillas on Monday.", "the guerrillas",
     "PER", True),
    # must not: the text says where the group is based
    ("A rebel group based in Chad attacked a convoy in Niger.", "A rebel group", "TCD", False),
    # must not: a body whose own words name its country
    ("The Kenyan army said the militants fled.", "Kenyan army", "KEN", False),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "country", "flagged"), GROUPS)
def test_only_a_group_placed_by_its_sentences_one_state_is_flagged(
        nlp_pipeline, text: str, wanted: str, country: str, flagged: bool) -> None:
    actor = find_mention(analyse(nlp_pipeline, text), wanted).actors[0]
    assert (actor.country, actor.sentence_only) == (country, flagged)


def test_an_actor_is_not_sentence_only_unless_told_and_keeps_the_flag_in_its_dict() -> None:
    assert not Actor(text="rebels", country="MOZ", sector="REB").sentence_only
    flagged = Actor(text="rebels", country="MOZ", sector="REB", sentence_only=True)
    assert Actor.from_dict(flagged.to_dict()) == flagged
