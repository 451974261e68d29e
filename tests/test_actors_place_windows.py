"""The stretches of a mention's words looked up as places: runs of capitalized words,
read longest first, so a city of several words is found before any word of it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from belli.actors.places import _MAX_PLACE, PlaceNames, capitalized_runs, windows


def _tokens(text: str) -> list[SimpleNamespace]:
    return [SimpleNamespace(text=word, i=i) for i, word in enumerate(text.split())]


def _texts(runs) -> list[str]:
    return [" ".join(t.text for t in run) for run in runs]


def test_capitalized_runs_are_neighbouring_capitalized_words():
    tokens = _tokens("critical of Salt Lake City police and Long Beach officials")
    assert _texts(capitalized_runs(tokens)) == ["Salt Lake City", "Long Beach"]


def test_a_lone_capitalized_word_is_a_run():
    assert _texts(capitalized_runs(_tokens("Nice police"))) == ["Nice"]


def test_windows_are_longest_first_across_all_runs():
    runs = [["Salt", "Lake", "City"], ["Long", "Beach"]]
    assert list(windows(runs, _MAX_PLACE)) == [
        ["Salt", "Lake", "City"],
        ["Salt", "Lake"], ["Lake", "City"], ["Long", "Beach"],
        ["Salt"], ["Lake"], ["City"], ["Long"], ["Beach"],
    ]


def test_a_city_of_four_words_is_one_window():
    """"Ho Chi Minh City" is read whole: the cap is that of the places in the KB."""
    runs = [["Ho", "Chi", "Minh", "City"]]
    assert next(windows(runs, _MAX_PLACE)) == ["Ho", "Chi", "Minh", "City"]


def test_no_window_is_longer_than_the_cap():
    runs = [["A", "B", "C"]]
    assert [len(w) for w in windows(runs, 2)] == [2, 2, 1, 1, 1]
    assert list(windows([], _MAX_PLACE)) == []


def _parsed(words: list[tuple[str, str, str]]) -> list[SimpleNamespace]:
    """Tokens as the model tags them: (text, part of speech, entity label)."""
    doc: list[SimpleNamespace] = []
    for i, (text, pos, ent) in enumerate(words):
        doc.append(SimpleNamespace(text=text, lower_=text.lower(), pos_=pos, ent_type_=ent,
                                   i=i, doc=doc))
    return doc


_PLACES = PlaceNames(kb=SimpleNamespace(sector_for=lambda w: "GOV" if w == "council" else None),
                     cities=None, title_words=frozenset({"police", "marshal"}))


@pytest.mark.parametrize(("words", "run", "a_city"), [
    # a run ending in a cue word is a body, not a town ("Police" is a town in Poland)
    ([("Capitol", "PROPN", "ORG"), ("Police", "PROPN", "ORG")], slice(0, 2), False),
    ([("Police", "PROPN", "ORG")], slice(0, 1), False),
    ([("Mount", "PROPN", "ORG"), ("Council", "PROPN", "ORG")], slice(0, 2), False),
    ([("Salt", "PROPN", "GPE"), ("Lake", "PROPN", "GPE"), ("City", "PROPN", "GPE"),
      ("police", "NOUN", "")], slice(0, 3), True),
    # one word read as an adjective before another: no city ("Central European")
    ([("Central", "ADJ", "NORP"), ("European", "ADJ", "NORP"), ("leaders", "NOUN", "")],
     slice(0, 1), False),
    # ... but before a common noun it may be one ("Nice police")
    ([("Nice", "ADJ", "GPE"), ("police", "NOUN", "")], slice(0, 1), True),
])
def test_a_run_that_names_no_city(words, run, a_city):
    assert _PLACES._no_city(_parsed(words)[run]) is not a_city
