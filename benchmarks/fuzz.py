"""Fuzz one of belli's parsers with atheris (libFuzzer): `make stress-fuzz` runs them all.

    python benchmarks/fuzz.py TARGET [libFuzzer options] [CORPUS_DIR ...]

TARGET is one of html, jsonl, warc, url, dates, furniture (benchmarks/fuzz_targets.py
says what each feeds to which belli function, and what counts as a finding). Without a
corpus folder the run uses out/fuzz/TARGET/corpus (kept between runs, grown by the
fuzzer) and the seeds of `fuzz_targets.seeds(TARGET)`, written to out/fuzz/TARGET/seeds;
a crash, hang or out-of-memory input is written to out/fuzz/TARGET/ as crash-*, timeout-*
or oom-* and the run stops with a non-zero status.

Limits per input unless given: -timeout=10 (seconds; longer is a hang), -rss_limit_mb=2048
(more is an out-of-memory finding), -max_len=65536 (bytes). -max_total_time=N bounds the
run (`make stress-fuzz` gives FUZZ_SECONDS, 600 by default). Replay one input:
`python benchmarks/fuzz.py TARGET out/fuzz/TARGET/crash-...`.

Only belli's own modules are instrumented for coverage (atheris.instrument_imports), so
the search is guided by belli's branches, not by trafilatura's, lxml's or warcio's.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULTS = {"-timeout": "10", "-rss_limit_mb": "2048", "-max_len": "65536"}
# Dictionaries: tokens libFuzzer splices into inputs, for formats random bytes rarely hit.
DICTIONARIES = {"warc": "warc.dict", "url": "url.dict"}


def _args(target: str, given: list[str]) -> list[str]:
    """libFuzzer's argv: the given options, the defaults not given, and the corpus folders."""
    out = REPO / "out" / "fuzz" / target
    options = [a for a in given if a.startswith("-")]
    paths = [a for a in given if not a.startswith("-")]
    named = {a.split("=", 1)[0] for a in options}
    options += [f"{k}={v}" for k, v in DEFAULTS.items() if k not in named]
    if "-artifact_prefix" not in named:
        out.mkdir(parents=True, exist_ok=True)
        options.append(f"-artifact_prefix={out}/")
    dictionary = DICTIONARIES.get(target)
    if dictionary and "-dict" not in named:
        options.append(f"-dict={Path(__file__).resolve().parent / 'fuzz_seeds' / dictionary}")
    if not paths:
        paths = [str(out / "corpus"), str(_write_seeds(target, out / "seeds"))]
        Path(paths[0]).mkdir(parents=True, exist_ok=True)
    return [sys.argv[0], *options, *paths]


def _write_seeds(target: str, folder: Path) -> Path:
    from fuzz_targets import seeds

    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for number, (name, raw) in enumerate(seeds(target)):
        (folder / f"{number:03d}-{name[-60:]}").write_bytes(raw)
    return folder


def main() -> None:
    import atheris

    names = ("html", "jsonl", "warc", "url", "dates", "furniture")
    if len(sys.argv) < 2 or sys.argv[1] not in names:
        sys.exit(f"usage: python benchmarks/fuzz.py {{{','.join(names)}}} [libFuzzer options]")
    target = sys.argv[1]
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    with atheris.instrument_imports(include=["belli"]):
        import fuzz_targets

        # belli imports some modules on first use (warcio's adapter, the language
        # detector): one call per target here, so that they are instrumented too
        for _name, raw in fuzz_targets.seeds(target)[:3]:
            fuzz_targets.TARGETS[target](raw)
    # belli's warnings (warcio's notes on a damaged record) would flood the fuzzer's output;
    # errors are findings and are raised by the targets themselves
    logging.getLogger("belli").propagate = False
    logging.getLogger("belli").addHandler(logging.NullHandler())
    atheris.Setup(_args(target, sys.argv[2:]), fuzz_targets.TARGETS[target])
    atheris.Fuzz()


if __name__ == "__main__":
    main()
