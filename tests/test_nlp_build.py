"""belli's spaCy pipeline is faster than the plain model and annotates the same: the
lemmatizer's index as sets changes no lemma, numpy's multiply changes no annotation."""

from __future__ import annotations

from pathlib import Path

import pytest

from belli.nlp.attributes import use_attribute_rules
from belli.nlp.blas import one_blas_thread, use_gemm
from belli.nlp.build import _fast_index
from belli.nlp.lemmas import use_lemmas
from belli.nlp.model import load_model

pytestmark = pytest.mark.model

DEMO = Path(__file__).resolve().parents[1] / "belli" / "demo" / "corpus"
# word forms whose lemma needs the index: irregular, unseen, hyphenated, inflected
WORDS = ("The besieged towns were shelled; drones struck depots, and officials reportedly "
         "withdrew their envoys. Mediators are brokering talks while the militias regroup, "
         "re-arming and re-deploying. Analysts feared escalating skirmishes.")


def texts() -> list[str]:
    demo = [p.read_text(encoding="utf-8") for p in sorted(DEMO.rglob("*.txt"))]
    voa = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "voa" / "voa_stories.jsonl"
    more = voa.read_text(encoding="utf-8")[:200_000].splitlines()[:-1] if voa.is_file() else []
    return [WORDS, *demo, *more]


def test_sets_for_the_lemma_index_give_the_same_lemmas() -> None:
    plain, fast = load_model("en_core_web_sm", fresh=True), load_model("en_core_web_sm", fresh=True)
    _fast_index(fast)
    table = fast.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in table.values())
    for text in texts():
        assert [t.lemma_ for t in fast(text)] == [t.lemma_ for t in plain(text)]


def annotations(doc: object) -> list[tuple[object, ...]]:
    return [(t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_,
             t.is_sent_start) for t in doc]  # type: ignore[attr-defined]


def test_numpy_multiply_gives_the_same_tags_parses_and_entities_as_blis() -> None:
    blis, numpy = load_model("en_core_web_sm", fresh=True), load_model("en_core_web_sm", fresh=True)
    use_gemm(numpy, "numpy")
    with one_blas_thread():
        for text in texts():
            assert annotations(numpy(text)) == annotations(blis(text))


def test_the_networks_multiply_with_the_chosen_library() -> None:
    nlp = load_model("en_core_web_sm", fresh=True)
    use_gemm(nlp, "numpy")
    assert {node.ops.use_blis for node in nlp.get_pipe("ner").model.walk()} == {False}
    use_gemm(plain := load_model("en_core_web_sm", fresh=True), "blis")
    assert {node.ops.use_blis for node in plain.get_pipe("ner").model.walk()} == {True}


def test_the_parse_runs_on_one_blas_thread_and_gives_the_threads_back() -> None:
    from threadpoolctl import threadpool_info

    def blas_threads() -> set[int]:
        return {i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"}

    before = blas_threads()
    with one_blas_thread():
        assert blas_threads() == {1}
    assert blas_threads() == before


def test_looked_up_attribute_rules_give_the_model_rulers_tags_morphology_and_lemmas() -> None:
    matched, looked_up = (load_model("en_core_web_sm", fresh=True),
                          load_model("en_core_web_sm", fresh=True))
    assert use_attribute_rules(looked_up)
    assert looked_up.pipe_names == matched.pipe_names
    for text in texts():
        assert annotations(looked_up(text)) == annotations(matched(text))


RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NN", "LOWER": {"IN": ["drills", "talks"]}}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"LOWER": {"REGEX": "^re-"}}]], "attrs": {"LEMMA": "again"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": "DT"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}, "index": 0},
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"LEMMA": "thing"}},
]


def tagged_doc(nlp: object) -> object:
    from spacy.tokens import Doc

    words = ["that", "drills", "re-arm", "gon", "na", "this", "base", "gon"]
    tags = ["DT", "NN", "VB", "VBG", "TO", "DT", "NN", "VBG"]
    deps = ["nsubj", "ROOT", "dobj", "aux", "aux", "det", "dobj", "dep"]
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps,  # type: ignore[attr-defined]
               heads=[1, 1, 1, 1, 1, 6, 1, 1])


def test_rules_apply_in_order_over_one_and_two_tokens_as_the_matcher_does() -> None:
    import spacy

    from belli.nlp.attributes import AttributeRules, compile_rules

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(RULES)
    rules = compile_rules(ruler)
    assert rules is not None
    component = AttributeRules(nlp.vocab)
    component.load(rules)
    ours, theirs = component(tagged_doc(nlp)), ruler(tagged_doc(nlp))
    assert [(t.pos_, t.lemma_, str(t.morph)) for t in ours] == [
        (t.pos_, t.lemma_, str(t.morph)) for t in theirs]
    assert [t.lemma_ for t in ours][:5] == ["", "thing", "again", "go", "to"]


def test_lemmas_asked_once_per_word_form_are_the_lemmatizers() -> None:
    # (these texts hold no irregular past the tagger reads as a present: the one
    # correction belli makes, tests/test_nlp_lemmas_past.py)
    per_token, per_form = (load_model("en_core_web_sm", fresh=True),
                           load_model("en_core_web_sm", fresh=True))
    assert use_lemmas(per_form)
    assert per_form.pipe_names == per_token.pipe_names
    for text in [*texts(), *texts()]:  # the second time from what it remembers
        assert [t.lemma_ for t in per_form(text)] == [t.lemma_ for t in per_token(text)]


def test_a_ruler_testing_other_attributes_is_left_to_spacy() -> None:
    nlp = load_model("en_core_web_sm", fresh=True)
    nlp.get_pipe("attribute_ruler").add([[{"ORTH": "Baku", "IS_TITLE": True}]], {"POS": "PROPN"})
    assert not use_attribute_rules(nlp)
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"



def test_a_rule_whose_target_lies_outside_its_pattern_is_left_to_spacy() -> None:
    nlp = load_model("en_core_web_sm", fresh=True)
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "baku"}]], {"POS": "PROPN"}, index=1)
    assert not use_attribute_rules(nlp)  # spaCy raises on such a rule; so should belli
