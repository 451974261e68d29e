"""A word of a person's name the model tagged as a place is the person, never a town
(`belli.actors.person_names`). Docs are built by hand on a blank pipeline: no model."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from belli.actors.person_names import names_a_person, person_words
from belli.records import Mention

_BLANK = spacy.blank("en")
_TITLES = frozenset({"minister", "chief", "spokesman", "president"})


def _doc(text: str, ents: list[tuple[int, int, str]]) -> tuple[object, list[Mention], list[Span]]:
    doc = _BLANK(text)
    spans = [Span(doc, start, end, label=label) for start, end, label in ents]
    doc.ents = spans
    mentions = [Mention(doc_id="d", start=s.start_char, end=s.end_char, text=s.text,
                        label=s.label_) for s in spans]
    return doc, mentions, spans


def test_a_surname_named_in_full_elsewhere_is_the_person():
    _, mentions, spans = _doc("Singer Ada Jackson died . Fans met outside Jackson 's home .",
                              [(1, 3, "PERSON"), (8, 9, "GPE")])
    words = person_words(mentions, spans, _TITLES)
    assert names_a_person(mentions[1], spans[1], words)


def test_a_first_name_cut_off_from_a_surname_told_again_is_the_person():
    _, mentions, spans = _doc("Tavio Marlenko spoke . Marlenko left .",
                              [(0, 1, "GPE"), (1, 2, "PERSON"), (4, 5, "PERSON")])
    assert names_a_person(mentions[0], spans[0], person_words(mentions, spans, _TITLES))


def test_a_town_before_a_word_taken_for_a_name_once_stays_a_town():
    # "Velmora Barrage" with the dam's second word tagged PERSON
    _, mentions, spans = _doc("Velmora Barrage holds water .", [(0, 1, "GPE"), (1, 2, "PERSON")])
    assert not names_a_person(mentions[0], spans[0], person_words(mentions, spans, _TITLES))


def test_a_title_or_a_place_word_in_a_person_mention_names_nobody():
    # "Balochistan Chief Minister Ann Lee": the province is no word of her name, and
    # "Kadugli District" tagged PERSON is a place
    _, mentions, spans = _doc("Balochistan Chief Minister Ann Lee visited Kadugli District .",
                              [(0, 5, "PERSON"), (6, 8, "PERSON")])
    assert person_words(mentions, spans, _TITLES).full == {"Ann", "Lee"}


def test_a_town_no_person_is_named_after_stays_a_town():
    _, mentions, spans = _doc("Ada Jackson flew to Lincoln on Monday .",
                              [(0, 2, "PERSON"), (4, 5, "GPE")])
    words = person_words(mentions, spans, _TITLES)
    assert not names_a_person(mentions[1], spans[1], words)


def test_a_name_also_tagged_as_a_place_or_a_building_names_nobody():
    # "Lake Barrage" tagged PERSON once and FAC once: no sure person, its town stays
    _, mentions, spans = _doc("Lake Barrage opened . The Lake Barrage dams Lake .",
                              [(0, 2, "PERSON"), (3, 6, "FAC"), (7, 8, "GPE")])
    assert not names_a_person(mentions[2], spans[2], person_words(mentions, spans, _TITLES))
