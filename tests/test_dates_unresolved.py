"""A date mention that cannot be placed on the calendar still carries `date`: its unit and
the fields it states, TIMEX3's X for what is unknown, and no range. Inputs built by hand,
so no model loads; the sentences are our own."""

from __future__ import annotations

import re

import pytest

from belli.dates.stage import resolve_dates
from belli.dates.unresolved import placed
from belli.records import Analysis, Article, DateSpan, Mention, Sentence


def _dated(text: str, dates: list[str], published: str | None) -> dict[str, tuple]:
    article = Article.from_text(text, published=published)
    sentences = tuple(Sentence(article.doc_id, i, m.start(), m.end(), m.group())
                      for i, m in enumerate(re.finditer(r"[^.]+\.?", text)))
    mentions = tuple(Mention(article.doc_id, text.index(t), text.index(t) + len(t), t, "DATE")
                     for t in dates)
    analysis = resolve_dates(Analysis(article=article, sentences=sentences, mentions=mentions))
    return {m.text: (m.date.value, m.date.granularity, m.date.range) if m.date else None
            for m in analysis.mentions}


@pytest.mark.parametrize(("text", "mention", "value", "granularity"), [
    ("Rebels shelled the town on Tuesday.", "Tuesday", "XXXX-WXX-2", "day"),
    ("Last month, troops entered the valley.", "Last month", "XXXX-XX", "month"),
    ("Talks failed in February.", "February", "XXXX-02", "month"),
    ("Ministers met last week.", "last week", "XXXX-WXX", "week"),
    ("Prices rose last summer.", "last summer", "XXXX-SU", "season"),
    ("Exports fell in the first quarter.", "the first quarter", "XXXX-Q1", "quarter"),
    ("The minister resigned yesterday.", "yesterday", "XXXX-XX-XX", "day"),
])
def test_without_a_publication_date_a_mention_keeps_its_unit(
        text: str, mention: str, value: str, granularity: str) -> None:
    assert _dated(text, [mention], None)[mention] == (value, granularity, None)


def test_a_date_the_text_fixes_is_placed_without_a_publication_date() -> None:
    # a plan is no event to infer the page's date from: "next week" counts from nothing
    dated = _dated("Talks will resume next week and end in May 2030.",
                   ["next week", "May 2030"], None)
    assert dated["May 2030"] == ("2030-05", "month", ("2030-05-01", "2030-05-31"))
    assert dated["next week"] == ("XXXX-WXX", "week", None)


def test_with_a_publication_date_the_mention_is_placed() -> None:
    dated = _dated("Rebels shelled the town on Tuesday.", ["Tuesday"], "2022-09-15")
    assert dated["Tuesday"] == ("2022-09-13", "day", ("2022-09-13", "2022-09-13"))


def test_that_day_with_no_day_before_it_is_unknown() -> None:
    dated = _dated("In 2020 the war began. That day, the border closed.",
                   ["2020", "That day"], "2022-09-15")
    assert dated["That day"] == ("XXXX-XX-XX", "day", None)


@pytest.mark.parametrize(("value", "days", "is_placed"), [
    ("XXXX-WXX-2", None, False),
    ("XXXX-XX", None, False),
    ("2022-09-13", ("2022-09-13", "2022-09-13"), True),
    ("199", ("1990-01-01", "1999-12-31"), True),
])
def test_only_a_span_that_names_days_is_placed(value: str, days: tuple[str, str] | None,
                                               is_placed: bool) -> None:
    assert placed(DateSpan(value=value, granularity="day", range=days, text="x")) is is_placed


def test_an_unplaced_date_is_no_date_slot_for_a_relation() -> None:
    from belli.relations.sentence import _usable

    unplaced = Mention("d", 0, 7, "Tuesday", "DATE",
                       date=DateSpan(value="XXXX-WXX-2", granularity="day", range=None,
                                     text="Tuesday"))
    fixed = unplaced.replace(date=DateSpan(value="2022-09-13", granularity="day",
                                           range=("2022-09-13", "2022-09-13"), text="Tuesday"))
    assert not _usable(unplaced) and _usable(fixed)
