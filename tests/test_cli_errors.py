"""CLI error paths: one line on stderr, a non-zero exit, no traceback, the rest still done."""

from __future__ import annotations

import json
import logging
import os
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


def stored_failures(db: Path) -> int:
    return api.stats(api.Settings.load(db_path=str(db))).failures_by_stage.get("ingest", 0)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_a_file_name_that_is_not_utf8_is_one_escaped_failure_and_a_rerun_is_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, db = tmp_path / "corpus", tmp_path / "belli.duckdb"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"bad\xffname.txt"), "wb"):
        pass  # empty: a failure, so that no model is needed
    (folder / "z.txt").write_text("")
    for _run in range(2):
        assert run(["--db", str(db), "ingest", str(folder)]) == 1
        assert error_lines(capsys.readouterr().err) == [
            f"belli: error: {folder}/bad\\xffname.txt: empty input",
            f"belli: error: {folder}/z.txt: empty input",
        ]
    assert stored_failures(db) == 2


@pytest.mark.model
@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_an_article_whose_file_name_is_not_utf8_is_stored_with_the_rest(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "belli.duckdb"
    with open(os.path.join(os.fsencode(corpus), b"bad\xffname.txt"), "wb") as handle:
        handle.write(GOOD.replace("10 November", "11 November").encode())
    assert run(["--db", str(db), "ingest", str(corpus)]) == 0
    assert run(["--db", str(db), "ingest", str(corpus)]) == 0
    err = capsys.readouterr().err
    assert "2 stored, 0 already stored, 0 failed" in err
    assert "0 stored, 2 already stored, 0 failed" in err


@pytest.mark.skipif(os.name != "posix", reason="POSIX named pipes")
def test_a_named_pipe_is_refused_in_one_line_and_skipped_in_a_folder_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "z.txt").write_text("")
    assert run(["extract", str(tmp_path / "pipe.txt"), str(tmp_path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert sorted(err) == [  # the note comes as the folder is read, errors after each batch
        (f"belli: error: {tmp_path}/pipe.txt: a named pipe, not a regular file (to read a "
         "pipe, give - and redirect the pipe to standard input)"),
        f"belli: error: {tmp_path}/z.txt: empty input",
        f"belli: warning: {tmp_path}/pipe.txt: skipped: a named pipe, not a regular file",
    ]


def test_control_characters_in_names_never_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "evil\x1b]0;owned\x07\nname.txt"
    assert run(["extract", str(missing)]) == 1
    out, err = capsys.readouterr()
    assert err == f"belli: error: {tmp_path}/evil\\x1b]0;owned\\x07\\nname.txt: no such file or folder\n"
    assert "\x1b" not in out and json.loads(out)["source"].endswith("\\nname.txt")


@pytest.fixture
def empty_items(tmp_path: Path) -> Path:
    path = tmp_path / "items.json"
    path.write_text(json.dumps([{} for _ in range(1000)] + ["not an object"] * 2))
    return path


def test_repeated_failures_are_summarized_on_stderr_and_every_one_is_streamed(
    empty_items: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["extract", str(empty_items)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1002  # every bad record stays findable in the data
    no_text = "no text: expected a non-empty text, body, content or html field"
    assert error_lines(err) == [
        *(f"belli: error: {empty_items}: item {n}: {no_text}" for n in range(1, 6)),
        f"belli: error: {empty_items}: item 1001: expected a JSON object, got a string",
        f"belli: error: {empty_items}: item 1002: expected a JSON object, got a string",
        f"belli: error: {empty_items}: ... and 995 more like this",
    ]


def test_repeated_failures_are_summarized_on_stderr_and_every_one_is_stored(
    empty_items: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "belli.duckdb"
    assert run(["--db", str(db), "ingest", str(empty_items)]) == 1
    err = capsys.readouterr().err
    assert len(error_lines(err)) == 8 and "... and 995 more like this" in err
    assert "0 stored, 0 already stored, 1002 failed" in err
    assert stored_failures(db) == 1002


def test_global_options_are_accepted_after_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[api.Settings, int]] = []

    def docs(*, settings: api.Settings, **kwargs: object) -> list[object]:
        seen.append((settings, logging.getLogger("belli").level))
        return []

    monkeypatch.setattr(api, "docs", docs)
    db = str(tmp_path / "after.duckdb")
    argv = ["docs", "--db", db, "--format", "jsonl", "--model", "en_core_web_md", "-v"]
    assert run(argv) == 0
    ((settings, log_level),) = seen
    assert (settings.db_path, settings.model, log_level) == (db, "en_core_web_md", logging.INFO)


def test_a_global_option_after_the_command_wins_over_one_before_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, after = tmp_path / "before.duckdb", tmp_path / "after.duckdb"
    assert run(["--db", str(before), "stats", "--db", str(after)]) == 1
    err = capsys.readouterr().err
    assert f"no database at {after}" in err and str(before) not in err


def test_command_help_lists_the_global_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["ingest", "--help"]) == 0
    help_text = capsys.readouterr().out
    assert all(option in help_text for option in ("--db", "--model", "--verbose"))


def test_extract_streams_every_good_record_and_one_failure_per_bad_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "feed.jsonl"
    good = {"text": "Armenian officials said the talks in Brussels went well on Monday."}
    path.write_text("\n".join([json.dumps(good), '{"text": 5}', "{not json",
                               json.dumps({**good, "id": "second"})]) + "\n")
    assert run(["extract", str(path)]) == 1  # the documented status: some input failed
    out, err = capsys.readouterr()
    kinds = [json.loads(line)["kind"] for line in out.splitlines()]
    assert kinds.count("document") == 2 and kinds.count("failure") == 2
    assert len(error_lines(err)) == 2
