"""A name inside a longer mention, met again later in the article: each mention gets the
same reading at its own offsets, and a different label or mention may read otherwise.

Hand-built mentions over the packaged gazetteer and knowledge base (no spaCy model).
"""

from __future__ import annotations

from belli.actors.kb import load_kb
from belli.geo.gazetteer import Gazetteer
from belli.geo.toponyms import find_toponyms
from belli.records import Mention


def _mentions(text: str, marked: list[tuple[str, str]]) -> list[Mention]:
    out, at = [], 0
    for surface, label in marked:
        start = text.index(surface, at)
        out.append(Mention(doc_id="d", start=start, end=start + len(surface),
                           text=surface, label=label))
        at = start + 1
    return out


def test_a_repeated_organization_names_its_town_at_each_mention(gazetteer: Gazetteer) -> None:
    text = "Toronto police made an arrest. On Friday Toronto police named the man."
    mentions = _mentions(text, [("Toronto police", "ORG"), ("Toronto police", "ORG")])
    first, second = find_toponyms(text, mentions, gazetteer, load_kb())
    assert (first.index, second.index) == (0, 1)
    assert text[first.start:first.end] == text[second.start:second.end] == "Toronto"
    assert (first.start, second.start) == (mentions[0].start, mentions[1].start)
    assert first.candidates == second.candidates


def test_the_same_words_under_another_label_read_by_that_label(gazetteer: Gazetteer) -> None:
    text = "The Kenyan shilling fell. Kenyan shilling traders, and 500 Kenyan shilling notes."
    mentions = _mentions(text, [("Kenyan shilling traders", "ORG"),
                                ("500 Kenyan shilling", "MONEY")])
    found = find_toponyms(text, mentions, gazetteer, load_kb())
    assert [text[t.start:t.end] for t in found] == ["Kenyan", "Kenyan"]
    assert [t.index for t in found] == [0, 1]
