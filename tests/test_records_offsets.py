"""On real pipeline output, every mention's and sentence's offsets slice back to its text."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belli.records import Article

pytestmark = pytest.mark.model

ACTORS = [
    "Azerbaijan", "Armenia", "Russian peacekeepers", "Turkey's defence ministry",
    "Ilham Aliyev", "Nikol Pashinyan", "the Kremlin", "Iran's foreign ministry", "Pakistan",
    "NATO", "the OSCE Minsk Group", "Azerbaijani special forces", "the CSTO",
]
ACTIONS = [
    "met", "accused", "signed a ceasefire with", "sent Bayraktar drones to", "warned",
    "held joint drills with", "shelled positions of", "called on",
]
PLACES = ["in Baku", "in Shusha (Shushi)", "near Stepanakert", "in Moscow", "in Tehran",
          "along the border near Jermuk", ""]
WHEN = ["on 10 November 2020", "in June 2021", "last September", "on Tuesday", "in 2019", ""]
GLUE = [" ", "  ", "\n", "\n\n", " \u201cQuote.\u201d "]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    parts = [draw(st.sampled_from(ACTORS)), draw(st.sampled_from(ACTIONS)),
             draw(st.sampled_from(ACTORS)), draw(st.sampled_from(PLACES)),
             draw(st.sampled_from(WHEN))]
    return " ".join(p for p in parts if p) + "."


@st.composite
def articles(draw: st.DrawFn) -> str:
    said = draw(st.lists(sentences(), min_size=1, max_size=4))
    glue = draw(st.lists(st.sampled_from(GLUE), min_size=len(said), max_size=len(said)))
    return "".join(s + g for s, g in zip(said, glue, strict=True)).strip()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=articles())
def test_every_offset_slices_back_to_its_text(nlp_pipeline: Any, text: str) -> None:
    analysis = nlp_pipeline.process(Article.from_text(text))
    body = analysis.article.text
    assert analysis.mentions, "these sentences all name actors"
    for mention in analysis.mentions:
        assert body[mention.start:mention.end] == mention.text
    for sentence in analysis.sentences:
        assert body[sentence.start:sentence.end] == sentence.text
    for record in (*analysis.events, *analysis.relations, *analysis.claims):
        assert 0 <= record.start <= record.end <= len(body)
