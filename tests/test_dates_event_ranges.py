"""An event keeps the range of its date: "the early 1990s" dates it 1990/1993, not the
whole decade, so that a query for the events within a range finds it. The sentences are
our own."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from belli.events.event_date import from_span
from belli.records import Analysis, Article, DateSpan, Event
from belli.store import EventFilter, Store


@pytest.mark.parametrize(("span", "value", "granularity"), [
    (DateSpan("199", "decade", ("1990-01-01", "1993-12-31")), "1990/1993", "year"),
    (DateSpan("2019", "year", ("2019-09-01", "2019-12-31")), "2019-09/2019-12", "month"),
    (DateSpan("2022-08", "month", ("2022-08-01", "2022-08-10")), "2022-08-01/2022-08-10",
     "day"),
])
def test_a_part_of_a_period_dates_the_event_by_its_range(span: DateSpan, value: str,
                                                         granularity: str) -> None:
    when = from_span(span, "early", "clause")
    assert (when.value, when.granularity, when.range) == (value, granularity, span.range)


@pytest.mark.parametrize("span", [
    DateSpan("199", "decade", ("1990-01-01", "1999-12-31")),
    DateSpan("2022-08", "month", ("2022-08-01", "2022-08-31")),
])
def test_a_whole_period_keeps_its_value(span: DateSpan) -> None:
    assert from_span(span, "in", "clause").value in ("199X", "2022-08")


@pytest.fixture
def store() -> Iterator[Store]:
    article = Article.from_text("Two wars.", published="2022-09-15")
    events = tuple(Event(article.doc_id, event_id, "ASSAULT", None, 4, -10.0, "War.", 0, 4,
                         "war", date=value)
                   for event_id, value in (("early", "1990/1993"), ("decade", "199X")))
    with Store.open(":memory:") as opened:
        opened.write([Analysis(article=article, events=events)])
        yield opened


def test_within_finds_the_event_whose_range_lies_inside(store: Store) -> None:
    inside = store.events(EventFilter(since="1990", until="1995", within=True)).events
    overlapping = store.events(EventFilter(since="1990", until="1995")).events
    assert [e.event_id for e in inside] == ["early"]
    assert sorted(e.event_id for e in overlapping) == ["decade", "early"]


@pytest.mark.model
def test_an_event_of_the_early_1990s_is_found_within_1990_to_1995(nlp_pipeline) -> None:
    article = Article.from_text("In the early 1990s, Armenia and Azerbaijan fought a war "
                                "over Nagorno-Karabakh.", published="2022-09-15")
    analysis = nlp_pipeline.process(article)
    fought = next(e for e in analysis.events if e.trigger == "fought")
    assert (fought.date, fought.date_text) == ("1990/1993", "the early 1990s")
    assert "historical" in fought.aux
    with Store.open(":memory:") as opened:
        opened.write([analysis])
        found = opened.events(EventFilter(since="1990", until="1995", within=True)).events
    assert [e.trigger for e in found] == ["fought"]


@pytest.mark.parametrize(("span", "value"), [
    (DateSpan("2022-09", "month", ("2022-09-01", "2022-09-15")), "2022-09"),  # earlier this month
    (DateSpan("2022", "year", ("2022-09-15", "2022-12-31")), "2022"),  # later this year
])
def test_a_period_split_at_publication_dates_the_event_by_the_period(span: DateSpan,
                                                                     value: str) -> None:
    when = from_span(span, "earlier this month", "clause")
    assert (when.value, when.granularity, when.range) == (value, span.granularity, span.range)


@pytest.mark.parametrize(("text", "days"), [
    ("early last month", ("2022-08-01", "2022-08-10")),
    # told on the 10th, "early this month" ends on publication, and told on the 21st,
    # "late this month" begins there: each is still the calendar's part
    ("early this month", ("2025-06-01", "2025-06-10")),
    ("late this month", ("2025-06-21", "2025-06-30")),
])
def test_a_part_the_calendar_fixes_stays_an_interval_whatever_the_publication(
        text: str, days: tuple[str, str]) -> None:
    span = DateSpan(days[0][:7], "month", days, text=text)
    assert from_span(span, text, "clause").value == "/".join(days)


@pytest.mark.parametrize("text", ["earlier this month", "later this month"])
def test_a_split_at_publication_is_read_from_the_phrase_not_the_days(text: str) -> None:
    # told on 10 June, the range of "earlier this month" is that of "early this month"
    span = DateSpan("2025-06", "month", ("2025-06-01", "2025-06-10"), text=text)
    assert from_span(span, text, "clause").value == "2025-06"


def test_a_widened_count_dates_the_event_by_the_days_it_may_be() -> None:
    # "two weeks later" than January: the year holds those days, the event is their interval
    later = DateSpan("2025", "year", ("2025-01-15", "2025-02-14"), text="Two weeks later")
    when = from_span(later, "Two weeks later", "clause")
    assert (when.value, when.granularity, when.range) == (
        "2025-01-15/2025-02-14", "day", later.range)


def test_a_stretch_of_one_day_dates_the_event_by_that_day() -> None:
    # "earlier this month" on the 1st, read as a part: no interval whose ends meet
    once = DateSpan("2025-06", "month", ("2025-06-01", "2025-06-01"))
    when = from_span(once, "on", "clause")
    assert (when.value, when.granularity) == ("2025-06-01", "day")
    told = from_span(replace(once, text="earlier this month"), "earlier this month", "clause")
    assert (told.value, told.granularity) == ("2025-06", "month")
