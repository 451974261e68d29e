"""The fuzz targets of `make stress-fuzz` (benchmarks/fuzz_targets.py), run without atheris:
over every seed (the inputs the fuzzer found are kept among them, so each finding stays
fixed) and over bytes from hypothesis. What the targets call a finding is in their module.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _load() -> ModuleType:
    """The targets module, loaded with atheris made unimportable: CI need not have it."""
    spec = importlib.util.spec_from_file_location("fuzz_targets", BENCHMARKS / "fuzz_targets.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    saved = sys.modules.get("atheris")
    sys.modules["atheris"] = None  # type: ignore[assignment]  # import atheris -> ImportError
    try:
        spec.loader.exec_module(module)
    finally:
        if saved is None:
            del sys.modules["atheris"]
        else:
            sys.modules["atheris"] = saved
    return module


targets = _load()
NAMES = sorted(targets.TARGETS)
# 300 byte strings a target (200 random, 100 mutated seeds); HTML and JSON Lines reach
# trafilatura and the language detector (milliseconds an input): fewer there
EXAMPLES = {"html": 100, "jsonl": 100}


def test_there_is_a_target_per_parser() -> None:
    assert NAMES == ["dates", "furniture", "html", "jsonl", "url", "warc"]


@pytest.mark.parametrize("name", NAMES)
def test_every_seed_passes_its_target(name: str) -> None:
    seeds = targets.seeds(name)
    assert seeds, f"no seeds for {name}"
    for _seed, raw in seeds:
        targets.TARGETS[name](raw)


def _run_on_bytes(target: Callable[[bytes], None], examples: int) -> Callable[[], None]:
    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(st.binary(max_size=2048))
    def run(data: bytes) -> None:
        target(data)

    return run


@pytest.mark.parametrize("name", NAMES)
def test_random_bytes_find_nothing(name: str) -> None:
    _run_on_bytes(targets.TARGETS[name], EXAMPLES.get(name, 200))()


@pytest.mark.parametrize("name", NAMES)
def test_mutated_seeds_find_nothing(name: str) -> None:
    """Seeds with bytes flipped, cut or spliced: random bytes alone rarely pass the first
    checks of a WARC or JSON reader."""
    seeds = [raw for _seed, raw in targets.seeds(name)][:12]

    @settings(max_examples=EXAMPLES.get(name, 200) // 2, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(st.sampled_from(seeds), st.integers(0, 1 << 16), st.binary(max_size=16),
           st.integers(0, 16))
    def run(seed: bytes, at: int, insert: bytes, cut: int) -> None:
        at %= len(seed) + 1
        targets.TARGETS[name](seed[:at] + insert + seed[at + cut:])

    run()


def test_a_bug_reported_as_bad_input_is_a_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    """The oracle itself: an InputError wrapping a TypeError raised in belli is a finding,
    an InputError alone is not."""
    from belli.errors import InputError

    monkeypatch.setattr(targets, "_BELLI", str(Path(__file__).resolve()))  # this file as belli
    with targets._refusal_is_fine():
        raise InputError("not a WARC file")
    with pytest.raises(targets.BelliBug), targets._refusal_is_fine():
        try:
            None.read()  # type: ignore[attr-defined]
        except AttributeError as exc:
            raise InputError("damaged WARC data (AttributeError)") from exc
