"""CLI error paths: one line on stderr, a non-zero exit, no traceback, the rest still done."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer

from belli import api
from belli.cli import register_measurements, run

GOOD = "Azerbaijan and Armenia agreed to a ceasefire in Moscow on 10 November 2020.\n"


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("belli: error:")]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "ceasefire.txt").write_text(GOOD, encoding="utf-8")
    return folder


@pytest.mark.model
def test_ingest_of_a_missing_file_reports_it_and_stores_the_others(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "belli.duckdb"
    missing = tmp_path / "missing.txt"
    assert run(["--db", str(db), "ingest", str(missing), str(corpus)]) == 1
    err = capsys.readouterr().err
    assert error_lines(err) == [f"belli: error: {missing}: no such file or folder"]
    assert "1 stored, 0 already stored, 1 failed" in err
    assert "Traceback" not in err
    assert api.stats(api.Settings.load(db_path=str(db))).counts["documents"] == 1


@pytest.mark.model
def test_extract_of_a_missing_file_reports_it_and_emits_the_others(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    assert run(["extract", str(missing), str(corpus / "ceasefire.txt")]) == 1
    out, err = capsys.readouterr()
    kinds = [json.loads(line)["kind"] for line in out.splitlines()]
    assert kinds[0] == "failure" and kinds[1] == "document"
    assert len(error_lines(err)) == 1 and str(missing) in err


@pytest.mark.parametrize("argv, message", [
    (["show", "0123456789abcdef"], "no stored document has id '0123456789abcdef'"),
    (["docs"], "no database at"),
    (["stats"], "no database at"),
    (["export", "--format", "csv"], "no database at"),
])
def test_store_errors_are_one_line_with_a_hint(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "belli.duckdb"
    if argv[0] == "show":
        api.open_store(db).close()
    assert run(["--db", str(db), *argv]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("belli: error: ")
    assert message in err and err.rstrip().endswith(")")  # the hint, in parentheses


def test_an_invalid_setting_is_one_line(monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BELLI_BATCH_SIZE", "0")
    assert run(["extract", "-"]) == 1
    assert capsys.readouterr().err == "belli: error: batch_size must be at least 1\n"


def test_ctrl_c_exits_130_without_a_traceback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(api, "ingest", interrupted)
    assert run(["--db", str(tmp_path / "x.duckdb"), "ingest", "x.txt"]) == 130
    assert capsys.readouterr().err.endswith("belli: error: interrupted\n")


def test_an_unexpected_error_is_one_line_that_points_to_verbose(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(api, "stats", broken)
    assert run(["stats"]) == 70
    assert capsys.readouterr().err == (
        "belli: error: internal error: RuntimeError: bug (run with -v for details)\n"
    )


def test_an_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["frobnicate"]) == 2
    assert "No such command" in capsys.readouterr().err


def test_the_cli_works_without_the_eval_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(__import__("sys").modules, "belli.eval.cli", None)  # import fails
    bare = typer.Typer()
    assert register_measurements(bare) is False
    assert bare.registered_commands == []


def test_eval_and_bench_are_registered_when_the_eval_module_is_there() -> None:
    pytest.importorskip("belli.eval.cli")
    app = typer.Typer()
    assert register_measurements(app) is True
    assert {c.name for c in app.registered_commands} == {"eval", "bench"}
