"""Which date an event takes: tense agreement across clauses, what a paragraph's date
carries on to, acts counted from another ("a day after"), spans opened by "since", and
weekdays of acts asked for or offered. The real model, end to end."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from belli.dates.resolve import resolve


def _date_of_word(nlp_pipeline, text: str, published: str, word: str) -> tuple[str, str] | None:
    """The date and date type `date_of` gives an act whose trigger is the first token `word`."""
    from belli.events.timing import DocumentDates, date_of
    from belli.records import Article

    analysis = nlp_pipeline.process(Article(doc_id="dates", text=text, published=published))
    doc = analysis.parse
    dates = DocumentDates.of(analysis, SimpleNamespace(doc=doc))  # type: ignore[arg-type]
    token = next(t for t in doc if t.text == word)
    when = date_of(SimpleNamespace(token=token, head=token), dates)  # type: ignore[arg-type]
    return (when.value, when.how) if when is not None else None


# 2023-09-20 is a Wednesday
@pytest.mark.parametrize(("text", "word", "expected"), [
    # a plan's date in another clause does not date what the sentence tells as done
    ("The envoys will meet in the capital on Friday, after the rebels laid down their arms.",
     "laid", ("2023-09-20", "publication")),
    # ... but a date of the same tense does
    ("The army shelled the villages on Monday and the rebels fled.", "fled",
     ("2023-09-18", "sentence")),
])
def test_a_date_of_another_clause_dates_only_an_act_of_the_same_tense(
        nlp_pipeline, text, word, expected):
    assert _date_of_word(nlp_pipeline, text, "2023-09-20", word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Talks resumed in the capital on Friday, two days after the attack on the convoy.",
     "attack", "2023-09-13"),
    (("Envoys are due to hold talks in the capital on Thursday, a week after the rebels "
      "were forced to give up their weapons."), "give", "2023-09-14"),
    ("The rebels shelled the base on Monday, a day before the army retook the town.",
     "retook", "2023-09-19"),
    ("The army retook the town on Tuesday, hours after the rebels shelled the base.",
     "shelled", "2023-09-19"),
    ("The army retook the town on Tuesday, 48 hours after the rebels shelled the base.",
     "shelled", "2023-09-17"),
    # "shortly after" counts no days: the act keeps the date of its sentence
    ("The army retook the town on Tuesday, shortly after the rebels shelled the base.",
     "shelled", "2023-09-19"),
])
def test_an_act_a_day_after_another_is_dated_from_that_one(nlp_pipeline, text, word, expected):
    assert _date_of_word(nlp_pipeline, text, "2023-09-20", word)[0] == expected


def test_a_carried_date_does_not_date_a_present_or_future_act(nlp_pipeline):
    text = ("On Monday the ministry announced new measures against the rebels. "
            "The purchase of the missiles is a source of tension with its neighbours. "
            "The army attacked their camps in the hills.")
    assert _date_of_word(nlp_pipeline, text, "2023-09-20", "purchase") == (
        "2023-09-20", "publication")
    assert _date_of_word(nlp_pipeline, text, "2023-09-20", "attacked") == (
        "2023-09-18", "paragraph")


def test_an_accord_a_past_clause_names_is_the_past_one_and_dates_what_follows_it(
        nlp_pipeline):
    # "December 5th" in a piece of 20 November: the accord a past clause refers to had
    # been signed, so it is last year's, and the deployment "as a result of" it took its
    # time ("under" it names its ground only: see the last case)
    text = ("The deployment of the troops as a result of the December 5th accord gave Moscow "
            "leverage.")
    assert _date_of_word(nlp_pipeline, text, "2023-11-20", "deployment") == (
        "2022-12-05", "clause")
    text = "The troops deployed under the December 5th accord gave Moscow leverage."
    assert _date_of_word(nlp_pipeline, text, "2023-11-20", "deployed") == (
        "2023-11-20", "publication")


def test_an_act_since_a_day_lies_between_that_day_and_publication(nlp_pipeline):
    text = "The army has retaken every village since 27 September, officials said."
    assert _date_of_word(nlp_pipeline, text, "2020-11-10", "retaken") == (
        "2020-09-27/2020-11-10", "clause")


@pytest.mark.parametrize("governor", ["invited", "urged", "summoned"])
def test_a_weekday_of_an_act_asked_for_lies_ahead(nlp_pipeline, governor):
    text = f"The residents had been {governor} to meet the officials on Thursday."
    assert _date_of_word(nlp_pipeline, text, "2023-09-20", "meet") == ("2023-09-21", "clause")


def test_an_act_already_done_on_a_weekday_still_looks_back():
    import datetime as dt

    span = resolve("Thursday", dt.date(2023, 9, 20), tense="past")
    assert span is not None and span.value == "2023-09-14"


def test_a_present_act_takes_a_carried_date_only_from_a_present_clause(nlp_pipeline):
    text = ("Fighting still goes on as of Wednesday morning. "
            "The army is conducting an operation in the hills.")
    assert _date_of_word(nlp_pipeline, text, "2023-09-21", "conducting") == (
        "2023-09-20", "paragraph")


@pytest.mark.parametrize(("text", "published", "future"), [
    # said on the day itself, in the future tense: still to come
    ("Envoys are due to meet the rebels on Thursday.", "2023-09-21", True),
    ("Envoys met the rebels on Thursday.", "2023-09-21", False),
    ("Envoys will meet the rebels next week.", "2023-09-21", True),
])
def test_an_act_its_clause_tells_as_to_come_on_publication_day_is_future(
        nlp_pipeline, text, published, future):
    from belli.events.event_periods import is_future
    from belli.events.timing import DocumentDates, date_of
    from belli.records import Article

    analysis = nlp_pipeline.process(Article(doc_id="dates", text=text, published=published))
    dates = DocumentDates.of(analysis, SimpleNamespace(doc=analysis.parse))  # type: ignore[arg-type]
    token = next(t for t in analysis.parse if t.lemma_ == "meet")
    when = date_of(SimpleNamespace(token=token, head=token), dates)  # type: ignore[arg-type]
    assert when is not None and is_future(when, published) is future


@pytest.mark.parametrize(("text", "expected"), [
    # the future of reported speech looks ahead
    ("The minister said the talks would resume on Thursday.", "2023-09-21"),
    # ... a past the speaker did not see happen looks back
    ("The minister said the talks would have resumed on Thursday.", "2023-09-14"),
])
def test_would_looks_ahead_from_a_weekday(nlp_pipeline, text, expected):
    from belli.records import Article

    analysis = nlp_pipeline.process(Article(doc_id="dates", text=text, published="2023-09-20"))
    thursday = next(m for m in analysis.mentions if m.text.endswith("Thursday"))
    assert thursday.date is not None and thursday.date.value == expected


@pytest.mark.parametrize(("second", "expected"), [
    # a plan reported in the past is told as of the saying, and takes its date
    ("It said it would send a mission to the border.", ("2023-09-19", "paragraph")),
    # a plan told in the future tense speaks of publication
    ("It will send a mission to the border.", ("2023-09-21", "publication")),
])
def test_a_plan_reported_in_the_past_takes_the_date_of_the_saying(nlp_pipeline, second,
                                                                   expected):
    text = f"On Tuesday the alliance met in Moscow. {second}"
    assert _date_of_word(nlp_pipeline, text, "2023-09-21", "send") == expected
