"""The days a multi-day expression covers, and spans the date grammar reads."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belli.dates import find_expressions, resolve, resolve_found
from belli.dates.spans import day_span


@pytest.mark.parametrize(("text", "day", "span"), [
    ("Sept. 19-20", date(2023, 9, 19), (date(2023, 9, 19), date(2023, 9, 20))),
    ("12 to 20 September", date(2021, 9, 20), (date(2021, 9, 12), date(2021, 9, 20))),
    ("Sept. 13 and 14", date(2022, 9, 13), (date(2022, 9, 13), date(2022, 9, 14))),
    ("1–3 March", date(2022, 3, 3), (date(2022, 3, 1), date(2022, 3, 3))),
    ("from 1 to 3 of March", date(2022, 3, 3), (date(2022, 3, 1), date(2022, 3, 3))),
    ("September 19 through 21", date(2023, 9, 19), (date(2023, 9, 19), date(2023, 9, 21))),
])
def test_two_days_of_one_month_make_a_span(text, day, span):
    assert day_span(text, day) == span


@pytest.mark.parametrize(("text", "day"), [
    ("Sept. 13", date(2022, 9, 13)),
    ("13:00-14:00 on Sept. 13", date(2022, 9, 13)),  # hours, not days
    ("2009-2010", date(2009, 1, 1)),  # years
    ("Feb. 27-30", date(2022, 2, 27)),  # no such day
    ("Nov. 15, 20 and Dec. 1", date(2020, 11, 15)),  # a list across months
    ("Sept. 20-19", date(2023, 9, 20)),  # no span runs backwards
    ("from 1 to 3 p.m. on Sept. 3", date(2023, 9, 3)),  # clock times
    ("Sept 3, 2 to 3 hours", date(2023, 9, 3)),  # a count
    ("On 3 September, 1 to 3 people", date(2023, 9, 3)),
])
def test_a_single_day_or_an_impossible_span_is_no_span(text, day):
    assert day_span(text, day) is None


# --- spans the grammar reads: the value is one end (as TIMEX3 gives it), the range both ----

MIDSUMMER = date(2021, 6, 21)  # a Monday


def _range(text: str, anchor: date = MIDSUMMER) -> tuple[str, str, str] | None:
    span = resolve(text, anchor, tense="past")
    return (span.value, *span.range) if span is not None and span.range else None


@pytest.mark.parametrize(("text", "expected"), [
    ("between 4 and 19 April", ("2021-04-19", "2021-04-04", "2021-04-19")),
    ("from 4 to 19 April", ("2021-04-19", "2021-04-04", "2021-04-19")),
    ("4-19 April", ("2021-04-19", "2021-04-04", "2021-04-19")),
    ("April 4-19", ("2021-04-04", "2021-04-04", "2021-04-19")),
    ("from April 28 to May 2", ("2021-04-28", "2021-04-28", "2021-05-02")),
    ("between February and April 2019", ("2019-04", "2019-02-01", "2019-04-30")),
    ("from October to January", ("2020-10", "2020-10-01", "2021-01-31")),
    ("January-March 2020", ("2020-03", "2020-01-01", "2020-03-31")),
    ("between 2011 and 2013", ("2011", "2011-01-01", "2013-12-31")),
])
def test_a_span_resolves_to_the_days_from_its_first_end_to_its_last(text, expected):
    assert _range(text) == expected


def test_the_first_month_of_a_span_takes_the_year_its_last_month_names():
    found = find_expressions("prices rose between February and April 2019")
    assert [f.spec.year for f in found] == [2019, 2019]
    first = resolve_found(found[0], MIDSUMMER, tense="past")
    assert first is not None and first.value == "2019-02"


@pytest.mark.parametrize(("text", "expected"), [
    ("in February and April 2019", ("2019-04", "2019-04-01", "2019-04-30")),  # two months
    ("between last February and April", ("2021-02", "2021-02-01", "2021-02-28")),
    ("from 19 to 4 April", ("2021-04-04", "2021-04-04", "2021-04-04")),  # runs backwards
    ("on 4 April, 19 people", ("2021-04-04", "2021-04-04", "2021-04-04")),
])
def test_a_list_or_a_backward_pair_is_no_span(text, expected):
    assert _range(text) == expected


@given(st.integers(1, 27), st.integers(1, 27), st.integers(1, 12),
       st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
@settings(max_examples=200, deadline=None)
def test_a_span_of_days_holds_its_value_and_never_ends_after_publication(
        a: int, b: int, month: int, anchor: date) -> None:
    first, last = sorted((a, b))
    span = resolve(f"from {first} to {last} {MONTHS[month - 1]}", anchor, tense="past")
    assert span is not None and span.range is not None
    start, end = (date.fromisoformat(d) for d in span.range)
    assert start <= date.fromisoformat(span.value) <= end <= anchor
    assert (start.day, end.day) == (first, last)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


# --- periods inside and around a unit ------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "granularity", "first", "last"), [
    ("the week of April 7", "2021-W14", "week", "2021-04-05", "2021-04-11"),
    ("the week of 7 April 2020", "2020-W15", "week", "2020-04-06", "2020-04-12"),
    ("mid-April", "2021-04", "month", "2021-04-11", "2021-04-20"),
    ("late 2020", "2020", "year", "2020-09-01", "2020-12-31"),
    ("the first half of 2020", "2020-H1", "half", "2020-01-01", "2020-06-30"),
    ("over the weekend", "2021-W24-WE", "weekend", "2021-06-19", "2021-06-20"),  # just past
    ("shelled overnight", "2021-06-20TNI", "part_of_day", "2021-06-20", "2021-06-20"),
    ("overnight talks", "2021-06-20TNI", "part_of_day", "2021-06-20", "2021-06-20"),
])
def test_a_period_resolves_with_its_unit_and_the_days_it_names(
        text, value, granularity, first, last):
    span = resolve(text, MIDSUMMER, tense="past")
    assert span is not None
    assert (span.value, span.granularity, span.range) == (value, granularity, (first, last))


@pytest.mark.parametrize("text", ["changed almost overnight", "a week of talks in April"])
def test_a_manner_or_a_length_is_no_such_period(text):
    span = resolve(text, MIDSUMMER, tense="past")
    assert span is None or span.granularity not in ("week", "part_of_day")
