"""Linking by dates: a period of two days (a night, "since Sunday" told on Monday) names
an act's day as well as the day itself; a week or longer says less of which day it was."""

from __future__ import annotations

from datetime import date, timedelta

from belli.analysis.linking import Report, judge

SUNDAY = date(2024, 4, 7)


def clash(doc: str, first: date, last: date, countries: set[str]) -> Report:
    """A dated clash told in its own words: only its type, countries and date can link it."""
    return Report(
        uid=f"{doc}/e1", doc_id=doc, type="ASSAULT", quad=4, countries=frozenset(countries),
        first=first, last=last, dated=True, place=None, place_country=None,
        words=frozenset({doc}), trigger="")


def on_sunday(doc: str = "d1") -> Report:
    return clash(doc, SUNDAY, SUNDAY, {"ARM"})


def test_killed_since_sunday_told_on_monday_links_to_the_sunday_clash() -> None:
    since_sunday = clash("d2", SUNDAY, SUNDAY + timedelta(days=1), {"ARM", "AZE"})
    link = judge(on_sunday(), since_sunday)
    assert link is not None
    assert "dates overlap (within 2 days)" in link.reason


def test_a_night_across_two_days_counts_like_the_day_it_ends_on() -> None:
    overnight = clash("d2", SUNDAY - timedelta(days=1), SUNDAY, {"ARM", "AZE"})
    assert judge(on_sunday(), overnight) is not None


def test_a_week_that_holds_the_day_is_not_enough_alone() -> None:
    that_week = clash("d2", SUNDAY - timedelta(days=6), SUNDAY, {"ARM", "AZE"})
    assert judge(on_sunday(), that_week) is None


def test_two_days_that_miss_the_day_count_less() -> None:
    days_after = clash("d2", SUNDAY + timedelta(days=2), SUNDAY + timedelta(days=3),
                       {"ARM", "AZE"})
    assert judge(on_sunday(), days_after) is None
