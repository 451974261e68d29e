"""Each date rule runs only near its trigger words (`belli.dates.grammar`); the result
is the one every rule gives over the whole text. A number alone wakes only the rules
that hold no word of their own: "century" and "ago" are found by their words, whose
windows reach across a run of spaces of any length."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


_PHRASES = ["It happened 5 years ago", "in the 21st century", "the first quarter of 2010",
            "two decades ago", "on 3 May 2010", "in the late 19th century", "the talks"]
_RUN = st.builds(str.__mul__, st.sampled_from(" \t\u00a0"), st.integers(1, 200))


@st.composite
def _texts_with_long_runs(draw: st.DrawFn) -> str:
    """Phrases whose spaces are runs of any length, joined into one line."""
    phrases = draw(st.lists(st.sampled_from(_PHRASES), min_size=1, max_size=4))
    words = " ".join(phrases).split(" ")
    return "".join(word + draw(_RUN) for word in words)


@settings(max_examples=100, deadline=None)
@given(_texts_with_long_runs())
def test_any_run_of_spaces_inside_an_expression_is_reached(text: str) -> None:
    near = find_expressions(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grammar, "_windows", _whole_text)
        assert near == find_expressions(text)


@pytest.mark.parametrize(("before", "expression", "after"), [
    ("It happened ", "5" + " " * 80 + "years ago", "."),
    ("In ", "the 21st" + "\t" * 85 + "century", ", the city grew."),
    ("Sales fell in ", "the first" + " " * 120 + "quarter of 2010", "."),
    ("It ended ", "two" + "\u00a0" * 90 + "years ago", "."),
])
def test_a_long_run_of_spaces_keeps_the_whole_expression(
        before: str, expression: str, after: str) -> None:
    assert [f.text for f in find_expressions(before + expression + after)] == [expression]
