"""Which dates of other clauses and sentences may date an act (and so make it background).

- A date carries on to the next two sentences only: a story pasted without line breaks is
  one paragraph, and its opening date does not date what it tells ten sentences later.
- A present perfect ("has rejected the claims") tells an act as it stands now: no date of
  an earlier sentence or another clause dates it, save a "since" that opens its span.
- An act told as recent ("recently convened", "the recent arrest") takes no date of an
  earlier sentence.
- A conjunct without auxiliaries of its own ("have condemned ... and urged") and a bare
  participle adjunct are told in the tense of the verb they hang on.
- Within a sentence, a date that bounds a span ("kept it shut until March 3") or dates a
  deed the act is about ("blamed them for shelling the town in 2019") does not date it;
  a span opened by "since" dates an act told in the present beside it.
- An act whose own clause holds a date the date stage could not place ("the following
  week" with no day to count from) is left undated: no other date of its sentence or
  paragraph, nor publication, is its date.

The sentences are our own, in the style of wire copy.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from belli.events.timing import DocumentDates, date_of
from belli.records import Article

pytestmark = pytest.mark.model

_PUBLISHED = "2025-03-12"


def _date_of_word(nlp_pipeline, text: str, word: str) -> str | None:
    """The date `date_of` gives an act whose trigger is the first token `word`."""
    analysis = nlp_pipeline.process(Article(doc_id="carry", text=text, published=_PUBLISHED))
    doc = analysis.parse
    dates = DocumentDates.of(analysis, SimpleNamespace(doc=doc))  # type: ignore[arg-type]
    token = next(t for t in doc if t.text == word)
    when = date_of(SimpleNamespace(token=token, head=token), dates)  # type: ignore[arg-type]
    return when.value if when is not None else None


_OPENING = "In 2019, gunmen attacked a hotel in the town. "


@pytest.mark.parametrize(("text", "word", "expected"), [
    (_OPENING + "They killed 25 people.", "killed", "2019"),
    (_OPENING + "The town is a hub of trade. They killed 25 people.", "killed", "2019"),
    (_OPENING + "Police sealed the area. Officials met the families. Rebels stormed a "
     "second hotel.", "stormed", _PUBLISHED),
])
def test_a_date_carries_on_to_the_next_two_sentences_only(nlp_pipeline, text, word, expected):
    assert _date_of_word(nlp_pipeline, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    (_OPENING + "The government denied the charges.", "denied", "2019"),
    (_OPENING + "The government has denied the charges.", "denied", _PUBLISHED),
    (_OPENING + "Rights groups have condemned the raid and urged an inquiry.", "urged",
     _PUBLISHED),
])
def test_a_present_perfect_takes_no_date_of_an_earlier_sentence(nlp_pipeline, text, word,
                                                               expected):
    assert _date_of_word(nlp_pipeline, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    (_OPENING + "The president convened the heads of the banks.", "convened", "2019"),
    (_OPENING + "The president recently convened the heads of the banks.", "convened",
     _PUBLISHED),
    (_OPENING + "The recent arrest of a reporter drew protests.", "arrest", _PUBLISHED),
])
def test_an_act_told_as_recent_takes_no_carried_date(nlp_pipeline, text, word, expected):
    assert _date_of_word(nlp_pipeline, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The army closed the crossing and kept the checkpoints shut until March 3.", "closed",
     _PUBLISHED),
    ("The minister blamed the rebels for shelling the town in 2019.", "blamed", _PUBLISHED),
    # a date of the act's own clause, or of a to-clause below it, still dates it
    ("In 2019 the minister blamed the rebels for shelling the town.", "blamed", "2019"),
    ("Ukraine agreed to buy the drones in 2019.", "agreed", "2019"),
])
def test_a_bounding_date_or_one_of_a_judged_deed_dates_no_other_clause(nlp_pipeline, text,
                                                                      word, expected):
    assert _date_of_word(nlp_pipeline, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # a span opened by "since" runs on to publication, and an act told in the present
    # beside it runs with it
    ("The bridge has been closed since March 2 by farmers protesting against prices.",
     "protesting", "2025-03-02/2025-03-12"),
    # an act told in the past beside it is not in that span
    ("The bridge has been closed since March 2 by farmers who marched on the capital.",
     "marched", _PUBLISHED),
])
def test_a_present_act_runs_with_a_span_since_a_date(nlp_pipeline, text, word, expected):
    assert _date_of_word(nlp_pipeline, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    # no day to count from: the act's own date is unknown, not the saying's or publication
    ("Rebels shelled the district the following week, a spokesman said.", "shelled", None),
    ("The ministry said on Monday that troops withdrew from the border the next year.",
     "withdrew", None),
    # a week after Monday would pass publication: unplaced, not Monday's paragraph date
    ("On Monday the ministry said talks had failed. Rebels shelled the town the next week.",
     "shelled", None),
    # a span of time is no date left unplaced: the sentence's date still dates the act
    ("Rebels shelled the district for three days, a spokesman said on Monday.", "shelled",
     "2025-03-10"),
])
def test_an_act_whose_own_date_is_unplaced_stays_undated(nlp_pipeline, text, word, expected):
    assert _date_of_word(nlp_pipeline, text, word) == expected
