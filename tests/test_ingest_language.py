"""Language detection: articles in other languages are stored with their language, unmangled."""

from __future__ import annotations

import pytest

from belli.ingest import article_from_text
from belli.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The foreign ministers met in Geneva to discuss the ceasefire and the return of prisoners.",
            "en",
        ),
        (
            "Ministrowie spraw zagranicznych spotkali się w Genewie, aby omówić zawieszenie broni.",
            "pl",
        ),
        ("Die Außenminister trafen sich in Genf, um über den Waffenstillstand zu sprechen.", "de"),
        (
            "Les ministres se sont réunis à Genève pour discuter du cessez-le-feu et des prisonniers.",
            "fr",
        ),
        ("Министры иностранных дел встретились в Женеве, чтобы обсудить прекращение огня.", "ru"),
        # Short, name-heavy English was read as Nigerian Pidgin before the creoles were dropped.
        (
            (
                "Turkey, Azerbaijan and Pakistan held joint special forces drills near Baku "
                "in September 2021."
            ),
            "en",
        ),
    ],
)
def test_language_is_detected(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_too_little_text_has_no_language() -> None:
    assert detect_language("OK 12") is None


def test_non_english_article_keeps_its_text_and_language() -> None:
    text = (
        "Rozmowy w Genewie\n\n"
        "Ministrowie spraw zagranicznych obu państw spotkali się we wtorek w Genewie. "
        "Rozmowy dotyczyły wymiany jeńców i otwarcia granicy."
    )
    article = article_from_text(text)
    assert article.language == "pl"
    assert article.title == "Rozmowy w Genewie"
    assert article.text == text.split("\n\n", 1)[1]


def test_given_language_wins() -> None:
    assert (
        article_from_text(
            "Talks resumed in Geneva on Monday, officials said.", language="en-GB"
        ).language
        == "en-GB"
    )
