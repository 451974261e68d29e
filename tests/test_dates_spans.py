"""The days a multi-day expression covers."""

from __future__ import annotations

from datetime import date

import pytest

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
