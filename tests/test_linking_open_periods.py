"""Two general cues of linking. An undated report published inside a dated act's period
(news on the 10th of an act dated "in June") may tell that act, as news published just
after an act does; news that came out before the period began cannot. And an act that lands
in the acting side's own country (its forces "captured the town", the town geocoded to
that country) leaves the side acted on unresolved, not a side of its own: it agrees with
another outlet's account of the same side acting on its enemy as an unresolved side does."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from linking_reports import dyad_report

from belli.analysis.likeness import likeness
from belli.analysis.linking import Rarity, Report

RUR, ELB = frozenset({"RUR"}), frozenset({"ELB"})
JUNE_10 = date(2024, 6, 10)


def seizure(doc: str, first: date, last: date, **fields: object) -> Report:
    """Ruritania's forces taking ground from Elbonia, in words each outlet shares none of."""
    values: dict[str, object] = {"type": "ASSAULT", "quad": 4, "sources": RUR,
                                 "targets": ELB, **fields}
    return dyad_report(doc, f"{doc}", first, last, **values)


def news(published: date = JUNE_10) -> Report:
    """Undated news: its period is the week to its publication."""
    return seizure("d1", published - timedelta(days=7), published, dated=False)


def told(a: Report, b: Report) -> float:
    """What the telling of two reports sums, words aside (each outlet words it its own way)."""
    return likeness(a, b, 0, Rarity.even())[1]


def direction_reasons(a: Report, b: Report) -> list[str]:
    why: list[str] = []
    likeness(a, b, 0, Rarity.even(), why)
    return [w for w in why if "side" in w or "direction" in w]


def test_news_inside_a_dated_month_may_tell_the_act_of_that_month() -> None:
    month = seizure("d2", date(2024, 6, 1), date(2024, 6, 30))
    assert told(news(), month) > 0
    assert told(month, news()) > 0  # whichever comes first


def test_news_inside_a_dated_span_still_open_may_tell_it() -> None:
    span = seizure("d2", date(2024, 6, 5), date(2024, 6, 20))
    assert told(news(), span) > 0


def test_news_out_before_the_period_began_tells_nothing_of_it() -> None:
    july = seizure("d2", date(2024, 7, 1), date(2024, 7, 31))
    assert told(news(), july) == 0


def test_a_stance_gets_no_news_credit_inside_a_month_either() -> None:
    said = replace(seizure("d2", date(2024, 6, 1), date(2024, 6, 30)), type="ACCUSE", quad=3)
    assert told(replace(news(), type="ACCUSE", quad=3), said) == 0


def test_an_act_in_the_acting_sides_own_country_agrees_with_one_on_its_enemy() -> None:
    on_enemy = seizure("d2", JUNE_10, JUNE_10)
    own_town = seizure("d3", JUNE_10, JUNE_10, targets=RUR)
    assert direction_reasons(own_town, on_enemy) == ["same acting side"]
    assert direction_reasons(on_enemy, own_town) == ["same acting side"]


def test_an_own_country_side_beside_a_foreign_one_keeps_the_foreign_one() -> None:
    """Ruritania on Ruritania and Elbonia: Elbonia is still a side acted on, which agrees."""
    both = seizure("d3", JUNE_10, JUNE_10, targets=RUR | ELB)
    assert direction_reasons(both, seizure("d2", JUNE_10, JUNE_10)) == ["same direction"]


def test_two_different_foreign_sides_acted_on_do_not_agree() -> None:
    other = seizure("d3", JUNE_10, JUNE_10, targets=frozenset({"OTH"}),
                    countries=frozenset({"RUR", "OTH"}))
    assert direction_reasons(other, seizure("d2", JUNE_10, JUNE_10)) == []
