"""A date that names an event ("the 2020 war", "Tuesday's strike", "the March 4 accord"):
which occurrence it means, and which acts of its sentence it dates. The real model, end
to end (issue 8)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from belli.dates.grammar import find_expressions
from belli.records import Article


def _when(nlp_pipeline, text: str, published: str, word: str) -> tuple[str, str] | None:
    """The date and date type of the act whose trigger is the first token `word`."""
    from belli.events.timing import DocumentDates, date_of

    analysis = nlp_pipeline.process(Article(doc_id="named", text=text, published=published))
    doc = analysis.parse
    dates = DocumentDates.of(analysis, SimpleNamespace(doc=doc))  # type: ignore[arg-type]
    token = next(t for t in doc if t.text == word)
    when = date_of(SimpleNamespace(token=token, head=token), dates)  # type: ignore[arg-type]
    return (when.value, when.how) if when is not None else None


def _value(nlp_pipeline, text: str, published: str, expression: str) -> str | None:
    analysis = nlp_pipeline.process(Article(doc_id="named", text=text, published=published))
    found = next(m for m in analysis.mentions if m.text == expression)
    return found.date.value if found.date is not None else None


# --- which March 4: a past clause names an event that had happened ------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a past clause refers to an accord already signed: the March 4 just gone, not the next
    ("The withdrawal of the brigades under the March 4 accord weakened the rebels.",
     "2023-03-04"),
    ("Observers have criticised the March 4 election in the province.", "2023-03-04"),
    # a preposition or a verb that puts the event ahead keeps the nearest one
    ("The parties campaigned for the March 4 election in the province.", "2024-03-04"),
    ("A March 4 hearing was scheduled at the court in the capital.", "2024-03-04"),
    # a present clause says nothing of which one
    ("The March 4 election in the province worries the parties.", "2024-03-04"),
])
def test_a_past_clause_names_an_event_that_had_happened(nlp_pipeline, text, expected):
    assert _value(nlp_pipeline, text, "2024-02-10", "March 4") == expected


# --- which acts a date inside a noun phrase dates ------------------------------------------

@pytest.mark.parametrize(("text", "word", "expected"), [
    # the phrase is the time of the act: the object of "during", "as a result of", ...
    ("Turkey gave Azerbaijan political support during the 2020 war.", "gave",
     ("2020", "clause")),
    ("The rebels withdrew from the ridge in the wake of last month's ceasefire.", "withdrew",
     ("2023-08", "clause")),
    # ... or the subject of a past act: the event's own doing
    ("Last month's attack on the convoy killed six soldiers.", "killed", ("2023-08", "clause")),
    # the phrase only names another event: the act keeps its own time
    ("Armenia accused the rebels of breaking the 2020 ceasefire.", "accused",
     ("2023-09-20", "publication")),
    ("The 2000 soldiers of the brigade attacked the town.", "attacked",
     ("2023-09-20", "publication")),
])
def test_a_dated_noun_phrase_dates_only_the_act_it_locates(nlp_pipeline, text, word, expected):
    assert _when(nlp_pipeline, text, "2023-09-20", word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a relative clause's date is its own clause's, even on a noun tagged as a verb
    ("The truce halts fighting that began on Sept. 27 in the hills.", "began",
     ("2023-09-27", "clause")),
    ("The truce halts fighting that began on Sept. 27 in the hills.", "halts",
     ("2023-10-02", "publication")),
    ("The army shelled the villages that the rebels took on Monday.", "shelled",
     ("2023-10-02", "publication")),
])
def test_a_date_governs_the_clause_it_attaches_to(nlp_pipeline, text, word, expected):
    assert _when(nlp_pipeline, text, "2023-10-02", word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a time of day before a date is part of that date, not an event it names
    ("The truce has held since the evening of Sept. 14, the ministry said.", "held",
     ("2023-09-14/2023-09-20", "clause")),
    ("Clashes broke out on the morning of Sept. 12 near the border.", "broke",
     ("2023-09-12", "clause")),
    # "since" before an event named with a date still names that event
    ("The two states have been allies since the June 2021 declaration.", "allies",
     ("2023-09-20", "publication")),
])
def test_a_time_of_day_of_a_date_is_that_date(nlp_pipeline, text, word, expected):
    assert _when(nlp_pipeline, text, "2023-09-20", word) == expected


# --- a year inside a named event ------------------------------------------------------------

@pytest.mark.parametrize(("text", "confident"), [
    ("Turkey backed Baku throughout the 2020 war.", True),
    ("Observers praised their 2016 contracts with the firm.", True),
    # a number before other nouns may be a count
    ("The 2000 soldiers of the brigade attacked the town.", False),
])
def test_a_year_before_an_event_noun_is_a_date(text, confident):
    found = [f for f in find_expressions(text) if f.spec.unit == "year"]
    assert [f.confident for f in found] == [confident]


def test_a_year_inside_a_named_event_becomes_a_date_mention(nlp_pipeline):
    text = "Turkey gave Azerbaijan political support during the 2020 war."
    assert _value(nlp_pipeline, text, "2023-09-20", "2020") == "2020"


# --- a named period dated where the article states it ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # the article dates the war once: the war the act is located by takes that date
    ("Armenia lost the 2020 war. Turkey supported Baku throughout the 44-day war.",
     ("2020", "document")),
    ("Last year's war cost thousands of lives. Turkey backed Baku during the war.",
     ("2022", "document")),
    # two wars, two dates: which one is meant the text does not say
    ("Armenia lost the 1994 war and the 2020 war. Turkey supported Baku throughout the war.",
     ("2023-09-20", "publication")),
    # no date of the war anywhere: none is invented
    ("Turkey supported Baku throughout the 44-day war.", ("2023-09-20", "publication")),
])
def test_a_named_period_takes_the_date_the_article_gives_it(nlp_pipeline, text, expected):
    word = "supported" if "supported" in text else "backed"
    assert _when(nlp_pipeline, text, "2023-09-20", word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a state told in the present or perfect runs to publication, whatever began it
    ("Iran has been wary of the two states since their 2020 war.", "been",
     ("2023-09-20", "publication")),
    ("Iran has grown wary of the two states after the 2020 war.", "grown",
     ("2023-09-20", "publication")),
])
def test_a_dated_phrase_does_not_date_a_state_that_lasts_to_publication(
        nlp_pipeline, text, word, expected):
    assert _when(nlp_pipeline, text, "2023-09-20", word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # what happened "since" a dated act runs from that act's day to publication
    ("Forty soldiers have been killed since the rebels attacked the base on Monday.",
     "killed", ("2023-09-18/2023-09-20", "sentence")),
    ("Thousands have fled the region since the army launched its offensive on Tuesday.",
     "fled", ("2023-09-19/2023-09-20", "sentence")),
    # the act of the "since" clause itself keeps its day
    ("Forty soldiers have been killed since the rebels attacked the base on Monday.",
     "attacked", ("2023-09-18", "clause")),
])
def test_an_act_since_a_dated_act_runs_from_that_day(nlp_pipeline, text, word, expected):
    assert _when(nlp_pipeline, text, "2023-09-20", word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a preposition the parse left without an object has the date for one
    ("The army shelled the town, and on Monday President Smith ordered a mobilisation.",
     "ordered", ("2023-09-18", "clause")),
    # a participle on the subject tells the occasion of the subject's act
    ("The president, speaking to reporters last week, questioned the drills.", "questioned",
     ("2023-W37", "clause")),
    # a relative clause on the subject tells another act
    ("The envoy, who visited the border last week, questioned the drills.", "questioned",
     ("2023-09-20", "publication")),
    # a time of day in the plural is a time too
    ("Crowds gathered outside parliament on Monday and Tuesday evenings.", "gathered",
     ("2023-09-18", "clause")),
])
def test_a_date_the_parse_hangs_on_a_name_or_participle_dates_the_act(
        nlp_pipeline, text, word, expected):
    assert _when(nlp_pipeline, text, "2023-09-20", word) == expected


def test_a_recurring_event_is_not_dated_from_another_of_its_name(nlp_pipeline):
    # two drills in one article: the date of one says nothing of the other
    text = ("Pilots flew in joint exercises held in the north between 3 and 17 May. "
            "Special forces trained during the week-long exercises in the capital.")
    assert _when(nlp_pipeline, text, "2023-09-20", "trained") == ("2023-09-20", "publication")
