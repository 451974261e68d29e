"""spaCy's token networks over small chunks of documents, its parser and NER over many.

The two costs of a parse pull batch sizes opposite ways. The token networks (the shared
`tok2vec` and the NER's own copy) keep every layer's output until the chain is done, and
their products fit the CPU's caches only in small batches: about 3,000 tokens. The
parser and the NER step through their transitions for every document of the batch at
once, one small multiply per step for all of them: with four documents a step, most of
each step is overhead (70 VOA stories: parser 0.75 s in groups of 30,000 characters, 0.42 s
in one group of 300,000; NER 1.21 s against 1.03 s, while the token networks went from
0.94 s to 3.0 s).

`chunk_networks` makes the token networks of a loaded pipeline run in chunks of
consecutive documents of at most `max_tokens` tokens (or one document) whatever batch
they are handed, so the stage can hand spaCy large groups. A token's vector depends only
on its own document, so the annotations are those of the whole batch at once
(tests/test_nlp_chunks.py). Training (`is_train`) runs the network as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

__all__ = ["CHUNK_TOKENS", "chunk_networks", "doc_chunks"]

# measured best on the machine the bench runs on (an Intel Xeon with 2 MB of L2 a core;
# see docs/benchmarks.md); 6,000 was best on another CPU (an AMD EPYC). Any size gives
# identical annotations (tests/test_nlp_chunks.py): only the speed depends on it
CHUNK_TOKENS = 3_000

Forward = Callable[[Any, Any, bool], tuple[Any, Callable[..., Any]]]


def chunk_networks(nlp: Any, max_tokens: int = CHUNK_TOKENS) -> None:
    """Run every token network of `nlp` in chunks of at most `max_tokens` tokens."""
    from spacy.pipeline import Tok2Vec

    for _, component in nlp.pipeline:
        model: Any = getattr(component, "model", None)
        if isinstance(component, Tok2Vec):
            _chunk(model, max_tokens, _join_lists)
        elif _owns_token_network(model):
            _chunk(model.layers[0], max_tokens, _join_rows)


def _owns_token_network(model: Any) -> bool:
    """A transition model (parser, NER) whose first layer embeds the tokens itself, not
    through a listener of the shared `tok2vec`: that layer maps docs to one row a token."""
    if getattr(model, "name", "") != "parser_model" or not model.layers:
        return False
    names = {node.name for node in model.layers[0].walk()}
    return "hashembed" in names and "tok2vec-listener" not in names


def _chunk(model: Any, max_tokens: int, join: Callable[[Any, list[Any]], Any]) -> None:
    forward: Forward = model._func

    def chunked(model: Any, docs: Sequence[Any], is_train: bool) -> tuple[Any, Callable[..., Any]]:
        chunks = list(doc_chunks(list(docs), max_tokens))
        if is_train or len(chunks) < 2:
            return forward(model, docs, is_train)
        outputs = [forward(model, chunk, False)[0] for chunk in chunks]
        return join(model.ops, outputs), _no_backprop

    model._func = chunked


def doc_chunks(docs: Sequence[Any], max_tokens: int) -> Iterator[Sequence[Any]]:
    """Consecutive docs with at most `max_tokens` tokens in all, or one doc."""
    start, size = 0, 0
    for i, doc in enumerate(docs):
        if i > start and size + len(doc) > max_tokens:
            yield docs[start:i]
            start, size = i, 0
        size += len(doc)
    if start < len(docs):
        yield docs[start:]


def _join_lists(_ops: Any, outputs: list[list[Any]]) -> list[Any]:
    return [array for output in outputs for array in output]


def _join_rows(ops: Any, outputs: list[Any]) -> Any:
    return ops.xp.vstack(outputs)


def _no_backprop(_gradient: Any) -> Any:
    raise RuntimeError("a chunked network was run for prediction and cannot backpropagate")
