"""The publication date of an undated page agrees with the text's own relative dates: a
relative expression and an event its sentence dates in full pin the page's month or week,
a day counted from an earlier one ("Two days later") is an event too, and the page is
never dated before its latest event. The sentences are our own."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from belli.dates.inference import infer_publication
from belli.ingest import article_from_text

TODAY = dt.date(2024, 6, 1)


def _inferred(text: str) -> str | None:
    inference = infer_publication(text, today=TODAY)
    return inference.value if inference is not None else None


@pytest.mark.parametrize(("text", "expected"), [
    # the relative expression's sentence names the day its event happened
    ("Rebels took the bridge on 2 May 2021. Last month, on 2 May 2021, the army left.",
     "2021-06"),
    ("Three weeks ago, on 10 January 2023, the port was shelled.", "2023-01-31"),
    ("Last week (on 4 March 2022) the envoy resigned.", "2022-W10"),
])
def test_a_relative_date_and_a_day_of_its_sentence_pin_the_page(text: str,
                                                                expected: str) -> None:
    assert _inferred(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a relative date of another sentence counts from some other time
    ("Sales fell in January, compared with a year ago. The report came on 3 February 2009.",
     "2009-02-03"),
    # a day without its year takes the latest year named: it pins nothing finer
    ("Last month, on May 3, the envoy resigned. The talks of 2015 failed.", "2015-05-03"),
    # a date further on in its sentence is another thing's: the accord's, the pact's
    ("Last week, Serbia accused Pristina of breaking the accord signed on 4 March 2022.",
     "2022-03-04"),
    ("Last year, Spain left the fisheries pact it had signed on 12 June 1998.", "1998-06-12"),
    ("Two months ago the minister recalled the flood of 9 April 2019.", "2019-04-09"),
])
def test_a_relative_date_pins_no_day_of_another_sentence(text: str, expected: str) -> None:
    assert _inferred(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops crossed the border on 3 March 2022. Two days later, the town fell.",
     "2022-03-05"),
    ("The deal was signed on 1 June 2020. A week later, the first ship sailed.",
     "2020-06-08"),
])
def test_a_day_counted_from_an_event_is_an_event_the_page_follows(text: str,
                                                                 expected: str) -> None:
    assert _inferred(text) == expected


@pytest.mark.parametrize("text", [
    "Talks opened on 3 March 2022.\n\nAid arrived.\n\nTwo days later, the rebels left.",
    "The siege began on 3 March 2022.\n\nShops shut.\n\nFuel ran out.\n\nA week later, it ended.",
])
def test_a_day_counts_from_no_event_further_back_than_the_paragraph_before(text: str) -> None:
    assert _inferred(text) == "2022-03-03"


def test_a_pin_never_dates_the_page_before_its_latest_event() -> None:
    text = ("Last month, on 2 May 2021, the army left. "
            "Talks collapsed on 20 July 2021, officials said.")
    assert _inferred(text) == "2021-07-20"


def test_the_reason_names_the_event_the_relative_date_counts_from() -> None:
    inference = infer_publication("Last week, on 4 March 2022, Serbia recalled its envoy.",
                                  today=TODAY)
    assert inference is not None
    assert inference.reason == ("latest dated event reported in the past: '4 March 2022'; "
                                "'Last week' counts from it: 2022-W10")


def test_an_article_takes_the_pinned_month_and_keeps_why() -> None:
    article = article_from_text("Ministers met on 2 May 2021. Last month, on 2 May 2021, "
                                "the army left the valley.")
    assert article.published == "2021-06" and article.published_inferred
    assert "'Last month'" in article.meta["published_reason"]


@pytest.mark.parametrize(("published", "warned"), [
    ("2022-13-45", True),
    ("sometime last spring", True),
    ("2022-09-15", False),
])
def test_a_refused_publication_date_is_warned_about_in_one_line(
        caplog: pytest.LogCaptureFixture, published: str, warned: bool) -> None:
    with caplog.at_level(logging.WARNING, logger="belli"):
        article = article_from_text("Turkey sent troops to Syria.", published=published,
                                    source="feed.jsonl")
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(lines) == int(warned)
    if warned:
        assert lines[0].startswith(f"feed.jsonl: published {published!r}")
        assert "\n" not in lines[0]
        assert article.meta["published_raw"] == published  # kept, not lost
