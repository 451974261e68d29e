"""Linking as settings: the link_* settings and BELLI_LINK_* variables choose the keys and
the policy of every run that links (`belli link`, the relink after ingest, the server's),
and a value out of range is one error line that leaves the store as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from analysis_fixtures import ARM_MIL, AZE_MIL, STEPANAKERT, spec, write_store

from belli import api
from belli.analysis.canonical import POLICIES
from belli.analysis.linking import DEFAULT, link_settings
from belli.cli import run
from belli.errors import KnowledgeBaseError, SettingError
from belli.server.app import create_app
from belli.server.handle import StoreHandle
from belli.settings import LINK_POLICIES, Settings
from belli.store import Store

CLASH = spec("ASSAULT", [AZE_MIL], [ARM_MIL], date="2020-10-05", place=STEPANAKERT)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Two outlets telling one clash, not linked yet."""
    return write_store(tmp_path / "belli.duckdb", [("Outlet One", "2020-10-05", [CLASH]),
                                                   ("Outlet Two", "2020-10-06", [CLASH])])


def reasons(db: Path) -> list[str]:
    with Store.open(db, read_only=True) as store:
        return [r[0] for r in store.con.execute(
            "SELECT reason FROM canonical_events ORDER BY reason").fetchall()]


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("belli: error:")]


def test_the_settings_defaults_are_linkings_own_defaults() -> None:
    assert link_settings(Settings()) == DEFAULT
    assert LINK_POLICIES == POLICIES


def test_link_settings_carry_the_keys_they_name() -> None:
    keys = link_settings(Settings.load(link_window_days=10, link_min_score=0.7,
                                       link_background_days=5, link_max_span_days=60))
    assert (keys.window_days, keys.min_score, keys.background_days, keys.max_span_days) == (
        10, 0.7, 5, 60)


@pytest.mark.parametrize(("name", "value", "message"), [
    ("link_window_days", -1, "link_window_days must be 0 to 36,500 days .*, not -1"),
    ("link_background_days", -3, "link_background_days must be 0 to 36,500 days"),
    ("link_max_span_days", -5, "link_max_span_days must be 0 to 36,500 days .*, not -5"),
    ("link_stance_days", -7, "link_stance_days must be 0 to 36,500 days .*, not -7"),
    # beyond a century a day count overflows the dates linking reckons with
    ("link_window_days", 99_999_999_999, "link_window_days must be 0 to 36,500 days"),
    ("link_background_days", 3_000_000, "link_background_days must be 0 to 36,500 days"),
    ("link_max_span_days", 36_501, "not 36,501"),
    ("link_min_score", 5, "link_min_score must be 0 to 1, not 5.0"),
    ("link_min_score", -0.1, "link_min_score must be 0 to 1"),
    ("link_policy", "bogus", "unknown link_policy 'bogus'"),
    ("link_window_days", "soon", "expects int"),
])
def test_out_of_range_link_settings_are_refused(name: str, value: object,
                                                message: str) -> None:
    with pytest.raises(SettingError, match=message):
        Settings.load(**{name: value})


def test_an_out_of_range_environment_variable_is_refused(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BELLI_LINK_WINDOW_DAYS", "-2")
    with pytest.raises(SettingError, match="BELLI_LINK_WINDOW_DAYS"):
        Settings.load()


def test_a_century_is_the_longest_link_setting_and_links(db: Path) -> None:
    assert run(["--db", str(db), "link", "--window-days", "36500", "--background-days",
                "36500", "--max-span-days", "36500"]) == 0
    assert reasons(db)[0].startswith("2 reports from Outlet One")


def test_serve_refuses_a_huge_link_setting_before_it_starts(
        db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BELLI_LINK_WINDOW_DAYS", "99999999999")
    assert run(["--db", str(db), "serve", "--port", "0"]) == 1
    err = capsys.readouterr().err
    assert error_lines(err) == [line for line in err.splitlines() if line]
    assert "BELLI_LINK_WINDOW_DAYS" in err


def test_an_app_over_an_unreadable_outlets_file_is_refused_naming_the_setting(
        db: Path, tmp_path: Path) -> None:
    settings = Settings.load(outlets=str(tmp_path / "missing.yaml"))
    handle = StoreHandle(Store.open(db), settings)
    try:
        with pytest.raises(KnowledgeBaseError, match="missing.yaml") as refused:
            create_app(handle, settings, dashboard=False)
    finally:
        handle.close()
    assert "BELLI_OUTLETS" in str(refused.value)


def test_changing_a_setting_checks_it_too() -> None:
    with pytest.raises(SettingError, match="link_min_score"):
        Settings().with_(link_min_score=2)


@pytest.mark.parametrize("option", [
    ["--window-days", "-1"], ["--min-score", "5"], ["--max-span-days", "-5"],
    ["--background-days", "-1"], ["--policy", "bogus"], ["--window-days", "99999999999"],
    ["--background-days", "3000000"], ["--window-days", "3000000"],
    ["--max-span-days", "99999999999"],
])
def test_link_refuses_an_out_of_range_option_in_one_line_and_keeps_the_links(
        db: Path, option: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", str(db), "link"]) == 0
    before = reasons(db)
    capsys.readouterr()
    assert run(["--db", str(db), "link", *option]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and len(error_lines(err)) == 1
    assert option[0] in err
    assert reasons(db) == before and before[0].startswith("2 reports from Outlet One")


def test_link_takes_the_policy_from_the_environment(
        db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BELLI_LINK_POLICY", "earliest")
    assert run(["--db", str(db), "link"]) == 0
    assert "values by earliest" in reasons(db)[0]


def test_link_options_win_over_the_settings_and_say_what_later_relinks_take(
        db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BELLI_LINK_POLICY", "earliest")
    assert run(["--db", str(db), "link", "--policy", "conservative"]) == 0
    assert "values by conservative" in reasons(db)[0]
    assert "set BELLI_LINK_POLICY=conservative" in capsys.readouterr().err


def test_link_as_the_settings_say_gives_no_note(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", str(db), "link", "--policy", "most_sourced"]) == 0
    assert "note" not in capsys.readouterr().err


def test_a_window_of_no_days_keeps_tellings_two_days_apart_unlinked(tmp_path: Path) -> None:
    later = spec("ASSAULT", [AZE_MIL], [ARM_MIL], date="2020-10-07", place=STEPANAKERT)
    db = write_store(tmp_path / "apart.duckdb", [("Outlet One", "2020-10-05", [CLASH]),
                                                 ("Outlet Two", "2020-10-08", [later])])
    assert api.link(Settings.load(db_path=str(db), link_window_days=0)).linked == 0
    assert api.link(Settings.load(db_path=str(db))).linked == 1


def test_the_relink_after_ingest_honours_the_link_settings(
        db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the store holds unlinked events, so ingest relinks even with nothing new to store
    monkeypatch.setenv("BELLI_LINK_POLICY", "earliest")
    api.ingest([], Settings.load(db_path=str(db)))
    assert "values by earliest" in reasons(db)[0]


def test_api_relink_takes_settings(db: Path) -> None:
    with Store.open(db) as store:
        run_ = api.relink(store, Settings.load(link_policy="conservative"))
    assert run_.linked == 1 and "values by conservative" in reasons(db)[0]


def test_the_servers_relink_honours_its_settings(db: Path) -> None:
    handle = StoreHandle(Store.open(db), Settings.load(link_policy="earliest"))
    handle.relink_now()
    handle.close()
    assert "values by earliest" in reasons(db)[0]
