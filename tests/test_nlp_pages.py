"""The parse's arrays on ordinary pages: numpy's huge-page setting is off inside the
block and back as it was after, and the annotations do not depend on it."""

from __future__ import annotations

import sys
import threading

import pytest

from belli.nlp import pages
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


def test_two_parses_at_once_keep_huge_pages_off_until_the_last_ends() -> None:
    """Threads A and B parse at once; A starts first and ends first."""
    switch = _huge_page_switch()
    assert switch is not None
    kept = switch(True)
    a_started, b_started, a_ended = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def parse_a() -> None:
        with ordinary_pages():
            a_started.set()
            b_started.wait(5)
        a_ended.set()

    def parse_b() -> None:
        with ordinary_pages():
            b_started.set()
            a_ended.wait(5)
            seen["after A ended"] = huge_pages()

    try:
        threads = [threading.Thread(target=parse_a), threading.Thread(target=parse_b)]
        threads[0].start()
        a_started.wait(5)
        threads[1].start()
        for thread in threads:
            thread.join(10)
        assert seen == {"after A ended": False}
        assert huge_pages() is True  # given back by B, the last out
    finally:
        switch(kept)


@pytest.mark.parametrize("fails_on", [False, True, None])
def test_a_switch_that_fails_leaves_the_parse_alone(
        fails_on: bool | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """`fails_on`: the setting whose switching raises (None: both)."""
    calls: list[bool] = []

    def switch(on: bool) -> bool:
        calls.append(on)
        if fails_on is None or on is fails_on:
            raise ValueError("this numpy cannot switch it")
        return not on

    monkeypatch.setattr(pages, "_huge_page_switch", lambda: switch)
    with ordinary_pages():
        parsed = "the parse ran"
    assert parsed == "the parse ran"
    assert calls[0] is False
    with ordinary_pages():  # and the count of parses is back to none
        pass
    assert calls.count(False) == 2


def test_a_switch_that_cannot_be_found_parses_normally_and_counts_no_parse(
        monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as no_numpy:
        no_numpy.setitem(sys.modules, "numpy._core", None)  # importing it raises ImportError
        no_numpy.setitem(sys.modules, "numpy.core", None)
        assert _huge_page_switch() is None
        with ordinary_pages():
            parsed = "the parse ran"
    assert parsed == "the parse ran"
    calls: list[bool] = []

    def switch(on: bool) -> bool:
        calls.append(on)
        return True

    monkeypatch.setattr(pages, "_huge_page_switch", lambda: switch)
    with ordinary_pages():  # the first parse in again: it switches huge pages off
        pass
    assert calls == [False, True]


def test_a_setting_that_cannot_be_given_back_is_logged(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    def switch(on: bool) -> bool:
        if on:
            raise RuntimeError("stuck")
        return True

    monkeypatch.setattr(pages, "_huge_page_switch", lambda: switch)
    with caplog.at_level("DEBUG", logger="belli.nlp.pages"), ordinary_pages():
        pass
    assert "could not be given back" in caplog.text


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
