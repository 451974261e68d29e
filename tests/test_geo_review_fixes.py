"""An untagged name after "in" or "at" is a town only where nothing else reads it first.

The gazetteer lists many small towns named by ordinary English words ("Congress",
"Liberty", "Hope"), and the knowledge base knows some town names as people or
institutions: after a locative preposition such a name is the legislature, a title-case
headline or a person far more often than the town. Our own sentences; no spaCy model loads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from belli.actors.kb import load_kb
from belli.geo.gazetteer import Gazetteer
from belli.geo.missed import located_unmentioned
from belli.records import Mention


@dataclass(frozen=True)
class _Reading:
    kind: str


class _KB:
    """A knowledge base that knows a few names, each as one kind of thing."""

    def __init__(self, kinds: dict[str, str]) -> None:
        self.kinds = kinds

    def lookup_name(self, text: str) -> list[Any]:
        return [_Reading(self.kinds[text])] if text in self.kinds else []


def _located(gazetteer: Gazetteer, text: str, tagged: list[tuple[str, str]],
             kb: Any = None) -> list[str]:
    mentions = [Mention(doc_id="d", start=(at := text.index(surface)), end=at + len(surface),
                        text=surface, label=label) for surface, label in tagged]
    return [s.text for s in located_unmentioned(text, mentions, gazetteer, kb)]


@pytest.mark.parametrize("word", ["Congress", "Liberty", "Hope", "Justice", "Progress",
                                  "Independence", "Union"])
def test_a_town_named_by_a_common_word_is_no_place_unless_tagged(
        gazetteer: Gazetteer, word: str) -> None:
    text = f"Ohio voters were heard; in {word} the plan drew little support."
    assert _located(gazetteer, text, [("Ohio", "GPE")]) == []


def test_a_name_the_knowledge_base_knows_as_no_place_is_no_town(gazetteer: Gazetteer) -> None:
    text = "Pakistan's army opened a school at Kohat and a market in Bannu on Friday."
    kb = _KB({"Kohat": "person"})
    assert _located(gazetteer, text, [("Pakistan", "GPE")], kb) == ["Bannu"]


def test_a_name_the_knowledge_base_knows_as_a_capital_stays_a_town(
        gazetteer: Gazetteer) -> None:
    text = "Pakistan's army opened a school at Kohat and a market in Bannu on Friday."
    kb = _KB({"Kohat": "capital", "Bannu": "metonym"})
    assert _located(gazetteer, text, [("Pakistan", "GPE")], kb) == ["Kohat", "Bannu"]


def test_small_towns_of_the_story_country_are_still_found_with_the_real_knowledge_base(
        gazetteer: Gazetteer) -> None:
    text = "Pakistan's army opened a school at Kohat and a market in Bannu on Friday."
    assert _located(gazetteer, text, [("Pakistan", "GPE")], load_kb()) == ["Kohat", "Bannu"]
