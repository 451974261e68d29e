"""The keep-or-drop cut on the event confidence: the threshold training chooses, the
`min_confidence` setting, and the event stage that applies it. Records are built by hand:
no model loads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from belli import api
from belli.cli import run
from belli.errors import InputError, SettingError
from belli.eval.confidence import GRID, Cut, Reading, best_cut, cut_at, training_settings
from belli.eval.golden import load_golden
from belli.events.confidence import (
    WEIGHTS_PATH,
    ConfidenceModel,
    keep_confident,
    load_model,
    trained_threshold,
)
from belli.events.stage import EventStage, minimum_confidence
from belli.records import Actor, Analysis, Article, Claim, Event
from belli.settings import Settings

TEXT = ("Troops of Aland shelled a village in Borduria on Monday. "
        "Borduria recalled its ambassador from Aland on Tuesday. "
        "Aland denied any shelling, officials said.")


def _at(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def _event(name: str, phrase: str, kind: str, source: str, target: str,
           confidence: float = 0.5) -> Event:
    start, end = _at(phrase)
    return Event(doc_id="d", event_id=name, type=kind, mode=None, quad=1, score=0.0,
                 sentence=TEXT[start:end], start=start, end=end, trigger=phrase.split()[1],
                 source=(Actor(text=source, country=source),) if source else (),
                 target=(Actor(text=target, country=target),) if target else (),
                 confidence=confidence)


SHELLED = "Troops of Aland shelled a village in Borduria on Monday."
RECALLED = "Borduria recalled its ambassador from Aland on Tuesday."
DENIED = "Aland denied any shelling, officials said."


def _reading(tmp_path: Path, events: list[Event]) -> Reading:
    """A golden file of two events (the shelling, the recall) and belli's events on it."""
    (tmp_path / "story.txt").write_text(TEXT)
    gold = {"article": {"path": str(tmp_path / "story.txt")}, "events": [
        {"quote": "shelled a village", "type": "ASSAULT", "source": ["ALD"], "target": ["BOR"]},
        {"quote": "recalled its ambassador", "type": "REJECT", "source": ["BOR"],
         "target": ["ALD"]}]}
    (tmp_path / "story.events.json").write_text(json.dumps(gold))
    (golden,) = load_golden(tmp_path)
    return Reading(golden, Analysis(Article(doc_id="d", text=TEXT), events=tuple(events)))


def _cuts(reading: Reading, probabilities: list[float]) -> list[Cut]:
    return [cut_at([reading], [probabilities], t) for t in GRID]


def test_the_search_drops_wrong_events_that_score_below_the_right_ones(tmp_path):
    events = [_event("right1", SHELLED, "ASSAULT", "ALD", "BOR"),
              _event("right2", RECALLED, "REJECT", "BOR", "ALD"),
              _event("wrong1", DENIED, "REJECT", "ALD", ""),
              _event("wrong2", SHELLED, "COERCE", "ALD", "")]
    chosen = best_cut(_cuts(_reading(tmp_path, events), [0.8, 0.6, 0.3, 0.12]))
    # above 0.3 both wrong events go and both right stay: precision and recall 1
    assert 0.3 < chosen.threshold <= 0.6
    assert (chosen.precision, chosen.recall, chosen.kept) == (1.0, 1.0, 2)
    assert chosen.threshold == 0.35  # of equal cuts, the lowest


def test_the_search_keeps_a_right_event_worth_more_than_the_wrong_it_would_drop(tmp_path):
    events = [_event("right1", SHELLED, "ASSAULT", "ALD", "BOR"),
              _event("right2", RECALLED, "REJECT", "BOR", "ALD"),
              _event("wrong1", DENIED, "REJECT", "ALD", "")]
    # the right recall scores below the wrong denial: no cut drops one without the other
    chosen = best_cut(_cuts(_reading(tmp_path, events), [0.9, 0.2, 0.4]))
    assert chosen.threshold == 0.0 and chosen.kept == 3
    assert chosen.recall == 1.0 and chosen.precision == pytest.approx(2 / 3)


def test_recall_counts_gold_events_found_not_right_events_kept(tmp_path):
    events = [_event("right1", SHELLED, "ASSAULT", "ALD", "BOR")]
    cut = cut_at([_reading(tmp_path, events)], [[0.9]], 0.5)
    assert (cut.precision, cut.recall) == (1.0, 0.5)  # one of the two gold events
    assert cut.f1 == pytest.approx(2 / 3)


def test_equal_f1_prefers_the_cut_that_drops_fewer_events():
    cuts = [Cut(0.2, 0.8, 0.6, 10), Cut(0.1, 0.8, 0.6, 12), Cut(0.3, 0.9, 0.4, 8)]
    assert best_cut(cuts).threshold == 0.1


def _claim(*event_ids: str) -> Claim:
    return Claim(doc_id="d", claim_id="c", text=DENIED, start=0, end=1, event_ids=event_ids)


