"""The actor stage's shortcuts give the answers of the long way round.

Each shortcut (a name folded without decomposing plain ASCII, a fuzzy search that skips
spellings of a hopeless length, a parse question answered once per document, a scan
that reads only the words it may need) is checked against what it replaces.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import get_close_matches

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from belli.actors.context import _FUZZY_CUTOFF, Misspellings, _Words
from belli.actors.document import MemoKB, shared_memo
from belli.actors.folding import _SPECIAL, fold
from belli.actors.kb import load_kb
from belli.actors.pairs import hyphen_pairs
from belli.actors.resolve import ActorStage
from belli.actors.roles import _tops, _tops_among
from belli.actors.societies import _adjacent
from belli.events.stage import EventStage
from belli.geo.stage import PlaceStage
from belli.nlp.doc_index import pos_indices, sentence_numbers
from belli.settings import Settings
from belli.text import without_marks


def _fold_the_long_way(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", re.sub(r"[-‐‑‒–—]+", " ", plain)).strip()


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=30)
       | st.text(alphabet="aeAE `'-’‐–—éğıøßİ\t", max_size=12))
def test_a_name_folds_as_the_full_decomposition_folds_it(text):
    assert fold(text) == _fold_the_long_way(text)


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=30)
       | st.text(alphabet="aeAE '’éğıøßİ\u0327\u00b2\ufb01", max_size=12))
def test_marks_go_as_the_full_decomposition_drops_them(text):
    """The helper the actors', places' and ruler's folds share (ASCII as it is)."""
    decomposed = unicodedata.normalize("NFKD", text)
    assert without_marks(text) == "".join(c for c in decomposed if not unicodedata.combining(c))


def test_folding_still_strips_diacritics_and_straightens_a_backtick():
    assert fold("Erdoğan") == "Erdogan"
    assert fold("Côte d`Ivoire") == "Cote d'Ivoire"
    assert fold("the  Abu-Dhabi") == "the Abu Dhabi"


@pytest.fixture(scope="module")
def misspellings() -> Misspellings:
    return Misspellings(load_kb())


_WORDS = ["Afganistan", "Quatar", "Khatmandu", "Ukriane", "Azerbajan", "Pakistanis",
          "Ministry", "Parliament", "Somalian", "Venezuala", "Kazakstan", "Philipines"]


@pytest.mark.parametrize("word", _WORDS)
def test_the_fuzzy_search_over_likely_lengths_finds_what_all_forms_give(misspellings, word):
    every = [form for (first, _), forms in misspellings.by_shape.items() if first == word[:1]
             for form in forms]
    assert set(misspellings.candidates(word)) <= set(every)
    assert (get_close_matches(word, misspellings.candidates(word), n=2, cutoff=_FUZZY_CUTOFF)
            == get_close_matches(word, every, n=2, cutoff=_FUZZY_CUTOFF))


def test_a_misspelled_state_is_still_found_among_fewer_forms(misspellings):
    every = [form for (first, _), forms in misspellings.by_shape.items() if first == "A"
             for form in forms]
    assert len(misspellings.candidates("Afganistan")) < len(every)
    assert get_close_matches("Afganistan", misspellings.candidates("Afganistan"), n=1,
                             cutoff=_FUZZY_CUTOFF) == ["Afghanistan"]


def _hand_parsed() -> Doc:
    words = ["Police", "in", "Nairobi", "said", ".", "Smith", "left", "-", "Kenya", "'s",
             "army", "came", "."]
    pos = ["NOUN", "ADP", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "PROPN",
           "PART", "NOUN", "VERB", "PUNCT"]
    starts: list[bool | int | None] = [True, False, False, False, False, True, False, True,
                                       False, False, False, False, False]
    return Doc(Vocab(), words=words, pos=pos, sent_starts=starts)


def test_a_documents_sentences_are_numbered_as_spacy_reads_them():
    doc = _hand_parsed()
    assert sentence_numbers(doc) == {s.start: n for n, s in enumerate(doc.sents)}


