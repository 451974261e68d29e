"""Reports dated only by a long period (a decade of arms sales, "in 2016-2020") say too
little of when to link beside a dated act, but two of them telling one long happening
link: periods that overlap, the shorter at least a third of the longer."""

from __future__ import annotations

from datetime import date

import pytest

from belli.analysis.linking import DEFAULT, Report, content_words, judge


def over(doc: str, first: date, last: date, sentence: str) -> Report:
    return Report(
        uid=f"{doc}/e1", doc_id=doc, type="AID", quad=2, countries=frozenset({"RUR", "ELB"}),
        sources=frozenset({"RUR"}), targets=frozenset({"ELB"}), first=first, last=last,
        dated=True, place=None, place_country=None, trigger="supplied",
        words=content_words(sentence))


DECADE = over("d1", date(2010, 1, 1), date(2019, 12, 31),
              "Ruritania supplied most of Elbonia's artillery and drones over the decade, "
              "according to the Institute of Arms Studies")


@pytest.mark.parametrize(("first", "last"), [
    (date(2015, 1, 1), date(2019, 12, 31)),
    (date(2012, 1, 1), date(2020, 12, 31)),
])
def test_two_long_periods_of_one_trade_link(first: date, last: date) -> None:
    part = over("d2", first, last, "Ruritania supplied Elbonia's artillery and drones, "
                "according to the Institute of Arms Studies")
    link = judge(DECADE, part)
    assert link is not None
    assert f"long periods overlap (2010-01-01/2019-12-31, {first}/{last})" in link.reason


def test_a_decade_and_two_years_of_it_stay_apart() -> None:
    start, end = date(2018, 1, 1), date(2019, 12, 31)
    years = over("d2", start, end, "Ruritania supplied Elbonia's artillery and drones, "
                 "according to the Institute of Arms Studies")
    assert (end - start).days > DEFAULT.max_span_days  # long, but a fifth of the decade
    assert judge(DECADE, years) is None


def test_long_periods_that_do_not_meet_stay_apart() -> None:
    later = over("d2", date(2021, 1, 1), date(2025, 12, 31), "Ruritania supplied Elbonia's "
                 "artillery and drones, according to the Institute of Arms Studies")
    assert judge(DECADE, later) is None


def test_a_long_period_beside_a_dated_day_still_links_to_nothing() -> None:
    day = over("d2", date(2016, 5, 3), date(2016, 5, 3), "Ruritania supplied Elbonia's "
               "artillery and drones, according to the Institute of Arms Studies")
    assert judge(DECADE, day) is None
