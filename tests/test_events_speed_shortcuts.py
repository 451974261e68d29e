"""The event coder's shortcuts give what the long way gives: sentences read from a table
built once per parse (`syntax_index.sentence_of`), drafts with no actor the context can
never adopt left unbuilt (`actorless.adoptable`), sentences with no number word skipped
by the quantities (`quantities._may_count`), the text a caller already holds given
to the parse's index (`nlp.doc_index.known_text`), the parse's words read once into lists
(`syntax_index.words_of`), a word's rarer lexicon readings read only where one can
apply (`trigger_keys.may_read_rarer`), a match score looked for only at a digit
(`untold._score`) and a misread -s verb only on a tag that may be one
(`misread_verbs.s_form_after_names`). Sentences are our own."""

from __future__ import annotations

import re

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from belli.events import coder as coder_module
from belli.events import quantities, triggers, untold
from belli.events.misread_verbs import s_form_after_names
from belli.events.phrase_shape import _ARTICLES, noun_phrase
from belli.events.syntax_index import lemma, sentence_of, words_of
from belli.events.trace import Trace
from belli.events.trigger_keys import hyphenated, may_read_rarer, repeated, restored
from belli.nlp.doc_index import doc_text, known_text
from belli.records import Article

TEXTS = [
    # a headline repeated by the body, acts with no actor, a count, a quote
    ("Fighting broke out near Lachin. Armenian forces shelled Stepanakert on Monday, killing "
     "12 civilians and wounding two dozen others. Fighting broke out near Lachin. The "
     "shelling continued overnight, and a ceasefire was announced. \"We will respond,\" "
     "the Azerbaijani defence ministry said."),
    ("Protests erupted in Tehran. Hundreds marched in Tbilisi on Sunday. Five soldiers "
     "were killed and the talks were suspended. Russia sent $3 million in aid to Armenia, "
     "and the European Union imposed sanctions on Belarus."),
    # the rarer readings: a hyphenated word, a "re-" verb, a lemma cut short
    ("Police re-arrested the journalist in Minsk. The military build-up near the border "
     "went on as Russian troops rearrested two activists. Militiamen raped and looted in "
     "Goma, the United Nations said, calling for a cease-fire."),
]


@pytest.fixture(scope="module")
def event_coder():
    from belli.events.stage import EventStage
    from belli.settings import Settings

    return EventStage.from_settings(Settings.load(db_path=":memory:")).coder


def _coded(event_coder, analysis):
    trace = Trace()
    events, claims = event_coder.code(analysis, trace)
    return events, claims, trace.candidates()


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_the_shortcuts_code_what_the_long_way_codes(nlp_pipeline, event_coder, monkeypatch, text):
    analysis = nlp_pipeline.process(Article.from_text(text, published="2024-05-10"))
    short = _coded(event_coder, analysis)
    # the long way: every draft with no actor built, every sentence's numbers read,
    # every word's rarer readings looked up
    monkeypatch.setattr(coder_module, "adoptable", lambda lone, _text: list(lone))
    monkeypatch.setattr(quantities, "_may_count", lambda _trigger: True)
    monkeypatch.setattr(triggers, "may_read_rarer", lambda _words, _i: True)
    assert _coded(event_coder, analysis) == short
    assert short[0]  # the texts code events: the comparison is not of nothing


@pytest.mark.model
def test_a_tokens_sentence_is_the_one_spacy_gives(nlp_pipeline):
    doc = nlp_pipeline.process(Article.from_text(" ".join(TEXTS), published="2024-05-10")).parse
    assert len(list(doc.sents)) > 5
    for token in doc:
        found, sent = sentence_of(token), token.sent
        assert (found.start, found.end) == (sent.start, sent.end)


@pytest.mark.model
def test_sentences_without_digits_or_number_words_hold_no_quantity(nlp_pipeline):
    doc = nlp_pipeline.process(Article.from_text(
        "Rebels attacked the town. Militants killed a dozen villagers.",
        published="2024-05-10")).parse
    first, second = list(doc.sents)
    assert not quantities._may_count(first.root)
    assert quantities._may_count(second.root)  # "a dozen"


def test_a_known_text_of_the_parse_is_read_as_its_text():
    blank = spacy.blank("en")
    doc = blank("Talks led nowhere.")
    known_text(doc, "TALKS LED NOWHERE.")  # the same length: taken as given
    assert doc_text(doc) == "TALKS LED NOWHERE."
    other = blank("Nothing here.")
    known_text(other, "Nothing here, nor there.")  # another length: not this parse's text
    assert doc_text(other) == "Nothing here."


