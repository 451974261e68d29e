"""A date governs the sentences after it only while the text stays in its time.

- A sentence whose main clause turns to now (a present, perfect or future the date's
  clause is not told in) or to what may be ("could", "may"), or that names the present
  ("now"), takes no date of an earlier sentence.
- A date of an era ("in the early 1990s") dates a later sentence only where it goes on
  from it: a pronoun subject, or an adverb of sequence ("then").
- A date counted from the story's last date ("Two days later") dates its clause.

The sentences are our own, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from event_fixtures import analyse, date_of_word

pytestmark = pytest.mark.model

_PUBLISHED = "2025-03-12"


def _date_of_word(nlp_pipeline, text: str, word: str) -> str | None:
    return date_of_word(nlp_pipeline, text, word, _PUBLISHED)


_OPENING = "In 2019, gunmen attacked a hotel in the town. "


@pytest.mark.parametrize(("text", "word", "expected"), [
    (_OPENING + "Analysts say the gunmen crossed from the north.", "crossed", _PUBLISHED),
    (_OPENING + "The army could send more troops.", "send", _PUBLISHED),
    (_OPENING + "Police now patrolled the streets.", "patrolled", _PUBLISHED),
    # the story told on in the past keeps its date
    (_OPENING + "Police said the gunmen crossed from the north.", "crossed", "2019"),
])
def test_a_sentence_that_turns_to_now_takes_no_earlier_date(nlp_pipeline, text, word,
                                                            expected):
    assert _date_of_word(nlp_pipeline, text, word) == expected


_ERA = "In the early 1990s, Serbia and Croatia fought a war over Krajina. "


@pytest.mark.parametrize(("text", "word", "expected"), [
    (_ERA + "Hungary, Austria and Italy held joint drills in the Adriatic.", "held",
     _PUBLISHED),
    (_ERA + "Greece sent envoys to Belgrade.", "sent", _PUBLISHED),
    # a sentence that goes on from the era keeps its date
    (_ERA + "They signed a truce in Geneva.", "signed", "1990/1993"),
    (_ERA + "The two sides then signed a truce in Geneva.", "signed", "1990/1993"),
])
def test_an_era_dates_only_a_sentence_that_goes_on_from_it(nlp_pipeline, text, word,
                                                            expected):
    assert _date_of_word(nlp_pipeline, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Rebels shelled the port on 3 March 2025. Two days later, the navy withdrew.",
     "withdrew", "2025-03-05"),
    ("Rebels shelled the port on 3 March 2025. The next day, the navy withdrew.",
     "withdrew", "2025-03-04"),
    # the day of a thing the story names is not the day the story counts from: a day
    # after "last week" is one of the seven days from its Tuesday on
    (("Last week, Serbia accused Kosovo of breaking the accord signed on 4 March 2025. "
      "A day later, Kosovo rejected the charge."), "rejected", "2025-03-04/2025-03-10"),
])
def test_a_counted_date_dates_its_clause(nlp_pipeline, text, word, expected):
    assert _date_of_word(nlp_pipeline, text, word) == expected


@pytest.mark.parametrize(("published", "granularity"), [
    ("2022-09", "month"), ("2021-W46", "week"), ("2022-09-15", "day"),
])
def test_an_undated_act_takes_the_publication_date_at_its_own_unit(nlp_pipeline, published,
                                                                   granularity):
    analysis = analyse(nlp_pipeline, "Kenyan police arrested 12 protesters in Nairobi.", published)
    arrested = next(e for e in analysis.events if e.trigger == "arrested")
    assert (arrested.date, arrested.date_granularity, arrested.date_type) == (
        published, granularity, "publication")


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Rebels seized the dam in 2019. Troops recaptured it the next year.", "recaptured",
     "2020"),
    (("The army launched an offensive in October 2024. The previous month, rebels had "
      "ambushed a convoy."), "ambushed", "2024-09"),
    # a story that looks ahead counts "the next year" from publication
    ("The two governments will hold talks the next year.", "talks", "2026"),
])
def test_the_next_or_previous_unit_of_a_past_story_counts_from_its_date(nlp_pipeline, text,
                                                                        word, expected):
    assert _date_of_word(nlp_pipeline, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Rebels shelled the port in January. Two weeks later, the navy withdrew.", "withdrew",
     "2025-01-15/2025-02-14"),
    ("Rebels shelled the port in February. Three days later, the navy withdrew.", "withdrew",
     "2025-02-04/2025-03-03"),
    # counted from a day, the day itself
    ("Rebels shelled the port on 3 February. Three days later, the navy withdrew.",
     "withdrew", "2025-02-06"),
])
def test_a_day_counted_from_a_month_dates_its_act_by_the_days_it_may_be(nlp_pipeline, text,
                                                                        word, expected):
    assert _date_of_word(nlp_pipeline, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The army will try to retake the town before the winter.", "retake", "2025-WI"),
    ("Ankara will seek to hold talks with Baghdad in February.", "talks", "2026-02"),
    # what a past verb set out to do is dated as the words alone say
    ("The army failed to retake the town before the winter.", "retake", "2024-WI"),
])
def test_an_infinitive_under_a_future_verb_looks_ahead(nlp_pipeline, text, word, expected):
    assert _date_of_word(nlp_pipeline, text, word) == expected


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The army shelled rebel positions in 2021. Rebels attacked a base the following spring.",
     "attacked", "2022-SP"),
    ("Troops shelled the border town on 3 March. That same week, rebels attacked a post.",
     "attacked", "2025-W10"),
    # a season with no word of sequence is the one nearest publication (12 March)
    ("The army shelled rebel positions in 2021. Rebels attacked a base in the spring.",
     "attacked", "2025-SP"),
])
def test_an_anaphoric_date_dates_its_act_from_the_story_date(nlp_pipeline, text, word,
                                                             expected):
    assert _date_of_word(nlp_pipeline, text, word) == expected
