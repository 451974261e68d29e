"""Linking many copies of one story: reports alike in everything linking compares (twins)
cost linking work in proportion to their number, not its square, and link exactly as if
every pair had been judged."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belli.analysis import linking
from belli.analysis.link_forest import Forest
from belli.analysis.linking import Link, Rarity, Report, cluster_reports, content_words, judge

CLASH = Report(
    uid="d0000/e1", doc_id="d0000", type="ASSAULT", quad=4,
    countries=frozenset({"AZE", "ARM"}), first=date(2022, 9, 13), last=date(2022, 9, 13),
    dated=True, place="Jermuk", place_country="ARM", trigger="shelled",
    words=content_words("Azerbaijani forces shelled Jermuk and Goris overnight"))
# The same article's other event: a clash of the same day, told in other words.
SECOND = replace(CLASH, uid="d0000/e2", trigger="fired", place=None, place_country=None,
                 words=content_words("Armenian troops fired back across the border"))


def copies(report: Report, outlets: int) -> list[Report]:
    """The report as `outlets` documents that ran the same story tell it."""
    return [replace(report, uid=f"d{n:04d}/{report.uid.split('/')[1]}", doc_id=f"d{n:04d}")
            for n in range(outlets)]


Plain = list[tuple[tuple[str, ...], tuple[Link, ...]]]


def every_pair_best_first(reports: Sequence[Report]) -> Plain:
    """The specification: judge every pair of reports (the earlier by date, then uid,
    first; words as rare as they are among all the reports), take the links best first
    (ties by uids), and skip a link whose reports are in one cluster already, whose
    clusters hold two reports of one document, or whose clusters do not fit: fewer than
    `min_fit` of the pairs of reports joining them would be compatible (judged with the
    laxer fit settings: a cluster's links already single its event out)."""
    rarity = Rarity.of(reports)
    ordered = sorted(reports, key=lambda r: (r.first or date.min, r.uid))
    links = [link for p, a in enumerate(ordered) for b in ordered[p + 1:]
             if (link := judge(a, b, rarity=rarity)) is not None]
    by_uid = {r.uid: r for r in reports}
    compatible = linking.fit_settings(linking.DEFAULT)

    def fit(left: list[str], right: list[str]) -> bool:
        linked = sum(judge(by_uid[x], by_uid[y], compatible, rarity=rarity) is not None
                     for x in left for y in right)
        return linked >= linking.DEFAULT.min_fit * len(left) * len(right)

    links.sort(key=lambda k: (-k.score, k.first, k.second))
    home = {r.uid: r.uid for r in reports}  # uid -> its cluster's key
    docs = {r.uid: {r.doc_id} for r in reports}
    kept: dict[str, list[Link]] = {r.uid: [] for r in reports}
    for link in links:
        a, b = home[link.first], home[link.second]
        if a == b or docs[a] & docs[b]:
            continue
        if not fit([u for u, k in home.items() if k == a], [u for u, k in home.items() if k == b]):
            continue
        home.update({uid: a for uid, key in home.items() if key == b})
        docs[a] |= docs.pop(b)
        kept[a] += [*kept.pop(b), link]
    clusters: dict[str, list[str]] = {}
    for r in reports:
        clusters.setdefault(home[r.uid], []).append(r.uid)
    return [(tuple(uids), tuple(kept[key])) for key, uids in clusters.items()]


def plain(reports: Sequence[Report]) -> Plain:
    return [(c.reports, c.links) for c in cluster_reports(reports)]


# --- the same clusters as judging every pair --------------------------------------------------

DAY = date(2022, 9, 13)
tellings = st.builds(
    Report,
    uid=st.just(""), doc_id=st.just(""),
    type=st.sampled_from(["ASSAULT", "FIGHT"]), quad=st.sampled_from([4, 4, 3]),
    countries=st.sampled_from([frozenset({"AZE", "ARM"}), frozenset({"ARM"}),
                               frozenset({"AZE", "TUR"})]),
    # days apart within the window, beyond it, and within and beyond the weeks an undated
    # report may reach back
    first=st.sampled_from([DAY, DAY, DAY, DAY + timedelta(days=1), DAY + timedelta(days=9),
                           DAY + timedelta(days=25), DAY + timedelta(days=40)]),
    last=st.none(),  # set from first below
    dated=st.booleans(),
    place=st.sampled_from([None, "Jermuk", "Goris"]),
    place_country=st.sampled_from([None, "ARM"]),
    words=st.sampled_from([frozenset(), CLASH.words, SECOND.words,
                           content_words("Shelling near Jermuk killed two soldiers")]),
    trigger=st.sampled_from(["", "shelled", "fired"]),
    sources=st.sampled_from([frozenset(), frozenset({"AZE"}), frozenset({"ARM"})]),
    targets=st.sampled_from([frozenset(), frozenset({"ARM"}), frozenset({"AZE"})]),
    quantities=st.sampled_from([frozenset(), frozenset({2.0}), frozenset({71.0})]),
    future=st.sampled_from([False, False, False, True]),
    unreal=st.sampled_from([False, False, False, True]),
)


@st.composite
def stores(draw: Callable[..., Any]) -> list[Report]:
    """A few tellings, each run by some of a few documents (some twice in one): twins
    within a group and across documents, ties between groups."""
    kinds = draw(st.lists(tellings, min_size=1, max_size=5))
    kinds = [replace(k, last=k.first + timedelta(days=draw(st.sampled_from([0, 0, 5]))))
             for k in kinds]
    picks = draw(st.lists(st.tuples(st.integers(0, len(kinds) - 1), st.integers(0, 4)),
                          min_size=1, max_size=24))
    return [replace(kinds[kind], uid=f"d{doc}/e{n}", doc_id=f"d{doc}")
            for n, (kind, doc) in enumerate(picks)]


@settings(max_examples=600, deadline=None)
@given(stores())
def test_twins_link_exactly_as_if_every_pair_were_judged(reports: list[Report]) -> None:
    assert plain(reports) == every_pair_best_first(reports)


def test_a_report_joins_a_cluster_whose_members_it_is_compatible_with_though_it_links_to_one() -> None:
    """An undated report of the day's clash links to two dated ones, told from either
    side (ARM+AZE, AZE+TUR) in other words and verbs: those two would not link to each
    other, yet nothing tells them apart, so they are compatible and one cluster holds all
    three."""
    day = replace(CLASH, type="FIGHT", place="Jermuk", quantities=frozenset({2.0}))
    armenian = replace(day, uid="d2/e0", doc_id="d2", place_country=None, trigger="fired",
                       targets=frozenset({"ARM"}))
    dated = replace(day, uid="d0/e1", doc_id="d0", countries=frozenset({"AZE", "TUR"}),
                    last=DAY + timedelta(days=5), words=SECOND.words,
                    sources=frozenset({"AZE"}))
    undated = replace(day, uid="d1/e2", doc_id="d1", countries=frozenset({"AZE", "TUR"}),
                      dated=False, trigger="fired", sources=frozenset({"ARM"}))
    reports = [armenian, dated, undated]
    assert judge(armenian, dated, rarity=Rarity.of(reports)) is None
    clusters = plain(reports)
    assert clusters == every_pair_best_first(reports)
    assert [uids for uids, _ in clusters] == [("d2/e0", "d0/e1", "d1/e2")]


def test_a_link_between_groups_starting_the_same_day_runs_from_the_earlier_uid() -> None:
    """Three copies (two in document d1) and, in d0, a telling whose period runs longer:
    all pairs tie, so the order of uids decides, and d0/e3 comes before d1/e2."""
    copy = replace(CLASH, dated=False, place=None, place_country=None, trigger="")
    longer = replace(copy, uid="d0/e3", doc_id="d0", last=copy.last + timedelta(days=5))
    reports = [replace(copy, uid="d0/e0", doc_id="d0"), replace(copy, uid="d1/e1", doc_id="d1"),
               replace(copy, uid="d1/e2", doc_id="d1"), longer]
    clusters = plain(reports)
    assert clusters == every_pair_best_first(reports)
    assert [(k.first, k.second) for _, links in clusters for k in links] == [
        ("d0/e0", "d1/e1"), ("d0/e3", "d1/e2")]


def test_an_article_with_two_events_run_by_many_outlets_gives_two_clusters() -> None:
    reports = [*copies(CLASH, 40), *copies(SECOND, 40)]
    clusters = plain(reports)
    assert clusters == every_pair_best_first(reports)
    assert sorted(len(uids) for uids, _ in clusters) == [40, 40]


# --- work and memory in proportion to the copies --------------------------------------------


def test_a_story_run_by_300_outlets_is_scored_once_per_link_kept(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Judging every pair would score 179,400 pairs; the copies are scored once as a
    group, and once more for each link that joins a report."""
    reports = [*copies(CLASH, 300), *copies(SECOND, 300)]
    scored, checked = count(monkeypatch, linking, "likeness"), count(monkeypatch, Forest,
                                                                     "joinable")
    clusters = cluster_reports(reports)
    assert sorted(len(c.reports) for c in clusters) == [300, 300]
    assert sum(len(c.links) for c in clusters) == 598
    # the kept links; the two groups and the pair of them; whether each group fits itself
    assert 598 <= scored[0] <= 598 + 3 + 2
    assert 0 < checked[0] <= 10 * len(reports)


def test_linking_2000_copies_of_a_story_takes_memory_in_proportion_to_them() -> None:
    """Two million pairs would take hundreds of MB as links, 16 MB even as bare numbers."""
    reports = copies(CLASH, 2000)
    tracemalloc.start()
    try:
        (cluster,) = cluster_reports(reports)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(cluster.reports) == 2000
    assert peak < 4 * 2**20


def count(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    """Calls to owner.name from now on, in a one-item list."""
    calls = [0]
    original = getattr(owner, name)

    def counted(*args: Any) -> Any:
        calls[0] += 1
        return original(*args)

    monkeypatch.setattr(owner, name, counted)
    return calls
