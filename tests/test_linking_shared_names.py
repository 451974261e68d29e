"""Linking by a name both tellings give beyond their actors: the accord signed, the
exercise held, the village struck single one event out where no place was resolved, as
a shared place does; a name that much of the news gives (a region every story of the
conflict names) or that names an actor (a third country's capital or people) singles
nothing out. And a teller that reaches back to a cluster through
one member need only be compatible with the others, not retell them in detail."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from linking_reports import ACTORS, BOTH, dyad_report

from belli.analysis.linking import (
    Rarity,
    Report,
    cluster_reports,
    judge,
    proper_names,
)

SIGNED = date(2024, 6, 11)


def telling(doc: str, sentence: str, first: date, last: date, dated: bool = True,
            **changes: object) -> Report:
    """Ruritania and Elbonia agreeing, as one outlet tells it."""
    return dyad_report(doc, sentence, first, last, **{
        "type": "AGREE", "quad": 1, "sources": BOTH, "reciprocal": True, "dated": dated,
        **changes})


def on_the_day(name: str) -> Report:
    return telling("d1", f"Ruritania and Elbonia signed the {name} on Tuesday at a ceremony "
                   "attended by hundreds of guests in the old fortress", SIGNED, SIGNED)


ONE_SIDE = {"countries": frozenset({"ELB"}), "sources": frozenset({"ELB"}), "reciprocal": False}


def in_the_month(name: str) -> Report:
    """A year on, an outlet dates the same signing only to its month, in other words, and
    names only one of the signatories."""
    return telling("d2", f"Elbonia has been a close military ally of its neighbour since the "
                   f"{name} of June, analysts say, and trade has grown since",
                   date(2024, 6, 1), date(2024, 6, 30), **ONE_SIDE)


def news(count: int, sentence: str) -> list[Report]:
    """Other reports of the two countries, from other days, to tell how common a word is."""
    return [telling(f"n{i}", sentence, SIGNED + timedelta(days=40 + i),
                    SIGNED + timedelta(days=40 + i)) for i in range(count)]


def rarity_among(*reports: Report, common: str = "") -> Rarity:
    met = "Officials of Ruritania and Elbonia met again"
    others = news(30, f"{met} in the {common} region" if common else met)
    return Rarity.of([*reports, *others])


def test_a_day_and_its_month_naming_the_same_accord_are_one_signing() -> None:
    day, month = on_the_day("Vardo Accord"), in_the_month("Vardo Accord")
    link = judge(day, month, rarity=rarity_among(day, month))
    assert link is not None and "same name vardo" in link.reason


def test_without_the_shared_name_a_month_says_too_little_of_which_day() -> None:
    day, month = on_the_day("accord"), in_the_month("accord")
    assert judge(day, month, rarity=rarity_among(day, month)) is None


def test_an_exercise_named_by_two_outlets_links_a_day_to_its_week() -> None:
    drill = {"type": "COOPERATE", "quad": 2}
    first = telling("d1", "Ruritanian and Elbonian marines began the Iron Harvest drills "
                    "on Monday, with landing craft, helicopters and several frigates",
                    SIGNED, SIGNED, **drill)
    week = telling("d2", "Elbonian crews spent the week practising beach landings in Iron "
                   "Harvest, officers said, while observers watched from the coast",
                   SIGNED, SIGNED + timedelta(days=6), **drill, **ONE_SIDE)
    link = judge(first, week, rarity=rarity_among(first, week))
    assert link is not None and "same name" in link.reason


def signed_in_marnia(common: bool) -> tuple[Report, Report, Rarity]:
    """One signing told twice on its day, both naming the town; the town is named by
    a third of the other news, or by none of it."""
    day = telling("d1", "Ruritania and Elbonia signed an accord in Marnia on Tuesday",
                  SIGNED, SIGNED)
    again = telling("d2", "In Marnia the two governments put their names to a treaty",
                    SIGNED, SIGNED)
    met = "Officials of Ruritania and Elbonia met again"
    others = news(10, f"{met} in Marnia") if common else []
    return day, again, Rarity.of([day, again, *others, *news(20, met)])


def test_a_name_much_of_the_news_gives_singles_nothing_out() -> None:
    day, again, rarity = signed_in_marnia(common=True)
    link = judge(day, again, rarity=rarity)
    assert link is not None and "same name" not in link.reason


def test_the_same_name_rare_in_the_news_counts() -> None:
    day, again, rarity = signed_in_marnia(common=False)
    link = judge(day, again, rarity=rarity)
    assert link is not None and "same name marnia" in link.reason


def test_a_third_country_both_name_is_an_actor_not_a_name() -> None:
    """A capital or a people both sentences give ("in Oslo", "Norwegian mediators") is
    how a third country is named: linking compares countries as actors, not as names."""
    day = telling("d1", "Ruritania and Elbonia signed an accord in Oslo on Tuesday "
                  "before Norwegian mediators", SIGNED, SIGNED)
    again = telling("d2", "In Oslo the two governments put their names to a treaty that "
                    "Norwegian mediators drafted", SIGNED, SIGNED)
    link = judge(day, again, rarity=rarity_among(day, again))
    assert link is not None and "same name" not in link.reason


def test_a_shared_place_is_not_counted_again_as_a_name() -> None:
    day = replace(on_the_day("Vardo Accord"), place="Vardo", place_country="RUR")
    month = replace(in_the_month("Vardo Accord"), place="Vardo", place_country="RUR")
    link = judge(day, month, rarity=rarity_among(day, month))
    assert link is not None and "same place Vardo" in link.reason
    assert "same name" not in link.reason


def test_a_shortened_month_is_no_name() -> None:
    assert proper_names("Marines landed at Vardo on Nov. 10 and left on Sept. 2",
                        ACTORS) == {"vardo"}


def test_a_year_joined_to_a_name_agrees_with_the_name_alone() -> None:
    assert "harvest" in proper_names("Marines held the Iron Harvest-2024 drills", ACTORS)


# --- a teller reaching back to a cluster ---------------------------------------------------

DRILLS = "Ruritanian and Elbonian marines held the Iron Harvest drills at sea"


def drills_cluster() -> list[Report]:
    """Drills begun on a day (d1) and told as that week's (d2), and an undated report
    (d3) published three weeks later that retells the week's telling nearly word for
    word, but the first one's only in part."""
    drill = {"type": "COOPERATE", "quad": 2}
    week_words = "Marines of both navies held the Iron Harvest drills for a week off Cape Orel"
    return [
        telling("d1", "Ruritanian and Elbonian marines began drills at sea on Monday",
                SIGNED, SIGNED, **drill),
        telling("d2", week_words, SIGNED, SIGNED + timedelta(days=6), **drill),
        telling("d3", week_words, SIGNED + timedelta(days=14), SIGNED + timedelta(days=21),
                dated=False, **drill),
    ]


def test_a_retelling_joins_the_cluster_of_the_act_it_retells() -> None:
    reports = drills_cluster()
    rarity = Rarity.of([*reports, *news(30, "Officials of Ruritania and Elbonia met again")])
    assert judge(reports[0], reports[2], rarity=rarity) is None  # too little in common
    clusters = cluster_reports([*reports, *news(3, "Officials of Ruritania and Elbonia met again")])
    assert ("d1/e1", "d2/e1", "d3/e1") in [c.reports for c in clusters]


def test_a_retelling_placed_in_another_country_stays_out() -> None:
    first, week, late = drills_cluster()
    placed = [replace(first, place="Orel", place_country="ELB"), week,
              replace(late, place="Port Sava", place_country="RUR")]
    assert sorted(len(c.reports) for c in cluster_reports(placed)) == [1, 2]


def test_a_retelling_too_late_for_the_first_report_stays_out() -> None:
    first, week, late = drills_cluster()
    later = replace(late, first=SIGNED + timedelta(days=60), last=SIGNED + timedelta(days=67))
    assert sorted(len(c.reports) for c in cluster_reports([first, week, later])) == [1, 2]
