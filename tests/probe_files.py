"""The behavioural probe files, tests/probes/FAMILY_{dev,blind}.jsonl, as pytest parameters.

One probe a line, a JSON object with an `id`. A probe that fails today carries `xfail`
(its reason, or true with the reason in `probe`), strict, so a probe that comes to pass
must lose its flag. The blind half was split off at random before belli's answers were
read: its pass rate is the honest measure of how far fixes made on the dev half generalize.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

PROBES = Path(__file__).parent / "probes"


def probe_params(family: str, half: str, *, half_in_id: bool = True) -> list[Any]:
    """The probes of one half, each a parameter named by its id (after its half, unless the
    ids already say it), failing ones marked strictly expected to fail."""
    lines = (PROBES / f"{family}_{half}.jsonl").read_text("utf-8").splitlines()
    probes = [json.loads(line) for line in lines if line.strip()]
    if not probes:  # an empty or misnamed file would let every check pass on nothing
        raise ValueError(f"tests/probes/{family}_{half}.jsonl holds no probe")
    return [pytest.param(p, id=f"{half}-{p['id']}" if half_in_id else p["id"], marks=_marks(p))
            for p in probes]


def both_halves(family: str) -> list[Any]:
    """The probes of the dev half, then of the blind half, as parameters."""
    return probe_params(family, "dev") + probe_params(family, "blind")


def probes_of(family: str) -> list[dict[str, Any]]:
    """Every probe of both halves, for checks on the files themselves."""
    return [param.values[0] for param in both_halves(family)]


def _marks(probe: dict[str, Any]) -> list[Any]:
    flag = probe.get("xfail")
    if not flag:
        return []
    reason = flag if isinstance(flag, str) else str(probe.get("probe", ""))
    return [pytest.mark.xfail(strict=True, reason=reason)]
