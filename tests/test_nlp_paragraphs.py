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


@pytest.mark.parametrize(("text", "sentence"), [
    # a caption, a heading and a subhead with no final stop, then the paragraph under them
    (("Officials gathered in Baku for the ceremony\n\nKazakhstan and Uzbekistan signed a "
      "water deal on Monday."), "Kazakhstan and Uzbekistan signed a water deal on Monday."),
    ("Troops on the move\nGeorgia and Armenia held talks in Tbilisi on Friday.",
     "Georgia and Armenia held talks in Tbilisi on Friday."),
    ("Photo: a convoy waits near the crossing\n\nRussia and Iran agreed to expand rail links.",
     "Russia and Iran agreed to expand rail links."),
])
def test_a_line_with_no_final_stop_keeps_the_next_paragraphs_first_words(nlp, text, sentence):
    assert sentence in [s.strip() for s in _sentences(nlp, text)]


def test_a_paragraphs_later_sentences_still_split_where_the_parser_ends_them(nlp):
    sentences = _sentences(nlp, "Leaders met\nIran and Iraq signed a deal. It covers oil.")
    assert [s.strip() for s in sentences] == ["Leaders met", "Iran and Iraq signed a deal.",
                                              "It covers oil."]


def test_no_sentence_spans_two_paragraphs(nlp):
    text = ("Talks in the capital\n\nDelegates from both states arrived late\n"
            "Greece and Cyprus then issued a joint statement on energy.")
    for sentence in nlp(text).sents:
        assert "\n" not in sentence.text.strip()


def test_the_first_words_of_a_paragraph_stay_in_its_events_source(nlp_pipeline):
    from belli.records import Article

    text = "Photo: a convoy waits near the crossing\n\nRussia and Iran agreed to expand rail links."
    events = nlp_pipeline.process(Article.from_text(text)).events
    agreed = [e for e in events if e.trigger == "agreed"]
    assert agreed and {a.country for a in agreed[0].source} == {"RUS", "IRN"}
