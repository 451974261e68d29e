"""`belli eval golden`: analysts' event files, how their quotes are found, how events match."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from belli.eval.golden import (
    GOLDEN_DIR,
    GoldenEvent,
    GoldenFile,
    actors_agree,
    actors_compatible,
    article_path,
    load_golden,
    locate,
    read_article,
    score_golden,
)
from belli.events.lexicon import load_plover
from belli.records import Actor, Analysis, Article, Event
from belli.settings import Settings

TEXT = "Intro line.\n\nAzerbaijan’s army  shelled [Armenian](#) positions. Baku denied it."


@pytest.mark.parametrize(("quote", "found"), [
    ("Azerbaijan's army shelled Armenian positions", "Azerbaijan’s army  shelled [Armenian](#) positions"),
    ("AZERBAIJAN’S ARMY", "Azerbaijan’s army"),
    ("Baku denied it.", "Baku denied it."),
])
def test_quotes_are_found_loosely(quote, found):
    span = locate(TEXT, quote)
    assert span is not None and TEXT[span[0]:span[1]] == found


def test_a_quote_not_in_the_text_is_not_found():
    assert locate(TEXT, "Yerevan denied it") is None


def _gold(source=("AZE MIL",), target=("ARM",), reciprocal=False) -> GoldenEvent:
    return GoldenEvent("f", 0, ("shelled",), "ASSAULT", tuple(source), tuple(target), reciprocal,
                       "asserted", frozenset(), None)


def _event(source=("AZE",), target=("ARM",), kind="ASSAULT", start=13, end=60, reciprocal=False):
    return Event(doc_id="d", event_id=f"{kind}{source}{target}{start}", type=kind, mode=None,
                 quad=load_plover().quad(kind), score=0.0, sentence="s", start=start, end=end,
                 trigger="shelled", source=tuple(Actor(text=c, country=c) for c in source),
                 target=tuple(Actor(text=c, country=c) for c in target), reciprocal=reciprocal)


@pytest.mark.parametrize(("event", "strict", "loose"), [
    (_event(), True, True),
    (_event(target=()), False, True),  # a missing target: incomplete, not contradicting
    (_event(source=("ARM",), target=("AZE",)), False, False),  # sides swapped
    (_event(source=(), target=()), False, False),
])
def test_actors_must_agree_side_by_side(event, strict, loose):
    assert actors_agree(_gold(), event) is strict
    assert actors_compatible(_gold(), event) is loose


@pytest.mark.parametrize(("gold_reciprocal", "event_reciprocal"), [
    (True, True), (True, False), (False, True),
])
def test_a_reciprocal_event_answers_for_either_side(gold_reciprocal, event_reciprocal):
    # the sides are swapped: only the reciprocal reading lets them agree
    gold = _gold(source=("AZE",), target=("TUR",), reciprocal=gold_reciprocal)
    event = _event(source=("TUR",), target=("AZE",), reciprocal=event_reciprocal)
    assert actors_agree(gold, event)
    assert actors_compatible(gold, event)


def test_recall_and_precision_over_a_file():
    article = Article.from_text(TEXT)
    golden = GoldenFile("f", Path("f"), {}, (
        _gold(),
        GoldenEvent("f", 1, ("Baku denied it",), "REJECT", ("AZE",), ("ARM",), False,
                    "asserted", frozenset(), None),
    ))
    right = _event()
    wrong_type = _event(kind="COERCE", start=0, end=len(TEXT))
    analysis = Analysis(article=article, events=(right, wrong_type))
    metrics, errors = score_golden([(golden, analysis)])
    by_name = {m.name: m for m in metrics}
    assert by_name["golden.events.all.recall"].value == 0.5
    assert by_name["golden.events.all.precision"].value == 0.5
    assert {e["kind"] for e in errors} == {"missed", "not_in_gold"}


def test_a_second_event_for_the_same_telling_is_a_duplicate():
    article = Article.from_text(TEXT)
    golden = GoldenFile("f", Path("f"), {}, (_gold(),))
    twice = (_event(), _event(start=14))  # two records of one event in one sentence
    metrics, _ = score_golden([(golden, Analysis(article=article, events=twice))])
    assert {m.name: m.value for m in metrics}["golden.events.all.precision"] == 0.5



def test_each_miss_and_each_wrong_event_has_a_cause_counted_as_a_share():
    article = Article.from_text(TEXT)
    denial = GoldenEvent("f", 1, ("Baku denied it",), "REJECT", ("AZE",), ("ARM",), False,
                         "asserted", frozenset(), None)
    elsewhere = GoldenEvent("f", 2, ("Intro line",), "AID", ("TUR",), ("AZE",), False,
                            "asserted", frozenset(), None)
    unlocated = GoldenEvent("f", 3, ("words the text lacks",), "AID", ("TUR",), (), False,
                            "asserted", frozenset(), None)
    golden = GoldenFile("f", Path("f"), {}, (_gold(), denial, elsewhere, unlocated))
    start = TEXT.index("Baku")
    swapped = _event(source=("ARM",), target=("AZE",))  # at the shelling, sides swapped
    retyped = _event(kind="COERCE", start=start, end=len(TEXT))  # at the denial, another type
    events = (swapped, retyped)
    metrics, errors = score_golden([(golden, Analysis(article=article, events=events))])
    share = {m.name: m.value for m in metrics}
    assert share["golden.missed.actors"] == share["golden.missed.other_type"] == 0.25
    assert share["golden.missed.no_event"] == share["golden.missed.unlocated"] == 0.25
    assert share["golden.wrong.actors"] == share["golden.wrong.other_type"] == 0.5
    assert share["golden.wrong.off_gold"] == 0.0
    assert sorted(e["cause"] for e in errors if e["kind"] == "missed") == [
        "actors", "no_event", "other_type", "unlocated"]


def test_a_miss_whose_right_event_found_another_gold_event_is_taken():
    """Two gold shellings told in one sentence (the same sides, two salvos) and one
    belli event there: it finds the first, and the second is missed as `taken`, not as
    `actors`; a belli event of the type with other sides leaves both missed as `actors`."""
    article = Article.from_text(TEXT)
    again = GoldenEvent("f", 1, ("shelled",), "ASSAULT", ("AZE MIL",), ("ARM",), False,
                        "asserted", frozenset(), None)
    golden = GoldenFile("f", Path("f"), {}, (_gold(), again))
    metrics, errors = score_golden([(golden, Analysis(article=article, events=(_event(),)))])
    share = {m.name: m.value for m in metrics}
    assert share["golden.missed.taken"] == 0.5 and share["golden.missed.actors"] == 0.0
    assert [e["cause"] for e in errors if e["kind"] == "missed"] == ["taken"]
    swapped = _event(source=("ARM",), target=("AZE",))
    _, errors = score_golden([(golden, Analysis(article=article, events=(swapped,)))])
    assert [e["cause"] for e in errors if e["kind"] == "missed"] == ["actors", "actors"]


def test_an_event_at_no_gold_quote_is_off_gold():
    article = Article.from_text(TEXT)
    golden = GoldenFile("f", Path("f"), {}, (_gold(),))
    stray = _event(kind="AID", start=0, end=5)  # "Intro": no gold event is told there
    metrics, _ = score_golden([(golden, Analysis(article=article, events=(_event(), stray)))])
    share = {m.name: m.value for m in metrics}
    assert share["golden.wrong.off_gold"] == 0.5
    assert share["golden.missed.no_event"] == 0.0

# --- the golden files themselves -----------------------------------------------------------

FILES = load_golden(GOLDEN_DIR)
TYPES = set(load_plover().quads)


def test_there_are_golden_files_for_seeds_voa_and_the_demo_corpus():
    names = [f.name for f in FILES]
    assert sum(n.startswith("seed_") for n in names) == 2
    assert sum(n.startswith("voa_") for n in names) >= 10
    assert sum(n.startswith("demo_") for n in names) == 21


@pytest.mark.parametrize("golden", FILES, ids=lambda f: f.name)
def test_a_golden_file_is_well_formed(golden):
    raw = json.loads(golden.path.read_text("utf-8"))
    # a story with nothing to code holds no event, and says so: an emptied file fails
    assert raw["article"]["path"] and bool(raw["events"]) != bool(raw.get("nothing_to_code"))
    for event in golden.events:
        assert event.type in TYPES
        assert event.certainty in ("asserted", "reported", "speculative")
        assert event.aux <= {"negated", "future", "hypothetical", "historical"}
        assert event.source or event.target


@pytest.mark.parametrize("golden", FILES, ids=lambda f: f.name)
def test_every_quote_is_found_in_its_article(golden):
    if not article_path(golden.article).is_file():
        pytest.skip("the article lives in ../shared, which is absent")
    article = read_article(golden.article, Settings.load())
    assert article is not None
    missing = [q for e in golden.events for q in e.quotes if locate(article.text, q) is None]
    assert missing == []
