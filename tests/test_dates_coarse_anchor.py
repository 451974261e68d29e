"""A publication date known only to the month, stated or inferred, places relative dates
no more finely than itself: a weekday or "two weeks ago" is no day, and "earlier this
month" covers the days it can, not one of them."""

from __future__ import annotations

import re

from belli.dates.stage import publication_anchor, resolve_dates
from belli.records import Analysis, Article, DateSpan, Mention, Sentence

STORY = (
    "Flooding closed the river road in March 2019. The ferry stopped on Tuesday. "
    "Two weeks ago, the mayor asked for help. Earlier this month, engineers inspected the pier."
)
DATES = ["March 2019", "Tuesday", "Two weeks ago", "Earlier this month"]


def _dates(published: str | None) -> dict[str, DateSpan | None]:
    article = Article.from_text(STORY, published=published)
    sentences = tuple(
        Sentence(article.doc_id, i, m.start(), m.end(), m.group())
        for i, m in enumerate(re.finditer(r"[^.]+\.?", STORY))
    )
    mentions = tuple(
        Mention(article.doc_id, STORY.index(t), STORY.index(t) + len(t), t, "DATE") for t in DATES
    )
    analysis = resolve_dates(Analysis(article=article, sentences=sentences, mentions=mentions))
    return {m.text: m.date for m in analysis.mentions}


def _value(span: DateSpan | None) -> str | None:
    return span.value if span else None


def test_an_inferred_month_anchor_gives_no_day_to_a_weekday_or_a_count_of_weeks() -> None:
    article = Article.from_text(STORY)
    anchor = publication_anchor(article)
    assert anchor is not None and anchor.inferred and anchor.granularity == "month"
    dates = _dates(None)
    assert _value(dates["Tuesday"]) == "XXXX-WXX-2"
    assert _value(dates["Two weeks ago"]) == "XXXX-XX-XX"


def test_earlier_this_month_against_a_month_anchor_covers_the_month_not_one_day() -> None:
    for published in (None, "2019-04"):
        span = _dates(published)["Earlier this month"]
        assert span is not None and span.granularity == "month"
        assert span.range is not None and span.range[0] < span.range[1]
        assert span.range[1][-2:] in ("30", "31")  # up to the anchor month's last day


def test_a_day_anchor_still_places_relative_dates_on_their_day() -> None:
    dates = _dates("2019-04-18")
    assert _value(dates["Tuesday"]) == "2019-04-16"
    assert _value(dates["Two weeks ago"]) == "2019-04-04"
    assert dates["Earlier this month"] is not None
    assert dates["Earlier this month"].range == ("2019-04-01", "2019-04-18")
