"""The shortcuts the stages take for speed give the answers of the long way round.

Each shortcut (a record copied without `dataclasses.replace`, a parse question answered
once per document, a text read once, a pattern not tried where it cannot match) is
checked against what it replaces, on our own sentences.
"""

from __future__ import annotations

import dataclasses
import re
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from belli.actors.context import lost_case
from belli.actors.group_country import _text_of
from belli.events.coder import _trimmed
from belli.events.participants import Participants
from belli.events.syntax import is_passive, prep_objects
from belli.geo.inside import ALL_INSIDE, InsideFinder
from belli.nlp.paragraphs import DATELINE_TOWN, _may_open_dateline, dateline_before
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


@given(st.text(min_size=1, max_size=8))
def test_a_word_turned_down_as_a_dateline_opening_never_opens_one(word):
    if not _may_open_dateline(word):
        assert not re.match(DATELINE_TOWN, word + " —")


@pytest.mark.parametrize(("word", "may"), [
    ("PARIS", True), ("U.S.", True), ("O'HARE", True), ("A", True),
    ("The", False), ("police", False), ("\n\n", False), ("Éire", False),
])
def test_only_a_capital_and_a_capital_dot_or_apostrophe_may_open_a_dateline(word, may):
    assert _may_open_dateline(word) is may


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


def test_a_documents_text_read_once_is_that_documents(nlp_pipeline):
    one = _parse(nlp_pipeline, "Rebels attacked a convoy.")
    other = _parse(nlp_pipeline, "Talks resumed in the capital.")
    assert _text_of(one) == one.text
    assert _text_of(one) == one.text  # asked again, the same
    assert _text_of(other) == other.text


def test_participants_read_the_articles_text_where_given_else_the_parses(nlp_pipeline):
    doc = _parse(nlp_pipeline, "Rebels attacked a convoy.")
    assert Participants(doc, [], kb=None).text == doc.text
    assert Participants(doc, [], kb=None, article_text=doc.text).text == doc.text
    assert Participants(doc, [], kb=None, article_text="given").text == "given"


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("  Rebels attacked.  Troops left. ", 0, 19, ("Rebels attacked.", 2, 18)),
    ("  Rebels attacked.  Troops left. ", 20, 33, ("Troops left.", 20, 32)),
    ("No edges here.", 0, 14, ("No edges here.", 0, 14)),
])
def test_an_events_sentence_is_cut_from_the_text_without_its_edges(text, start, end, expected):
    assert _trimmed(text, SimpleNamespace(start_char=start, end_char=end)) == expected


class _CountingFinder(InsideFinder):
    def __init__(self, names) -> None:
        super().__init__(names)
        self.division_checks = 0

    def _may_be_division(self, shown: str) -> bool:
        self.division_checks += 1
        return super()._may_be_division(shown)


def _names(gazetteer):
    from belli.actors.kb import load_kb
    from belli.geo.article import read_article

    text = "Ruritanian Army units reached the Ohio Valley Trust offices."
    mentions = [Mention(doc_id="d", start=0, end=20, text="Ruritanian Army units", label="ORG"),
                Mention(doc_id="d", start=34, end=51, text="Ohio Valley Trust", label="ORG")]
    return read_article(text, mentions, gazetteer, load_kb(), frozenset()), mentions


def test_a_search_for_countries_only_reads_no_division(gazetteer):
    names, mentions = _names(gazetteer)
    finder = _CountingFinder(names)
    finder.find(mentions[1], ("country",))
    assert finder.division_checks == 0


def test_a_search_of_every_kind_still_reads_divisions(gazetteer):
    names, mentions = _names(gazetteer)
    finder = _CountingFinder(names)
    found = finder.find(mentions[1], ALL_INSIDE)
    assert finder.division_checks > 0
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
