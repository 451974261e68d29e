"""The arithmetic behind `belli eval`: P/R/F1, accuracies with their n, distances."""

from __future__ import annotations

import pytest

from belli.eval.metrics import Counts, PerClass, Tally, haversine_km, median, multiset_counts, ratio


def _approx(value):
    return None if value is None else pytest.approx(value)


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "p", "r", "f1"),
    [
        (8, 2, 2, 0.8, 0.8, 0.8),
        (3, 1, 5, 0.75, 0.375, 0.5),
        (0, 0, 4, None, 0.0, 0.0),  # nothing predicted: precision undefined, F1 honestly 0
        (0, 3, 0, 0.0, None, 0.0),  # nothing to find: recall undefined
        (0, 0, 0, None, None, None),  # no data at all
    ],
)
def test_precision_recall_f1_from_counts(tp, fp, fn, p, r, f1):
    counts = Counts(tp, fp, fn)
    assert (counts.precision, counts.recall, counts.f1) == (_approx(p), _approx(r), _approx(f1))


def test_metrics_carry_predicted_n_for_precision_and_gold_n_for_recall():
    p, r, f1 = Counts(tp=3, fp=1, fn=5).metrics("entities.overlap.Person")
    assert (p.name, p.n) == ("entities.overlap.Person.p", 4)
    assert (r.name, r.n) == ("entities.overlap.Person.r", 8)
    assert f1.n == 8


def test_micro_pools_counts_and_macro_averages_f1_over_present_classes():
    tally = PerClass()
    tally.get("Person").tp, tally.get("Person").fn = 1, 1  # F1 2/3
    tally.get("Money").tp = 2  # F1 1
    tally.get("Weapon")  # never seen in gold or predictions: not in the macro mean
    micro = tally.micro(["Person", "Money", "Weapon"])
    assert (micro.tp, micro.fp, micro.fn) == (3, 0, 1)
    macro = tally.macro_f1("macro.f1", ["Person", "Money", "Weapon"])
    assert macro.value == pytest.approx((2 / 3 + 1) / 2)
    assert macro.n == 2


def test_tally_accuracy_and_empty_tally_is_no_data_not_zero():
    tally = Tally()
    assert tally.metric("x.y.z").value is None
    for ok in (True, False, True, True):
        tally.add(ok)
    assert tally.metric("x.y.z").value == 0.75
    assert tally.metric("x.y.z").n == 4


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        (["ASSAULT", "ASSAULT"], ["ASSAULT"], {"ASSAULT": (1, 0, 1)}),
        (["AGREE"], ["CONSULT"], {"AGREE": (0, 0, 1), "CONSULT": (0, 1, 0)}),
        ([], ["AID", "AID"], {"AID": (0, 2, 0)}),
    ],
)
def test_bags_of_labels_match_up_to_the_smaller_count(gold, pred, expected):
    got = {k: (c.tp, c.fp, c.fn) for k, c in multiset_counts(gold, pred).items()}
    assert got == expected


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((40.4093, 49.8671), (40.4093, 49.8671), 0.0),  # Baku to itself
        ((40.1872, 44.5152), (40.4093, 49.8671), 454.5),  # Yerevan to Baku
        ((51.5074, -0.1278), (48.8566, 2.3522), 343.5),  # London to Paris
        ((0.0, 179.5), (0.0, -179.5), 111.2),  # across the antimeridian
    ],
)
def test_haversine_distances(a, b, km):
    assert haversine_km(*a, *b) == pytest.approx(km, abs=1.0)


def test_median_and_ratio_of_nothing_are_none():
    assert median([]) is None
    assert median([3.0, 1.0, 200.0]) == 3.0
    assert ratio(1, 0) is None