def test_the_proper_nouns_are_the_tokens_spacy_tags_so():
    doc = _hand_parsed()
    assert pos_indices(doc, "PROPN") == [t.i for t in doc if t.pos_ == "PROPN"]
    other = Doc(Vocab(), words=["Jane", "ran"], pos=["PROPN", "VERB"])
    assert pos_indices(other, "VERB") == [1]  # a new parse gets its own answer


def test_two_mentions_are_adjacent_where_the_words_between_say_so():
    doc = _hand_parsed()
    spans = [doc[a:b] for a in range(len(doc)) for b in range(a + 1, len(doc) + 1)]
    for prior in spans:
        for span in spans:
            between = [t.lower_ for t in doc[prior.end:span.start]]
            assert _adjacent(prior, span) is (between in ([], ["'s"], ["’s"]))


def test_the_stages_share_one_memo_that_answers_as_the_knowledge_base():
    kb = load_kb()
    memo = shared_memo(kb)
    assert shared_memo(kb) is memo and shared_memo(memo) is memo
    for name in ("Moscow", "Russia", "U.S.", "Hamas", "Jordan", "Nowhere Land"):
        answer = memo.lookup_name(name)
        assert answer == tuple(kb.lookup_name(name))
        assert isinstance(answer, tuple)  # shared by every stage: no caller can change it
        assert memo.lookup_name(name) is answer
    for phrase in ("defence ministry spokesman", "rebels", "the weather"):
        assert memo.sector_cue(phrase) == kb.sector_cue(phrase)


def test_the_actor_place_and_event_stages_ask_one_memo():
    settings = Settings.load()
    actors = ActorStage.from_settings(settings).resolver.kb
    assert isinstance(actors, MemoKB)
    assert PlaceStage.from_settings(settings).kb is actors
    assert EventStage.from_settings(settings).coder.kb is actors


def test_the_shared_memo_stays_bounded(monkeypatch):
    memo = MemoKB(load_kb())
    monkeypatch.setattr(MemoKB, "_LIMIT", 50)
    for i in range(500):
        memo.lookup_name(f"Town{i}")
        memo.sector_cue(f"phrase {i}")
    assert len(memo._names) <= 51 and len(memo._cues) <= 51


def test_pairs_of_states_are_read_from_the_hyphenated_words_only():
    words = ["The", "U.S.-Ukraine", "talks", "and", "a", "Turkish-brokered", "truce", "in",
             "Russia-Ukraine", "ties"]
    doc = Doc(Vocab(), words=words, sent_starts=[True] + [False] * (len(words) - 1))
    found = hyphen_pairs(doc, "d", [], load_kb())
    assert [(m.text, [a.country for a in m.actors]) for m in found] == [
        ("U.S.-Ukraine", ["USA", "UKR"]), ("Russia-Ukraine", ["RUS", "UKR"])]
    assert all(doc.text[m.start:m.end] == m.text for m in found)


def test_a_names_tops_are_looked_for_among_the_heads_only_inside_it():
    # "the head of Doctors Without Borders said", the name split in two by the parse
    words = ["the", "head", "of", "Doctors", "Without", "Borders", "said"]
    doc = Doc(Vocab(), words=words, heads=[1, 6, 1, 2, 3, 4, 6],
              deps=["det", "nsubj", "prep", "pobj", "prep", "pobj", "ROOT"])
    spans = [doc[a:b] for a in range(len(doc)) for b in range(a + 1, len(doc) + 1)]
    for heads in ({1}, {3}, {5}, {1, 5}, {0, 6}, set()):
        for span in spans:
            assert _tops_among(span, heads) is bool(_tops(span) & heads)
    assert _tops_among(doc[3:6], {3}) and not _tops_among(doc[3:6], {1, 6})


def test_a_names_words_are_read_from_the_documents_text_as_the_span_joins_them():
    doc = _hand_parsed()
    for span in (doc[a:b] for a in range(len(doc)) for b in range(a + 1, len(doc) + 1)):
        words = _Words.of(span)
        assert words.text == span.text
        assert [words.text[s:e] for s, e in zip(words.starts, words.ends, strict=True)] == [
            t.text for t in span]
