"""Dates recovered from text: stated publication dates, metadata dates, and the date
inferred from the latest event an undated article mentions."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belli.dates.inference import infer_publication
from belli.errors import InputError
from belli.ingest import article_from_text
from belli.ingest.meta import infer_date, parse_date, read_published
from belli.records import Article

TODAY = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighting broke out on September 27th. The war of 2021 ended in a truce.", "2021-09-27"),
        ("In 2019, Chile's navy announced the arrival of two frigates.", "2019"),
        ("The ceasefire of November 2020 held until the drills of June 2021.", "2021-06"),
        ("A declaration was signed in February 2022; the CIA chief visited in July.", "2022-07"),
        ("Talks resumed on 14 March 2023 after the summit of 2022-12-01.", "2023-03-14"),
        ("The plan runs until 2030, and was adopted in 2019.", "2019"),
        ("Ministers may march on the capital; nobody knows when.", None),
        ("No dates here at all.", None),
    ],
)
def test_inferred_date_is_the_latest_dated_event(text: str, expected: str | None) -> None:
    assert infer_date(text, today=TODAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forms of a date beyond "in 2020": the page is never dated before its latest event
        ("The 2020 war ended in a truce. Talks stalled.", "2020"),
        ("Troops crossed the line on Sept. 13, 2022, officials said.", "2022-09-13"),
        ("The clashes of the third quarter of 2022 were the worst.", "2022"),
        ("In 2015 the border closed; the last week of March 2022 saw it reopen.", "2022-03"),
        # a relative expression and a dated event of the same unit pin the date
        ("Fighting broke out in August 2022. Last month's clashes killed dozens.", "2022-09"),
        ("The war of 2020 killed thousands. Last year's war still shapes politics.", "2021"),
        ("The ceasefire of 2019 collapsed two years ago, diplomats said.", "2021"),
        ("Fighting broke out in August 2022, and on Tuesday the ministers met.", "2022-08"),
        # what a page announces is not an event
        ("Elections will be held in 2023. The truce was signed in 2020.", "2020"),
        ("The 2030 plan is ambitious.", None),
        ("Talks will resume on September 27. The war of 2021 ended in a truce.", "2021"),
    ],
)
def test_inferred_date_respects_everything_the_text_says(text: str, expected: str | None) -> None:
    assert infer_date(text, today=TODAY) == expected


def test_inferred_date_says_why() -> None:
    inference = infer_publication(
        "Fighting broke out in August 2022. Last month's clashes killed dozens.", today=TODAY
    )
    assert inference is not None
    assert "'August 2022'" in inference.reason and "'Last month'" in inference.reason


def test_undated_article_keeps_the_reason_for_its_date() -> None:
    article = article_from_text("The war of 2020 killed thousands. Last year's war still matters.")
    assert (article.published, article.published_inferred) == ("2021", True)
    assert "Last year" in article.meta["published_reason"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-09-15T10:00:00Z", "2022-09-15"),
        ("2023-03-14 20:30:26Z", "2023-03-14"),
        ("2021-09-06T23:30:00-05:00", "2021-09-06"),  # the date as the publisher wrote it
        ("2021-09-06T10:00:00.123456+0200", "2021-09-06"),
        ("2021-09-06 10:00 UTC", "2021-09-06"),
        ("2021-09-06", "2021-09-06"),
        ("September 6, 2021", "2021-09-06"),
        ("6 Sep 2021", "2021-09-06"),
        ("15 Sept. 2022", "2022-09-15"),
        ("Mon, 06 Sep 2021 10:00:00 GMT", "2021-09-06"),
        ("Updated: September 6, 2021 at 10:00 ET", "2021-09-06"),
        ("6 septembre 2021", "2021-09-06"),
        ("September 2021", "2021-09"),
        ("2022-09", "2022-09"),
        ("2022", "2022"),
        ("20210906", "2021-09-06"),  # ISO 8601 basic form, as GDELT writes dates
        ("20210906101500", "2021-09-06"),
        ("2024-06-03", "2024-06-03"),  # a day or two ahead: time zones
    ],
)
def test_metadata_dates_are_read_as_iso(value: str, expected: str) -> None:
    assert read_published(value, today=TODAY) == expected


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("1e308", "a bare number is not a date"),
        ("1e5", "a bare number is not a date"),
        ("1630922400", "a bare number is not a date"),  # epoch seconds: unit and zone unknown
        ("20211306", "20211306 is not a date in YYYYMMDD form"),
        ("1630922400000", "a bare number is not a date"),  # epoch milliseconds
        ("9999-12-31T25:61:61Z", "not a valid ISO 8601 date"),
        ("2022-02-30", "not a valid ISO 8601 date"),
        ("2022-13", "no month 13"),
        ("Mon, 06 Sep 2021 25:00:00 GMT", "not a valid RFC 2822 date"),
        ("9999-12-31", "in the future"),
        ("2024-06-04", "in the future"),
        ("2025", "in the future"),
        ("1850-01-01", "before 1900"),
        ("0001-01-01", "before 1900"),
        ("yesterday", "not a date"),  # relative to what? not to the day it was ingested
        ("Sept 6", "not a date"),
        ("sometime last spring", "not a date"),
    ],
)
def test_nonsense_metadata_dates_are_refused_with_a_reason(value: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        read_published(value, today=TODAY)


@pytest.mark.parametrize("published", ["1e308", "1e5", "9999-12-31T25:61:61Z", "9999-12-31"])
def test_a_refused_published_value_is_noted_and_the_date_inferred_from_the_text(
    published: str,
) -> None:
    article = article_from_text(
        "Troops withdrew from the border area on 3 May 2021, officials said.",
        published=published,
    )
    assert (article.published, article.published_inferred) == ("2021-05-03", True)
    assert article.meta["published_raw"] == published
    assert article.meta["published_rejected"]


def test_a_refused_fallback_date_is_noted_too() -> None:
    article = article_from_text(
        "Troops withdrew from the border area on 3 May 2021, officials said.",
        published_fallback="9999-12-31",
    )
    assert (article.published, article.published_inferred) == ("2021-05-03", True)
    assert "fallback '9999-12-31'" in article.meta["published_rejected"]


def test_stated_date_is_not_marked_inferred() -> None:
    article = article_from_text(
        "Troops withdrew on 3 May 2021, officials said.", published="2021-05-04"
    )
    assert (article.published, article.published_inferred) == ("2021-05-04", False)


def test_undated_article_gets_an_inferred_date() -> None:
    article = article_from_text(
        "Troops withdrew from the border area on 3 May 2021, officials said."
    )
    assert (article.published, article.published_inferred) == ("2021-05-03", True)


def test_unreadable_metadata_date_is_kept_in_meta() -> None:
    article = article_from_text(
        "Troops withdrew on Monday, officials said.", published="last spring"
    )
    assert article.published is None and article.meta["published_raw"] == "last spring"


def test_a_json_number_as_published_is_refused_and_the_date_inferred() -> None:
    from belli.ingest.readers.jsonl import articles_from_jsonl

    row = '{"text": "Troops withdrew from the border area on 3 May 2021.", "published": 1e308}'
    (article,) = list(articles_from_jsonl(row, source="feed.jsonl"))
    assert isinstance(article, Article)
    assert (article.published, article.published_inferred) == ("2021-05-03", True)
    assert "a bare number is not a date" in article.meta["published_rejected"]


@given(st.text(max_size=60))
@settings(max_examples=200, deadline=None)
def test_reading_a_published_value_gives_a_sane_date_or_a_reason(text: str) -> None:
    try:
        value = read_published(text, today=TODAY)
    except InputError as exc:
        assert exc.message
    else:
        assert "1900" <= value[:4] <= "2024"


@given(st.text())
@settings(max_examples=200, deadline=None)
def test_date_recovery_never_raises(text: str) -> None:
    inferred = infer_date(text, today=TODAY)
    assert inferred is None or inferred[:4] <= "2024"
    parse_date(text)
