"""`belli events` in process: filters as options, three formats, the total on stderr."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from test_store_events import ALL, write_corpus

from belli.cli import run
from belli.records import Actor, Analysis, Article, Claim, Event
from belli.store import Store


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(write_corpus(tmp_path / "belli.duckdb"))


def events_cli(db: str, *args: str) -> int:
    return run(["--db", db, "events", *args])


def test_jsonl_gives_the_contract_event_records(db: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert events_cli(db, "--format", "jsonl") == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["event_id"] for r in records] == ALL
    assert all(r["kind"] == "event" and "trigger_start" in r for r in records)
    assert err == "belli: showing 6 of 6 events\n"


@pytest.mark.parametrize("args, expected", [
    (["--actor", "AZE MIL"], ["e1", "e2", "e5"]),
    (["-a", "azerbaijan", "--quad", "4", "--since", "2021"], ["e1"]),
    (["--dyad", "AZE,ARM"], ["e1", "e3"]),
    (["--dyad", "AZE,ARM", "--either-direction"], ["e1", "e3", "e5"]),
    (["--type", "ASSAULT", "--type", "aid"], ["e1", "e2", "e5"]),
    (["-t", "ASSAULT,AID"], ["e1", "e2", "e5"]),
    (["--certainty", "reported"], ["e1"]),
    (["--aux", "future"], ["e3"]),
    (["--no-aux", "historical", "--no-aux", "negated"], ["e1", "e3", "e4", "e6"]),
    (["--since", "2021-09", "--until", "2021-09"], ["e1", "e2"]),
    (["--since", "2021-09", "--until", "2021-09", "--within"], ["e1"]),
    (["--published-since", "2021"], ["e1", "e2"]),
    (["--published-until", "2020-12"], ["e3", "e4"]),
    (["--outlet", "reuters"], ["e1", "e2"]),
    (["--sort", "date", "--desc", "--limit", "2"], ["e1", "e2"]),
    (["--offset", "4"], ["e5", "e6"]),
])
def test_each_option_filters_sorts_or_pages(db: str, args: list[str], expected: list[str],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert events_cli(db, "-f", "jsonl", *args) == 0
    assert [json.loads(line)["event_id"] for line in capsys.readouterr().out.splitlines()] \
        == expected


def test_the_total_matched_goes_to_stderr_when_a_page_is_shown(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert events_cli(db, "-f", "jsonl", "--limit", "2", "--offset", "2") == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2
    assert err == "belli: showing 2 of 6 events from number 3\n"


def test_doc_takes_an_id_prefix(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    events_cli(db, "-f", "jsonl", "--type", "CONSULT")
    doc_id = json.loads(capsys.readouterr().out)["doc_id"]
    assert events_cli(db, "-f", "jsonl", "--doc", doc_id[:5]) == 0
    assert [json.loads(line)["event_id"] for line in capsys.readouterr().out.splitlines()] \
        == ["e5", "e6"]


def test_csv_flattens_actors_into_readable_text(db: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert events_cli(db, "--format", "csv", "--actor", "AZE") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["event_id"] for r in rows] == ["e1", "e2", "e3", "e4", "e5"]
    assert (rows[0]["source"], rows[0]["target"], rows[0]["publisher"]) == (
        "AZE MIL", "ARM MIL", "Reuters")
    assert (rows[2]["source"], rows[2]["reciprocal"], rows[2]["aux"]) == (
        "AZE GOV; ARM GOV", "True", "future")


def test_csv_of_no_events_still_has_its_header(db: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert events_cli(db, "--format", "csv", "--actor", "RUS") == 0
    out, err = capsys.readouterr()
    assert out.startswith("doc_id,event_id,") and len(out.splitlines()) == 1
    assert err == "belli: showing 0 of 0 events\n"


def test_the_table_shows_types_actors_and_a_page(db: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert events_cli(db, "--dyad", "AZE,ARM") == 0
    out, err = capsys.readouterr()
    assert "ASSAULT" in out and "AGREE" in out and "THREATEN" not in out
    assert "AZE MIL" in out and "reciproc" in out  # "reciprocal", folded at 80 columns
    assert err == "belli: showing 2 of 2 events\n"


@pytest.mark.parametrize("args, message", [
    (["--type", "ATTACK"], "unknown event type 'ATTACK'"),
    (["--quad", "5"], "quad class 5 is out of range"),
    (["--since", "2021-13-01"], "since: '2021-13-01' is not a date"),
    (["--until", "yesterday"], "until: 'yesterday' is not a date"),
    (["--certainty", "sure"], "unknown certainty 'sure'"),
    (["--no-aux", "past"], "unknown aux mode 'past'"),
    (["--dyad", "AZE"], "dyad 'AZE' is not two actors"),
    (["--limit", "-1"], "limit -1 is negative"),
])
def test_bad_filter_values_are_one_error_line_with_a_hint(
    db: str, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert events_cli(db, *args) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(f"belli: error: {message} (")
    assert err.rstrip().endswith(")")


def test_without_a_database_it_says_how_to_make_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert events_cli(str(tmp_path / "none.duckdb")) == 1
    assert capsys.readouterr().err.startswith("belli: error: no database at")


def test_show_as_a_table_lists_events_and_claims(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    article = Article.from_text("Baku accused Yerevan of shelling, officials said.")
    baku, yerevan = Actor("Baku", "Azerbaijan", "AZE", "GOV"), Actor("Yerevan", None, "ARM")
    accuse = Event(article.doc_id, "ev1", "ACCUSE", None, 3, -3.5, article.text, 0, 48,
                   "accused", source=(baku,), target=(yerevan,), certainty="reported")
    claim = Claim(article.doc_id, "c1", "Baku accused Yerevan of shelling", 0, 33,
                  speaker_text="officials", event_ids=("ev1",))
    db = tmp_path / "belli.duckdb"
    with Store.open(db) as store:
        store.write([Analysis(article=article, events=(accuse,), claims=(claim,))])
    assert run(["--db", str(db), "show", article.doc_id, "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "ACCUSE" in out and "AZE GOV" in out and "reported" in out
    assert "claims" in out and "officials" in out
    assert "1 events" in out and "1 claims" in out
