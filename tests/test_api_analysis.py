"""The regional picture in the Python API: link with settings, list canonical events,
why, compare, standing relations, outlets; and the user's outlets file (the `outlets`
setting, BELLI_OUTLETS) read by the API, the REST routes and compare alike."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from analysis_fixtures import ARM_MIL, AZE_MIL, STEPANAKERT, TOKEN, spec, write_store
from fastapi.testclient import TestClient

from belli import api
from belli.cli import run
from belli.errors import KnowledgeBaseError, NotFoundError, QueryError
from belli.server.app import create_app
from belli.server.handle import StoreHandle
from belli.settings import Settings
from belli.store import Store

CLASH = spec("ASSAULT", [AZE_MIL], [ARM_MIL], date="2020-10-05", place=STEPANAKERT)
MINE = ("outlets:\n  Outlet One:\n    aliases: [O1, Outlet One Daily]\n    country: ARM\n"
        "    ownership: private\n")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return write_store(tmp_path / "belli.duckdb", [("Outlet One Daily", "2020-10-05", [CLASH]),
                                                   ("Outlet Two", "2020-10-06", [CLASH])])


@pytest.fixture
def mine(tmp_path: Path) -> Path:
    path = tmp_path / "my-outlets.yaml"
    path.write_text(MINE, encoding="utf-8")
    return path


def linked(db: Path, **settings: object) -> Settings:
    chosen = Settings.load(db_path=str(db), **settings)
    api.link(chosen)
    return chosen


def test_link_uses_the_policy_of_its_settings(db: Path) -> None:
    run_ = api.link(Settings.load(db_path=str(db), link_policy="earliest"))
    assert (run_.reports, run_.canonical, run_.linked) == (2, 1, 1)
    (event,) = api.canonical(settings=Settings.load(db_path=str(db))).items
    assert "values by earliest" in event.reason


def test_canonical_pages_the_events_the_most_told_first(db: Path) -> None:
    settings = linked(db)
    page = api.canonical(min_reports=2, settings=settings)
    assert page.total == 1 and page.items[0].n_reports == 2
    assert api.canonical(min_reports=3, settings=settings).total == 0
    assert api.canonical(actor="TUR", settings=settings).total == 0


def test_why_explains_a_canonical_event_and_finds_it_from_a_report(db: Path) -> None:
    settings = linked(db)
    (event,) = api.canonical(settings=settings).items
    explanation = api.why(event.canonical_id, settings)
    assert len(explanation.reports) == 2
    first = explanation.reports[0][0].event
    assert api.why(f"{first.doc_id}/{first.event_id}", settings).event == event
    with pytest.raises(NotFoundError):
        api.why("nothing-like-it", settings)


def test_compare_sets_the_outlets_side_by_side(db: Path) -> None:
    settings = linked(db)
    (event,) = api.canonical(settings=settings).items
    outlets = sorted(t.outlet for t in api.compare(event.canonical_id, settings).tellings)
    assert outlets == ["Outlet One Daily", "Outlet Two"]


def test_compare_names_outlets_as_the_users_outlets_file_does(db: Path, mine: Path) -> None:
    settings = linked(db, outlets=str(mine))
    (event,) = api.canonical(settings=settings).items
    tellings = {t.outlet: t for t in api.compare(event.canonical_id, settings).tellings}
    assert set(tellings) == {"Outlet One", "Outlet Two"}
    assert (tellings["Outlet One"].outlet_country,
            tellings["Outlet One"].outlet_ownership) == ("ARM", "private")
    assert tellings["Outlet Two"].outlet_country is None


def test_belli_compare_shows_what_the_outlets_file_knows(
        db: Path, mine: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    settings = linked(db)
    (event,) = api.canonical(settings=settings).items
    monkeypatch.setenv("BELLI_OUTLETS", str(mine))
    assert run(["--db", str(db), "compare", event.canonical_id]) == 0
    out = capsys.readouterr().out
    assert "Outlet One [ARM, private] (2020-10-05):" in out
    assert "Outlet Two (2020-10-06):" in out


def test_relations_take_an_as_of_date(db: Path) -> None:
    settings = Settings.load(db_path=str(db))
    assert api.relations(as_of="2021-10-01", settings=settings).total == 0
    with pytest.raises(QueryError, match="as-of .soon. is not a date"):
        api.relations(as_of="soon", settings=settings)


def test_outlets_read_the_file_the_outlets_setting_names(db: Path, mine: Path) -> None:
    plain = api.outlets(settings=Settings.load(db_path=str(db)))
    assert {r.outlet: r.country for r in plain.items} == {"Outlet One Daily": None,
                                                           "Outlet Two": None}
    own = api.outlets(settings=Settings.load(db_path=str(db), outlets=str(mine)))
    assert {r.outlet: r.country for r in own.items} == {"Outlet One": "ARM",
                                                         "Outlet Two": None}
    profile = api.outlet("O1", settings=Settings.load(db_path=str(db), outlets=str(mine)))
    assert profile.summary.outlet == "Outlet One" and profile.info is not None


def test_the_cli_reads_belli_outlets(db: Path, mine: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BELLI_OUTLETS", str(mine))
    assert run(["--db", str(db), "outlets", "-f", "csv"]) == 0
    assert "Outlet One,Outlet One Daily,ARM,private" in capsys.readouterr().out


@pytest.fixture
def client(db: Path, mine: Path) -> Iterator[TestClient]:
    linked(db)
    handle = StoreHandle(Store.open(db))
    app = create_app(handle, Settings.load(api_token=TOKEN, outlets=str(mine)),
                     dashboard=False)
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client
    handle.close()


def test_the_rest_api_reads_the_servers_outlets_file(client: TestClient) -> None:
    items = client.get("/api/outlets").json()["items"]
    assert {i["outlet"]: i["country"] for i in items} == {"Outlet One": "ARM",
                                                          "Outlet Two": None}
    assert client.get("/api/outlets/O1").json()["outlet"] == "Outlet One"
    canonical_id = client.get("/api/canonical").json()["items"][0]["canonical_id"]
    tellings = client.get(f"/api/compare/{canonical_id}").json()["tellings"]
    assert {t["outlet"] for t in tellings} == {"Outlet One", "Outlet Two"}


@pytest.mark.parametrize("text", ["outlets:\n  A: [\n",
                                  "outlets:\n  A:\n    country: ARM\n   bad: indent\n"])
def test_a_bad_outlets_file_is_one_line_with_where(tmp_path: Path, db: Path, text: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"is not valid YAML: .* at line \d+"):
        api.outlets(settings=Settings.load(db_path=str(db), outlets=str(bad)))
    assert run(["--db", str(db), "outlets", "--outlets-file", str(bad)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "\\n" not in err and "line " in err


def test_a_missing_outlets_file_is_named(db: Path, tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="cannot read outlets file"):
        api.outlets(settings=Settings.load(db_path=str(db), outlets=str(tmp_path / "no.yaml")))
