"""The date lines and bylines news sites print above a story, read as metadata: the
publication date from its many labels and forms, and the outlet a byline names."""

from __future__ import annotations

import pytest

from belli.ingest.clean import clean_text
from belli.ingest.meta import header_fact, slash_readings

HEADLINE = "Ferry service resumes across the lake"
LEAD = "The first boat in a month left the northern pier on Monday, the harbour office said."


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Published: Wednesday, June 7, 2023", "2023-06-07"),
        ("Published Wednesday, June 7, 2023", "2023-06-07"),
        ("Wednesday, June 7, 2023", "2023-06-07"),
        ("Published: Wed 7 Jun 2023 08.15 BST", "2023-06-07"),
        ("First published on Wed 7 Jun 2023 07.40 BST", "2023-06-07"),
        ("Last updated: 21/06/2023", "2023-06-21"),  # the day can only come first
        ("Updated 06/21/2023 at 4:05 p.m. EDT", "2023-06-21"),  # the month can only come first
        ("Last modified on Friday 9 June 2023 18.05 CEST", "2023-06-09"),
        ("Posted: Mon, 12 Jun 2023 14:30 GMT", "2023-06-12"),
        ("Posted on June 12, 2023 at 2:30 pm", "2023-06-12"),
        ("Updated June 12, 2023 9:14 PM ET", "2023-06-12"),
        ("Date: 2023-06-12", "2023-06-12"),
        ("Published on 12.06.2023, 08:15", "2023-06-12"),
        ("Updated 4:05 PM EDT, Mon June 12, 2023", "2023-06-12"),  # the time first
    ],
)
def test_a_published_line_gives_the_publication_date_and_leaves_the_body(
    line: str, date: str
) -> None:
    cleaned = clean_text(f"{HEADLINE}\n{line}\n\n{LEAD}")
    assert cleaned.published == date
    assert cleaned.publisher is None  # "Wednesday" is no outlet
    assert cleaned.text == LEAD


@pytest.mark.parametrize(
    "lines",
    [
        "Updated: June 12, 2023\nPublished: June 10, 2023",
        "Published: June 10, 2023\nLast modified on Mon 12 Jun 2023 09.00 BST",
    ],
)
def test_the_published_line_wins_over_the_updated_one_in_either_order(lines: str) -> None:
    cleaned = clean_text(f"{HEADLINE}\n{lines}\n\n{LEAD}")
    assert (cleaned.published, cleaned.text) == ("2023-06-10", LEAD)


def test_a_slash_date_either_way_round_is_a_date_line_of_no_date_by_itself() -> None:
    fact = header_fact("Last updated: 04/05/2023")
    assert fact is not None and fact.published is None
    assert slash_readings("Last updated: 04/05/2023") == ("2023-05-04", "2023-04-05")
    assert slash_readings("Last updated: 21/06/2023") is None  # one reading only
    cleaned = clean_text(f"{HEADLINE}\nLast updated: 04/05/2023\n\n{LEAD}")
    assert (cleaned.published, cleaned.text) == (None, LEAD)  # the text names no month


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("The truce agreed on 2 May 2023 held. Talks had stalled last month.", "2023-05-04"),
        ("The truce agreed on 3 April 2023 held until the talks resumed.", "2023-04-05"),
    ],
)
def test_a_slash_date_either_way_round_is_read_the_way_the_texts_dates_point(
    body: str, date: str
) -> None:
    assert clean_text(f"{HEADLINE}\nUpdated 04/05/2023\n\n{body}").published == date


@pytest.mark.parametrize(
    "line",
    [
        "Published Monday, the report blamed the harbour office for the delays.",
        "Updated figures on Monday showed fewer passengers than in May 2022.",
    ],
)
def test_a_sentence_opening_on_a_date_label_is_not_a_date_line(line: str) -> None:
    assert header_fact(line) is None


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("By Dana Whitfield, Reuters", "Dana Whitfield", "Reuters"),
        ("By Koji Mori, Kyodo", "Koji Mori", "Kyodo"),
        ("Mariam Saleh, Al Jazeera", "Mariam Saleh", "Al Jazeera"),
    ],
)
def test_a_byline_ending_on_an_agency_name_gives_author_and_publisher(
    byline: str, author: str, outlet: str
) -> None:
    cleaned = clean_text(f"{HEADLINE}\n{byline}\n\n{LEAD}")
    assert (cleaned.author, cleaned.publisher) == (author, outlet)


def test_a_byline_of_two_writers_is_not_split_into_writer_and_outlet() -> None:
    cleaned = clean_text(f"{HEADLINE}\nBy Dana Whitfield, Koji Mori\n\n{LEAD}")
    assert (cleaned.author, cleaned.publisher) == ("Dana Whitfield, Koji Mori", None)
