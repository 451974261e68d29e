"""The token networks run on chunks of documents, and a document's annotations do not
depend on the chunks: a batch parsed with chunks of one document each is annotated
exactly as the batch in one piece."""

from __future__ import annotations

import pytest

from belli.nlp.blas import one_blas_thread, use_gemm
from belli.nlp.chunks import chunk_networks, doc_chunks
from belli.nlp.model import load_model

STORIES = (
    "Rebels shelled the airport at dawn, the army said. Two soldiers were wounded.",
    ("The foreign minister met her counterpart in Ankara on Tuesday and called for a "
     "ceasefire. Talks will resume next week, officials said."),
    "Police arrested 40 protesters outside the parliament in Nairobi.",
    "Prices rose 3 percent in March, the statistics office reported.",
)


@pytest.mark.parametrize(("sizes", "limit", "expected"), [
    ([3, 3, 3], 6, [[3, 3], [3]]),
    ([3, 3, 3], 9, [[3, 3, 3]]),
    ([10, 2, 2], 5, [[10], [2, 2]]),
    ([2, 10, 2], 5, [[2], [10], [2]]),
    ([], 5, []),
])
def test_chunks_keep_order_and_stay_within_the_limit_unless_one_doc_is_longer(
        sizes: list[int], limit: int, expected: list[list[int]]) -> None:
    docs = ["x" * n for n in sizes]  # anything with a length stands in for a Doc
    assert [[len(d) for d in c] for c in doc_chunks(docs, limit)] == expected


def annotations(doc: object) -> list[tuple[object, ...]]:
    return [(t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, t.lemma_, t.ent_iob_,
             t.ent_type_, t.is_sent_start) for t in doc]  # type: ignore[attr-defined]


@pytest.mark.model
def test_chunked_networks_annotate_a_batch_as_the_networks_in_one_piece() -> None:
    whole, chunked = load_model("en_core_web_sm", fresh=True), load_model("en_core_web_sm", fresh=True)
    for nlp in (whole, chunked):
        use_gemm(nlp, "numpy")
    chunk_networks(chunked, max_tokens=1)  # every document a chunk of its own
    with one_blas_thread():
        expected = [annotations(d) for d in whole.pipe(STORIES, batch_size=len(STORIES))]
        docs = list(chunked.pipe(STORIES, batch_size=len(STORIES)))
    assert [annotations(d) for d in docs] == expected
    assert all(d.tensor.shape[0] == len(d) for d in docs)


@pytest.mark.model
def test_both_token_networks_are_chunked_and_the_parser_listener_is_not() -> None:
    nlp = load_model("en_core_web_sm", fresh=True)
    before = {name: _first_forward(nlp, name) for name in ("tok2vec", "ner", "parser")}
    chunk_networks(nlp)
    changed = {name for name, forward in before.items() if _first_forward(nlp, name) is not forward}
    assert changed == {"tok2vec", "ner"}


def _first_forward(nlp: object, name: str) -> object:
    model = nlp.get_pipe(name).model  # type: ignore[attr-defined]
    return (model if name == "tok2vec" else model.layers[0])._func
