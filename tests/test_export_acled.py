"""The ACLED-shaped export: each mapping from PLOVER and belli's records to ACLED's
columns, which events go out, and the export through the store, the CLI's formats and
the API."""

from __future__ import annotations

import csv
import io
import json
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
    STEPANAKERT,
    TOKEN,
    TUR_GOV,
    api_client,
    event,
    spec,
    write_store,
)
from fastapi.testclient import TestClient

from belli import __version__
from belli.analysis.acled import ACLED_FIELDS, acled_row, event_kind, fatalities, inter_code
from belli.errors import StoreError
from belli.records import Actor, Place, Quantity
from belli.store import Store
from belli.store.schema import SCHEMA_VERSION

CSTO = Actor("the CSTO", "Collective Security Treaty Organization", "CSTO", "IGO")
ICRC = Actor("the Red Cross", "International Committee of the Red Cross", "ICRC", None)
REBELS = Actor("separatist forces", None, "AZE", "REB")
DE_FACTO = Actor("the de facto authorities", None, "AZE", "PRE")
GUNMEN = Actor("gunmen", None, None, "UAF")
NOBODY = Actor("unknown attackers")
REPORTERS = Actor("journalists", None, "ARM", "JRN")
GORIS = Place("Goris", "ARM", 39.51, 46.34, precision="town")
SYUNIK = Place("Syunik", "ARM", 39.5, 46.3, precision="region")
ARMENIA = Place("Armenia", "ARM", 40.1, 45.0, precision="country")


# --- event types -------------------------------------------------------------------------

