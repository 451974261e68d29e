"""The learned event confidence: features of the final record, the shipped weights, and
the labelling its training uses. Events are built by hand: no model loads."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from belli.errors import InputError
from belli.eval import confidence as confidence_training
from belli.eval.confidence import Example, auc, cross_validate, fit, label_events, training_dir
from belli.eval.golden import load_golden
from belli.events.confidence import (
    FEATURES,
    WEIGHTS_PATH,
    ConfidenceModel,
    features,
    load_model,
    scored,
)
from belli.records import Actor, Event

TEXT = "Troops of Aland shelled a village in Borduria on Monday, officials said."


def _event(source=("ALD",), target=("BOR",), kind="ASSAULT", reason="verb 'shelled' → ASSAULT",
           **extra) -> Event:
    return Event(doc_id="d", event_id=f"e{kind}{source}{target}", type=kind, mode=None,
                 quad=4 if kind == "ASSAULT" else 1, score=-9.0, sentence=TEXT, start=0,
                 end=len(TEXT), trigger="shelled",
                 source=tuple(Actor(text=c, country=c, sector="MIL") for c in source),
                 target=tuple(Actor(text=c, country=c) for c in target), reason=reason, **extra)


def _guessed_target() -> Event:
    why = "target inferred: BOR is the document's main counterpart of ALD"
    return _event(target=()).replace(
        target=(Actor(text="BOR", country="BOR", reason=why),), reason=f"verb 'shelled'; {why}")


def test_features_of_an_event_read_from_its_record():
    found = features(_event(certainty="reported", aux=("future",), date_type="clause"))
    assert {"type:ASSAULT", "source_named", "target_named", "sector:MIL",
            "certainty:reported", "aux:future", "date_type:clause"} <= set(found)
    assert found["actors"] == 0.5
    assert not {"side_guessed", "trigger_noun", "target_empty", "quoted"} & set(found)
    assert not any(name.startswith("quad:") for name in found)  # the type tells the quad


@pytest.mark.parametrize("event, feature", [
    (_event(target=()), "target_empty"),
    (_event(reason="noun 'shelling' → ASSAULT"), "trigger_noun"),
    (_event(reason="verb 'shelled' → ASSAULT (lexicon verbs.shell if object=village)"),
     "rule_conditioned"),
    (_guessed_target(), "side_guessed"),
    (_event(source=()).replace(source=(Actor(text="it", country="ALD", reason="copied from Aland"),)),
     "actor_copied"),
    (_event().replace(sentence='"We shelled nothing," Aland said.'), "quoted"),
])
def test_a_feature_fires_where_the_record_shows_it(event, feature):
    assert feature in features(event)


def test_a_side_read_from_a_mention_is_not_guessed():
    event = _event(reason="verb 'shelled' → ASSAULT; target: 'Borduria' (object)")
    assert "side_guessed" not in features(event)


def test_every_feature_name_is_one_the_model_knows():
    events = [_event(), _guessed_target(), _event(kind="AGREE", aux=("negated", "historical"))]
    assert all(set(features(e)) <= set(FEATURES) for e in events)


def test_shipped_weights_load_and_name_only_known_features():
    model = load_model()
    assert model.weights and set(model.weights) <= set(FEATURES)
    assert json.loads(WEIGHTS_PATH.read_text("utf-8"))["training"]["cv_auc"] > 0.5


def test_weights_naming_an_unknown_feature_are_refused(tmp_path: Path):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"bias": 0, "weights": {"moon_phase": 1.0}}))
    with pytest.raises(InputError, match="moon_phase"):
        load_model(path)


def test_confidence_is_a_probability_strictly_between_0_and_1():
    events = scored([_event(), _guessed_target(), _event(source=(), target=())])
    assert all(0 < e.confidence < 1 for e in events)
    extreme = ConfidenceModel(0.0, {"source_named": 50.0})
    assert 0.5 < extreme.probability(_event()) <= 1.0


def test_both_sides_named_ranks_above_the_same_with_a_guessed_side():
    named, guessed = scored([_event(), _guessed_target()])
    assert named.confidence > guessed.confidence


def test_scoring_is_the_same_on_an_already_scored_event():
    once = scored([_event()])
    assert scored(once) == once


def _golden_folder(tmp_path: Path) -> Path:
    article = tmp_path / "story.txt"
    article.write_text(TEXT)
    gold = {"article": {"path": str(article)}, "events": [
        {"quote": "shelled a village", "type": "ASSAULT", "source": ["ALD MIL"],
         "target": ["BOR"]}]}
    (tmp_path / "story.events.json").write_text(json.dumps(gold))
    return tmp_path


def test_training_labels_an_event_right_only_with_the_gold_type_and_countries(tmp_path):
    (golden,) = load_golden(_golden_folder(tmp_path))
    events = [_event(), _event(kind="COERCE"), _event(source=("BOR",), target=("ALD",))]
    labels = [x.label for x in label_events(golden, events, TEXT)]
    assert labels == [1, 0, 0]


def test_an_event_outside_every_quote_is_labelled_wrong(tmp_path):
    (golden,) = load_golden(_golden_folder(tmp_path))
    far = _event().replace(start=len(TEXT) - 14)  # "officials said."
    assert [x.label for x in label_events(golden, [far], TEXT)] == [0]


def test_the_fit_learns_a_feature_that_separates_the_labels():
    rng = np.random.default_rng(0)
    x = rng.integers(0, 2, size=(200, 2)).astype(float)
    y = x[:, 0]  # the first feature decides, the second is noise
    bias, weights = fit(x, y, strength=1.0)
    assert weights[0] > 2 and abs(weights[1]) < 1
    assert auc(y, 1 / (1 + np.exp(-(bias + x @ weights)))) == 1.0


def test_cross_validation_holds_out_whole_files(monkeypatch):
    # each file's events have a type of their own, so a training row tells its file
    kinds = ("ASSAULT", "COERCE", "AID", "PROTEST", "REJECT")
    examples = [Example(f"file{i}", _event(kind=kind, target=target), int(bool(target)))
                for i, kind in enumerate(kinds) for target in ((), ("BOR",))]
    columns = [FEATURES.index(f"type:{kind}") for kind in kinds]
    trained_on: list[list[int]] = []

    def spying_fit(x, y, strength):
        trained_on.append(sorted(i for row in x for i, c in enumerate(columns) if row[c]))
        return fit(x, y, strength)

    monkeypatch.setattr(confidence_training, "fit", spying_fit)
    p = cross_validate(examples, strength=1.0, k=5)
    assert p.shape == (10,) and ((p > 0) & (p < 1)).all()
    assert len(trained_on) == 5
    for files in trained_on:  # four whole files (both rows each), one left out entirely
        assert len(files) == 8 and all(files.count(i) == 2 for i in set(files))
    left_out = [next(i for i in range(5) if i not in files) for files in trained_on]
    assert sorted(left_out) == [0, 1, 2, 3, 4]  # every file held out once


def test_training_refuses_a_held_back_golden_folder(tmp_path, monkeypatch):
    held = tmp_path / "articles" / "heldout"
    held.mkdir(parents=True)
    monkeypatch.setenv("BELLI_GOLDEN_DIR", str(held))
    with pytest.raises(InputError, match="held-back"):
        training_dir()
    with pytest.raises(SystemExit, match="held-back"):
        confidence_training.main(["--out", str(tmp_path / "w.json")])


@pytest.mark.parametrize("name", ["heldout_notes", "events"])
def test_training_takes_a_folder_merely_near_the_held_back_name(tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    assert training_dir(str(folder)) == folder


# The modules that write each guess cue into a reason: a reworded reason there must not
# silently turn `side_guessed` off, so every cue must stay a literal of its writer's code.
_CUE_WRITERS = {
    "inferred": "belli/events/discourse.py",
    "the document's": "belli/events/discourse.py",
    "the document is about": "belli/events/unnamed_actors.py",
    "tells again": "belli/events/nominal.py",
    "actors: ": "belli/events/nominal.py",
    "the event is in": "belli/events/place_targets.py",
    "the act would be in": "belli/events/place_targets.py",
    "stands for the target": "belli/events/place_targets.py",
    "the sentence names only": "belli/events/unnamed_actors.py",
    "with no named target": "belli/events/place_targets.py",
}


def _literals(path: Path) -> list[str]:
    """The module's string literals, f-strings' fixed parts included."""
    import ast
    return [node.value for node in ast.walk(ast.parse(path.read_text("utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def test_every_guess_cue_has_a_named_writer():
    from belli.events.confidence import _GUESS_CUES
    assert set(_GUESS_CUES) == set(_CUE_WRITERS)


@pytest.mark.parametrize("cue", sorted(_CUE_WRITERS))
def test_each_guess_cue_is_still_written_by_its_module(cue):
    root = Path(__file__).resolve().parents[1]
    assert any(cue in text for text in _literals(root / _CUE_WRITERS[cue])), \
        f"{_CUE_WRITERS[cue]} no longer writes {cue!r}: update events/confidence._GUESS_CUES"


def test_a_main_counterpart_guess_reads_as_guessed():
    from belli.events import discourse
    cast = discourse._Cast(voices=frozenset({"GOV", "MIL"}), named=frozenset())
    guess = discourse._main_counterpart(lambda a, b: True, cast, {"ALD": {"BOR": 3}}, None,
                                        [Actor(text="Aland", country="ALD", sector="MIL")],
                                        "target", [])
    assert guess is not None and guess.country == "BOR"
    assert "side_guessed" in features(_event(target=()).replace(target=(guess,)))
