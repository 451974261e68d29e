"""`belli bench`: corpus reading, the report's arithmetic, and one real spaCy-floor run."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from belli.eval.bench import BenchReport, PartResult, bench_dict, measure, read_corpus, render_bench
from belli.settings import Settings

STORIES = [
    {"id": "1", "title": "Talks", "published": "2023-09-20T10:00:00Z",
     "text": "Armenian and Azerbaijani diplomats met in Brussels on Tuesday to discuss the border."},
    {"id": "2", "title": "Shelling", "published": "2023-09-21T08:00:00Z",
     "text": "Azerbaijan's defence ministry said its forces had shelled positions near Khankendi."},
    {"id": "3", "title": "empty", "text": ""},
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "stories.jsonl"
    path.write_text("\n".join(json.dumps(s) for s in STORIES) + "\n", encoding="utf-8")
    return path


def _run(part: str, repeat: int, seconds: float, peak: float, timings=None) -> PartResult:
    return PartResult(part, repeat, articles=70 * repeat, words=47_000 * repeat, seconds=seconds,
                      load_s=1.0, read_s=0.5, rss_loaded_mb=250.0, peak_rss_mb=peak,
                      timings_s=timings or {})


def test_corpus_articles_skip_empty_texts_and_honour_limit(corpus):
    settings = Settings.load(db_path=":memory:")
    assert len(read_corpus(corpus, settings)) == 2
    assert len(read_corpus(corpus, settings, limit=1)) == 1


def test_ratio_is_belli_time_over_spacy_time_at_each_size():
    report = BenchReport("voa", "en_core_web_sm", 32, (
        _run("belli", 1, 13.0, 400, {"nlp.spacy.v1": 10.0, "actors.v1": 3.0}), _run("spacy", 1, 10.0, 300),
        _run("belli", 4, 52.0, 410), _run("spacy", 4, 40.0, 305),
    ))
    assert report.ratio(1) == pytest.approx(1.3)
    assert report.ratio(16) is None
    assert bench_dict(report)["ratio_belli_over_spacy"] == {"1": 1.3, "4": 1.3}
    table = render_bench(report)
    assert "nlp.spacy.v1 10.00 s (77%)" in table
    assert "1.30" in table


def test_throughput_from_counts():
    run = _run("spacy", 1, 10.0, 300)
    assert (run.articles_per_s, run.words_per_s) == (7.0, 4700.0)


@pytest.mark.model
def test_spacy_floor_streams_the_corpus_repeat_times(corpus):
    result = measure("spacy", corpus, repeat=3, settings=Settings.load(db_path=":memory:"))
    assert result.articles == 6
    assert result.words == 3 * sum(len(s["text"].split()) for s in STORIES)
    assert result.peak_rss_mb >= result.rss_loaded_mb > 0


@pytest.mark.model
@pytest.mark.slow
def test_bench_runs_every_part_in_its_own_process(corpus):
    from belli.eval.bench import bench

    report = bench(corpus, repeat=2, settings=Settings.load(db_path=":memory:"))
    assert [(r.part, r.repeat, r.articles) for r in report.runs] == [
        ("belli", 2, 4), ("spacy", 2, 4), ("spacy_gemm", 2, 4)]
    assert report.part("belli", 2).failed == 0
    assert report.ratio(2) is not None
    assert report.ratio(2, "spacy_gemm") is not None
    assert "nlp.spacy.v1" in report.part("belli", 2).timings_s


@pytest.mark.model
@pytest.mark.slow
def test_with_thincs_own_multiply_the_spacy_part_is_the_only_floor(corpus):
    from belli.eval.bench import bench

    report = bench(corpus, settings=Settings.load(db_path=":memory:", gemm="blis"))
    assert [r.part for r in report.runs] == ["belli", "spacy"]


@pytest.mark.model
def test_profile_times_every_component_in_the_pipelines_order_and_every_stage(corpus):
    from belli.eval.profile import profile, render_profile
    from belli.nlp.build import build_nlp

    result = profile(corpus, Settings.load(db_path=":memory:"))
    assert list(result.components_s) == ["tokenizer", *build_nlp("en_core_web_sm").pipe_names]
    assert {"nlp.spacy.v1", "events.rules.v1"} <= set(result.stages_s)
    assert (result.articles, result.sentences) == (2, 2)
    assert "attribute_ruler" in render_profile(result)


def test_belli_is_timed_as_installed_with_its_modules_compiled_ahead():
    # with PYTHONDONTWRITEBYTECODE set, a fresh process would otherwise compile belli's
    # sources at every start: the bench compiles them first, as pip does on install
    import importlib.util

    import belli.eval.bench as bench_module
    from belli.eval.bench import compile_bytecode

    source = Path(bench_module.__file__)
    cached = Path(importlib.util.cache_from_source(str(source)))
    cached.unlink(missing_ok=True)
    assert compile_bytecode()
    assert cached.is_file() and cached.stat().st_mtime >= source.stat().st_mtime


def test_the_belli_part_settles_its_pipeline_as_the_cli_does(monkeypatch):
    from belli import pipeline as pipeline_module
    from belli.eval import bench

    built = SimpleNamespace(timings_s={}, run=lambda _stream: iter(()))
    steps: list[str] = []
    monkeypatch.setattr(pipeline_module, "build_pipeline", lambda _s: steps.append("built") or built)
    monkeypatch.setattr(pipeline_module, "settle_for_run", lambda: steps.append("settled"))
    bench._run_belli(iter(()), Settings.load())
    assert steps == ["built", "settled"]
