"""An event's date and whether it is background: pure functions, no model."""

from __future__ import annotations

from datetime import date

import pytest

from belli.events.timing import EventDate, calendar_value, is_future, is_historical, period_end


@pytest.mark.parametrize(("value", "end"), [
    ("2020", date(2020, 12, 31)),
    ("199X", date(1999, 12, 31)),
    ("2022-02", date(2022, 2, 28)),
    ("2024-02", date(2024, 2, 29)),
    ("2022-09-13", date(2022, 9, 13)),
    ("1990/1993", date(1993, 12, 31)),
    ("PRESENT_REF", None),
])
def test_a_partial_date_ends_with_its_period(value, end):
    assert period_end(value) == end


@pytest.mark.parametrize(("value", "expected"), [
    ("2022-09-13TMO", "2022-09-13"),
    ("2022-09", "2022-09"),
    ("2022-W37", "2022-W37"),
    ("2021-SU", "2021-SU"),
    ("1990/1993", "1990/1993"),
    ("PRESENT_REF", None),
    ("P3D", None),
    ("199", "199X"),  # TIMEX3's decade in the contract's form
    ("19", "19XX"),
    # what the contract has no form for becomes the interval it spans
    ("2023-W39-WE", "2023-09-30/2023-10-01"),
    ("2021-H2", "2021-07/2021-12"),
    ("2019/2021-H1", "2019/2021-06"),
])
def test_only_calendar_values_date_an_event(value, expected):
    assert calendar_value(value) == expected


def _dated(value: str, how: str = "clause") -> EventDate:
    return EventDate(value, "year", value, how)


@pytest.mark.parametrize(("value", "published", "historical"), [
    ("2019", "2021-10-07", True),
    ("2021-06", "2021-10-07", True),
    ("2021-09-02", "2021-10-07", False),
    ("2021", "2021-10-07", False),
    ("2022", "2021-10-07", False),
])
def test_events_well_before_publication_are_background(value, published, historical):
    assert is_historical(_dated(value), published) is historical


def test_an_event_dated_by_publication_is_never_background():
    assert not is_historical(_dated("2019-01-01", how="publication"), "2021-10-07")


@pytest.mark.parametrize(("value", "how", "future"), [
    ("2021-10-14", "clause", True),
    ("2021-10", "clause", False),  # the month of publication has begun
    ("2022", "clause", True),
    ("2021-10-14", "sentence", False),  # a date elsewhere in the sentence decides nothing
])
def test_an_event_its_clause_dates_after_publication_is_still_to_come(value, how, future):
    assert is_future(_dated(value, how=how), "2021-10-07") is future
