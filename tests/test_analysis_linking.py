"""Linking reports: the same real-world event told by several documents is one canonical
event; different events, however alike, stay apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from belli.analysis.canonical import link_store
from belli.analysis.linking import (
    LinkSettings,
    Rarity,
    Report,
    cluster_reports,
    content_words,
    judge,
)
from belli.analysis.views import explain
from belli.records import Actor, Analysis, Article, Event, Place
from belli.store import Store

CLASH = Report(
    uid="d1/e1", doc_id="d1", type="ASSAULT", quad=4, countries=frozenset({"AZE", "ARM"}),
    first=date(2022, 9, 13), last=date(2022, 9, 13), dated=True, place="Jermuk",
    place_country="ARM", trigger="shelled",
    words=content_words("Azerbaijani forces shelled Jermuk and Goris overnight"))


def told_again(**changes: object) -> Report:
    """The clash as a second outlet tells it: other words, the blame reversed."""
    other = replace(CLASH, uid="d2/e7", doc_id="d2", trigger="attacked",
                    words=content_words("Armenian units attacked positions near Jermuk and "
                                        "Goris, the ministry said"))
    return replace(other, **changes)  # type: ignore[arg-type]


def test_one_clash_told_by_two_outlets_links_whoever_they_blame() -> None:
    link = judge(CLASH, told_again())
    assert link is not None
    assert "same type ASSAULT" in link.reason and "same day 2022-09-13" in link.reason


def test_reports_of_one_document_never_link() -> None:
    assert judge(CLASH, told_again(doc_id="d1")) is None


def test_another_kind_of_act_or_other_countries_or_another_week_stay_apart() -> None:
    assert judge(CLASH, told_again(quad=3, type="ACCUSE")) is None
    assert judge(CLASH, told_again(countries=frozenset({"IRN", "IRQ"}))) is None
    assert judge(CLASH, told_again(first=date(2022, 9, 20), last=date(2022, 9, 20))) is None
    assert judge(CLASH, told_again(place_country="AZE")) is None


def test_acts_that_did_not_happen_link_to_nothing() -> None:
    assert judge(CLASH, told_again(unreal=True)) is None


def test_a_plan_links_to_the_act_done_only_where_it_names_the_day_the_act_meets() -> None:
    # "the army will shell Jermuk on the 13th", then the shelling that day
    planned = told_again(future=True)
    assert judge(CLASH, planned) is not None
    assert judge(planned, replace(CLASH, future=True)) is not None  # two plans
    # a plan with no day ("will respond"), or only a long period, may be carried out any time
    assert judge(CLASH, told_again(future=True, dated=False)) is None
    assert judge(CLASH, told_again(future=True, first=date(2022, 9, 1),
                                   last=date(2022, 9, 30))) is None
    # an act done before the planned day is another act
    later = told_again(future=True, first=date(2022, 9, 15), last=date(2022, 9, 15))
    assert judge(CLASH, later) is None


def test_a_stray_country_is_no_veto_but_needs_more_in_common() -> None:
    stray = frozenset({"AZE", "IRN"})
    assert judge(CLASH, told_again(countries=stray)) is not None  # same day, place, type
    assert judge(CLASH, told_again(countries=stray, place=None, place_country=None,
                                   type="FIGHT", trigger="fought")) is None


def test_a_shared_month_alone_is_not_enough() -> None:
    vague = told_again(first=date(2022, 9, 1), last=date(2022, 9, 30), place=None,
                       words=content_words("Tension rose along the border in September"),
                       trigger="rose")
    assert judge(CLASH, vague) is None


def thin_telling(first: date, last: date, dated: bool = True) -> Report:
    """The clash as an outlet tells it with little detail: the same type and countries, no
    place, one word in common; and dated by a period, not a day."""
    return told_again(first=first, last=last, dated=dated, place=None, place_country=None,
                      trigger="attacked", words=content_words(
                          "Armenian units attacked positions near Jermuk, the ministry said"))


def test_a_day_inside_the_week_another_outlet_gives_counts_towards_a_link() -> None:
    link = judge(CLASH, thin_telling(date(2022, 9, 12), date(2022, 9, 18)))
    assert link is not None and "dates overlap (within 7 days)" in link.reason
    assert judge(CLASH, thin_telling(date(2022, 9, 5), date(2022, 9, 11))) is None


def test_a_year_or_a_publication_week_says_too_little_of_the_day() -> None:
    assert judge(CLASH, thin_telling(date(2022, 1, 1), date(2022, 12, 31))) is None
    assert judge(CLASH, thin_telling(date(2022, 9, 7), date(2022, 9, 14), dated=False)) is None


def published_undated(day: date, sentence: str) -> Report:
    """The clash told again, undated, by an article published on `day`: its period is the
    week before publication."""
    return told_again(first=day - timedelta(days=7), last=day, dated=False, place=None,
                      place_country=None, trigger="", words=content_words(sentence))


def test_an_undated_report_weeks_later_links_only_when_its_telling_is_the_same_act() -> None:
    retold = "Azerbaijani forces shelled Jermuk and Goris last month"
    three_weeks_on = date(2022, 10, 5)
    link = judge(CLASH, published_undated(three_weeks_on, retold))
    assert link is not None and "told again" in link.reason
    assert judge(CLASH, published_undated(three_weeks_on, "Fighting flared again")) is None
    assert judge(CLASH, published_undated(date(2022, 11, 20), retold)) is None  # too late
    assert judge(CLASH, published_undated(date(2022, 9, 5), retold)) is None  # told before
    assert "told again 22 days after" in (link.reason if link else "")  # from the act


def test_two_undated_reports_a_month_apart_are_two_acts_however_alike() -> None:
    shelled = "Azerbaijani forces shelled Jermuk overnight"
    september, october = (
        replace(published_undated(day, shelled), uid=f"d{n}/e1", doc_id=f"d{n}", place="Jermuk",
                place_country="ARM", trigger="shelled")
        for n, day in ((3, date(2022, 9, 10)), (4, date(2022, 10, 10))))
    assert judge(september, october) is None  # one town can be shelled every month


def test_an_unresolved_side_counts_half_towards_the_same_direction() -> None:
    one_way = {"sources": frozenset({"AZE"}), "targets": frozenset({"ARM"})}
    unnamed_target = {"sources": frozenset({"AZE"}), "targets": frozenset()}
    full = judge(replace(CLASH, **one_way), told_again(**one_way))  # type: ignore[arg-type]
    half = judge(replace(CLASH, **one_way), told_again(**unnamed_target))
    other_target = judge(replace(CLASH, **one_way),
                         told_again(sources=frozenset({"AZE"}), targets=frozenset({"TUR"})))
    assert full is not None and half is not None and other_target is not None
    assert full.score > half.score > other_target.score
    assert "same acting side" in half.reason


def test_a_cluster_never_takes_two_reports_of_one_document() -> None:
    second_clash_in_d2 = told_again(uid="d2/e8")
    clusters = cluster_reports([CLASH, told_again(), second_clash_in_d2])
    sizes = sorted(len(c.reports) for c in clusters)
    assert sizes == [1, 2]


# --- clusters that hold together --------------------------------------------------------------

def signing(uid: str, countries: set[str], sentence: str, day: date = date(2020, 11, 10)) -> Report:
    return Report(uid=uid, doc_id=uid.split("/")[0], type="AGREE", quad=1,
                  countries=frozenset(countries), first=day, last=day, dated=True, place=None,
                  place_country=None, trigger="signed", words=content_words(sentence))


def test_a_report_like_one_member_but_not_the_other_does_not_join_their_cluster() -> None:
    """A memorandum signed the next day shares a country and words with one telling of a
    ceasefire statement, not with the other: one link must not chain it to the event."""
    statement = signing("d1/e1", {"ARM", "AZE", "RUS"}, "The leaders of Armenia, Azerbaijan "
                        "and Russia signed a statement on a ceasefire monitored from a joint centre")
    retold = signing("d2/e1", {"ARM", "AZE", "RUS"}, "Aliyev, Pashinyan and Putin signed the "
                     "statement ending the war late on Monday")
    memorandum = signing("d3/e1", {"RUS", "TUR"}, "Russia and Turkey signed a memorandum on a "
                         "joint centre to monitor the ceasefire", day=date(2020, 11, 11))
    reports = [statement, retold, memorandum]
    rarity = Rarity.of(reports)
    assert judge(statement, memorandum, rarity=rarity) is not None
    assert judge(retold, memorandum, rarity=rarity) is None
    assert [c.reports for c in cluster_reports(reports)] == [("d1/e1", "d2/e1"), ("d3/e1",)]
    chained = cluster_reports(reports, LinkSettings(min_fit=0.0))  # one link is enough
    assert [c.reports for c in chained] == [("d1/e1", "d2/e1", "d3/e1")]


# --- evidence ---------------------------------------------------------------------------------

def test_shared_words_count_as_much_as_they_are_rare_among_the_reports() -> None:
    """Among many reports of killings, "killed" tells no event from another; a village's
    name does."""
    places = ["Goris", "Kapan", "Vardenis", "Sisian", "Tegh", "Kalbajar", "Lachin", "Zangilan"]
    others = [told_again(uid=f"d{n}/e1", doc_id=f"d{n}", words=content_words(
        f"Soldiers killed near {place}")) for n, place in enumerate(places, 3)]
    village = told_again(words=content_words("Shelling of Sotk"))
    rarity = Rarity.of([*others, village, CLASH])
    assert rarity.weight("sotk") > 3 * rarity.weight("killed")
    rare = rarity.overlap(content_words("Shelling of Sotk"), content_words("Sotk shelled"))
    common = rarity.overlap(content_words("Soldiers killed"), content_words("Civilians killed"))
    assert rare > common


def test_the_same_side_acting_on_the_same_side_counts_towards_a_link() -> None:
    one_way: dict[str, object] = {"sources": frozenset({"AZE"}), "targets": frozenset({"ARM"})}
    plain = judge(CLASH, told_again())
    directed = judge(replace(CLASH, **one_way), told_again(**one_way))  # type: ignore[arg-type]
    assert plain is not None and directed is not None
    assert directed.score > plain.score and "same direction" in directed.reason


def test_an_accusation_and_the_counter_accusation_are_two_acts_a_clash_told_both_ways_one() -> None:
    blames: dict[str, object] = {"quad": 3, "type": "ACCUSE", "trigger": "accused"}
    armenia_blames = told_again(sources=frozenset({"ARM"}), targets=frozenset({"AZE"}), **blames)
    azerbaijan_blames = replace(CLASH, sources=frozenset({"AZE"}), targets=frozenset({"ARM"}),
                                **blames)  # type: ignore[arg-type]
    assert judge(azerbaijan_blames, armenia_blames) is None
    assert judge(azerbaijan_blames, replace(armenia_blames, sources=frozenset({"AZE"}),
                                            targets=frozenset({"ARM"}))) is not None
    clash_reversed = told_again(sources=frozenset({"ARM"}), targets=frozenset({"AZE"}))
    assert judge(replace(CLASH, sources=frozenset({"AZE"}), targets=frozenset({"ARM"})),
                 clash_reversed) is not None


def test_a_figure_both_reports_give_counts_and_is_named() -> None:
    plain = judge(CLASH, told_again())
    figures = frozenset({71.0})
    counted = judge(replace(CLASH, quantities=figures), told_again(quantities=figures))
    assert plain is not None and counted is not None
    assert counted.score > plain.score and "same figure 71" in counted.reason


def test_each_report_naming_a_country_of_its_own_counts_against_a_link() -> None:
    plain = judge(CLASH, told_again())
    strays = judge(replace(CLASH, countries=frozenset({"AZE", "ARM", "TUR"})),
                   told_again(countries=frozenset({"AZE", "ARM", "IRN"})))
    assert plain is not None and strays is not None
    assert strays.score < plain.score and "countries of their own" in strays.reason


def test_a_link_needs_evidence_beyond_the_kind_of_act_and_who() -> None:
    """Same type, same countries, same direction, nothing of day, place or words: another
    act of that week as likely as the same one, so no link, unless settings allow it."""
    one_way: dict[str, object] = {
        "sources": frozenset({"AZE"}), "targets": frozenset({"ARM"}), "place": None,
        "place_country": None, "dated": False, "trigger": "", "words": frozenset()}
    a, b = replace(CLASH, **one_way), told_again(**one_way)  # type: ignore[arg-type]
    assert judge(a, b) is None
    assert judge(a, b, LinkSettings(min_telling=0.0)) is not None


# --- in the store ---------------------------------------------------------------------------

ARM = Actor("Armenia", "Armenia", "ARM", "GOV")
AZE = Actor("Azerbaijan", "Azerbaijan", "AZE", "MIL")


def article(publisher: str, sentence: str, source: Actor, target: Actor,
            certainty: str = "asserted") -> Analysis:
    doc = Article.from_text(sentence, publisher=publisher, published="2022-09-14")
    event = Event(doc.doc_id, "e1", "ASSAULT", None, 4, -9.0, sentence, 0, len(sentence),
                  sentence.split()[2], source=(source,), target=(target,), date="2022-09-13",
                  place=Place("Jermuk", "ARM", 39.84, 45.67, precision="town"),
                  certainty=certainty)
    return Analysis(article=doc, events=(event,))


def test_the_store_keeps_one_canonical_event_with_every_report(tmp_path: Path) -> None:
    with Store.open(tmp_path / "belli.duckdb") as store:
        store.write([
            article("Ararat Dispatch", "Azerbaijani forces shelled Jermuk overnight.", AZE, ARM),
            article("Caspian Ledger", "Armenian units shelled positions near Jermuk.", ARM, AZE),
            article("Meridian Wire", "Azerbaijani forces shelled Jermuk, Yerevan said.", AZE,
                    ARM, "reported"),
        ])
        run = link_store(store.con)
        assert (run.reports, run.canonical, run.linked) == (3, 1, 1)
        (uid,) = [r[0] for r in store.con.execute(
            "SELECT doc_id || '/' || event_id FROM events LIMIT 1").fetchall()]
        why = explain(store.con, uid)
    assert why.event.n_reports == 3 and why.event.n_sources == 3
    assert [a.country for a in why.event.source] == ["AZE"]  # the reading most reports give
    assert why.event.date == "2022-09-13" and why.event.place is not None
    assert why.reports[0][1].reason == "first report"


def test_relinking_gives_the_same_ids(tmp_path: Path) -> None:
    with Store.open(tmp_path / "belli.duckdb") as store:
        store.write([article("Ararat Dispatch", "Azerbaijani forces shelled Jermuk.", AZE, ARM),
                     article("Meridian Wire", "Azerbaijani forces shelled Jermuk today.", AZE,
                             ARM)])
        link_store(store.con)
        first = store.con.execute("SELECT canonical_id FROM canonical_events").fetchall()
        link_store(store.con)
        again = store.con.execute("SELECT canonical_id FROM canonical_events").fetchall()
    assert first == again and len(first) == 1


def test_an_event_dated_with_an_open_start_links_without_error(tmp_path: Path) -> None:
    # "until 2019" resolves to "../2019": its first day is no calendar day
    told = article("Ararat Dispatch", "Azerbaijani forces shelled Jermuk until 2019.", AZE, ARM)
    (event,) = told.events
    open_start = replace(told, events=(replace(event, date="../2019"),))
    with Store.open(tmp_path / "belli.duckdb") as store:
        store.write([open_start])
        run = link_store(store.con)
        (date_of,) = store.con.execute("SELECT date FROM canonical_events").fetchone()
    assert run.canonical == 1 and date_of == "../2019"
