"""A name inside a longer mention, met again later in the article: each mention gets the
same reading at its own offsets, and a different label or mention may read otherwise.

Hand-built mentions over the packaged gazetteer and knowledge base (no spaCy model).
"""

from __future__ import annotations

import pytest
from geo_fixtures import marked_mentions

from belli.actors.kb import load_kb
from belli.geo.gazetteer import Gazetteer
from belli.geo.toponyms import find_toponyms


def test_a_repeated_organization_names_its_town_at_each_mention(gazetteer: Gazetteer) -> None:
    text = "Calgary police made an arrest. On Friday Calgary police named the man."
    mentions = marked_mentions(text, [("Calgary police", "ORG"), ("Calgary police", "ORG")])
    first, second = find_toponyms(text, mentions, gazetteer, load_kb())
    assert (first.index, second.index) == (0, 1)
    assert text[first.start:first.end] == text[second.start:second.end] == "Calgary"
    assert (first.start, second.start) == (mentions[0].start, mentions[1].start)


@pytest.mark.parametrize("labels", [("PERSON", "ORG"), ("ORG", "PERSON")])
def test_the_same_words_under_another_label_read_by_that_label(
        gazetteer: Gazetteer, labels: tuple[str, str]) -> None:
    """A person's name that starts with a town's reads no place; the same words naming a
    hotel read the town, whichever comes first (a reading is kept per text and label)."""
    text = "Paris Hilton arrived. Guests at the Paris Hilton waited."
    mentions = marked_mentions(text, [("Paris Hilton", labels[0]), ("Paris Hilton", labels[1])])
    found = find_toponyms(text, mentions, gazetteer, load_kb())
    org = labels.index("ORG")
    assert [(t.index, text[t.start:t.end]) for t in found] == [(org, "Paris")]
    assert found[0].start == mentions[org].start
