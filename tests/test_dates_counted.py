"""Dates counted from the date the text gave before them ("Two days later", "the next
day", "a week earlier", "the following month"), and periods of the decade the text is in
("by the end of the decade"). The sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from belli.dates import find_expressions, resolve
from belli.dates.antecedents import Named, counted_antecedent
from belli.dates.lexicon import load_lexicon
from belli.records import DateSpan

THURSDAY = dt.date(2022, 9, 15)


def _after(day_text: str, counted: str) -> str | None:
    named = resolve(day_text, THURSDAY, tense="past")
    span = resolve(counted, THURSDAY, last=named)
    return span.value if span is not None else None


@pytest.mark.parametrize(("named", "counted", "value"), [
    ("on 3 March 2022", "Two days later", "2022-03-05"),
    ("on 3 March 2022", "a day earlier", "2022-03-02"),
    ("on 3 March 2022", "the next day", "2022-03-04"),
    ("on 3 March 2022", "the previous day", "2022-03-02"),
    ("on 3 March 2022", "a week later", "2022-03-10"),
    ("on 3 March 2022", "three months later", "2022-06"),
    ("in May 2019", "the following month", "2019-06"),
    ("in 2014", "two years later", "2016"),
])
def test_a_counted_date_counts_from_the_date_named_before(named: str, counted: str,
                                                          value: str) -> None:
    assert _after(named, counted) == value


def test_a_finer_count_from_a_coarser_date_keeps_the_period_that_holds_it() -> None:
    # a day after "last week" (5-11 September) is some day of 6-12 September
    assert _after("last week", "A day later") == "2022-09"
    assert _after("in May 2014", "the next day") == "2014"  # 2 May to 1 June


def test_a_count_widens_at_most_one_unit_and_never_past_a_year() -> None:
    assert _after("in 2014", "the next day") is None  # 2 January 2014 to 1 January 2015
    assert _after("in the 1990s", "the next day") is None
    assert _after("in 1999", "the following day") is None


def test_a_count_from_part_of_a_period_counts_from_the_days_it_names() -> None:
    assert _after("in early 2019", "two days later") == "2019"
    assert _after("in late 2019", "two days later") is None  # up to 2 January 2020


def _after_past(day_text: str, counted: str) -> str | None:
    named = resolve(day_text, THURSDAY, tense="past")
    span = resolve(counted, THURSDAY, last=named, tense="past")
    return span.value if span is not None else None


@pytest.mark.parametrize(("named", "counted"), [
    ("on Wednesday", "Two days later"),  # a Friday after a Thursday paper
    ("on 13 September 2022", "The following week"),
    ("in 2020", "999 years later"),
    ("yesterday", "a week later"),
])
def test_a_date_counted_in_the_past_tense_is_not_placed_after_publication(
    named: str, counted: str
) -> None:
    assert _after_past(named, counted) is None


def test_a_date_counted_in_the_past_tense_up_to_publication_is_placed() -> None:
    assert _after_past("on Tuesday", "a day later") == "2022-09-14"
    assert _after_past("last week", "the following week") == "2022-W37"
    assert _after("on Wednesday", "Two days later") == "2022-09-16"  # no tense: a plan


def test_a_counted_date_without_a_date_before_it_is_not_placed() -> None:
    assert resolve("Two days later", THURSDAY) is None


@pytest.mark.parametrize("text", [
    "The vote came three days later than planned.",
    "The talks resumed the day after the attack.",
    "The army withdrew days later.",
])
def test_a_count_that_names_no_date_of_its_own_is_not_one(text: str) -> None:
    assert not any(f.spec.anaphor and f.spec.shift_unit for f in find_expressions(text))


@pytest.mark.parametrize("text", [
    "Rebels had shelled the port the day before",
    "The bridge reopened the day after",
    "The envoy had arrived the day before.",
])
def test_the_day_before_or_after_closing_the_text_is_counted(text: str) -> None:
    assert any(f.spec.anaphor and f.spec.shift_unit for f in find_expressions(text))


@pytest.mark.parametrize(("text", "start"), [
    ("The army crossed the river on 3 March. Two days later, it reached the town.", 39),
    ("Talks opened on 3 March.\n\nThe day before, rebels had shelled the port.", 26),
])
def test_a_counted_date_finds_its_date_in_its_paragraph_or_the_one_before(
        text: str, start: int) -> None:
    march = DateSpan("2022-03-03", "day", ("2022-03-03", "2022-03-03"))
    named = [Named(text.index("3 March"), march, narrates=True)]
    assert counted_antecedent(named, text, start) == march


def test_a_date_two_paragraphs_back_is_not_counted_from() -> None:
    text = "Talks opened on 3 March.\n\nAid arrived.\n\nTwo days later, rebels left."
    march = DateSpan("2022-03-03", "day", ("2022-03-03", "2022-03-03"))
    named = [Named(text.index("3 March"), march, narrates=True)]
    assert counted_antecedent(named, text, text.index("Two")) is None


def test_the_story_date_wins_over_the_date_of_a_thing_it_names() -> None:
    text = "Last week, Baku was accused of breaking the truce signed on 10 May. A day later"
    week = DateSpan("2022-W36", "week", ("2022-09-05", "2022-09-11"))
    may = DateSpan("2022-05-10", "day", ("2022-05-10", "2022-05-10"))
    named = [Named(0, week, narrates=True), Named(text.index("10 May"), may, narrates=False)]
    assert counted_antecedent(named, text, text.index("A day")) == week


@pytest.mark.parametrize(("tense", "value", "first"), [
    ("past", "201", "2018-01-01"),  # looking back: the end of the decade just past
    ("future", "202", "2028-01-01"),  # looking ahead: the end of this one
])
def test_the_end_of_the_decade_is_the_end_of_this_or_the_last(tense: str, value: str,
                                                               first: str) -> None:
    span = resolve("by the end of the decade", THURSDAY, tense=tense)  # type: ignore[arg-type]
    assert span is not None and span.value == value and span.range is not None
    assert span.range[0] == first


@pytest.mark.parametrize(("named", "counted", "value"), [
    ("in 2019", "the next year", "2020"),
    ("in April 2022", "the previous month", "2022-03"),
    ("on 4 July 2022", "the next week", "2022-W28"),
])
def test_the_next_or_previous_unit_in_a_past_story_counts_from_its_date(
        named: str, counted: str, value: str) -> None:
    assert _after_past(named, counted) == value


def test_the_next_unit_counts_from_publication_only_when_the_text_looks_ahead() -> None:
    assert _after("in 2019", "the next year") == "2023"  # no tense: "the next year" from now
    assert _after_past("in 2019", "the last year") == "2021"  # "the last year": from now


@pytest.mark.parametrize("counted", [
    "the next year", "the previous month", "the following spring", "early the next year",
])
def test_a_past_story_with_no_date_to_count_from_leaves_the_next_unit_unplaced(
        counted: str) -> None:
    assert resolve(counted, THURSDAY, tense="past") is None


@pytest.mark.parametrize(("named", "counted"), [
    ("in 2019", "the previous month"),  # no month of a year to count from
    ("in 2021", "the following week"),
])
def test_a_past_story_counting_a_finer_unit_from_a_coarser_date_leaves_it_unplaced(
        named: str, counted: str) -> None:
    assert _after_past(named, counted) is None


def test_a_count_widened_to_a_coarser_unit_keeps_the_days_it_may_be_as_range() -> None:
    january = resolve("in January 2022", THURSDAY, tense="past")
    span = resolve("Two weeks later", THURSDAY, last=january, tense="past")
    assert span is not None and (span.value, span.range) == ("2022", ("2022-01-15", "2022-02-14"))
    # counted from a day, the count is a day and its range that day
    day = resolve("on 3 March 2022", THURSDAY, tense="past")
    span = resolve("Two days later", THURSDAY, last=day, tense="past")
    assert span is not None and span.range == ("2022-03-05", "2022-03-05")


@pytest.mark.parametrize("word", sorted(load_lexicon().sequence_words))
def test_every_sequence_word_of_the_lexicon_counts_a_season_from_the_story_date(
        word: str) -> None:
    ahead = load_lexicon().sequence_words[word] == "next"
    assert _after_past("in 2021", f"the {word} spring") == ("2022-SP" if ahead else "2020-SP")


@pytest.mark.parametrize(("named", "counted", "value"), [
    ("in 2021", "the following spring", "2022-SP"),
    ("in 2021", "the previous summer", "2020-SU"),
    ("in March 2021", "the next winter", "2021-WI"),
])
def test_the_following_or_previous_season_of_a_past_story_counts_from_its_date(
        named: str, counted: str, value: str) -> None:
    assert _after_past(named, counted) == value


def test_a_season_without_a_word_of_sequence_is_the_one_nearest_publication() -> None:
    assert _after_past("in 2021", "the spring") == "2022-SP"  # the spring just past
    assert _after_past("in 2019", "next summer") == "2023-SU"  # "next summer": from now


def test_a_part_of_the_next_year_narrows_the_year_counted_to() -> None:
    named = resolve("in late 2019", THURSDAY, tense="past")
    span = resolve("early the next year", THURSDAY, last=named, tense="past")
    assert span is not None and (span.value, span.range) == ("2020", ("2020-01-01", "2020-04-30"))
    span = resolve("late the previous month", THURSDAY, last=resolve("in May 2022", THURSDAY),
                   tense="past")
    assert span is not None and span.range == ("2022-04-21", "2022-04-30")


@pytest.mark.parametrize(("text", "value"), [
    ("That same week, rebels shelled the port.", "2022-W09"),
    ("Troops left that same month.", "2022-03"),
])
def test_that_same_unit_is_the_unit_of_the_date_named_before(text: str, value: str) -> None:
    named = resolve("on 3 March 2022", THURSDAY, tense="past")
    span = resolve(text, THURSDAY, last=named, tense="past")
    assert span is not None and span.value == value


def test_that_alone_before_a_unit_word_that_is_no_date_is_not_one() -> None:
    assert not find_expressions("That same weekday rule applies to that samey month.")


@pytest.mark.parametrize(("text", "value"), [
    ("The week before, rebels had shelled the port.", "2022-W08"),
    ("Rebels had shelled the port the month before.", "2022-02"),
])
def test_the_week_or_month_before_closing_its_clause_counts_back(text: str, value: str) -> None:
    named = resolve("on 3 March 2022", THURSDAY, tense="past")
    span = resolve(text, THURSDAY, last=named, tense="past")
    assert span is not None and span.value == value


@pytest.mark.parametrize(("text", "found"), [
    ("Rebels shelled the port the week before the vote.", []),
    ("Rebels shelled the port the month after the ceasefire.", []),
    ("Rebels shelled the port the week before, officials said.", ["the week before"]),
    ("Rebels shelled the port the month after.", ["the month after"]),
])
def test_the_week_before_a_named_thing_is_counted_from_that_thing_not_the_text(
        text: str, found: list[str]) -> None:
    assert [f.text for f in find_expressions(text)] == found
