"""Linking an undated report to a dated act: news runs in the days after an act, so an
undated report of the same side doing the same kind of thing, published just after, most
often tells that act; what someone said is said again and again, so a stance gets no such
credit. And a cluster takes a third teller when the members it does not link to are
merely vaguer tellings (a year's "exercises"), not different acts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from belli.analysis.linking import LinkSettings, Report, cluster_reports, content_words, judge

MONDAY = date(2021, 10, 4)


def raid(doc: str = "d1", sentence: str = "Ruritanian gunboats raided the harbour") -> Report:
    """A dated raid by Ruritania on Elbonia."""
    return Report(
        uid=f"{doc}/e1", doc_id=doc, type="ASSAULT", quad=4,
        countries=frozenset({"RUR", "ELB"}), sources=frozenset({"RUR"}),
        targets=frozenset({"ELB"}), first=MONDAY, last=MONDAY, dated=True, place=None,
        place_country=None, trigger="raided", words=content_words(sentence))


def news(days_after: int, sentence: str = "Elbonia counts the cost of the assault",
         **changes: object) -> Report:
    """An undated report by another outlet published `days_after` the raid, in words of
    its own: its period is the week to its publication."""
    published = MONDAY + timedelta(days=days_after)
    report = replace(raid("d2", sentence), first=published - timedelta(days=7),
                     last=published, dated=False, trigger="")
    return replace(report, **changes)  # type: ignore[arg-type]


def test_undated_news_the_day_after_an_act_of_the_same_side_tells_it() -> None:
    link = judge(raid(), news(1))
    assert link is not None and "undated, near" in link.reason


def test_undated_news_a_week_after_says_too_little_of_which_act() -> None:
    assert judge(raid(), news(7)) is None


def test_undated_news_naming_no_acting_side_gets_no_credit() -> None:
    assert judge(raid(), news(1, sources=frozenset())) is None


def test_undated_news_published_before_the_act_does_not_tell_it() -> None:
    assert judge(raid(), news(-1)) is None


def test_an_undated_stance_of_the_same_speaker_gets_no_credit() -> None:
    """Elbonia accusing Ruritania on Monday, and undated news of an accusation by Elbonia:
    it may be any of the accusations that week."""
    said = {"type": "ACCUSE", "quad": 3, "trigger": ""}
    accusation = replace(raid(), **said)  # type: ignore[arg-type]
    assert judge(accusation, news(1, **said)) is None


def drills(doc: str, first: date, last: date, sentence: str, dated: bool = True) -> Report:
    return Report(
        uid=f"{doc}/e1", doc_id=doc, type="MOBILIZE", quad=4,
        countries=frozenset({"RUR", "ELB"}), sources=frozenset({"RUR"}),
        targets=frozenset({"ELB"}), first=first, last=last, dated=dated, place=None,
        place_country=None, trigger="", words=content_words(sentence))


def three_tellings() -> list[Report]:
    """The drills of one Monday told by a dated report, by a report dated only to the
    year, and by undated news of that week in other words."""
    return [
        drills("d1", MONDAY, MONDAY, "Ruritanian ground forces held exercises near the "
               "Elbonian frontier"),
        drills("d2", date(2021, 1, 1), date(2021, 12, 31), "Ruritania held large exercises "
               "near the Elbonian frontier in 2021"),
        drills("d3", MONDAY - timedelta(days=5), MONDAY + timedelta(days=2), "Tanks and "
               "artillery were moved to the south", dated=False),
    ]


def test_a_vaguer_member_does_not_keep_a_third_teller_out() -> None:
    assert [c.reports for c in cluster_reports(three_tellings())] == [
        ("d1/e1", "d2/e1", "d3/e1")]


def test_the_members_a_teller_does_not_link_to_must_still_be_compatible() -> None:
    """The year's report places the drills in Elbonia, the news in Ruritania: the news
    tells other drills, however well it fits the day."""
    dated, yearly, undated = three_tellings()
    placed = [dated, replace(yearly, place="Frontier", place_country="ELB"),
              replace(undated, place="Garrison", place_country="RUR")]
    assert sorted(len(c.reports) for c in cluster_reports(placed)) == [1, 2]


def test_how_compatible_the_other_members_must_be_is_a_setting() -> None:
    strict = cluster_reports(three_tellings(), LinkSettings(min_fit_score=0.55))
    assert sorted(len(c.reports) for c in strict) == [1, 2]
