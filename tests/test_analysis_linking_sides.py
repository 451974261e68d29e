"""Linking a report that names one side only: "Ruritanian peacekeepers set up posts"
leaves the side acted on unnamed, not another one, so beside "Ruritania sent peacekeepers
into Elbonia" the countries agree as far as both go. Only the acting side vouches for
that: a report naming only the side acted on may be any side's act. And the pair must show
the same act beyond its day: that side acts on many fronts each day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from linking_reports import dyad_report

from belli.analysis.linking import DEFAULT, Link, Report, fit_settings, judge

RUR, ELB, NOBODY = frozenset({"RUR"}), frozenset({"ELB"}), frozenset[str]()
SUNDAY = date(2024, 5, 12)
CREDIT = "same countries, as far as one side is named"


def sides(acting: frozenset[str], acted_on: frozenset[str]) -> dict[str, frozenset[str]]:
    return {"sources": acting, "targets": acted_on, "countries": acting | acted_on}


def deployment(doc: str, sentence: str, day: date, acting: frozenset[str],
               acted_on: frozenset[str]) -> Report:
    return dyad_report(doc, sentence, day, day, type="AID", quad=2, trigger="",
                       **sides(acting, acted_on))


POSTS = deployment("d1", "Ruritanian peacekeepers set up observation posts along the valley "
                   "road", SUNDAY, RUR, NOBODY)
ARRIVED = deployment("d2", "Ruritania sent peacekeepers into Elbonia to man observation posts "
                     "along the valley road", SUNDAY + timedelta(days=3), RUR, ELB)


def assault(doc: str, sentence: str, days_after: int, acting: frozenset[str],
            acted_on: frozenset[str]) -> Report:
    day = SUNDAY + timedelta(days=days_after)
    return dyad_report(doc, sentence, day, day, type="ASSAULT", quad=4, trigger="",
                       **sides(acting, acted_on))


def uncredited(link: Link | None) -> bool:
    """Linked as the pair would be without the credit: a country missing."""
    return link is not None and CREDIT not in link.reason


def test_peacekeepers_told_without_the_host_link_to_their_deployment_into_it() -> None:
    link = judge(POSTS, ARRIVED)
    assert link is not None
    assert CREDIT in link.reason


ADVANCED = assault("d5", "Ruritanian troops advanced at dawn", 0, RUR, NOBODY)


@pytest.mark.parametrize(("sentence", "days_after", "acted_on"), [
    ("Ruritania attacked Elbonia", 3, ELB),
    ("Ruritania attacked Elbonia", 0, ELB),
    ("Ruritania attacked Elbonia and Freedonia", 3, ELB | frozenset({"FRE"}))])
def test_the_acting_side_and_its_day_alone_link_to_none_of_its_acts(
        sentence: str, days_after: int, acted_on: frozenset[str]) -> None:
    attacked = assault("d6", sentence, days_after, RUR, acted_on)
    assert judge(ADVANCED, attacked) is None


def test_a_storming_told_without_the_defender_links_by_its_village() -> None:
    stormed = assault("d6", "Ruritanian troops stormed the village of Varnok", 0, RUR, NOBODY)
    took = assault("d7", "Ruritania's army stormed Varnok, an Elbonian village", 2, RUR, ELB)
    link = judge(stormed, took)
    assert link is not None
    assert CREDIT in link.reason


def test_in_a_cluster_the_acting_side_need_only_retell_its_act_a_little() -> None:
    at_dawn = assault("d6", "Ruritania attacked Elbonia at dawn", 3, RUR, ELB)
    assert judge(ADVANCED, at_dawn) is None
    assert judge(ADVANCED, at_dawn, fit_settings(DEFAULT)) is not None
    attacked = assault("d7", "Ruritania attacked Elbonia", 3, RUR, ELB)
    assert judge(ADVANCED, attacked, fit_settings(DEFAULT)) is None


def test_a_capture_told_without_the_loser_links_to_the_dated_capture() -> None:
    took = dyad_report("d3", "Ruritanian troops took the hill town of Varnok on Sunday", SUNDAY,
                       SUNDAY, type="ASSAULT", quad=4, trigger="took", **sides(RUR, ELB))
    hailed = dyad_report("d4", "Ruritania's president hailed his army's capture of the hill "
                         "town of Varnok", SUNDAY - timedelta(days=1), SUNDAY + timedelta(days=6),
                         dated=False, type="ASSAULT", quad=4, trigger="captured",
                         **sides(RUR, NOBODY))
    link = judge(took, hailed)
    assert link is not None
    assert "same countries, as far as one side is named" in link.reason


def test_a_report_naming_only_the_side_acted_on_gets_no_such_credit() -> None:
    into_elbonia = replace(POSTS, **sides(NOBODY, ELB))  # type: ignore[arg-type]
    assert uncredited(judge(into_elbonia, ARRIVED))


def test_the_one_side_named_must_act_in_both_reports() -> None:
    elbonian_posts = replace(POSTS, **sides(ELB, NOBODY))  # type: ignore[arg-type]
    assert uncredited(judge(elbonian_posts, ARRIVED))


# A report naming only the side acted on gets no credit, and its frame says even less than
# the acting side's: beside one side acting on it, it too must show the same act beyond its day.

def shelling(doc: str, sentence: str, acting: frozenset[str], **fields: object) -> Report:
    return dyad_report(doc, sentence, SUNDAY, SUNDAY, type="ASSAULT", quad=4, trigger="",
                       **sides(acting, ELB), **fields)


def test_villages_shelled_by_no_one_named_link_to_their_shelling_by_the_village_names() -> None:
    hit = shelling("d8", "Shells fell overnight on the Elbonian hamlets of Tarvik and Osmo",
                   NOBODY)
    shelled = shelling("d9", "Ruritanian guns shelled Tarvik and Osmo through the night", RUR)
    link = judge(hit, shelled)
    assert link is not None
    assert CREDIT not in link.reason


def test_a_convoy_ambushed_by_no_one_named_links_to_its_ambush_by_the_place() -> None:
    at_the_pass = {"place": "Kessel Pass", "place_country": "ELB"}
    ambushed = shelling("d8", "An Elbonian supply convoy was ambushed in the Kessel Pass",
                        NOBODY, **at_the_pass)
    ambush = shelling("d9", "Ruritanian raiders ambushed a supply convoy at the Kessel Pass",
                      RUR, **at_the_pass)
    assert judge(ambushed, ambush) is not None


def test_the_side_acted_on_and_its_day_alone_link_to_no_act_on_it() -> None:
    under_fire = shelling("d8", "Elbonian positions came under fire", NOBODY)
    bombarded = shelling("d9", "Ruritania bombarded Elbonia", RUR)
    assert judge(under_fire, bombarded) is None
    assert judge(under_fire, bombarded, fit_settings(DEFAULT)) is None
