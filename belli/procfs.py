"""What Linux's /proc says about a process: its children, its memory, whether it lives.

For the worker pool's memory figures, the memory benchmark and the tests that check no
worker outlives its parent. Elsewhere (no /proc) every answer is empty, 0 or False.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["alive", "children", "cmdline", "memory_mb"]

_PROC = Path("/proc")


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid`."""
    found = []
    for entry in _PROC.iterdir() if _PROC.is_dir() else ():
        if entry.name.isdigit() and _field(entry.name, 1) == str(pid):
            found.append(int(entry.name))
    return found


def memory_mb(pid: int, kind: str = "VmRSS") -> float:
    """Resident memory now (VmRSS) or at its peak (VmHWM), in MB; 0 when unknown."""
    try:
        status = (_PROC / str(pid) / "status").read_text()
    except OSError:
        return 0.0
    line = next((x for x in status.splitlines() if x.startswith(f"{kind}:")), "")
    return int(line.split()[1]) / 1024 if line else 0.0


def cmdline(pid: int) -> str:
    try:
        return (_PROC / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def alive(pid: int) -> bool:
    """Running or sleeping: not gone and not a zombie waiting to be reaped."""
    state = _field(str(pid), 0)
    return state is not None and state != "Z"


def _field(pid: str, index: int) -> str | None:
    """A field of /proc/PID/stat after the command name (0: state, 1: parent pid)."""
    try:
        stat = (_PROC / pid / "stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return fields[index] if len(fields) > index else None