@pytest.mark.parametrize(("type", "mode", "trigger", "civilian", "expected"), [
    ("ASSAULT", "aerial", "struck", False, ("Explosions/Remote violence", "Air/drone strike")),
    ("ASSAULT", "drone", "struck", True, ("Explosions/Remote violence", "Air/drone strike")),
    ("ASSAULT", "heavy-weapons", "hit", False,
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("ASSAULT", "explosives", "blew", False,
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("ASSAULT", "suicide-attack", "blew", True, ("Explosions/Remote violence", "Suicide bomb")),
    ("ASSAULT", None, "shelled", False,
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("ASSAULT", None, "missile", True,
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("ASSAULT", None, "bombardment", False,
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("ASSAULT", None, "airstrike", False, ("Explosions/Remote violence", "Air/drone strike")),
    ("ASSAULT", None, "landmine", True,
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("ASSAULT", "unconventional", "chemical", True,
     ("Explosions/Remote violence", "Chemical weapon")),
    ("ASSAULT", "unconventional", "cleansing", True, ("Violence against civilians", "Attack")),
    ("ASSAULT", "abduct", "kidnapped", True,
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("ASSAULT", "sexual", "raped", True, ("Violence against civilians", "Sexual violence")),
    ("ASSAULT", "crowd-control", "dispersed", True,
     ("Protests", "Excessive force against protesters")),
    ("ASSAULT", "destroy", "destroyed", False,
     ("Strategic developments", "Looting/property destruction")),
    ("ASSAULT", "firearms", "opened", True, ("Violence against civilians", "Attack")),
    ("ASSAULT", "firearms", "opened", False, ("Battles", "Armed clash")),
    ("ASSAULT", None, "attacked", False, ("Battles", "Armed clash")),
    ("PROTEST", "demo", "rallied", False, ("Protests", "Peaceful protest")),
    ("PROTEST", "strike", "struck", False, ("Protests", "Peaceful protest")),
    ("PROTEST", "riot", "rioted", False, ("Riots", "Violent demonstration")),
    ("PROTEST", "vandalize", "smashed", False, ("Riots", "Violent demonstration")),
    ("AGREE", None, "signed", False, ("Strategic developments", "Agreement")),
    ("RETREAT", "ceasefire", "truce", False, ("Strategic developments", "Agreement")),
    ("RETREAT", "withdraw", "withdrew", False,
     ("Strategic developments", "Non-violent transfer of territory")),
    ("RETREAT", "release", "freed", False, ("Strategic developments", "Other")),
    ("COERCE", "arrest", "detained", False, ("Strategic developments", "Arrests")),
    ("COERCE", "seize", "seized", False,
     ("Strategic developments", "Looting/property destruction")),
    ("COERCE", "curfew", "imposed", False, ("Strategic developments", "Other")),
    ("MOBILIZE", "troops", "deployed", False,
     ("Strategic developments", "Change to group/activity")),
    ("MOBILIZE", None, "mobilized", False,
     ("Strategic developments", "Change to group/activity")),
    ("ACCUSE", "allege", "accused", False, ("Strategic developments", "Other")),
    ("SANCTION", "expel", "expelled", False, ("Strategic developments", "Other")),
])
def test_plover_type_and_mode_give_acled_event_type(type: str, mode: str | None, trigger: str,
                                                    civilian: bool,
                                                    expected: tuple[str, str]) -> None:
    assert event_kind(event(type, mode=mode, trigger=trigger), civilian) == expected


def test_an_assault_on_civilians_only_is_violence_against_civilians() -> None:
    on_villagers = acled_row(event("ASSAULT", [AZE_MIL], [ARM_CVL], date="2020-10-04"))
    on_both = acled_row(event("ASSAULT", [AZE_MIL], [ARM_CVL, ARM_MIL], date="2020-10-04"))
    assert on_villagers is not None and on_villagers.event_type == "Violence against civilians"
    assert on_both is not None and on_both.event_type == "Battles"


# --- actors ------------------------------------------------------------------------------

@pytest.mark.parametrize(("actor", "type", "mode", "as_source", "place", "code"), [
    (AZE_MIL, "ASSAULT", None, True, None, 1),
    (AZE_GOV, "AGREE", None, True, None, 1),
    (Actor("Azerbaijan", "Azerbaijan", "AZE"), "ASSAULT", None, True, None, 1),
    (AZE_MIL, "ASSAULT", None, True, GORIS, 8),  # state forces abroad
    (ARM_MIL, "ASSAULT", None, False, GORIS, 1),  # at home
    (RUS_MIL, "MOBILIZE", "troops", True, STEPANAKERT, 8),
    (REBELS, "ASSAULT", None, True, None, 2),
    (DE_FACTO, "ASSAULT", None, False, None, 2),
    (Actor("Islamic State", None, "IMG", None), "ASSAULT", None, True, None, 2),
    (GUNMEN, "ASSAULT", None, True, None, 3),
    (NOBODY, "ASSAULT", None, True, None, 3),
    (NOBODY, "AGREE", None, True, None, 8),
    (ARM_CVL, "PROTEST", "riot", True, None, 5),
    (ARM_CVL, "PROTEST", "vandalize", True, None, 5),
    (ARM_CVL, "PROTEST", "demo", True, None, 6),
    (Actor("Armenians", None, "ARM"), "PROTEST", None, True, None, 6),
    (ARM_GOV, "PROTEST", "demo", False, None, 1),
    (ARM_CVL, "ASSAULT", "crowd-control", False, None, 6),
    (ARM_CVL, "ASSAULT", None, False, None, 7),
    (REPORTERS, "COERCE", "arrest", False, None, 7),
    (ICRC, "AID", None, True, None, 7),  # an NGO of igos.csv
    (CSTO, "CONSULT", None, True, None, 8),
    (Actor("NATO", "NATO", "NATO"), "CONSULT", None, True, None, 8),
])
def test_sector_and_role_give_acled_inter_codes(actor: Actor, type: str, mode: str | None,
                                                as_source: bool, place: Place | None,
                                                code: int) -> None:
    assert inter_code(actor, event(type, mode=mode, place=place), as_source=as_source) == code


def test_no_actor_is_inter_code_zero() -> None:
    assert inter_code(None, event("ASSAULT"), as_source=False) == 0


@pytest.mark.parametrize(("source", "target", "interaction"), [
    ([AZE_MIL], [ARM_MIL], 11),
    ([AZE_MIL], [ARM_CVL], 17),
    ([REBELS], [AZE_MIL], 12),
    ([CSTO], [REBELS], 28),
    ([ARM_CVL], [], 60),
    ([], [ARM_CVL], 70),
])
def test_interaction_puts_the_smaller_code_first(source: list[Actor], target: list[Actor],
                                                 interaction: int) -> None:
    kind = "PROTEST" if source == [ARM_CVL] else "ASSAULT"
    row = acled_row(event(kind, source, target, mode="demo" if kind == "PROTEST" else None,
                          date="2020-10-04"))
    assert row is not None and row.interaction == interaction


def test_first_actors_lead_and_the_rest_are_associates() -> None:
    row = acled_row(event("ASSAULT", [AZE_MIL, TUR_GOV, AZE_MIL], [ARM_MIL, ARM_CVL],
                          date="2020-10-04"))
    assert row is not None
    assert (row.actor1, row.assoc_actor_1, row.actor2, row.assoc_actor_2) == (
        "AZE MIL", "TUR GOV", "ARM MIL", "ARM CVL")


def test_a_reciprocal_event_has_its_first_two_actors_face_each_other() -> None:
    row = acled_row(event("AGREE", [TUR_GOV, AZE_GOV, Actor("Pakistan", None, "PAK", "GOV")],
                          date="2021-06-15", reciprocal=True))
    assert row is not None
    assert (row.actor1, row.actor2, row.assoc_actor_1) == ("TUR GOV", "AZE GOV", "PAK GOV")


def test_a_place_tied_to_its_country_is_not_an_actor() -> None:
    baku = Actor("Baku", None, "AZE", None, reason="location, not actor: held in Baku")
    row = acled_row(event("AGREE", [baku, ARM_GOV], [AZE_GOV], date="2021-06-15"))
    assert row is not None and (row.actor1, row.assoc_actor_1) == ("ARM GOV", "")


# --- dates, places, figures --------------------------------------------------------------

@pytest.mark.parametrize(("date", "event_date", "precision"), [
    ("2020-10-04", "2020-10-04", 1),
    ("2020-10-04TMO", "2020-10-04", 1),  # a part of a day
    ("2023-W38", "2023-09-18", 2),
    ("2024-01-20/2024-01-21", "2024-01-20", 2),  # a weekend
    ("2020-10", "2020-10-01", 3),
    ("2020-FA", "2020-09-01", 3),
    ("2020", "2020-01-01", 3),
    ("2019/..", "2019-01-01", 3),
])
def test_time_precision_follows_the_length_of_the_dated_period(date: str, event_date: str,
                                                               precision: int) -> None:
    row = acled_row(event("ASSAULT", [AZE_MIL], [ARM_MIL], date=date))
    assert row is not None and (row.event_date, row.time_precision) == (event_date, precision)


@pytest.mark.parametrize("date", [None, "PRESENT_REF", "../2019"])
def test_an_event_without_a_usable_date_has_no_acled_row(date: str | None) -> None:
    assert acled_row(event("ASSAULT", [AZE_MIL], [ARM_MIL], date=date)) is None


@pytest.mark.parametrize(("place", "precision", "country"), [
    (Place("Jermuk", "ARM", 39.84, 45.67, precision="exact"), 1, "Armenia"),
    (GORIS, 1, "Armenia"), (SYUNIK, 2, "Armenia"), (ARMENIA, 3, "Armenia"),
    (Place("somewhere", None), None, ""), (None, None, ""),
])
def test_geo_precision_and_country_follow_the_place(place: Place | None, precision: int | None,
                                                    country: str) -> None:
    row = acled_row(event("ASSAULT", [AZE_MIL], [ARM_MIL], date="2022-09-13", place=place))
    assert row is not None and (row.geo_precision, row.country) == (precision, country)
    if place is not None:
        assert (row.location, row.latitude, row.longitude) == (place.name, place.lat,
                                                               place.lon)


@pytest.mark.parametrize(("quantities", "dead"), [
    ((), 0),
    ((Quantity("105 soldiers", 105.0, "killed"),), 105),
    ((Quantity("12", 12.0, "killed"), Quantity("3 civilians", 3.0, "dead")), 12),
    ((Quantity("50", 50.0, "killed", claimed_by="ministry"),
      Quantity("80", 80.0, "killed", claimed_by="monitors")), 50),
    ((Quantity("40 wounded", 40.0, "wounded"), Quantity("$5 million", 5e6, "USD")), 0),
    ((Quantity("at least 200 deaths", 200.0, "deaths", qualifier="at least"),), 200),
    ((Quantity("dozens killed", None, "killed"),), 0),
])
def test_fatalities_take_the_dead_each_claimant_gives_the_lowest_claim_wins(
        quantities: tuple[Quantity, ...], dead: int) -> None:
    assert fatalities(quantities) == dead


@pytest.mark.parametrize(("trigger", "dead"), [("killed", 71), ("died", 71), ("wounded", 0),
                                               ("deployed", 0)])
def test_people_counted_on_a_deadly_trigger_are_the_dead(trigger: str, dead: int) -> None:
    servicemen = (Quantity("71 Azerbaijani servicemen", 71.0, "servicemen"),
                  Quantity("four days", 4.0, "days"))
    assert fatalities(servicemen, trigger) == dead


def test_notes_source_and_ids_trace_the_row_back() -> None:
    row = acled_row(event("ASSAULT", [AZE_MIL], [ARM_MIL], doc_id="doc9", event_id="ev3",
                          sentence="Azerbaijani forces shelled Goris.", date="2022-09-13"),
                    publisher="Ararat Dispatch", canonical_id="c42")
    assert row is not None
    assert (row.notes, row.source, row.doc_id, row.event_id, row.canonical_id) == (
        "Azerbaijani forces shelled Goris.", "Ararat Dispatch", "doc9", "ev3", "c42")


# --- the export over a store -------------------------------------------------------------

DOCS = [
    ("Ararat Dispatch", "2022-09-14", [
        spec("ASSAULT", [AZE_MIL], [ARM_MIL], mode="heavy-weapons", date="2022-09-13",
             place=GORIS, quantities=(Quantity("105 soldiers", 105.0, "killed"),)),
        spec("ASSAULT", [AZE_MIL], [ARM_CVL], date="2022-09-12", certainty="reported"),
        spec("ASSAULT", [AZE_MIL], [ARM_MIL], date="2022-09-20", aux=("future",)),
        spec("ASSAULT", [AZE_MIL], [ARM_MIL], date="2022-09-13", aux=("hypothetical",)),
        spec("ASSAULT", [RUS_MIL], [AZE_MIL], date="2022-09-13", negated=True,
             aux=("negated",)),
        spec("PROTEST", [ARM_CVL], [ARM_GOV], mode="demo"),  # undated
        spec("ASSAULT", [AZE_MIL], [ARM_MIL], date="PRESENT_REF"),  # names no period
    ]),
    ("Caspian Ledger", "2022-09-15", [
        spec("ASSAULT", [ARM_MIL], [AZE_CVL], date="2022-09-12", aux=("historical",)),
        spec("AGREE", [AZE_GOV], [ARM_GOV], date="2022-09-14"),
    ]),
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = write_store(tmp_path_factory.mktemp("acled") / "belli.duckdb", DOCS)
    with Store.open(path) as store:
        doc_id = store.con.execute("SELECT doc_id FROM documents WHERE publisher = "
                                   "'Ararat Dispatch'").fetchone()[0]  # type: ignore[index]
        store.con.execute("INSERT INTO event_links (doc_id, event_id, canonical_id) "
                          "VALUES (?, 'ev0-0', 'canon-1')", [doc_id])
    return path


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    with Store.open(store_path, read_only=True) as opened:
        yield opened


def _read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_export_writes_acleds_columns_then_belli_ids(store: Store, tmp_path: Path) -> None:
    report = store.export("acled", tmp_path / "out.csv")
    header = (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == list(ACLED_FIELDS)
    assert header.startswith("event_date,time_precision,event_type,sub_event_type,actor1,")
    assert header.endswith(",fatalities,doc_id,event_id,canonical_id")
    assert report.records == 4 and report.files == (tmp_path / "out.csv",)


@pytest.mark.parametrize("dest, csv_name", [("out.csv", "out.csv"), (".", "acled.csv")])
def test_export_writes_the_versions_it_was_made_with_beside_the_csv(
        store: Store, tmp_path: Path, dest: str, csv_name: str) -> None:
    store.export("acled", tmp_path / dest)
    manifest = json.loads((tmp_path / f"{csv_name}.manifest.json").read_text(encoding="utf-8"))
    assert manifest == {**manifest, "kind": "export", "belli_version": __version__,
                        "schema_version": SCHEMA_VERSION, "since": None,
                        "rows": {"acled": 4}}
    assert manifest["exported_at"].endswith("Z") and manifest["as_of"].endswith("Z")
    assert not (tmp_path / "manifest.json").exists()  # a tables' export keeps its own


def test_only_dated_events_that_happened_go_out_by_date(store: Store, tmp_path: Path) -> None:
    store.export("acled", tmp_path)
    rows = _read((tmp_path / "acled.csv").read_text(encoding="utf-8"))
    assert [(r["event_date"], r["actor1"], r["actor2"]) for r in rows] == [
        ("2022-09-12", "AZE MIL", "ARM CVL"),  # reported: told, so it goes out
        ("2022-09-12", "ARM MIL", "AZE CVL"),  # background history happened
        ("2022-09-13", "AZE MIL", "ARM MIL"),
        ("2022-09-14", "AZE GOV", "ARM GOV"),
    ]


def test_an_exported_row_carries_every_mapping(store: Store, tmp_path: Path) -> None:
    store.export("acled", tmp_path / "a.csv")
    shelling = _read((tmp_path / "a.csv").read_text(encoding="utf-8"))[2]
    assert shelling == {**shelling, "time_precision": "1",
                        "event_type": "Explosions/Remote violence",
                        "sub_event_type": "Shelling/artillery/missile attack",
                        "inter1": "8", "inter2": "1", "interaction": "18",
                        "country": "Armenia", "location": "Goris", "latitude": "39.51",
                        "geo_precision": "1", "source": "Ararat Dispatch",
                        "fatalities": "105", "event_id": "ev0-0", "canonical_id": "canon-1"}
    assert shelling["notes"].startswith("Story 0 sentence 0")


def test_acled_export_has_no_table_option(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="--table works with csv and parquet"):
        store.export("acled", tmp_path / "a.csv", table="events")


# --- the API -----------------------------------------------------------------------------

@pytest.fixture
def client(store_path: Path) -> Iterator[TestClient]:
    yield from api_client(store_path)


def test_api_streams_the_acled_csv_with_the_event_filters(client: TestClient) -> None:
    response = client.get("/api/export/acled.csv", params={"outlet": "caspian"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="acled.csv"' in response.headers["content-disposition"]
    assert [r["source"] for r in _read(response.text)] == ["Caspian Ledger"] * 2


@pytest.mark.parametrize("path", ["/api/export/acled.csv", "/api/export/dyads.csv"])
def test_api_csv_exports_name_the_versions_that_made_them(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    assert headers["x-belli-version"] == __version__
    assert headers["x-belli-schema-version"] == str(SCHEMA_VERSION)


def test_api_acled_csv_of_nothing_is_its_header(client: TestClient) -> None:
    response = client.get("/api/export/acled.csv", params={"since": "2030"})
    assert response.text.splitlines() == [",".join(ACLED_FIELDS)]


@pytest.mark.parametrize("query", ["type=SHELLING", "since=someday", "colour=red"])
def test_api_acled_csv_refuses_a_bad_filter_as_json(client: TestClient, query: str) -> None:
    response = client.get(f"/api/export/acled.csv?{query}")
    assert response.status_code == 422
    assert response.json()["error"]["status"] == 422


def test_api_exports_off_loopback_need_the_token(store_path: Path) -> None:
    for client in api_client(store_path, host="0.0.0.0"):
        assert client.get("/api/export/acled.csv").status_code == 401
        assert client.get("/api/outlets").status_code == 401
        authorised = client.get("/api/export/dyads.csv",
                                headers={"Authorization": f"Bearer {TOKEN}"})
        assert authorised.status_code == 200
