"""The words linking compares: outlets spell one name with and without accents and
inflect one verb in many ways ("denies", "denied"); both tellings must give the same
words, while short words and words that only look inflected stay as they are."""

from __future__ import annotations

import pytest

from belli.analysis.linking import Rarity, content_words, proper_names
from belli.analysis.wording import stem


def test_a_name_with_and_without_accents_is_one_word() -> None:
    assert content_words("Erdoğan visited the town") & content_words("Erdogan visits")


@pytest.mark.parametrize("forms", [
    ("deny", "denies", "denied"),
    ("supply", "supplies", "supplied", "supplying"),
    ("accuse", "accused", "accuses", "accusing"),
    ("exercise", "exercises"),
    ("provocation", "provocations"),
])
def test_the_forms_of_one_word_agree(forms: tuple[str, ...]) -> None:
    assert len({stem(form) for form in forms}) == 1


@pytest.mark.parametrize("word", ["crisis", "press", "status", "used", "bus", "any"])
def test_words_that_only_look_inflected_stay_whole(word: str) -> None:
    assert stem(word) == word


def test_a_word_weighs_the_same_however_it_is_asked_for() -> None:
    rarity = Rarity.of([])
    assert rarity.weight("denied") == rarity.weight(stem("denied"))


def test_an_accented_name_beyond_the_actors_is_named_without_its_accents() -> None:
    assert proper_names("Armenia accused Azerbaijan of shelling Çiçek", ("Armenia",
                                                                         "Azerbaijan")) == {"cicek"}
