"""Usage errors are belli's one line, as every other error: `belli: error: <what> ...; see
'<command> --help'`, exit 2, no usage box. Filters quote what the user typed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from analysis_fixtures import ARM_MIL, AZE_MIL, STEPANAKERT, spec, write_store

from belli.cli import run

CLASH = spec("ASSAULT", [AZE_MIL], [ARM_MIL], date="2020-10-05", place=STEPANAKERT)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = write_store(tmp_path / "belli.duckdb", [("Outlet One", "2020-10-05", [CLASH]),
                                                   ("Outlet Two", "2020-10-06", [CLASH])])
    assert run(["--db", str(path), "link"]) == 0
    return path


@pytest.mark.parametrize(("argv", "said"), [
    (["events", "--quad", "x"], "Invalid value for '--quad'"),
    (["events", "--format", "xml"], "'xml' is not one of 'table', 'csv', 'jsonl'"),
    (["events", "--sort", "foo"], "'foo' is not one of"),
    (["events", "--no-such-option"], "No such option: --no-such-option"),
    (["canonical", "--min-reports", "0"], "Invalid value for '--min-reports'"),
])
def test_a_usage_error_is_one_line_naming_the_commands_help(
        argv: list[str], said: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert err.startswith("belli: error: ") and said in err
    assert err.rstrip().endswith(f"see 'belli {argv[0]} --help'")
    assert "Usage:" not in err and "Value error" not in err


def test_an_unknown_command_is_one_line_too(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["frobnicate"]) == 2
    assert capsys.readouterr().err == (
        "belli: error: No such command 'frobnicate'; see 'belli --help'\n")


def test_belli_alone_still_shows_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    run([])
    shown = capsys.readouterr()
    assert "Commands:" in shown.out + shown.err and "belli: error" not in shown.err


@pytest.mark.parametrize("dyad", [",ARM", "AZE,", "AZE,ARM,TUR", "AZE"])
def test_a_dyad_that_is_not_two_actors_is_quoted_as_typed(
        db: Path, dyad: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", str(db), "events", "--dyad", dyad]) == 1
    assert capsys.readouterr().err == (
        f"belli: error: dyad {dyad!r} is not two actors (give source and target separated "
        "by a comma, e.g. AZE,ARM)\n")


@pytest.mark.parametrize("country", ["zz", "AZR", "Azerbaijan"])
def test_an_unknown_country_code_is_refused(db: Path, country: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", str(db), "events", "--country", country]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"belli: error: unknown country code {country!r}")
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("country", ["aze", "ARM", "XKX"])
def test_a_known_country_code_filters_even_with_no_event_there(
        db: Path, country: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", str(db), "events", "--country", country, "-f", "jsonl"]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == (2 if country == "aze" else 0)


def test_ingest_of_a_folder_without_articles_warns(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run(["--db", str(tmp_path / "b.duckdb"), "ingest", str(empty)]) == 0
    assert f"belli: warning: no articles found in {empty}" in capsys.readouterr().err


def test_canonical_lists_the_ids_why_and_compare_take(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", str(db), "canonical", "-f", "jsonl"]) == 0
    out, err = capsys.readouterr()
    (event,) = [json.loads(line) for line in out.splitlines()]
    assert event["n_reports"] == 2 and "showing 1 of 1 canonical events" in err
    assert run(["--db", str(db), "why", event["canonical_id"]]) == 0
    assert event["canonical_id"] in capsys.readouterr().out


def test_canonical_as_csv_has_one_row_per_event_and_a_table_shows_the_id(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", str(db), "canonical", "-f", "csv"]) == 0
    header, row = capsys.readouterr().out.splitlines()
    assert header.startswith("canonical_id,type,quad") and ",ASSAULT,4," in row
    canonical_id = row.split(",")[0]
    assert run(["--db", str(db), "canonical"]) == 0
    assert canonical_id in capsys.readouterr().out


def test_canonical_min_reports_leaves_out_events_told_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    alone = spec("AGREE", [AZE_MIL], [ARM_MIL], date="2020-11-10")
    path = write_store(tmp_path / "c.duckdb", [("Outlet One", "2020-10-05", [CLASH, alone]),
                                               ("Outlet Two", "2020-10-06", [CLASH])])
    assert run(["--db", str(path), "link"]) == 0
    assert run(["--db", str(path), "canonical", "--min-reports", "2", "-f", "jsonl"]) == 0
    assert [json.loads(x)["type"] for x in capsys.readouterr().out.splitlines()] == ["ASSAULT"]
