"""An event keeps the range of its date: "the early 1990s" dates it 1990/1993, not the
whole decade, so that a query for the events within a range finds it. The sentences are
our own."""

from __future__ import annotations

from collections.abc import Iterator

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