@pytest.mark.model
def test_a_sentences_countries_are_read_once_and_given_as_a_copy(nlp_pipeline, event_coder):
    from belli.events.participants import Participants

    analysis = nlp_pipeline.process(Article.from_text(TEXTS[1], published="2024-05-10"))
    people = Participants(analysis.parse, analysis.mentions, event_coder.kb,
                          article_text=analysis.article.text)
    sentence = list(analysis.parse.sents)[-1]  # Russia, Armenia, Belarus
    first = people.sentence_countries(sentence)
    assert first == people._sentence_countries(sentence) == ["RUS", "ARM", "BLR"]
    first.append("XXX")  # the caller's own list: the remembered one stays
    assert people.sentence_countries(sentence) == ["RUS", "ARM", "BLR"]


@pytest.mark.model
def test_a_parses_words_are_the_ones_its_tokens_give(nlp_pipeline):
    doc = nlp_pipeline.process(Article.from_text(" ".join(TEXTS), published="2024-05-10")).parse
    words = words_of(doc)
    assert words.pos == [t.pos_ for t in doc]
    assert words.lemmas == [lemma(t) for t in doc]
    assert words.lowers == [t.lower_ for t in doc]
    assert words_of(doc) is words  # read once per parse


@pytest.mark.model
def test_every_word_with_a_rarer_reading_is_one_that_may_have_it(nlp_pipeline, event_coder):
    doc = nlp_pipeline.process(Article.from_text(" ".join(TEXTS), published="2024-05-10")).parse
    words, acts = words_of(doc), event_coder.lexicon.classes.get("repeatable_acts", frozenset())
    read = [t for t in doc if hyphenated(t) or restored(t) or repeated(t, acts)]
    assert all(may_read_rarer(words, t.i) for t in read)
    assert any(not may_read_rarer(words, t.i) for t in doc)  # the shortcut skips words
    assert not event_coder.lexicon.knows("")  # so the empty readings know nothing
    assert any(hyphenated(t) for t in doc) and any(repeated(t, acts) for t in doc)


@given(st.text(max_size=3))
def test_a_score_can_only_start_with_what_the_pattern_reads_as_a_digit(text):
    """`_score` looks no further at a word whose first character is no decimal digit."""
    assert bool(re.match(r"\d", text[:1])) is text[:1].isdecimal()
    if not text[:1].isdecimal():
        assert untold._SCORE.match(text + "-1") is None


@pytest.mark.parametrize(("text", "scores"), [
    ("Brazil beat Chile 3-1 on Sunday", ["3"]),  # three tokens: "3", "-", "1"
    ("The hosts won 24-17 at home and 2–0 away", ["24", "2–0"]),  # "2–0": one token
    ("Troops killed ten civilians on the 3rd of May", []),  # digits, but no score
])
def test_scores_are_found_at_their_first_digit_only(text, scores):
    doc = spacy.blank("en")(text)
    assert [t.text for t in doc if untold._score(t)] == scores


def _hand_parsed(words, tags, heads, deps, pos):
    return Doc(Vocab(), words=words, tags=tags, heads=heads, deps=deps, pos=pos)


def test_a_misread_s_form_is_read_after_its_names_and_nowhere_else():
    # "South Korea rejects that version", the name hung on the -s form as compounds
    doc = _hand_parsed(["South", "Korea", "rejects", "that", "version"],
                       ["NNP", "NNP", "NNS", "DT", "NN"], [1, 2, 2, 4, 2],
                       ["compound", "compound", "ROOT", "det", "dobj"],
                       ["PROPN", "PROPN", "NOUN", "DET", "NOUN"])
    assert s_form_after_names(doc[2], 0)
    assert not s_form_after_names(doc[2], 2)  # no name before it
    assert not s_form_after_names(doc[4], 3)  # not an -s form's tag
    assert not s_form_after_names(doc[1], 0)  # a name itself


def test_a_noun_phrase_is_the_documents_text_from_its_first_word_to_its_head():
    # "the masked border guards , and police fled"
    words = ["the", "masked", "border", "guards", ",", "and", "police", "fled"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 3, 3, 7, 3, 3, 3, 7],
              deps=["det", "amod", "compound", "nsubj", "punct", "cc", "conj", "ROOT"])
    assert noun_phrase(doc[3]) == "border guards"  # the openers left off
    assert noun_phrase(doc[6]) == "police"
    for head in doc:  # the long way: the span's own joined text
        kept = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("punct", "cc")]
        while kept and kept[0].lower_ in _ARTICLES and kept[0] != head:
            kept = kept[1:]
        if kept:
            assert noun_phrase(head) == doc[kept[0].i:head.i + 1].text
