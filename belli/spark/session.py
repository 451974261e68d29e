"""A SparkSession with the settings that bite, and Spark's errors as one line each.

For a Spark that belli starts itself (a `local[...]` or `local-cluster[...]` master):
- PYSPARK_PYTHON is this Python: otherwise workers start whatever `python3` is on PATH,
  and Spark refuses a worker of another minor version than the driver;
- SPARK_LOCAL_IP is 127.0.0.1: otherwise Spark resolves the host name, warns when it
  maps to a loopback address, and may bind to a public interface;
- Java comes from belli.spark.java, and Spark's log goes to a file (log4j2.properties in
  this package), so the terminal shows belli's lines and no Java stack traces. The JVM's
  own stderr goes to the same file: what Java prints past log4j (a thread's trace as a
  local cluster's executors shut down) never reaches the terminal either.
Under spark-submit (or any master given by the cluster) only the job's own settings
apply: Arrow batches of 1,000 rows (a worker holds one batch of article texts at a time)
and dynamic partition overwrite (a re-run replaces only the partitions it writes).
"""

from __future__ import annotations

import atexit
import os
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from belli.errors import BelliError, InputError, PipelineError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

ARROW_BATCH_ROWS = 1000
JOB_CONF: Mapping[str, str] = {
    "spark.app.name": "belli",
    "spark.sql.execution.arrow.maxRecordsPerBatch": str(ARROW_BATCH_ROWS),
    "spark.sql.sources.partitionOverwriteMode": "dynamic",
    "spark.python.worker.reuse": "true",  # the model loads once per worker process
    "spark.ui.showConsoleProgress": "false",
    # the record rows' schema (a struct per table) is wider than Spark's default of 25
    # fields for printing a plan, which it warns about on every run
    "spark.sql.debug.maxToStringFields": "1000",
}
_LOG4J = Path(__file__).with_name("log4j2.properties")
# Spark's error conditions that mean a bad input rather than a failed job.
_INPUT_CONDITIONS = ("PATH_NOT_FOUND", "UNABLE_TO_INFER_SCHEMA", "FAILED_READ_FILE")
_LOCAL_MASTERS = ("local[", "local-cluster[")
_log_path: Path | None = None


def require_pyspark() -> None:
    """Refuse, in one line, to run without the `spark` extra (PySpark and pyarrow)."""
    try:
        import pyarrow  # noqa: F401
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise BelliError("belli spark needs PySpark, which is not installed",
                         hint="pip install 'belli[spark]'") from exc


def is_local(master: str | None) -> bool:
    """Whether Spark runs on this machine (belli then sets up Java, Python and logging)."""
    return master is not None and (master == "local" or master.startswith(_LOCAL_MASTERS))


def spark_session(master: str | None = None, conf: Mapping[str, str] | None = None
                  ) -> SparkSession:
    """The active session, or a new one on `master` (None: the one spark-submit gives)."""
    from pyspark.sql import SparkSession

    settings = {**JOB_CONF, **(_local_conf() if is_local(master) else {}), **(conf or {})}
    builder = SparkSession.builder
    if master is not None:
        builder = builder.master(master)
    for key, value in settings.items():
        builder = builder.config(key, value)
    with spark_errors(), _jvm_stderr(is_local(master)):
        return builder.getOrCreate()


@contextmanager
def _jvm_stderr(local: bool) -> Iterator[None]:
    """The JVM that PySpark starts inherits this process's stderr: point it at the log
    file while the session starts (the JVM keeps it), then give ours back. For that
    moment (the whole of getOrCreate) the process's own stderr goes to the log too."""
    try:
        saved = os.dup(2) if local else None
    except OSError:  # no stderr to keep (a service with fd 2 closed): nothing to hide
        saved = None
    if saved is None:
        yield
        return
    sys.stderr.flush()
    try:
        with open(log_path(), "ab") as log:
            os.dup2(log.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _local_conf() -> dict[str, str]:
    """Environment and settings for a Spark that runs on this machine (see above)."""
    from belli.spark.java import ensure_java

    ensure_java()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    options = f"-Dlog4j2.configurationFile={_LOG4J.as_uri()} -Dbelli.spark.log={log_path()}"
    return {
        "spark.ui.enabled": "false",
        "spark.driver.extraJavaOptions": options,
        "spark.executor.extraJavaOptions": options,
    }


def log_path() -> Path:
    """Where Spark's own log goes for sessions belli starts (one file per process)."""
    global _log_path
    if _log_path is None:
        handle, name = tempfile.mkstemp(prefix="belli-spark-", suffix=".log")
        os.close(handle)
        _log_path = Path(name)
        atexit.register(_drop_if_empty, _log_path)
    return _log_path


def _drop_if_empty(path: Path) -> None:
    """A log with nothing in it is not worth leaving behind; one with warnings is kept."""
    with suppress(OSError):
        if path.stat().st_size == 0:
            path.unlink()


@contextmanager
def spark_errors() -> Iterator[None]:
    """Turn Spark's and Py4J's exceptions into one-line BelliErrors."""
    from py4j.protocol import Py4JError
    from pyspark.errors import PySparkException

    try:
        yield
    except BelliError:
        raise
    except (PySparkException, Py4JError) as exc:
        raise _belli_error(exc) from exc


def _belli_error(exc: Exception) -> BelliError:
    line = one_line(exc)
    condition = getattr(exc, "getCondition", lambda: None)() or ""
    hint = f"Spark's log: {_log_path}" if _log_path is not None else None
    if condition.startswith(_INPUT_CONDITIONS) or "JAVA_GATEWAY_EXITED" in line:
        return InputError(line, hint=hint)
    return PipelineError(f"the Spark job failed: {line}", hint=hint)


def one_line(exc: BaseException) -> str:
    """The line of a Spark error that says what went wrong, without the stack traces."""
    text = str(exc).split("JVM stacktrace:")[0]
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    python = [line for line in lines if _is_python_error(line)]
    line = (python or lines or [type(exc).__name__])[-1 if python else 0]
    return line if len(line) <= 300 else line[:299] + "…"


def _is_python_error(line: str) -> bool:
    """Whether a line is a traceback's last ("ValueError: ...", "belli.errors.ModelError: ...")."""
    head = line.split(":", 1)[0]
    dotted = all(part.isidentifier() for part in head.split("."))
    return ":" in line and dotted and head.endswith(("Error", "Exception"))
