"""/proc readings: a child is found, memory is read, a finished process is not alive."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from belli.procfs import alive, children, cmdline, memory_mb

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc"), reason="no /proc here")


def test_a_child_is_found_alive_and_then_gone() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert child.pid in children(os.getpid())
        assert alive(child.pid)
        assert "time.sleep" in cmdline(child.pid)
    finally:
        child.kill()
        child.wait()
    assert not alive(child.pid)
    assert child.pid not in children(os.getpid())


def test_memory_is_read_in_megabytes() -> None:
    now, peak = memory_mb(os.getpid()), memory_mb(os.getpid(), "VmHWM")
    assert 1 < now <= peak < 100_000
    assert memory_mb(2**22 + 12345) == 0.0
