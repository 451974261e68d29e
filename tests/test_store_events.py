"""Selecting stored events with filters, over a small store built by hand (no model)."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

import belli
from belli.errors import QueryError
from belli.records import Actor, Analysis, Article, Claim, Event, Place, Quantity
from belli.settings import Settings
from belli.store import EventFilter, Store
from belli.store.event_query import StoredEvent, actor_text, period_edge

AZE_MIL = Actor("Azerbaijani forces", "Azerbaijan", "AZE", "MIL")
AZE_GOV = Actor("Baku", "Azerbaijan", "AZE", "GOV")
ARM_MIL = Actor("Armenian troops", "Armenia", "ARM", "MIL")
ARM_GOV = Actor("Yerevan", "Armenia", "ARM", "GOV")
TUR_GOV = Actor("Ankara", "Turkey", "TUR", "GOV")
IRN_GOV = Actor("Tehran", "Iran", "IRN", "GOV")
NATO = Actor("the alliance", "NATO", "NATO", "IGO")
SEPARATISTS = Actor("the separatists")

# Three articles, the events each holds (id, type, quad, source, target, extras).
SPECS: list[tuple[dict[str, Any], list[tuple[str, str, int, tuple[Actor, ...],
                                             tuple[Actor, ...], dict[str, Any]]]]] = [
    ({"publisher": "Reuters", "published": "2021-09-10"}, [
        ("e1", "ASSAULT", 4, (AZE_MIL,), (ARM_MIL,),
         {"date": "2021-09-02", "certainty": "reported"}),
        ("e2", "AID", 2, (TUR_GOV,), (AZE_MIL,), {"date": "2021", "aux": ("historical",)}),
    ]),
    ({"publisher": "Eurasianet", "published": "2020-11-10T08:00:00"}, [
        ("e3", "AGREE", 1, (AZE_GOV, ARM_GOV), (), {"date": "2020-11-10", "reciprocal": True,
                                                     "aux": ("future",)}),
        ("e4", "THREATEN", 3, (IRN_GOV,), (AZE_GOV,),
         {"date": "1990/1993", "certainty": "speculative", "aux": ("hypothetical",)}),
    ]),
    ({}, [
        ("e5", "ASSAULT", 4, (ARM_MIL,), (AZE_MIL,), {"negated": True, "aux": ("negated",)}),
        ("e6", "CONSULT", 1, (NATO,), (SEPARATISTS,), {"date": "199X"}),
    ]),
]
ALL = ["e1", "e2", "e3", "e4", "e5", "e6"]


def event(doc_id: str, event_id: str, kind: str, quad: int, source: tuple[Actor, ...],
          target: tuple[Actor, ...], **extra: Any) -> Event:
    return Event(doc_id, event_id, kind, None, quad, 0.0, f"Sentence of {event_id}.", 0, 10,
                 "did", source=source, target=target, stage="events.rules.v1", **extra)


def article_with_events(number: int, metadata: dict[str, Any],
                        specs: list[Any]) -> Analysis:
    article = Article.from_text(f"Article number {number}.", title=f"Story {number}",
                                **metadata)
    events = tuple(event(article.doc_id, *spec[:5], **spec[5]) for spec in specs)
    return Analysis(article=article, events=events)


def write_corpus(path: Path) -> Path:
    """The articles of SPECS with their events, stored in a new database at `path`."""
    with Store.open(path) as opened:
        opened.write([article_with_events(i, meta, specs)
                      for i, (meta, specs) in enumerate(SPECS)])
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(write_corpus(tmp_path / "belli.duckdb"), read_only=True) as opened:
        yield opened


def ids(store: Store, **where: Any) -> list[str]:
    page = store.events(EventFilter(**where), limit=None)
    assert page.total == len(page)
    return [e.event_id for e in page.events]


@pytest.mark.parametrize("actor, expected", [
    ("AZE", ["e1", "e2", "e3", "e4", "e5"]),
    ("AZE MIL", ["e1", "e2", "e5"]),
    ("AZE:GOV", ["e3", "e4"]),
    ("azerbaijan", ["e1", "e2", "e3", "e4", "e5"]),
    ("Armenian troops", ["e1", "e5"]),
    ("NATO", ["e6"]),
    ("separatist", ["e6"]),
    ("RUS", []),
])
def test_actor_matches_a_code_or_a_piece_of_a_name_on_either_side(
    store: Store, actor: str, expected: list[str]
) -> None:
    assert ids(store, actor=actor) == expected


@pytest.mark.parametrize("dyad, either, expected", [
    (("AZE", "ARM"), False, ["e1", "e3"]),
    (("ARM", "AZE"), False, ["e3", "e5"]),
    (("AZE", "ARM"), True, ["e1", "e3", "e5"]),
    (("Azerbaijan", "Armenia"), False, ["e1", "e3"]),
    (("IRN", "AZE GOV"), False, ["e4"]),
    (("AZE", "IRN"), False, []),
])
def test_dyad_wants_source_then_target_and_reciprocal_events_either_way(
    store: Store, dyad: tuple[str, str], either: bool, expected: list[str]
) -> None:
    assert ids(store, dyad=dyad, either_direction=either) == expected


@pytest.mark.parametrize("where, expected", [
    ({"types": ("ASSAULT",)}, ["e1", "e5"]),
    ({"types": ("assault", "aid")}, ["e1", "e2", "e5"]),
    ({"quads": (3, 4)}, ["e1", "e4", "e5"]),
    ({"certainty": ("reported", "speculative")}, ["e1", "e4"]),
    ({"certainty": ("asserted",)}, ["e2", "e3", "e5", "e6"]),
    ({"aux": ("future",)}, ["e3"]),
    ({"aux": ("negated", "historical")}, ["e2", "e5"]),
    ({"without_aux": ("historical", "hypothetical")}, ["e1", "e3", "e5", "e6"]),
])
def test_what_and_how_sure_filters_keep_any_of_their_values(
    store: Store, where: dict[str, Any], expected: list[str]
) -> None:
    assert ids(store, **where) == expected


@pytest.mark.parametrize("since, until, within, expected", [
    ("2021", "2021", False, ["e1", "e2"]),
    ("2021-09", "2021-09", False, ["e1", "e2"]),  # a year-dated event overlaps September
    ("2021-09", "2021-09", True, ["e1"]),  # ...but does not lie within it
    ("2021-09-03", None, False, ["e2"]),
    (None, "2020-11-10", False, ["e3", "e4", "e6"]),
    ("1992-05", "1992-05", False, ["e4", "e6"]),  # inside 1990/1993 and 199X
    ("1992", "1992", True, []),
    ("1990", "1999", True, ["e4", "e6"]),
])
def test_event_dates_are_periods_compared_by_overlap_or_within(
    store: Store, since: str | None, until: str | None, within: bool, expected: list[str]
) -> None:
    assert ids(store, since=since, until=until, within=within) == expected


@pytest.mark.parametrize("value, first, last", [
    ("2021-SU", "2021-06-01", "2021-08-31"),
    ("2021-WI", "2021-12-01", "2022-02-28"),  # winter runs into the next year
    ("2021-W12", "2021-03-22", "2021-03-28"),
    ("2021-Q1", "2021-01-01", "2021-03-31"),
    ("2021-H2", "2021-07-01", "2021-12-31"),
    ("199X", "1990-01-01", "1999-12-31"),
    ("2019/..", "2019-01-01", "9999-12-31"),
    ("2020-11-10T08:00:00", "2020-11-10", "2020-11-10"),
    ("2021-03-XX", "2021-03-01", "2021-03-31"),
    # no period: the event counts as undated
    ("2021-13", None, None), ("2021-Q5", None, None), ("PRESENT_REF", None, None),
    ("99", None, None), ("", None, None),
])
def test_a_stored_date_stands_for_its_whole_period(value: str, first: str | None,
                                                    last: str | None) -> None:
    assert (period_edge(value, last=False), period_edge(value, last=True)) == (first, last)


def test_events_without_a_date_never_match_a_date_filter(store: Store) -> None:
    assert "e5" not in ids(store, since="0001")


@pytest.mark.parametrize("where, expected", [
    ({"published_since": "2021"}, ["e1", "e2"]),
    ({"published_until": "2020-11-10"}, ["e3", "e4"]),  # a timestamp counts as its day
    ({"published_since": "2020-11", "published_until": "2020-11"}, ["e3", "e4"]),
    ({"outlet": "reuters"}, ["e1", "e2"]),
    ({"outlet": "ASIANET"}, ["e3", "e4"]),
])
def test_publication_date_and_outlet_come_from_the_document(
    store: Store, where: dict[str, Any], expected: list[str]
) -> None:
    assert ids(store, **where) == expected


def test_doc_takes_an_id_prefix(store: Store) -> None:
    doc_id = store.events(EventFilter(types=("THREATEN",))).events[0].doc_id
    assert ids(store, doc=doc_id[:6]) == ["e3", "e4"]


def test_filters_combine(store: Store) -> None:
    assert ids(store, actor="AZE", quads=(4,), since="2021") == ["e1"]
    assert ids(store, actor="AZE", types=("ASSAULT",), without_aux=("negated",)) == ["e1"]
    assert ids(store, dyad=("AZE", "ARM"), either_direction=True, outlet="reuters") == ["e1"]


@pytest.mark.parametrize("sort, descending, expected", [
    ("stored", False, ALL),
    ("stored", True, ALL[::-1]),
    ("date", False, ["e4", "e6", "e3", "e2", "e1", "e5"]),  # undated last
    ("date", True, ["e1", "e2", "e3", "e6", "e4", "e5"]),
    ("published", False, ["e3", "e4", "e1", "e2", "e5", "e6"]),
    ("type", False, ["e3", "e2", "e1", "e5", "e6", "e4"]),
])
def test_sorting_keeps_stored_order_among_ties(store: Store, sort: str, descending: bool,
                                               expected: list[str]) -> None:
    page = store.events(sort=sort, descending=descending)
    assert [e.event_id for e in page.events] == expected


def test_paging_always_reports_the_total_matched(store: Store) -> None:
    first = store.events(limit=4)
    second = store.events(limit=4, offset=4)
    beyond = store.events(limit=4, offset=10)
    assert [len(p) for p in (first, second, beyond)] == [4, 2, 0]
    assert {p.total for p in (first, second, beyond)} == {6}
    assert [e.event_id for e in (*first.events, *second.events)] == ALL
    assert first.summary() == "showing 4 of 6 events"
    assert second.summary() == "showing 2 of 6 events from number 5"
    assert store.events(EventFilter(actor="RUS")).summary() == "showing 0 of 0 events"


def test_each_event_comes_with_its_documents_publication(store: Store) -> None:
    (first, *_rest) = store.events()
    assert (first.title, first.publisher, first.published) == (
        "Story 0", "Reuters", "2021-09-10")


@pytest.mark.parametrize("where, message", [
    ({"types": ("ATTACK",)}, "unknown event type 'ATTACK'"),
    ({"quads": (5,)}, "quad class 5 is out of range"),
    ({"quads": (0,)}, "quad class 0 is out of range"),
    ({"certainty": ("maybe",)}, "unknown certainty 'maybe'"),
    ({"aux": ("past",)}, "unknown aux mode 'past'"),
    ({"without_aux": ("past",)}, "unknown aux mode 'past'"),
    ({"since": "2021-13"}, "since: '2021-13' is not a date"),
    ({"until": "last week"}, "until: 'last week' is not a date"),
    ({"published_since": "2021-02-30"}, "published_since: '2021-02-30' is not a date"),
    ({"since": "2022", "until": "2021"}, "since 2022 is after until 2021"),
    ({"dyad": ("AZE",)}, "dyad 'AZE' is not two actors"),
    ({"dyad": ("AZE", "ARM", "TUR")}, "dyad 'AZE,ARM,TUR' is not two actors"),
    ({"actor": " "}, "actor is empty"),
])
def test_bad_filter_values_raise_query_error_with_a_hint(where: dict[str, Any],
                                                         message: str) -> None:
    with pytest.raises(QueryError, match=message) as err:
        EventFilter(**where)
    assert err.value.hint


@pytest.mark.parametrize("page, message", [
    ({"sort": "size"}, "unknown sort 'size'"),
    ({"limit": -1}, "limit -1 is negative"),
    ({"offset": -3}, "offset -3 is negative"),
])
def test_bad_sorts_and_pages_raise_query_error(store: Store, page: dict[str, Any],
                                               message: str) -> None:
    with pytest.raises(QueryError, match=message):
        store.events(**page)


def test_a_stored_event_round_trips_with_every_field(tmp_path: Path) -> None:
    article = Article.from_text("Baku said 10 aircraft arrived from Pakistan in 2019.",
                                publisher="APA", published="2021-01-05")
    full = Event(
        article.doc_id, "ev1", "AID", "weapons", 2, 10.0, article.text, 0, 51, "arrived",
        source=(Actor("Pakistan", "Pakistan", "PAK", "GOV", reason="name"),),
        target=(Actor("Baku", "Azerbaijan", "AZE", "GOV", role="president", person="Aliyev"),),
        contexts=("military",), date="2019", date_text="in 2019", date_granularity="year",
        place=Place("Shusha", "AZE", 39.76, 46.75, "g1", "PPL", ("Shusha", "Shushi"), "town"),
        certainty="reported", negated=False, aux=("historical",),
        attributed_to=Actor("Baku", "Azerbaijan", "AZE", "GOV"),
        quantities=(Quantity("10 aircraft", 10.0, "aircraft", "AZE", "at least"),),
        confidence=0.8, stage="events.rules.v1", reason="lexicon: arrive",
        mention_ids=("m1", "m2"), trigger_start=28, trigger_end=35, reciprocal=True,
        intent="AID", date_type="clause", claim_id="c1",
    )
    claim = Claim(article.doc_id, "c1", "10 aircraft arrived", 10, 35,
                  speaker=Actor("Baku", "Azerbaijan", "AZE", "GOV"), event_ids=("ev1",))
    with Store.open(tmp_path / "belli.duckdb") as store:
        store.write([Analysis(article=article, events=(full,), claims=(claim,))])
        assert store.events().events == (full,)
        assert store.show(article.doc_id).claims == (claim,)


def test_a_flat_row_reads_actors_as_codes_and_sectors() -> None:
    e = event("d", "e", "COOPERATE", 2, (AZE_MIL, TUR_GOV), (SEPARATISTS,),
              aux=("future", "negated"), quantities=(Quantity("3 drills"),))
    row = StoredEvent(e, publisher="APA").to_row()
    assert (row["source"], row["target"]) == ("AZE MIL; TUR GOV", "the separatists")
    assert (row["aux"], row["quantities"], row["publisher"]) == ("future; negated", "3 drills",
                                                                 "APA")
    assert actor_text(Actor("Iranian officials", "Iran", None, "GOV")) == "Iran GOV"


def test_the_api_lists_events_from_the_settings_database(store: Store) -> None:
    settings = Settings.load(db_path=store.path)
    page = belli.find_events(dyad="AZE,ARM", either_direction=True, types="ASSAULT",
                             quads=4, settings=settings)
    assert [e.event_id for e in page.events] == ["e1", "e5"]
    assert page.total == 2 and isinstance(page.items[0], StoredEvent)


def test_the_api_takes_every_filter_as_a_keyword() -> None:
    params = inspect.signature(belli.find_events).parameters
    assert {f.name for f in fields(EventFilter)} <= params.keys()


def test_the_api_passes_every_filter_on(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    given = EventFilter(actor="AZE", dyad=("AZE", "ARM"), either_direction=True,
                        types=("ASSAULT",), quads=(4,), certainty=("reported",),
                        aux=("negated",), without_aux=("future",), since="2020",
                        until="2021", within=True, published_since="2019",
                        published_until="2022", outlet="wire", doc="d", text="shelled",
                        place="Ganja", country="AZE")
    # a field left at its default here would pass even if find_events dropped it
    unset = EventFilter()
    assert [f.name for f in fields(EventFilter)
            if getattr(given, f.name) == getattr(unset, f.name)] == []
    seen: list[EventFilter] = []
    monkeypatch.setattr(Store, "events", lambda self, where, **_: seen.append(where))
    belli.find_events(**{f.name: getattr(given, f.name) for f in fields(EventFilter)},
                      settings=Settings.load(db_path=store.path))
    assert seen == [given]


def test_a_filter_forgives_a_bare_string_or_number_where_a_tuple_belongs(store: Store) -> None:
    loose = EventFilter(types="assault, aid", quads=4, certainty="REPORTED")  # type: ignore[arg-type]
    assert (loose.types, loose.quads, loose.certainty) == (("ASSAULT", "AID"), (4,),
                                                           ("reported",))
    assert [e.event_id for e in store.events(loose).events] == ["e1"]
