"""An event's date and whether it is background: pure functions, no model."""

from __future__ import annotations

from datetime import date

import pytest

from belli.events.event_periods import calendar_value, is_future, is_historical, period_end
from belli.events.timing import EventDate


@pytest.mark.parametrize(("value", "end"), [
    ("2020", date(2020, 12, 31)),
    ("199X", date(1999, 12, 31)),
    ("2022-02", date(2022, 2, 28)),
    ("2024-02", date(2024, 2, 29)),
    ("2022-09-13", date(2022, 9, 13)),
    ("1990/1993", date(1993, 12, 31)),
    ("PRESENT_REF", None),
])
def test_a_partial_date_ends_with_its_period(value, end):
    assert period_end(value) == end


@pytest.mark.parametrize(("value", "expected"), [
    ("2022-09-13TMO", "2022-09-13"),
    ("2022-09", "2022-09"),
    ("2022-W37", "2022-W37"),
    ("2021-SU", "2021-SU"),
    ("1990/1993", "1990/1993"),
    ("PRESENT_REF", None),
    ("P3D", None),
    ("199", "199X"),  # TIMEX3's decade in the contract's form
    ("19", "19XX"),
    # what the contract has no form for becomes the interval it spans
    ("2023-W39-WE", "2023-09-30/2023-10-01"),
    ("2021-H2", "2021-07/2021-12"),
    ("2019/2021-H1", "2019/2021-06"),
])
def test_only_calendar_values_date_an_event(value, expected):
    assert calendar_value(value) == expected


def _dated(value: str, how: str = "clause") -> EventDate:
    return EventDate(value, "year", value, how)


@pytest.mark.parametrize(("value", "published", "historical"), [
    ("2019", "2021-10-07", True),
    ("2021-06", "2021-10-07", True),
    ("2021-09-02", "2021-10-07", False),
    ("2021", "2021-10-07", False),
    ("2022", "2021-10-07", False),
    # a past year as a whole is background even just after it ended; a past month is not
    ("2020", "2021-01-20", True),
    ("2020-12", "2021-01-20", False),
])
def test_events_well_before_publication_are_background(value, published, historical):
    assert is_historical(_dated(value), published) is historical


def test_an_event_dated_by_publication_is_never_background():
    assert not is_historical(_dated("2019-01-01", how="publication"), "2021-10-07")


@pytest.mark.parametrize(("value", "how", "future"), [
    ("2021-10-14", "clause", True),
    ("2021-10", "clause", False),  # the month of publication has begun
    ("2022", "clause", True),
    ("2021-10-14", "sentence", False),  # a date elsewhere in the sentence decides nothing
])
def test_an_event_its_clause_dates_after_publication_is_still_to_come(value, how, future):
    assert is_future(_dated(value, how=how), "2021-10-07") is future


# --- which date governs which act: the real model, end to end -------------------------------


def _date_of_word(nlp_pipeline, text: str, published: str, word: str) -> str | None:
    """The date `date_of` gives an act whose trigger is the first token `word`."""
    from types import SimpleNamespace

    from belli.events.timing import DocumentDates, date_of
    from belli.records import Article

    article = Article(doc_id="timing", text=text, published=published)
    analysis = nlp_pipeline.process(article)
    doc = analysis.parse
    dates = DocumentDates.of(analysis, SimpleNamespace(doc=doc))  # type: ignore[arg-type]
    token = next(t for t in doc if t.text == word)
    when = date_of(SimpleNamespace(token=token, head=token), dates)  # type: ignore[arg-type]
    return when.value if when is not None else None


_SEIZED_IN_THE_WAR = ("The foreign ministry has condemned the visit to Shusha, the town that "
                      "Azerbaijani forces seized in the final days of last year's war.")
_SINCE_2009 = ("Since 2009, hundreds of people have been killed in attacks on hotels. "
               "Gunmen stormed a hotel in the town.")


@pytest.mark.parametrize(("text", "published", "word", "expected"), [
    # a date naming another event in passing does not date a present or perfect act
    ("Armenia remains reluctant to comply with the November 2020 ceasefire.",
     "2022-09-15", "remains", "2022-09-15"),
    (_SEIZED_IN_THE_WAR, "2021-06-16", "condemned", "2021-06-16"),
    # ... but it dates its own phrase's act, and a past act that names it as its occasion
    (_SEIZED_IN_THE_WAR, "2021-06-16", "seized", "2020"),
    ("Russian peacekeepers deployed to Karabakh as a result of the November 2020 ceasefire.",
     "2022-09-15", "deployed", "2020-11"),
    # the act's own clause comes first
    ("The ministry said on Tuesday that troops had violated the 2020 ceasefire.",
     "2022-09-15", "said", "2022-09-13"),
])
def test_a_date_inside_a_noun_phrase_dates_that_phrase(nlp_pipeline, text, published, word,
                                                       expected):
    assert _date_of_word(nlp_pipeline, text, published, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("In 2009, gunmen attacked a hotel in the town. They killed 25 people.", "killed", "2009"),
    # "since 2009" bounds a span: it says when no act of the next sentence happened
    (_SINCE_2009, "stormed", "2025-03-12"),
    ("The 2009 attack on the hotel was the deadliest. Gunmen stormed a hotel in the town.",
     "stormed", "2025-03-12"),
])
def test_only_a_date_that_locates_an_act_carries_on_through_its_paragraph(
        nlp_pipeline, text, word, expected):
    assert _date_of_word(nlp_pipeline, text, "2025-03-12", word) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Azerbaijani forces attacked the region on Sept. 19-20.", "2023-09-30",
     "2023-09-19/2023-09-20"),
    ("Special forces trained together in Baku from 12 to 20 September.", "2021-10-04",
     "2021-09-12/2021-09-20"),
    # a day-month without a year is the latest one not after publication, in the past
    ("Azerbaijani forces attacked the region on 27 September.", "2023-10-04", "2023-09-27"),
    ("Azerbaijani forces attacked the region on 27 September.", "2023-09-20", "2022-09-27"),
])
def test_an_act_takes_every_day_its_date_names(nlp_pipeline, text, published, expected):
    word = "attacked" if "attacked" in text else "trained"
    assert _date_of_word(nlp_pipeline, text, published, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The rebels raided the depots between 4 and 19 April.", "raided", "2021-04-04/2021-04-19"),
    ("Engineers were deployed to the border from February to April 2020.", "deployed",
     "2020-02/2020-04"),
    ("The army shelled the villages overnight.", "shelled", "2021-06-20"),
])
def test_an_act_dated_by_a_span_takes_all_of_it(nlp_pipeline, text, word, expected):
    assert _date_of_word(nlp_pipeline, text, "2021-06-21", word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # the occasion's date is the act's: it happened during the visit or the summit
    ("The president used Tuesday's visit to sign a defence accord with Ankara.", "sign",
     "2021-06-15"),
    ("Officials used Friday's summit to demand a withdrawal of the troops.", "demand",
     "2021-06-18"),
    # a period is no occasion: the justifying is not dated by the war
    ("The government used the 2019 war to justify buying more drones.", "justify",
     "2021-06-21"),
])
def test_an_act_in_the_purpose_of_a_dated_occasion_takes_its_date(nlp_pipeline, text, word,
                                                                   expected):
    assert _date_of_word(nlp_pipeline, text, "2021-06-21", word) == expected
