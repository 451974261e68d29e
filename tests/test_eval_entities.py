"""Entity scoring on hand-built gold and predictions: exact vs overlap, type mapping, counts."""

from __future__ import annotations

import pytest

from belli.eval.entities import Span, score_entities, score_record, type_map
from belli.eval.gold import GoldRecord
from belli.eval.metrics import PerClass
from belli.records import Analysis, Article, Mention

TEXT = "Iraqi President Fuad Masum met Turkey's envoy in Baghdad on 3 May."


def _span(text: str, kind: str, within: str = TEXT) -> Span:
    start = within.index(text)
    return Span(start, start + len(text), kind, text)


def _mention(text: str, label: str, within: str = TEXT) -> Mention:
    start = within.index(text)
    return Mention(doc_id="d", start=start, end=start + len(text), text=text, label=label)


def _score(gold, pred, mode):
    tally = PerClass()
    errors = score_record(gold, pred, type_map("re3d"), mode, tally)
    return {k: (c.tp, c.fp, c.fn) for k, c in tally.by_class.items() if c.tp + c.fp + c.fn}, errors


@pytest.mark.parametrize(
    ("gold", "pred", "mode", "expected"),
    [
        # same offsets, accepted label: a hit in both modes
        ([("Baghdad", "Location")], [("Baghdad", "GPE")], "exact", {"Location": (1, 0, 0)}),
        ([("Baghdad", "Location")], [("Baghdad", "GPE")], "overlap", {"Location": (1, 0, 0)}),
        # a shorter span: overlap only
        ([("Iraqi President Fuad Masum", "Person")], [("Fuad Masum", "PERSON")], "exact",
         {"Person": (0, 1, 1)}),
        ([("Iraqi President Fuad Masum", "Person")], [("Fuad Masum", "PERSON")], "overlap",
         {"Person": (1, 0, 0)}),
        # right span, wrong type: a miss and a false alarm
        ([("Baghdad", "Location")], [("Baghdad", "PERSON")], "overlap",
         {"Location": (0, 0, 1), "Person": (0, 1, 0)}),
        # a country may be Organisation or Location: GPE scores for the gold Organisation
        ([("Turkey", "Organisation")], [("Turkey", "GPE")], "exact", {"Organisation": (1, 0, 0)}),
        # ...but a city may not
        ([("Baghdad", "Organisation")], [("Baghdad", "GPE")], "exact",
         {"Organisation": (0, 0, 1), "Location": (0, 1, 0)}),
        # a second prediction inside an already matched gold span is a granularity difference
        ([("Iraqi President Fuad Masum", "Person")], [("Iraqi", "NORP"), ("Fuad Masum", "PERSON")],
         "overlap", {"Person": (1, 0, 0)}),
        # labels no gold type lists are not scored
        ([("3 May", "Temporal")], [("3 May", "DATE"), ("President", "ORDINAL")], "exact",
         {"Temporal": (1, 0, 0)}),
    ],
)
def test_matching_modes(gold, pred, mode, expected):
    counts, _ = _score([_span(t, k) for t, k in gold], [_mention(t, lab) for t, lab in pred], mode)
    assert counts == expected


def test_one_prediction_matches_one_gold_span_only():
    text = "the UK and France"
    gold = [_span("UK", "Organisation", text), _span("France", "Organisation", text)]
    pred = [Mention(doc_id="d", start=4, end=17, text="UK and France", label="GPE")]
    counts, _ = _score(gold, pred, "overlap")
    assert counts == {"Organisation": (1, 0, 1)}


def test_named_mode_drops_pronoun_gold_and_predictions_on_it():
    text = "We said the regime in Damascus fell."
    gold = [_span("We", "Organisation", text), _span("the regime", "Organisation", text),
            _span("Damascus", "Location", text)]
    pred = [_mention("Damascus", "GPE", text)]
    all_gold, _ = _score(gold, pred, "overlap")
    named, _ = _score(gold, pred, "overlap_named")
    assert all_gold == {"Organisation": (0, 0, 2), "Location": (1, 0, 0)}
    assert named == {"Location": (1, 0, 0)}


def test_errors_say_missed_wrong_type_or_spurious():
    gold = [_span("Baghdad", "Location"), _span("3 May", "Temporal")]
    pred = [_mention("Baghdad", "PERSON"), _mention("Turkey", "GPE")]
    _, errors = _score(gold, pred, "overlap")
    assert sorted(e["kind"] for e in errors) == ["missed", "spurious", "spurious", "wrong_type"]


def test_score_entities_reports_headline_micro_over_the_eight_types():
    record = GoldRecord("re3d:x", TEXT, (
        {"start": 0, "end": 26, "type": "Person", "text": "Iraqi President Fuad Masum"},
        {"start": TEXT.index("Baghdad"), "end": TEXT.index("Baghdad") + 7, "type": "Location",
         "text": "Baghdad"},
        {"start": 0, "end": 5, "type": "Nationality", "text": "Iraqi"},
    ), (), {})
    analysis = Analysis(article=Article.from_text(TEXT), mentions=(_mention("Baghdad", "GPE"),))
    metrics, _ = score_entities("re3d", [(record, analysis)])
    by_name = {m.name: m for m in metrics}
    assert by_name["entities.overlap.micro.r"].value == pytest.approx(1 / 3)
    assert by_name["entities.overlap.micro.r"].n == 3
    assert by_name["entities.overlap.micro.p"].value == 1.0
    assert by_name["entities.overlap.Weapon.r"].value is None  # no Weapon gold here


def test_pipeline_failure_scores_as_nothing_found():
    record = GoldRecord("re3d:y", "Iraq", ({"start": 0, "end": 4, "type": "Location", "text": "Iraq"},),
                        (), {})
    metrics, _ = score_entities("re3d", [(record, None)])
    assert {m.name: m.value for m in metrics}["entities.overlap.micro.r"] == 0.0