def test_the_cut_drops_events_below_it_and_keeps_those_at_or_above():
    events = [_event("low", DENIED, "REJECT", "ALD", "", 0.299),
              _event("edge", RECALLED, "REJECT", "BOR", "ALD", 0.3),
              _event("high", SHELLED, "ASSAULT", "ALD", "BOR", 0.9)]
    kept, _ = keep_confident(events, (), 0.3)
    assert [e.event_id for e in kept] == ["edge", "high"]


def test_a_claim_loses_the_ids_of_dropped_events_but_stays():
    events = [_event("low", DENIED, "REJECT", "ALD", "", 0.1),
              _event("high", SHELLED, "ASSAULT", "ALD", "BOR", 0.9)]
    _, claims = keep_confident(events, [_claim("low", "high"), _claim("low")], 0.5)
    assert [c.event_ids for c in claims] == [("high",), ()]


def test_a_cut_of_zero_keeps_every_event_and_claim_unchanged():
    events = (_event("low", DENIED, "REJECT", "ALD", "", 0.0),
              _event("high", SHELLED, "ASSAULT", "ALD", "BOR", 0.9))
    claims = (_claim("low", "high"),)
    assert keep_confident(events, claims, 0.0) == (events, claims)


class _FixedCoder:
    """Stands for the coder: the same scored events and claims for every article."""

    def __init__(self, events: tuple[Event, ...], claims: tuple[Claim, ...]) -> None:
        self.found = events, claims

    def code(self, analysis: Analysis) -> tuple[tuple[Event, ...], tuple[Claim, ...]]:
        return self.found


def test_the_event_stage_applies_its_cut_to_events_and_claims():
    events = (_event("low", DENIED, "REJECT", "ALD", "", 0.2),
              _event("high", SHELLED, "ASSAULT", "ALD", "BOR", 0.7))
    coder = _FixedCoder(events, (_claim("low", "high"),))
    article = Analysis(Article(doc_id="d", text=TEXT))
    (cut,) = EventStage(coder, min_confidence=0.5).run([article])  # type: ignore[arg-type]
    assert [e.event_id for e in cut.events] == ["high"] and cut.claims[0].event_ids == ("high",)
    (whole,) = EventStage(coder).run([article])  # type: ignore[arg-type]
    assert whole.events == events


@pytest.mark.parametrize(("given", "expected"), [
    ("0", 0.0), ("0.35", 0.35), (0.5, 0.5), ("trained", None), (" Trained ", None),
])
def test_min_confidence_reads_a_probability_or_trained(given, expected):
    assert Settings.load(min_confidence=given).min_confidence == expected


@pytest.mark.parametrize("given", ["1.5", "-0.1", "high", True])
def test_min_confidence_refuses_what_is_not_a_probability(given):
    with pytest.raises(SettingError, match="min_confidence"):
        Settings.load(min_confidence=given)


def test_every_event_is_kept_unless_a_cut_is_asked_for(monkeypatch):
    monkeypatch.delenv("BELLI_MIN_CONFIDENCE", raising=False)
    assert minimum_confidence(Settings.load()) == 0.0
    monkeypatch.setenv("BELLI_MIN_CONFIDENCE", "trained")
    assert minimum_confidence(Settings.load()) == trained_threshold()
    assert minimum_confidence(Settings.load(min_confidence=0.25)) == 0.25


def test_training_collects_every_event_whatever_the_environment_asks(monkeypatch):
    monkeypatch.setenv("BELLI_MIN_CONFIDENCE", "0.6")
    assert training_settings().min_confidence == 0.0


def test_the_shipped_threshold_is_one_the_search_could_choose():
    raw = json.loads(WEIGHTS_PATH.read_text("utf-8"))
    assert load_model().threshold == raw["threshold"] == trained_threshold()
    assert any(abs(raw["threshold"] - t) < 1e-9 for t in GRID)
    chosen = raw["training"]["cv_golden_at_threshold"]
    assert chosen["f1"] >= raw["training"]["cv_golden_at_0"]["f1"]


def test_a_threshold_round_trips_through_the_weights_file(tmp_path):
    path = tmp_path / "w.json"
    model = ConfidenceModel(-1.0, {"source_named": 1.0}, threshold=0.35)
    path.write_text(json.dumps(model.to_dict({})))
    assert load_model(path) == model


@pytest.mark.parametrize("threshold", [1.0, -0.2])
def test_a_weights_file_with_a_threshold_out_of_range_is_refused(tmp_path, threshold):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"bias": 0, "weights": {}, "threshold": threshold}))
    with pytest.raises(InputError, match="threshold"):
        load_model(path)


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_the_cli_passes_min_confidence_to_the_run(monkeypatch, tmp_path, command):
    seen: list[Settings] = []

    def spy(paths, settings, **kwargs):
        seen.append(settings)
        if command == "ingest":
            raise KeyboardInterrupt  # the settings are all this test wants
        return iter(())

    monkeypatch.setattr(api, command, spy)
    run(["--db", str(tmp_path / "x.duckdb"), command, "--min-confidence", "trained", "x.txt"])
    run(["--db", str(tmp_path / "x.duckdb"), command, "--min-confidence", "0.4", "x.txt"])
    run(["--db", str(tmp_path / "x.duckdb"), command, "x.txt"])
    assert [s.min_confidence for s in seen] == [None, 0.4, 0.0]
