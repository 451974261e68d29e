"""Spark fixtures: one local[2] session for the folder, and one run of the job over the
demo corpus that several tests read. Every test that needs Spark skips, saying why,
where pyspark or a Java runtime is missing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spark_fixtures import DEMO, require_spark

from belli.settings import Settings


@pytest.fixture(scope="session")
def spark() -> Iterator[object]:
    """A local[2] SparkSession, stopped at the end of the session."""
    require_spark()
    from belli.spark import spark_session

    session = spark_session("local[2]")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings.load(db_path=":memory:")


@pytest.fixture(scope="session")
def demo_run(spark: object, settings: Settings, tmp_path_factory: pytest.TempPathFactory):
    """The job over the demo corpus, once: (report, output folder)."""
    from belli.spark import SparkJob, run_job

    out = tmp_path_factory.mktemp("demo-out")
    report = run_job(spark, SparkJob((str(DEMO),), str(out), settings))  # type: ignore[arg-type]
    return report, out
