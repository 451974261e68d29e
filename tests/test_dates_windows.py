"""Each date rule runs only near its trigger words (`belli.dates.grammar`); the result
is the one every rule gives over the whole text. A number alone wakes only the rules
that hold no word of their own: "century" and "ago" are found by their words."""

from __future__ import annotations

import pytest

from belli.dates import grammar
from belli.dates.grammar import find_expressions

_SENTENCES = [
    "The 21st century began, and the 20th-century wars ended two years ago.",
    "In the early nineteenth century, 40 people lived there; 20 years ago, 300 did.",
    "Three decades ago the '98 flood hit; a century ago, in the '90s, the 90s were calm.",
    "The plan, 30 days from now, follows talks 5 years back and a vote 12 months hence.",
    "The late 17th century saw 1,200 ships; 14 of them sank 2 centuries before 1900.",
    "Twenty-one years ago on 3 May, 7 to 9 June and 45 days later, 11 men left.",
    "Prices rose 4% in 2010, 12 % by the second half of the 20th century, then fell.",
]


def _whole_text(text: str) -> list[list[tuple[int, int]]]:
    return [[(0, len(text))] for _ in grammar._rules()]


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_rules_near_their_triggers_find_what_the_whole_text_gives(
        sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    near = find_expressions(sentence)
    monkeypatch.setattr(grammar, "_windows", _whole_text)
    assert near == find_expressions(sentence)


def test_centuries_and_ago_are_found_by_their_own_words() -> None:
    found = [f.text for f in find_expressions(_SENTENCES[0])]
    assert found == ["The 21st century", "the 20th-century", "two years ago"]
