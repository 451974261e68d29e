"""Numbers in event phrases, normalized to a value with its qualifier and currency."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belli.events.quantities import parse_number


@pytest.mark.parametrize(("text", "value", "qualifier", "currency"), [
    ("more than 100", 100, "more than", None),
    ("at least 50", 50, "at least", None),
    ("some 3,000", 3000, "about", None),
    ("nearly 200", 200, "nearly", None),
    ("up to 4,000", 4000, "up to", None),
    ("over 30", 30, "more than", None),
    ("$3.5 million", 3_500_000, None, "USD"),
    ("two billion US dollar", 2_000_000_000, None, "USD"),
    ("580 million shillings", 580_000_000, None, "KES"),
    ("€1.2 billion", 1_200_000_000, None, "EUR"),
    ("10", 10, None, None),
    ("five", 5, None, None),
    ("twenty-five", 25, None, None),
    ("dozens", 24, "at least", None),
    ("hundreds", 200, "at least", None),
    ("a million", 1_000_000, None, None),
    ("a dozen", 12, None, None),
    ("one hundred and fifty", 150, None, None),
    ("two and a half million", 2_500_000, None, None),
    ("10 European soldiers", 10, None, None),
    ("40 compound walls", 40, None, None),
    # vague plurals of a scale multiply; "millions" is a lower bound like "thousands"
    ("tens of thousands", 20_000, "at least", None),
    ("hundreds of thousands of people", 200_000, "at least", None),
    ("millions of artillery shells", 2_000_000, "at least", None),
    # a scale glued to its number; a lone "m" or "k" only as money ("a 5m wall")
    ("£2.5bn", 2_500_000_000, None, "GBP"),
    ("$300m", 300_000_000, None, "USD"),
    ("1.2bn", 1_200_000_000, None, None),
])
def test_number_phrases_are_normalized(text, value, qualifier, currency):
    found = parse_number(text)
    assert found is not None
    assert (found.value, found.qualifier, found.currency) == (value, qualifier, currency)


@pytest.mark.parametrize("text", ["", "the army", "several", "many soldiers", "5m"])
def test_phrases_without_a_number_give_none(text):
    assert parse_number(text) is None


@given(st.text(max_size=40))
def test_number_parsing_never_raises(text):
    found = parse_number(text)
    assert found is None or found.value >= 0
