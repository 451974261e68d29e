"""The ruler finds the entities that overlap another by bisecting their starts: it finds
exactly those that testing every pair finds, whatever their lengths and order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from belli.nlp.ruler import Ent, _overlap_index

spans = st.tuples(st.integers(0, 40), st.integers(0, 6)).map(
    lambda s: Ent(s[0], s[0] + s[1], "GPE"))


@given(st.lists(spans, max_size=12), spans)
def test_the_index_finds_every_overlapping_entity_and_no_other(
        ents: list[Ent], other: Ent) -> None:
    found = _overlap_index(ents)(other)
    assert sorted(found, key=lambda e: (e.start, e.end)) == sorted(
        (e for e in ents if e.overlaps(other)), key=lambda e: (e.start, e.end))


def test_a_name_inside_a_longer_one_overlaps_it_and_its_neighbours_do_not() -> None:
    # "the [Islamic State] group in [Raqqa]": a model span over tokens 1-4 holds 1-3
    ruler = [Ent(1, 3, "ORG"), Ent(5, 6, "GPE"), Ent(0, 1, "CARDINAL")]
    assert _overlap_index(ruler)(Ent(1, 4, "ORG")) == [Ent(1, 3, "ORG")]
