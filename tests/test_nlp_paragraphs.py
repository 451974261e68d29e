"""Sentence boundaries belli sets before the parser: every line break, and the end of a
news dateline ("MOSCOW (Reuters) - "), which is where a story was filed, not its subject."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    from belli.nlp.build import build_nlp
    from belli.settings import Settings

    return build_nlp(Settings.load(db_path=":memory:").model)


def _sentences(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).sents]


@pytest.mark.parametrize(("text", "dateline"), [
    ("MOSCOW (Reuters) - Russia said on Monday it had sent more troops.", "MOSCOW (Reuters) -"),
    ("THE HAGUE, Feb 22 (Meridian Wire) - The court ordered Azerbaijan to act.",
     "THE HAGUE, Feb 22 (Meridian Wire) -"),
    ("COLUMBUS, Ohio (AP) — Police arrested two men.", "COLUMBUS, Ohio (AP) —"),
    ("Notes from the region.\nKYIV -- Ukrainian forces shelled the bridge.", "KYIV --"),
    ("BAKU --- Azerbaijan recalled its envoy.", "BAKU ---"),
    ("PORT-AU-PRINCE, Haiti - Gangs blocked the road.", "PORT-AU-PRINCE, Haiti -"),
])
def test_a_dateline_is_a_sentence_of_its_own(nlp, text, dateline):
    assert dateline in _sentences(nlp, text)


@pytest.mark.parametrize(("text", "first"), [
    # a capitalized name and a dash that name no town
    ("NATO - the alliance - met in Brussels on Monday.", "NATO - the alliance - met in Brussels"),
    ("The UN said on Monday - a day late - that aid had arrived.", "The UN said on Monday"),
    # a town and no dash
    ("MOSCOW (Reuters) said nothing new.", "MOSCOW (Reuters) said nothing new."),
])
def test_a_dash_or_a_town_alone_is_no_dateline(nlp, text, first):
    assert _sentences(nlp, text)[0].startswith(first)


def test_line_breaks_still_start_sentences(nlp):
    assert _sentences(nlp, "Joint military drills\nThe drills began on Monday.")[0] == \
        "Joint military drills\n"


def test_a_sentences_paragraph_ends_at_its_own_line_break_not_the_next_ones():
    from belli.nlp.paragraphs import paragraph_of

    text = "First line.\nSecond one. Still second.\n\nThird."
    second = text.index("Still")
    # a sentence's span keeps the breaks after it
    assert paragraph_of(text, second, text.index("Third")) == (12, text.index("\n\n"))
    assert paragraph_of(text, text.index("Third"), len(text)) == (text.index("Third"), len(text))
