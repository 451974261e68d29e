"""Finding date expressions in running text: which spans are dates, which are not, how
ranges split into one expression per year, and which forms are dates by themselves."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belli.dates import find_expressions


def _texts(text: str) -> list[str]:
    return [f.text for f in find_expressions(text)]


@pytest.mark.parametrize(
    ("sentence", "expressions"),
    [
        ("The commission on June 18 ordered a recount.", ["June 18"]),
        ("The ferry sailed for the first time on 11 December, two years late.", ["11 December"]),
        ("The licence has been void since March 9 , 2001 when the firm went bankrupt.",
         ["March 9 , 2001"]),
        ("Talks resumed on Sept. 13 in Geneva.", ["Sept. 13"]),
        ("The fighting of late last July killed dozens.", ["late last July"]),
        ("Profits rose in the first quarter of last year.",
         ["the first quarter of last year"]),
        ("The economy grew in the early 1990s.", ["the early 1990s"]),
        ("She studied in Lyon in 2004 and moved home in early 2009.", ["2004", "early 2009"]),
        ("The drought of 2009-2010 ruined two harvests.", ["2009", "2010"]),
        ("The expedition of 1957-58 crossed Antarctica.", ["1957", "58"]),
        ("Deliveries run from 2009 to 2011, then between 2014 and 2016.",
         ["2009", "2011", "2014", "2016"]),
        ("Last year's war displaced thousands.", ["Last year"]),
        ("Next summer's election will be close.", ["Next summer"]),
        ("Markets fell two years ago and again this week.", ["two years ago", "this week"]),
        ("The store currently sells music and more recently began selling films.",
         ["currently", "more recently"]),
        ("The disco songs of the 70s and 80s are back.", ["the 70s", "80s"]),
        ("Markets reached their lowest level since '82.", ["'82"]),
        ("On Monday, markets across Asia fell.", ["Monday"]),
    ],
)
def test_date_expressions_are_found_in_news_sentences(
    sentence: str, expressions: list[str]
) -> None:
    assert _texts(sentence) == expressions


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers may march on the capital.",
        "The fall of Kabul shocked the alliance.",
        "Traders still talk of Black Monday.",
        "Protesters in their 50s joined the march.",
        "As soon as the talks began, the shelling stopped.",
        "Over the past two years the border moved twice.",
        "The army deployed 2,000 troops and 150 tanks.",
    ],
)
def test_words_that_only_look_like_dates_are_not_found(sentence: str) -> None:
    found = find_expressions(sentence)
    assert [f.text for f in found if f.confident] == []


@pytest.mark.parametrize(
    ("sentence", "confident"),
    [
        ("Talks resumed in May.", True),  # a preposition makes "May" a month
        ("May said nothing.", False),
        ("The war of 2020 ended in a truce.", True),
        # a year naming an event is a date; a number before another noun may be a count
        ("The 2020 war ended in a truce.", True),
        ("The 2000 soldiers ended the siege.", False),
        ("Officials said recently that the talks had failed.", True),
        ("Spring shows signs of hope.", False),  # capitalized: perhaps "Arab Spring"
        ("The offensive began in the spring.", True),
        # a temporal preposition makes a holiday a date; a bare one may name a truce
        ("Gunmen struck a checkpoint on New Year's Day.", True),
        ("The Christmas truce held.", False),
    ],
)
def test_a_form_is_confident_only_where_it_is_a_date_by_itself(
    sentence: str, confident: bool
) -> None:
    found = find_expressions(sentence)
    assert found and found[0].confident is confident


def test_offsets_index_into_the_text() -> None:
    text = "Fighting resumed on Tuesday,\nthree days after the truce of September 2022."
    for found in find_expressions(text):
        assert text[found.start : found.end] == found.text


def test_since_and_until_give_the_direction() -> None:
    since, until = find_expressions("prices rose since June and will hold until Friday")
    assert (since.spec.tense_hint, until.spec.tense_hint) == ("past", "future")


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_finding_never_raises_and_offsets_hold(text: str) -> None:
    for found in find_expressions(text):
        assert text[found.start : found.end] == found.text
