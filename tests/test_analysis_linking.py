"""Linking reports: the same real-world event told by several documents is one canonical
event; different events, however alike, stay apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from belli.analysis.canonical import link_store
from belli.analysis.linking import Report, cluster_reports, content_words, judge
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
    assert judge(CLASH, told_again(future=True)) is None


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


def test_a_cluster_never_takes_two_reports_of_one_document() -> None:
    second_clash_in_d2 = told_again(uid="d2/e8")
    clusters = cluster_reports([CLASH, told_again(), second_clash_in_d2])
    sizes = sorted(len(c.reports) for c in clusters)
    assert sizes == [1, 2]


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
