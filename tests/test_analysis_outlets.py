"""Outlet profiles: which publisher names are one outlet, what outlets.yaml says of it,
and the figures of its profile, from the library and through the API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from analysis_fixtures import (
    ARM_CVL,
    ARM_GOV,
    ARM_MIL,
    AZE_CVL,
    AZE_GOV,
    AZE_MIL,
    RUS_MIL,
    TUR_GOV,
    api_client,
    spec,
    write_store,
)
from fastapi.testclient import TestClient

from belli.actors.kb import load_kb
from belli.analysis.outlet_info import (
    OutletBook,
    OutletInfo,
    load_outlet_book,
    outlet_key,
    parse_outlets,
)
from belli.analysis.outlets import outlet_profile, outlet_rows
from belli.errors import KnowledgeBaseError, NotFoundError, QueryError
from belli.records import Actor
from belli.store import Store

BAKU_PLACE = Actor("Baku", None, "AZE", None, reason="location, not actor: held in Baku")

DOCS = [
    ("Voice of America", "2020-10-05", [
        spec("ASSAULT", [AZE_MIL], [ARM_MIL], date="2020-10-04"),
        spec("ASSAULT", [ARM_MIL], [AZE_MIL], date="2020-10-04", certainty="reported"),
    ]),
    ("VOA", "2020-10-20", [
        spec("ASSAULT", [AZE_MIL], [ARM_CVL], date="2020-10-19", certainty="reported",
             score=-9.5),
        spec("AGREE", [TUR_GOV, AZE_GOV], [], date="2020-10-19", reciprocal=True),
        spec("ASSAULT", [RUS_MIL], [ARM_MIL], negated=True, aux=("negated",)),
    ]),
    ("VOA News", "2020-11-02", [
        spec("PROTEST", [ARM_CVL], [ARM_GOV], date="2020-11-01"),
    ]),
    ("Caspian Ledger", "2020-10-06", [
        spec("ASSAULT", [ARM_MIL, BAKU_PLACE], [AZE_CVL], date="2020-10-05"),
        spec("ACCUSE", [AZE_GOV], [ARM_GOV], certainty="speculative"),
    ]),
    ("caspian ledger", "2020-11-10", []),
    ("Unlisted Gazette", "2021-01-03", [spec("AGREE", [ARM_GOV], [AZE_GOV])]),
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("outlets") / "belli.duckdb", DOCS)


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    with Store.open(store_path, read_only=True) as opened:
        yield opened


@pytest.fixture
def client(store_path: Path) -> Iterator[TestClient]:
    yield from api_client(store_path)


# --- names -------------------------------------------------------------------------------

@pytest.mark.parametrize("spelling", [
    "The Associated Press", "associated press", "ASSOCIATED-PRESS", "  Associated   Press "])
def test_case_punctuation_and_a_leading_the_do_not_change_the_outlet(spelling: str) -> None:
    assert outlet_key(spelling) == outlet_key("Associated Press") == "associatedpress"


@pytest.mark.parametrize(("publisher", "outlet"), [
    ("VOA", "Voice of America"),
    ("voa news", "Voice of America"),
    ("RFE/RL", "Radio Free Europe/Radio Liberty"),
    ("Azatutyun", "Radio Free Europe/Radio Liberty"),
    ("www.reuters.com", "Reuters"),
    ("AP", "Associated Press"),
    ("AFP", "Agence France-Presse"),
    ("Al-Jazeera English", "Al Jazeera"),
    ("Hurriyet Daily News", "Hürriyet Daily News"),
    ("ITAR-TASS", "TASS"),
    ("The Kyiv Independent", "The Kyiv Independent"),
    ("Kyiv Independent", "The Kyiv Independent"),
    ("AZERTAC", "Azertac"),
])
def test_aliases_name_the_outlet_a_publisher_stands_for(publisher: str, outlet: str) -> None:
    found = load_outlet_book().find(publisher)
    assert found is not None and found.name == outlet


def test_a_publisher_the_file_does_not_know_is_no_outlet_of_it() -> None:
    assert load_outlet_book().find("Unlisted Gazette") is None


def test_every_packaged_outlet_has_a_known_country_and_the_demo_outlets_are_fictional() -> None:
    book = load_outlet_book()
    countries = load_kb().countries
    assert all(e.country in countries for e in book.entries if e.country is not None)
    demo = {e.name: e for e in book.entries if e.fictional}
    assert set(demo) == {"Caspian Ledger", "Ararat Dispatch", "Meridian Wire"}
    assert demo["Caspian Ledger"].leaning == "Baku-leaning"
    assert demo["Ararat Dispatch"].leaning == "Yerevan-leaning"


@pytest.mark.parametrize(("outlet", "country", "ownership"), [
    ("TASS", "RUS", "state"), ("BBC", "GBR", "public"), ("Xinhua", "CHN", "state"),
    ("Voice of America", "USA", "government-funded"), ("Associated Press", "USA", "cooperative"),
    ("Azertac", "AZE", "state"), ("Armenpress", "ARM", "state"), ("Hetq", "ARM", "nonprofit"),
])
def test_widely_cited_outlets_carry_country_and_ownership(outlet: str, country: str,
                                                          ownership: str) -> None:
    found = load_outlet_book().find(outlet)
    assert found is not None and (found.country, found.ownership) == (country, ownership)


def test_two_outlets_may_not_claim_one_name() -> None:
    with pytest.raises(KnowledgeBaseError, match="'V.O.A.' names both 'Voice of America'"):
        OutletBook.of([OutletInfo("Voice of America", ("VOA",)),
                       OutletInfo("Voice of Asia", ("V.O.A.",))])


@pytest.mark.parametrize(("fields", "message"), [
    ("country: Azerbaijan", "not an ISO alpha-3 code"),
    ("ownership: owned", "unknown ownership 'owned'"),
    ("owners: someone", "unknown field 'owners'"),
])
def test_a_malformed_entry_is_refused_with_what_is_wrong(fields: str, message: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=message):
        parse_outlets(f"outlets:\n  Some Outlet:\n    {fields}\n", "mine.yaml")


def test_an_analysts_own_file_adds_outlets_and_replaces_packaged_ones(tmp_path: Path) -> None:
    mine = tmp_path / "outlets.yaml"
    mine.write_text("outlets:\n  Unlisted Gazette:\n    aliases: [UG]\n    country: ARM\n"
                    "    ownership: private\n  Reuters:\n    country: CAN\n", encoding="utf-8")
    book = load_outlet_book(mine)
    gazette, reuters = book.find("UG"), book.find("reuters")
    assert gazette is not None and gazette.name == "Unlisted Gazette"
    assert reuters is not None and reuters.country == "CAN"
    assert book.find("reuters.com") is None  # the replaced entry's aliases went with it


# --- the list ----------------------------------------------------------------------------

def test_the_list_gathers_every_spelling_of_one_outlet(store: Store) -> None:
    rows = {r.outlet: r for r in outlet_rows(store.con).items}
    assert set(rows) == {"Voice of America", "Caspian Ledger", "Unlisted Gazette"}
    voa = rows["Voice of America"]
    assert voa.publishers == ("VOA", "VOA News", "Voice of America")
    assert (voa.documents, voa.events, voa.country, voa.ownership) == (
        3, 6, "USA", "government-funded")
    ledger = rows["Caspian Ledger"]
    assert (ledger.documents, ledger.events, ledger.fictional) == (2, 2, True)


def test_the_list_puts_the_most_prolific_first_and_pages(store: Store) -> None:
    page = outlet_rows(store.con, limit=2, offset=1)
    assert page.total == 3
    assert [r.outlet for r in page.items] == ["Caspian Ledger", "Unlisted Gazette"]


def test_hedging_rate_is_the_share_of_reported_and_speculative_events(store: Store) -> None:
    rows = {r.outlet: r for r in outlet_rows(store.con).items}
    assert (rows["Voice of America"].hedged, rows["Voice of America"].hedging_rate) == (
        2, round(2 / 6, 3))
    assert rows["Caspian Ledger"].hedging_rate == 0.5
    assert rows["Unlisted Gazette"].hedging_rate == 0.0


def test_events_per_document_counts_documents_without_events(store: Store) -> None:
    ledger = next(r for r in outlet_rows(store.con).items if r.outlet == "Caspian Ledger")
    assert ledger.events_per_document == 1.0  # two events over two documents


def test_since_and_until_keep_documents_published_in_the_range(store: Store) -> None:
    rows = {r.outlet: r for r in outlet_rows(store.con, since="2020-11", until="2020-12").items}
    assert {name: r.documents for name, r in rows.items()} == {
        "Voice of America": 1, "Caspian Ledger": 1}


def test_a_bad_date_is_a_query_error(store: Store) -> None:
    with pytest.raises(QueryError, match="not a date"):
        outlet_rows(store.con, since="last week")


# --- one outlet --------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["VOA", "voice-of-america", "VOA News", "www.voanews.com"])
def test_any_name_of_an_outlet_gives_its_whole_profile(store: Store, name: str) -> None:
    profile = outlet_profile(store.con, name)
    assert profile.summary.outlet == "Voice of America"
    assert profile.summary.documents == 3
    assert profile.info is not None and profile.info.owner == "U.S. Agency for Global Media"


def test_an_outlet_with_no_documents_is_not_found(store: Store) -> None:
    with pytest.raises(NotFoundError, match="'Reuters'"):
        outlet_profile(store.con, "Reuters")


def test_months_set_events_against_documents_published(store: Store) -> None:
    months = {m.month: m for m in outlet_profile(store.con, "VOA").months}
    october, november = months["2020-10-01"], months["2020-11-01"]
    assert (october.documents, october.events, october.events_per_document) == (2, 5, 2.5)
    assert october.conflict_events == 4  # the agreement is cooperation
    assert october.conflict_per_100_documents == 200.0
    assert (november.documents, november.events, november.conflict_per_100_documents) == (
        1, 1, 100.0)


def test_certainty_counts_every_telling(store: Store) -> None:
    assert outlet_profile(store.con, "VOA").certainty == {"asserted": 4, "reported": 2}


def test_dyads_pair_each_source_with_each_target_with_their_mean_score(store: Store) -> None:
    dyads = {(d.source, d.target): d for d in outlet_profile(store.con, "VOA").dyads}
    assert dyads[("AZE MIL", "ARM MIL")].mean_score == -9.0
    assert dyads[("AZE MIL", "ARM CVL")].mean_score == -9.5
    assert dyads[("AZE GOV", "TUR GOV")].events == 1  # reciprocal: once, smaller key first
    assert ("TUR GOV", "AZE GOV") not in dyads


def test_a_place_tied_to_its_country_is_no_side_of_a_dyad(store: Store) -> None:
    dyads = {(d.source, d.target) for d in outlet_profile(store.con, "Caspian Ledger").dyads}
    assert dyads == {("ARM MIL", "AZE CVL"), ("AZE GOV", "ARM GOV")}


def test_aggressors_are_the_sources_of_conflict_events_that_happened(store: Store) -> None:
    aggressors = outlet_profile(store.con, "VOA").aggressors
    # the negated Russian assault names no aggressor, and protesters are none
    assert [(a.actor, a.events) for a in aggressors] == [("AZE MIL", 2), ("ARM MIL", 1)]
    assert aggressors[0].share == round(2 / 3, 3)


def test_the_profile_lists_as_many_dyads_and_aggressors_as_asked(store: Store) -> None:
    profile = outlet_profile(store.con, "VOA", dyads=1, aggressors=1)
    assert (len(profile.dyads), len(profile.aggressors)) == (1, 1)


# --- the API -----------------------------------------------------------------------------

def test_api_lists_outlets_as_a_page(client: TestClient) -> None:
    body = client.get("/api/outlets", params={"limit": 1}).json()
    assert body["total"] == 3 and body["limit"] == 1
    assert body["items"][0]["outlet"] == "Voice of America"
    assert body["items"][0]["publishers"] == ["VOA", "VOA News", "Voice of America"]


def test_api_gives_one_profile_by_any_name(client: TestClient) -> None:
    body = client.get("/api/outlets/voa news", params={"dyads": 2}).json()
    assert body["outlet"] == "Voice of America" and len(body["dyads"]) == 2
    assert body["info"]["ownership"] == "government-funded"
    assert body["aggressors"][0] == {"actor": "AZE MIL", "events": 2, "share": 0.667}


def test_api_names_with_a_slash_reach_the_profile(client: TestClient) -> None:
    response = client.get("/api/outlets/RFE/RL")
    assert response.status_code == 404
    assert "'RFE/RL'" in response.json()["error"]["message"]


@pytest.mark.parametrize(("url", "status"), [
    ("/api/outlets?limt=3", 422), ("/api/outlets?since=yesterday", 422),
    ("/api/outlets/Nobody", 404)])
def test_api_errors_keep_the_one_error_shape(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert set(response.json()["error"]) >= {"status", "code", "message", "hint"}
