"""The shortcuts the stages take for speed give the answers of the long way round.

Each shortcut (a record copied without `dataclasses.replace`, a parse question answered
once per document, a text read once, a pattern not tried where it cannot match) is
checked against what it replaces, on our own sentences.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from belli.actors.context import lost_case
from belli.events.participants import Participants
from belli.events.syntax import is_passive, prep_objects
from belli.geo.inside import ALL_INSIDE, InsideFinder
from belli.nlp.paragraphs import DATELINE, dateline_before, is_town
from belli.records import Actor, Article, Event, Mention, Place, content_id

_ACTOR = Actor(text="Ruritanian troops", country="RUR", sector="MIL", reason="a cue")
_MENTION = Mention(doc_id="d1", start=4, end=21, text="Ruritanian troops", label="NORP",
                   sentence=0, actors=(_ACTOR,), place=Place(name="Zenda", country="RUR"))


@pytest.mark.parametrize(("record", "changes"), [
    (_ACTOR, {"sector": "GOV"}),
    (_ACTOR, {"text": "the army", "reason": None}),
    (_MENTION, {"actors": ()}),
    (_MENTION, {"start": 5, "end": 22, "place": None}),
])
def test_a_replaced_record_equals_what_dataclasses_replace_gives(record, changes):
    copied = record.replace(**changes)
    assert copied == dataclasses.replace(record, **changes)
    assert type(copied) is type(record)


def test_a_replaced_record_keeps_the_fields_not_named():
    copied = _MENTION.replace(label="GPE")
    assert (copied.actors, copied.place, copied.text) == (_MENTION.actors, _MENTION.place,
                                                          _MENTION.text)
    assert _MENTION.label == "NORP"  # the original is untouched


def test_replacing_a_field_a_record_does_not_have_is_an_error():
    with pytest.raises(TypeError):
        _ACTOR.replace(county="RUR")
    with pytest.raises(TypeError):
        Event(doc_id="d", event_id="e", type="ASSAULT").replace(kind="x")


def test_a_mention_id_is_the_hash_of_where_the_mention_lies_and_its_label():
    assert _MENTION.mention_id == content_id("d1", 4, 21, "NORP")
    assert _MENTION.replace(label="ORG").mention_id == content_id("d1", 4, 21, "ORG")
    assert _MENTION.replace(start=3).mention_id != _MENTION.mention_id


def _lost_case_letter_by_letter(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 100:
        return False
    upper = sum(c.isupper() for c in letters)
    return min(upper, len(letters) - upper) / len(letters) < 0.002


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_lost_case_counts_letters_as_a_letter_by_letter_count_would(text):
    for variant in (text, text.lower(), text.upper(), text * 3):
        assert lost_case(variant) == _lost_case_letter_by_letter(variant)


def _after_opening(word: str) -> Any:
    """The sentence after a line "WORD (AP) —", sentences set by hand (no parse)."""
    words = [word, "(", "AP", ")", "—", "Police", "left", "."]
    doc = Doc(Vocab(), words=words, spaces=[True, False, False, True, True, True, False, False],
              sent_starts=[True, False, False, False, False, True, False, False])
    return list(doc.sents)[1]


def _opens_the_long_way(word: str) -> bool:
    """Whether the dateline pattern and the town list, tried on the whole line, say so."""
    found = DATELINE.fullmatch(f"{word} (AP) — ")
    return found is not None and is_town(found.group("town"))


_WORD = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÉé.'’-",
                min_size=1, max_size=8)
_TOWNS = st.sampled_from(["PARIS", "KABUL", "MOSCOW", "Paris", "kabul", "N.Y.", "NATO"])


@given(_WORD | _TOWNS)
def test_a_dateline_is_found_where_the_pattern_tried_on_every_line_finds_one(word):
    assert (dateline_before(_after_opening(word)) is not None) is _opens_the_long_way(word)


@pytest.mark.parametrize(("word", "opens"), [
    ("PARIS", True), ("KABUL", True),
    ("Paris", False), ("police", False), ("NATO", False), ("Éire", False), ("U.S.", False),
])
def test_only_a_known_town_in_capitals_opens_a_dateline(word, opens):
    assert (dateline_before(_after_opening(word)) is not None) is opens


def _parse(nlp_pipeline, text: str):
    return nlp_pipeline.process(Article.from_text(text)).parse


def test_a_dateline_before_a_sentence_is_still_found(nlp_pipeline):
    doc = _parse(nlp_pipeline, "CHICAGO (AP) — \nPolice arrested two men on Sunday. "
                               "They were released later.")
    sentences = list(doc.sents)
    found = [dateline_before(s) for s in sentences]
    assert any(d is not None and d.text.startswith("CHICAGO") for d in found)
    assert found[0] is None


def test_a_sentence_after_plain_prose_has_no_dateline(nlp_pipeline):
    doc = _parse(nlp_pipeline, "The council met on Monday. It voted to raise the levy.")
    assert all(dateline_before(s) is None for s in doc.sents)


def test_parse_questions_asked_twice_get_the_first_answer(nlp_pipeline):
    doc = _parse(nlp_pipeline, "The convoy was attacked by rebels near the border, "
                               "and the army sent troops to the valley.")
    for token in doc:
        first = (list(prep_objects(token)), list(prep_objects(token, deep=False)),
                 is_passive(token))
        again = (list(prep_objects(token)), list(prep_objects(token, deep=False)),
                 is_passive(token))
        assert first == again
    sent = next(t for t in doc if t.lower_ == "sent")
    assert ("to", "valley") in [(p, o.text) for p, o in prep_objects(sent)]
    assert is_passive(next(t for t in doc if t.lower_ == "attacked"))


def test_a_new_parse_gets_its_own_answers_not_the_last_ones(nlp_pipeline):
    one = _parse(nlp_pipeline, "Troops moved to the river.")
    list(prep_objects(one[1]))
    other = _parse(nlp_pipeline, "Aid was flown from the capital.")
    assert [(p, o.text) for p, o in prep_objects(other[2])] == [("from", "capital")]
    assert is_passive(other[2]) and not is_passive(one[1])


_ONE_PARAGRAPH = "Floods hit Kenya on Monday. The Interior Ministry said roads were closed."
_TWO_PARAGRAPHS = "Floods hit Kenya on Monday.\n\nThe Interior Ministry said roads were closed."


def _ministry_countries(pipeline, text: str) -> list[str | None]:
    analysis = pipeline.process(Article.from_text(text))
    return [a.country for m in analysis.mentions if m.text == "The Interior Ministry"
            for a in m.actors]


@pytest.mark.parametrize("order", [(_ONE_PARAGRAPH, _TWO_PARAGRAPHS),
                                   (_TWO_PARAGRAPHS, _ONE_PARAGRAPH)])
def test_a_body_is_placed_by_its_own_documents_paragraphs_whatever_came_before(nlp_pipeline,
                                                                              order):
    # the state of the sentence before places the body only within its paragraph; the
    # text read for that is kept per document, and must never be the last document's
    expected = {_ONE_PARAGRAPH: ["KEN"], _TWO_PARAGRAPHS: []}
    for text in (*order, *order):
        assert _ministry_countries(nlp_pipeline, text) == expected[text]


def test_participants_read_the_articles_text_where_given_else_the_parses(nlp_pipeline):
    doc = _parse(nlp_pipeline, "Rebels attacked a convoy.")
    assert Participants(doc, [], kb=None).text == doc.text
    assert Participants(doc, [], kb=None, article_text=doc.text).text == doc.text
    assert Participants(doc, [], kb=None, article_text="given").text == "given"


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    (("Talks ended on Monday.\n\n   Rebels attacked a convoy near the border.  \n\n"
      "Troops left the town."), "attacked", "Rebels attacked a convoy near the border."),
    ("Rebels attacked a convoy near the border.\n\nTroops shelled the town.\n", "shelled",
     "Troops shelled the town."),
    ("Rebels attacked a convoy.", "attacked", "Rebels attacked a convoy."),  # no edges
])
def test_an_events_sentence_is_cut_from_the_text_without_its_edges(nlp_pipeline, text,
                                                                    trigger, expected):
    analysis = nlp_pipeline.process(Article.from_text(text))
    event = next(e for e in analysis.events if e.trigger == trigger)
    assert event.sentence == expected
    assert analysis.article.text[event.start:event.end] == expected


def _names(gazetteer):
    from belli.actors.kb import load_kb
    from belli.geo.article import read_article

    text = "Ruritanian Army units reached the Ohio Valley Trust offices."
    mentions = [Mention(doc_id="d", start=0, end=20, text="Ruritanian Army units", label="ORG"),
                Mention(doc_id="d", start=34, end=51, text="Ohio Valley Trust", label="ORG")]
    return read_article(text, mentions, gazetteer, load_kb(), frozenset()), mentions


def _counted(ask, asked: list[str]):
    def counted(name: str) -> bool:
        asked.append(name)
        return ask(name)
    return counted


def _count_division_questions(gazetteer, monkeypatch) -> list[str]:
    """The names the gazetteer is asked about as divisions, from now on."""
    asked: list[str] = []
    for method in ("is_short_form", "is_division_name"):
        monkeypatch.setattr(gazetteer, method, _counted(getattr(gazetteer, method), asked))
    return asked


def test_a_search_for_countries_only_reads_no_division(gazetteer, monkeypatch):
    names, mentions = _names(gazetteer)
    asked = _count_division_questions(gazetteer, monkeypatch)
    InsideFinder(names).find(mentions[1], ("country",))
    assert asked == []


def test_a_search_of_every_kind_still_reads_divisions(gazetteer, monkeypatch):
    names, mentions = _names(gazetteer)
    asked = _count_division_questions(gazetteer, monkeypatch)
    found = InsideFinder(names).find(mentions[1], ALL_INSIDE)
    assert asked
    assert found is not None and found[1] == "Ohio"


def test_the_lexicon_knows_a_word_in_any_of_its_forms():
    from belli.events.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert lexicon.knows("attack")
    assert lexicon.knows("zzzz", "", "attack")  # the last form given is known
    assert not lexicon.knows("zzzz", "qqqq")
    assert not lexicon.knows()


def test_a_word_repeated_in_a_text_opens_a_date_window_each_time():
    from belli.dates.grammar import find_expressions

    text = "Talks opened in March. Nothing moved. They resumed in March 2021, and in March 2022."
    found = [f.text for f in find_expressions(text)]
    assert found == ["March", "March 2021", "March 2022"]


def _named(label: str, actor: Actor | None = None, place: Place | None = None) -> Mention:
    return Mention(doc_id="d", start=0, end=5, text="Zenda", label=label,
                   actors=(actor,) if actor else (), place=place)


@pytest.mark.parametrize(("mention", "may"), [
    (_named("GPE", _ACTOR), True),
    (_named("GPE", place=Place(name="Zenda", country="RUR")), True),
    (_named("ORG", Actor(text="a clinic")), False),  # no country: no side
    (_named("DATE"), False),
    (_named("WEAPON"), False),
    (_named("CARDINAL", _ACTOR), False),
])
def test_only_a_mention_with_a_country_may_make_a_side_of_a_relation(mention, may):
    from belli.records import Sentence
    from belli.relations.sentence import may_slot_an_actor, slotted

    sentence = Sentence(doc_id="d", index=0, start=0, end=20, text="Zenda signed a pact.")
    assert may_slot_an_actor([mention]) is may
    # the test agrees with what slotting the sentence gives
    slots = slotted(sentence, [mention], frozenset()).slots
    assert any(s.actor is not None for s in slots) is may
