"""Texts longer than spaCy's limit (1,000,000 characters) are parsed in pieces, cut at
paragraph breaks, and every offset still indexes into the whole article text."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belli.nlp.pieces import split_text
from belli.nlp.stage import SpacyStage
from belli.records import Analysis, Article

PARAGRAPH = (
    "Officials in Lisbon said the harbour budget would grow. "
    "Members of the council asked for a second report on the roads.\n\n"
)


@given(
    text=st.text(alphabet=st.sampled_from("ab .\n"), max_size=400),
    size=st.integers(min_value=1, max_value=60),
)
def test_pieces_join_back_into_the_text_and_none_is_longer_than_asked(text: str, size: int) -> None:
    pieces = split_text(text, size)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= size for p in pieces) or pieces == [""]


def test_a_text_no_longer_than_a_piece_is_one_piece() -> None:
    assert split_text(PARAGRAPH, len(PARAGRAPH)) == [PARAGRAPH]


def test_pieces_end_after_a_blank_line_where_there_is_one() -> None:
    pieces = split_text(PARAGRAPH * 10, 3 * len(PARAGRAPH) + 5)
    assert [len(p) for p in pieces] == [3 * len(PARAGRAPH)] * 3 + [len(PARAGRAPH)]
    assert all(p.endswith("\n\n") for p in pieces)


@pytest.mark.parametrize(
    ("text", "size", "first"),
    [
        ("One line here.\nAnother line there.", 30, "One line here.\n"),
        ("The first sentence. The second sentence.", 30, "The first sentence. "),
        ("Many words but no sentence end anywhere", 30, "Many words but no sentence "),
        ("x" * 50, 30, "x" * 30),  # one word longer than a piece: cut where it must be
    ],
)
def test_without_a_blank_line_a_piece_ends_at_the_next_best_place(
    text: str, size: int, first: str
) -> None:
    assert split_text(text, size)[0] == first


def test_a_piece_size_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        split_text("text", 0)


@pytest.fixture(scope="module")
def spacy_stage(nlp_pipeline: Any) -> SpacyStage:
    stage = nlp_pipeline.stages[0]
    assert isinstance(stage, SpacyStage)
    return stage


def _parsed(stage: SpacyStage, text: str, piece_chars: int) -> Analysis:
    small = SpacyStage(stage.nlp, piece_chars=piece_chars)
    (analysis,) = small.run([Analysis(article=Article.from_text(text))])
    return analysis


@pytest.mark.model
def test_a_text_parsed_in_pieces_reads_as_the_whole_text_parsed_at_once(
    spacy_stage: SpacyStage,
) -> None:
    text = "Azerbaijan and Armenia met in Moscow on 10 November 2020.\n\n" + PARAGRAPH * 12
    whole = _parsed(spacy_stage, text, len(text))
    pieces = _parsed(spacy_stage, text, 3 * len(PARAGRAPH))
    assert pieces.parse.text == text
    assert [(s.start, s.end) for s in pieces.sentences] == [(s.start, s.end) for s in whole.sentences]
    assert [(m.start, m.end, m.label) for m in pieces.mentions] == [
        (m.start, m.end, m.label) for m in whole.mentions
    ]


@pytest.mark.model
def test_spacys_own_limit_caps_the_piece_size(
    spacy_stage: SpacyStage, monkeypatch: pytest.MonkeyPatch
) -> None:
    # spaCy raises E088 for any text over nlp.max_length; shrink it instead of parsing 1 MB
    monkeypatch.setattr(spacy_stage.nlp, "max_length", 2 * len(PARAGRAPH))
    text = PARAGRAPH * 20
    analysis = _parsed(spacy_stage, text, 1_000_000)
    assert analysis.parse.text == text and len(analysis.sentences) == 40


@pytest.mark.model
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(
    glue=st.lists(st.sampled_from([" ", "  ", "\n", "\n\n", "\r\n", "\n \n"]), min_size=8,
                  max_size=8),
    size=st.integers(min_value=20, max_value=200),
)
def test_offsets_of_a_text_parsed_in_pieces_slice_back_to_their_text(
    spacy_stage: SpacyStage, glue: list[str], size: int
) -> None:
    said = ["Russian peacekeepers entered Shusha.", "NATO warned Iran on Tuesday.",
            "Ilham Aliyev met Nikol Pashinyan in Brussels."] * 3
    text = "".join(s + g for s, g in zip(said, glue, strict=False))
    analysis = _parsed(spacy_stage, text, size)
    for record in (*analysis.sentences, *analysis.mentions):
        assert text[record.start:record.end] == record.text


@pytest.mark.model
def test_a_text_of_1_2_million_characters_goes_through_the_whole_pipeline(
    nlp_pipeline: Any,
) -> None:
    # past spaCy's 1,000,000 characters; about 45 s on 2 cores
    text = PARAGRAPH * (1_200_000 // len(PARAGRAPH) + 1)
    analysis = nlp_pipeline.process(Article.from_text(text))
    assert len(analysis.sentences) == 2 * text.count("\n\n")
    assert analysis.sentences[-1].end == len(text)
    lisbon = [m for m in analysis.mentions if m.text == "Lisbon"]
    assert len(lisbon) == text.count("Lisbon")
    assert all(text[m.start:m.end] == "Lisbon" for m in lisbon)
