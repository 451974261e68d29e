"""The parse's arrays on ordinary pages: numpy's huge-page setting is off inside the
block and back as it was after, and the annotations do not depend on it."""

from __future__ import annotations

import pytest

from belli.nlp.blas import one_blas_thread
from belli.nlp.pages import _huge_page_switch, ordinary_pages


def huge_pages() -> bool:
    switch = _huge_page_switch()
    assert switch is not None  # the numpy belli runs on has one
    current = switch(True)
    switch(current)
    return current


@pytest.mark.parametrize("before", [True, False])
def test_huge_pages_are_off_inside_and_as_before_after(before: bool) -> None:
    switch = _huge_page_switch()
    assert switch is not None
    kept = switch(before)
    try:
        with ordinary_pages():
            assert huge_pages() is False
        assert huge_pages() is before
        with pytest.raises(RuntimeError), ordinary_pages():
            raise RuntimeError("a parse that fails gives the setting back too")
        assert huge_pages() is before
    finally:
        switch(kept)


def tokens_read(doc: object) -> list[tuple[object, ...]]:
    return [(t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, t.lemma_, t.ent_iob_,
             t.ent_type_, t.ent_id_, t.is_sent_start) for t in doc]  # type: ignore[attr-defined]


@pytest.mark.model
def test_a_parse_on_ordinary_pages_annotates_as_one_on_huge_pages() -> None:
    from belli.nlp.build import build_nlp

    nlp = build_nlp("en_core_web_sm")
    texts = [("Rebels shelled the airport at dawn, the army said. Two soldiers were wounded.\n\n"
              "The foreign minister met her counterpart in Ankara on Tuesday."),
             "Police arrested 40 protesters outside the parliament in Nairobi."] * 40
    switch = _huge_page_switch()
    assert switch is not None
    kept = switch(True)
    try:
        with one_blas_thread():
            expected = [tokens_read(d) for d in nlp.pipe(texts, batch_size=len(texts))]
            with ordinary_pages():
                got = [tokens_read(d) for d in nlp.pipe(texts, batch_size=len(texts))]
    finally:
        switch(kept)
    assert got == expected
