"""What the Spark tests share besides fixtures: the demo corpus and the skip rule."""

from __future__ import annotations

from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parents[2] / "belli" / "demo" / "corpus"


def require_extra() -> None:
    """Skip, saying why, where the `spark` extra (PySpark, pyarrow) is not installed."""
    pytest.importorskip("pyspark", reason="pyspark is not installed (the spark extra)")
    pytest.importorskip("pyarrow", reason="pyarrow is not installed (the spark extra)")


def require_spark() -> None:
    """Skip, saying why, where the spark extra or a Java runtime for Spark is missing."""
    require_extra()
    from belli.errors import BelliError
    from belli.spark.java import _real_java

    try:
        _real_java()
    except BelliError as exc:
        pytest.skip(f"no Java runtime for Spark: {exc}")
