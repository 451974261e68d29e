"""`belli eval` from the command line: clear errors, JSON output, error dumps."""

from __future__ import annotations

import json

import pytest

from belli.cli import run


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["eval", "conll2003"], "unknown gold set 'conll2003'"),
        (["eval", "re3d", "--data", "/nonexistent/eval"], "gold data folder not found"),
        (["eval", "re3d", "--format", "xml"], "unknown format 'xml'"),
        (["bench", "--repeat", "0"], "--repeat must be at least 1"),
    ],
)
def test_bad_requests_end_with_one_clear_line(argv, message, capsys):
    assert run(argv) == 1
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_data_folder_from_environment(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("BELLI_EVAL_DATA", str(tmp_path))
    assert run(["eval", "re3d"]) == 1
    assert f"gold file not found: {tmp_path / 're3d.jsonl'}" in capsys.readouterr().err


@pytest.mark.model
@pytest.mark.shared
def test_json_report_and_error_dump(shared_dir, tmp_path, capsys):
    dump = tmp_path / "errors.jsonl"
    code = run(["eval", "petr2_gsr_validation", "--data", str(shared_dir / "eval"), "--limit", "5",
                "--format", "json", "--errors", str(dump)])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["dataset"] == "petr2_gsr_validation"
    assert report["info"]["records"] == 5
    assert report["metrics"]["events.type.accuracy"]["n"] > 0
    for line in dump.read_text(encoding="utf-8").splitlines():
        error = json.loads(line)
        assert {"record", "task", "kind", "gold", "pred", "snippet"} <= set(error)
