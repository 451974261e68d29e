"""Every bad input or failed job ends in one line on stderr and a non-zero exit, never a
Java stack trace; without pyspark, `belli spark` says to install the extra."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from spark_fixtures import DEMO, require_extra

from belli.cli import run
from belli.errors import BelliError
from belli.spark import SparkJob, run_job


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


@pytest.fixture
def extra() -> None:
    """`belli spark` checks for the spark extra before its inputs: these tests need it."""
    require_extra()


@pytest.mark.usefixtures("extra")
def test_a_missing_input_is_one_line(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "cc-news"
    assert run(["spark", str(missing), "--out", str(tmp_path / "out")]) == 1
    assert error_lines(capsys.readouterr().err) == [
        f"belli: error: {missing}: no such file or folder"]


@pytest.mark.usefixtures("extra")
def test_a_warc_file_by_url_is_refused_with_a_hint(tmp_path: Path, capsys) -> None:
    url = "s3://commoncrawl/crawl-data/CC-NEWS/2024/01/CC-NEWS-20240101.warc.gz"
    assert run(["spark", url, "--out", str(tmp_path / "out")]) == 1
    assert error_lines(capsys.readouterr().err) == [
        (f"belli: error: {url}: only Parquet is read from a URL (mount the bucket on every "
        "worker and give the mounted path)")]


@pytest.mark.usefixtures("extra")
def test_an_unreadable_parquet_file_is_one_line(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "news.parquet"
    broken.write_bytes(b"PAR1 this is not parquet")
    assert run(["spark", str(broken), "--out", str(tmp_path / "out")]) == 1
    (line,) = error_lines(capsys.readouterr().err)
    assert line.startswith(f"belli: error: {broken}: not a readable Parquet file (")


@pytest.mark.usefixtures("extra")
def test_a_parquet_file_without_text_is_one_line(tmp_path: Path, capsys) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"headline": ["Talks resume"]}), tmp_path / "titles.parquet")
    assert run(["spark", str(tmp_path / "titles.parquet"), "--out", str(tmp_path / "o")]) == 1
    (line,) = error_lines(capsys.readouterr().err)
    assert line == (f"belli: error: {tmp_path / 'titles.parquet'}: no article text column "
                    "(expected one of text, body, content, html; found headline)")


@pytest.mark.parametrize("make", ["missing", "empty"])
def test_importing_a_folder_without_tables_is_one_line(tmp_path: Path, capsys, make) -> None:
    folder = tmp_path / "out"
    if make == "empty":
        folder.mkdir()
    assert run(["--db", str(tmp_path / "s.duckdb"), "import-parquet", str(folder)]) == 1
    (line,) = error_lines(capsys.readouterr().err)
    reason = "no such folder" if make == "missing" else "no belli Parquet tables in it"
    assert line.startswith(f"belli: error: {folder}: {reason}")


def test_without_pyspark_belli_spark_says_to_install_the_extra() -> None:
    code = ("import sys; sys.modules['pyspark'] = None; "
            "from belli.cli import run; sys.exit(run(['spark']))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 1
    assert error_lines(done.stderr) == [
        ("belli: error: belli spark needs PySpark, which is not installed "
        "(pip install 'belli[spark]')")]


def test_a_job_that_fails_in_spark_is_one_belli_error(spark, settings, tmp_path) -> None:
    job = SparkJob((str(DEMO / "jsonl"),), str(tmp_path), settings.with_(model="no_such_model"))
    with pytest.raises(BelliError) as caught:
        run_job(spark, job)
    message = str(caught.value)
    assert "\n" not in message and "at org.apache" not in message
    assert message.startswith("the Spark job failed: ") and "no_such_model" in message


def test_what_java_prints_past_the_log_goes_to_the_log_file(spark) -> None:
    # a local cluster's executor may print a thread's trace as it shuts down: the JVM's
    # own stderr is the log file, so nothing Java prints reaches the terminal
    from pyspark import SparkContext

    from belli.spark.session import log_path

    gateway = SparkContext._gateway
    proc = getattr(gateway, "proc", None)
    if proc is None or not Path(f"/proc/{proc.pid}/fd/2").exists():
        pytest.skip("no /proc to read the JVM's stderr from")
    assert Path(f"/proc/{proc.pid}/fd/2").resolve() == log_path().resolve()
    assert Path("/proc/self/fd/2").resolve() != log_path().resolve()  # ours is given back
