"""Date expressions resolved against the publication date: real phrases of news copy with
the TIMEX3 value, granularity and range each must give, and the properties every
resolution keeps. No model loads here: the tense is given as the parse would give it."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belli.dates import resolve
from belli.dates.calendar import containing, period_of_value
from belli.records import DateSpan

THURSDAY = dt.date(2022, 9, 15)  # the example: a piece of Thursday 15 Sep 2022


@pytest.mark.parametrize(
    ("text", "tense", "value", "granularity"),
    [
        ("on Tuesday", "past", "2022-09-13", "day"),
        ("Tuesday", None, "2022-09-13", "day"),
        ("on Thursday", "past", "2022-09-15", "day"),
        ("on Tuesday", "future", "2022-09-20", "day"),
        ("next Tuesday", None, "2022-09-20", "day"),
        ("last Thursday", None, "2022-09-08", "day"),
        ("in February", "past", "2022-02", "month"),
        ("in February", None, "2022-02", "month"),
        ("in February", "future", "2023-02", "month"),
        ("in December", "past", "2021-12", "month"),
        ("in October", None, "2022-10", "month"),
        ("last June", None, "2022-06", "month"),
        ("late last July", None, "2022-07", "month"),
        ("last year's war", None, "2021", "year"),
        ("next year", "past", "2023", "year"),
        ("next summer's election", None, "2023-SU", "season"),
        ("last summer", None, "2022-SU", "season"),
        ("last winter", None, "2021-WI", "season"),
        ("earlier this month", None, "2022-09", "month"),
        ("early last month", None, "2022-08", "month"),
        ("this week", None, "2022-W37", "week"),
        ("the last week", None, "2022-W36", "week"),
        ("this weekend", None, "2022-W37-WE", "weekend"),
        ("over the weekend", "past", "2022-W36-WE", "weekend"),
        ("earlier in the week", None, "2022-W37", "week"),
        ("yesterday", None, "2022-09-14", "day"),
        ("today", None, "2022-09-15", "day"),
        ("tomorrow", None, "2022-09-16", "day"),
        ("last night", None, "2022-09-14TNI", "part_of_day"),
        ("this morning", None, "2022-09-15TMO", "part_of_day"),
        ("three years ago", None, "2019", "year"),
        ("a week ago", None, "2022-09-08", "day"),
        ("two months ago", None, "2022-07", "month"),
        ("in 2020", None, "2020", "year"),
        ("May 2010", None, "2010-05", "month"),
        ("September 15, 2022", None, "2022-09-15", "day"),
        ("15 September 2022", None, "2022-09-15", "day"),
        ("Sept. 13", "past", "2022-09-13", "day"),
        ("on 11 December", "past", "2021-12-11", "day"),
        ("2022-09-13", None, "2022-09-13", "day"),
        ("13.09.2022", None, "2022-09-13", "day"),
        ("the first quarter of 2009", None, "2009-Q1", "quarter"),
        ("the first quarter of last year", None, "2021-Q1", "quarter"),
        ("the third quarter", "past", "2022-Q3", "quarter"),
        ("third-quarter results", None, "2022-Q3", "quarter"),
        ("the last quarter", None, "2022-Q2", "quarter"),
        ("the first half of 2021", None, "2021-H1", "half"),
        ("October of next year", None, "2023-10", "month"),
        ("the end of last year", None, "2021", "year"),
        ("the end of the year", "past", "2021", "year"),
        ("by the end of the year", "future", "2022", "year"),
        ("the last week of March", "past", "2022-W12", "week"),
        ("in the early 1990s", None, "199", "decade"),
        ("the 1980s", None, "198", "decade"),
        ("the '70s", None, "197", "decade"),
        ("the nineties", None, "199", "decade"),
        ("the past decade", None, "201", "decade"),
        ("the 20th century", None, "19", "century"),
        ("since '82", None, "1982", "year"),
        ("Christmas", "past", "2021-12-25", "day"),
        ("now", None, "PRESENT_REF", "reference"),
        ("currently", None, "PRESENT_REF", "reference"),
        ("recently", None, "PAST_REF", "reference"),
        ("in the past", None, "PAST_REF", "reference"),
        ("in the near future", None, "FUTURE_REF", "reference"),
        ("today's world", None, "PRESENT_REF", "reference"),
    ],
)
def test_expression_resolves_against_publication(
    text: str, tense: str | None, value: str, granularity: str
) -> None:
    span = resolve(text, THURSDAY, tense=tense)  # type: ignore[arg-type]
    assert span is not None
    assert (span.value, span.granularity) == (value, granularity)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("in the early 1990s", "1990-01-01", "1993-12-31"),
        ("the late 1990s", "1997-01-01", "1999-12-31"),
        ("early last month", "2022-08-01", "2022-08-10"),
        ("late last month", "2022-08-21", "2022-08-31"),
        ("mid-2011", "2011-05-01", "2011-08-31"),
        ("earlier this month", "2022-09-01", "2022-09-15"),
        ("later this year", "2022-09-15", "2022-12-31"),
        ("in February", "2022-02-01", "2022-02-28"),
        ("on Tuesday", "2022-09-13", "2022-09-13"),
        ("last winter", "2021-12-01", "2022-02-28"),
    ],
)
def test_range_is_the_stretch_the_expression_covers(text: str, first: str, last: str) -> None:
    span = resolve(text, THURSDAY, tense="past")
    assert span is not None and span.range == (first, last)


@pytest.mark.parametrize(
    ("text", "tense", "anchor", "value"),
    [
        # the tense of the governing verb picks the occurrence of a bare month or weekday
        ("Friday", "past", dt.date(2008, 9, 18), "2008-09-12"),
        ("until Friday", "perfect", dt.date(2008, 9, 18), "2008-09-19"),
        ("until Friday", "past", dt.date(2008, 9, 18), "2008-09-12"),
        ("since June", None, dt.date(2013, 3, 18), "2012-06"),
        ("by early June", None, dt.date(2009, 5, 14), "2009-06"),
        ("in August", "past", dt.date(2013, 3, 22), "2012-08"),
        ("in May", "future", dt.date(2013, 3, 22), "2013-05"),
        ("the fourth quarter", None, dt.date(2007, 1, 18), "2006-Q4"),
        ("the fourth quarter", None, dt.date(2006, 8, 19), "2006-Q4"),
    ],
)
def test_tense_and_prepositions_decide_the_direction(
    text: str, tense: str | None, anchor: dt.date, value: str
) -> None:
    span = resolve(text, anchor, tense=tense)  # type: ignore[arg-type]
    assert span is not None and span.value == value


def test_that_day_points_back_to_the_day_named_before() -> None:
    monday = resolve("on Monday", THURSDAY, tense="past")
    assert monday is not None
    span = resolve("that day", THURSDAY, last=monday)
    assert span is not None and span.value == monday.value


def test_that_day_has_nothing_to_point_to_after_a_year() -> None:
    assert resolve("that day", THURSDAY, last=resolve("in 2020", THURSDAY)) is None


def test_a_relative_expression_needs_a_publication_date() -> None:
    assert resolve("last month", None) is None
    span = resolve("in May 2010", None)
    assert span is not None and span.value == "2010-05"


def test_an_inferred_publication_date_marks_relative_values_inferred() -> None:
    relative = resolve("last month", THURSDAY, anchor_inferred=True)
    absolute = resolve("in May 2010", THURSDAY, anchor_inferred=True)
    assert relative is not None and relative.inferred
    assert absolute is not None and not absolute.inferred


@pytest.mark.parametrize("text", ["", "the talks", "may be", "Black Monday", "in their 50s"])
def test_text_without_a_date_resolves_to_none(text: str) -> None:
    assert resolve(text, THURSDAY) is None


# --- properties -----------------------------------------------------------------------------

ANCHORS = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
NEWS_ANCHORS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
TENSES = st.sampled_from([None, "past", "perfect", "present", "future"])
DATE_WORDS = [
    "on", "in", "since", "until", "by", "last", "next", "this", "early", "late", "mid-",
    "the end of", "earlier", "Tuesday", "Friday", "February", "May", "December", "Sept.",
    "13", "31", "2022", "1990s", "'82", "summer", "winter", "year", "month", "week",
    "quarter", "first", "ago", "two", "days", "now", "recently", "that day", "today",
    ",", "-", "/", " ", "of", "the",
]
PAST_FORMS = [
    "Tuesday", "on Sunday", "February", "in December", "on 11 December", "Sept. 13",
    "last June", "last summer", "summer", "spring", "the fourth quarter", "last week",
    "last month", "last year", "yesterday", "today", "earlier this month", "earlier this year",
    "three years ago", "a week ago", "the end of the year", "the last quarter", "Christmas",
    "the last week of March", "early last month", "the past decade", "since '82", "the 70s",
    "the beginning of the year", "this week", "this month", "this year",
]


@given(st.text(max_size=120), ANCHORS, TENSES)
@settings(max_examples=300, deadline=None)
def test_resolution_never_raises_on_any_text(text: str, anchor: dt.date, tense: str | None) -> None:
    resolve(text, anchor, tense=tense)  # type: ignore[arg-type]


@given(st.lists(st.sampled_from(DATE_WORDS), max_size=6), ANCHORS, TENSES)
@settings(max_examples=400, deadline=None)
def test_resolution_never_raises_on_date_like_text(
    words: list[str], anchor: dt.date, tense: str | None
) -> None:
    resolve(" ".join(words), anchor, tense=tense)  # type: ignore[arg-type]


COUNTED_FORMS = [
    "Two days later", "the next day", "the following week", "a week later", "a month later",
    "the following month", "a year later", "the following year", "three weeks later",
    "999 years later", "a day earlier", "that day", "the same week",
]


@given(st.sampled_from(COUNTED_FORMS), NEWS_ANCHORS, st.integers(min_value=0, max_value=40),
       st.sampled_from(["day", "week", "month", "year"]))
@settings(max_examples=300, deadline=None)
def test_a_date_counted_in_the_past_tense_never_resolves_after_publication(
    text: str, anchor: dt.date, days_before: int, unit: str
) -> None:
    """Counted from a date named just before publication ("on Tuesday ... Two days later")."""
    named = containing(anchor - dt.timedelta(days=days_before), unit)
    last = DateSpan(named.value, unit, (named.start.isoformat(), named.end.isoformat()))
    span = resolve(text, anchor, last=last, tense="past")
    if span is not None and span.range is not None:
        assert dt.date.fromisoformat(span.range[0]) <= anchor


@given(st.sampled_from(PAST_FORMS), NEWS_ANCHORS)
@settings(max_examples=300, deadline=None)
def test_an_expression_in_the_past_tense_never_resolves_after_publication(
    text: str, anchor: dt.date
) -> None:
    span = resolve(text, anchor, tense="past")
    assert span is not None and span.range is not None
    assert dt.date.fromisoformat(span.range[0]) <= anchor


@given(st.sampled_from(COUNTED_FORMS), NEWS_ANCHORS, st.integers(min_value=0, max_value=400),
       st.sampled_from(["day", "week", "month", "year"]))
@settings(max_examples=300, deadline=None)
def test_a_counted_value_holds_the_days_it_may_be(
    text: str, anchor: dt.date, days_before: int, unit: str
) -> None:
    """"Two weeks later" than January is the year 2025, its range 15 January-14 February:
    the value is the unit that holds the counted days, the range those days."""
    named = containing(anchor - dt.timedelta(days=days_before), unit)
    last = DateSpan(named.value, unit, (named.start.isoformat(), named.end.isoformat()))
    span = resolve(text, anchor, last=last, tense="past")
    if span is None or span.range is None:
        return
    period = period_of_value(span.value)
    first, end = (dt.date.fromisoformat(d) for d in span.range)
    assert period is not None and period.start <= first <= end <= period.end
    assert span.granularity == period.granularity


NARRATIVE_FORMS = ["the next year", "the previous month", "the following spring",
                   "early the next year", "the preceding winter", "the next week"]


@given(st.sampled_from(NARRATIVE_FORMS), NEWS_ANCHORS, st.sampled_from([None, "2019", "June"]))
@settings(max_examples=300, deadline=None)
def test_a_story_sequence_word_in_the_past_tense_never_resolves_after_publication(
    text: str, anchor: dt.date, earlier: str | None
) -> None:
    """Counted from the date named before, or from none: never from publication."""
    last = resolve(earlier, anchor, tense="past") if earlier else None
    span = resolve(text, anchor, last=last, tense="past")
    if span is not None and span.range is not None:
        assert dt.date.fromisoformat(span.range[0]) <= anchor


@given(st.lists(st.sampled_from(DATE_WORDS), min_size=1, max_size=5), NEWS_ANCHORS, TENSES)
@settings(max_examples=400, deadline=None)
def test_every_resolved_value_lies_inside_its_range(
    words: list[str], anchor: dt.date, tense: str | None
) -> None:
    """The range is the stretch named; the value is its TIMEX3 unit. Without a part
    ("early", "the end of") the two are the same days; with one the range lies inside."""
    span = resolve(" ".join(words), anchor, tense=tense)  # type: ignore[arg-type]
    if span is None or span.granularity == "reference":
        return
    period = period_of_value(span.value)
    assert period is not None and span.range is not None
    first, last = (dt.date.fromisoformat(d) for d in span.range)
    if first < period.start or last > period.end:  # a span ("13 - 31 May") holds its end
        assert first <= period.start <= period.end <= last
        return
    assert period.start <= first <= last <= period.end
    if not any(w in words for w in ("early", "late", "mid-", "the end of", "earlier")):
        assert (first, last) == (period.start, period.end)
