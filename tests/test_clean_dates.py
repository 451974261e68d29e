"""Dates recovered from text: stated publication dates, metadata dates, and the date
inferred from the latest event an undated article mentions."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belli.dates.inference import infer_publication
from belli.ingest import article_from_text
from belli.ingest.meta import infer_date, normalize_published, parse_date

TODAY = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighting broke out on September 27th. The war of 2021 ended in a truce.", "2021-09-27"),
        ("In 2019, Azerbaijan's defence ministry reported the delivery of 10 aircraft.", "2019"),
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
        ("2025-03-14 20:30:26Z", "2025-03-14"),
        ("September 15, 2022", "2022-09-15"),
        ("15 Sept. 2022", "2022-09-15"),
        ("2022-09", "2022-09"),
        ("2022", "2022"),
        ("2022-02-30", None),
        ("sometime last spring", None),
    ],
)
def test_metadata_dates_are_normalized_to_iso(value: str, expected: str | None) -> None:
    assert normalize_published(value) == expected


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


@given(st.text())
@settings(max_examples=200, deadline=None)
def test_date_recovery_never_raises(text: str) -> None:
    inferred = infer_date(text, today=TODAY)
    assert inferred is None or inferred[:4] <= "2024"
    parse_date(text)
