"""`belli bench --profile`: where the pipeline's time goes, per spaCy component and per stage.

Runs in a fresh process (`python -m belli.eval.profile CORPUS`), like the bench parts:

1. start-up, timed apart: importing spaCy, building belli's pipeline (model, knowledge
   base, ruler patterns, lexicons);
2. spaCy, one component at a time: the tokenizer over every text, then each component of
   belli's spaCy pipeline (the model's own and belli's three) over all the Docs, in the
   spaCy stage's groups of texts (`GROUP_CHARS` characters), so each gets its own total
   on a cold process, as in a run;
3. belli's stages: the whole pipeline over the same articles, with `Pipeline.timings_s`
   per stage; `nlp.spacy.v1` there includes building sentence and mention records. This
   pass runs warm (the component pass before it filled spaCy's caches), so its spaCy
   time is lower than a cold run's; the stages after it are the same either way.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from belli.settings import Settings

__all__ = ["Profile", "profile", "render_profile", "run_profile"]


@dataclass(frozen=True, slots=True)
class Profile:
    articles: int
    sentences: int
    tokens: int
    startup_s: dict[str, float]
    components_s: dict[str, float]
    stages_s: dict[str, float]


def profile(corpus: Path, settings: Settings, limit: int | None = None) -> Profile:
    """Measure in this process (the worker side of `run_profile`)."""
    started = time.perf_counter()
    import spacy  # noqa: F401 - timed: every run pays it

    startup = {"import spacy": time.perf_counter() - started}
    from belli.eval.bench import read_corpus
    from belli.nlp.blas import one_blas_thread
    from belli.nlp.pages import ordinary_pages
    from belli.pipeline import build_pipeline

    articles = read_corpus(corpus, settings, limit)
    started = time.perf_counter()
    pipeline = build_pipeline(settings)
    startup["build pipeline"] = time.perf_counter() - started
    nlp = pipeline.stages[0].nlp  # type: ignore[attr-defined]
    with one_blas_thread(), ordinary_pages():  # as the pipeline runs them
        components, docs = _components(nlp, [a.text for a in articles])
    for _ in pipeline.run(articles):
        pass
    return Profile(len(articles), sum(len(list(d.sents)) for d in docs),
                   sum(len(d) for d in docs), _rounded(startup), _rounded(components),
                   _rounded(pipeline.timings_s))


def _components(nlp: Any, texts: list[str]) -> tuple[dict[str, float], list[Any]]:
    from belli.nlp.stage import GROUP_CHARS, groups

    sizes = [len(group) for group in groups(texts, GROUP_CHARS)]
    started = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    timings = {"tokenizer": time.perf_counter() - started}
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = [doc for group in _split(docs, sizes)
                    for doc in component.pipe(group, batch_size=len(group))]
        else:
            docs = [component(doc) for doc in docs]
        timings[name] = time.perf_counter() - started
    return timings, docs


def _split(docs: list[Any], sizes: list[int]) -> list[list[Any]]:
    starts = [sum(sizes[:i]) for i in range(len(sizes))]
    return [docs[start:start + size] for start, size in zip(starts, sizes, strict=True)]


def _rounded(timings: dict[str, float]) -> dict[str, float]:
    return {name: round(seconds, 3) for name, seconds in timings.items()}


def run_profile(corpus: Path, settings: Settings, limit: int | None = None) -> Profile:
    """Profile in a fresh Python process: nothing loaded or cached before it starts."""
    from belli.eval.bench import run_module

    command = ["belli.eval.profile", str(corpus), "--model", settings.model,
               "--batch-size", str(settings.batch_size)]
    if limit:
        command += ["--limit", str(limit)]
    return Profile(**run_module(command, "profile"))


def render_profile(result: Profile) -> str:
    spacy_total = sum(result.components_s.values()) or 1.0
    lines = [(f"{result.articles} articles, {result.sentences:,} sentences, "
             f"{result.tokens:,} tokens"), "", "start-up:"]
    lines += [f"  {name:<22}{secs:>8.2f} s" for name, secs in result.startup_s.items()]
    lines += ["", "spaCy, one component at a time over every text:"]
    lines += [f"  {name:<22}{secs:>8.2f} s {100 * secs / spacy_total:>4.0f}%"
              for name, secs in result.components_s.items()]
    lines += [f"  {'total':<22}{spacy_total:>8.2f} s", "", "belli's stages (whole pipeline):"]
    stage_total = sum(result.stages_s.values()) or 1.0
    lines += [f"  {name:<22}{secs:>8.2f} s {100 * secs / stage_total:>4.0f}%"
              for name, secs in result.stages_s.items()]
    return "\n".join(lines)


def _main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m belli.eval.profile")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--model", default=None)
    parser.add_argument("--batch-size", type=int, default=None)
    args = parser.parse_args(argv)
    settings = Settings.load(model=args.model, batch_size=args.batch_size)
    result = profile(args.corpus, settings, args.limit)
    sys.stdout.write(json.dumps(asdict(result)) + "\n")


if __name__ == "__main__":
    _main()
