"""`belli explain`: the event coder's trace of what became of every trigger word it read
(kept with its event, refused by a check, absorbed, merged, a duplicate or a retelling of
another event, below the confidence cut), and that tracing changes nothing it codes.
Sentences are our own."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from belli import api
from belli.cli import run
from belli.events.stage import EventStage
from belli.events.trace import Candidate, Explanation, Trace
from belli.pipeline import Pipeline
from belli.records import Analysis, Article, Failure

pytestmark = pytest.mark.model

PUBLISHED = "2024-03-05"


@pytest.fixture(scope="module")
def stages(nlp_pipeline) -> tuple[Pipeline, EventStage]:
    """The pipeline up to the event stage, and the event stage (with no confidence cut)."""
    at = next(i for i, s in enumerate(nlp_pipeline.stages) if isinstance(s, EventStage))
    stage = replace(nlp_pipeline.stages[at], min_confidence=0.0)
    return Pipeline(nlp_pipeline.stages[:at], nlp_pipeline.settings), stage


def _before_events(stages, text: str) -> Analysis:
    return stages[0].process(Article.from_text(text, published=PUBLISHED))


def _explained(stages, text: str, stage: EventStage | None = None) -> tuple[Analysis, Trace]:
    trace = Trace()
    analysis = (stage or stages[1]).traced(_before_events(stages, text), trace)
    return analysis, trace


def _one(trace: Trace, word: str) -> Candidate:
    (found,) = [c for c in trace.candidates() if c.trigger == word]
    return found


def test_an_event_shows_kept_with_its_id_type_and_sides(stages) -> None:
    analysis, trace = _explained(stages, "Turkish troops shelled a Syrian village on Tuesday.")
    shelled = _one(trace, "shelled")
    (event,) = analysis.events
    assert (shelled.fate, shelled.event_id, shelled.event_type) == ("kept", event.event_id, "ASSAULT")
    assert shelled.lexicon == "verbs.shell" and shelled.source == ("TUR MIL",)
    assert shelled.confidence == event.confidence and shelled.why == event.reason
    text = "Turkish troops shelled a Syrian village on Tuesday."
    assert text[shelled.start:shelled.end] == "shelled" and shelled.sentence == 0


@pytest.mark.parametrize(("text", "word", "check"), [
    ("Would Iran attack Israel?", "attack", "prevented"),
    ("Analysts say Egypt would welcome a truce between the two sides.", "welcome", "commentary"),
    ("The Second World War ended in 1945.", "War", "background"),
])
def test_a_trigger_the_screening_refuses_names_the_check(stages, text, word, check) -> None:
    analysis, trace = _explained(stages, text)
    refused = _one(trace, word)
    assert refused.fate == "refused" and refused.why.startswith(check), refused
    assert refused.event_id is None and not any(e.trigger == word for e in analysis.events)


def test_the_act_a_request_is_about_shows_absorbed_by_the_request(stages) -> None:
    _, trace = _explained(stages, "The United States urged Russia to withdraw its troops.")
    withdraw = _one(trace, "withdraw")
    assert (withdraw.fate, withdraw.why) == ("absorbed", "accounted for by 'urged'")
    assert _one(trace, "urged").fate == "kept"


def test_a_repeated_sentence_shows_the_event_of_its_first_telling(stages) -> None:
    said = "Egypt's foreign minister met his Qatari counterpart in Doha."
    analysis, trace = _explained(stages, f"{said} {said}")
    first, second = sorted((c for c in trace.candidates() if c.trigger == "met"),
                           key=lambda c: c.start)
    (event,) = analysis.events
    assert (first.fate, first.event_id) == ("kept", event.event_id)
    assert (second.fate, second.event_id, second.sentence) == ("duplicate", event.event_id, 1)


def test_a_retelling_and_a_trigger_merged_into_it_show_the_first_telling(stages) -> None:
    analysis, trace = _explained(stages, "Azerbaijani troops attacked Armenian positions on "
                                 "Monday. Officials said the attack on Armenian positions "
                                 "killed three soldiers.")
    attacked = _one(trace, "attacked")
    assert attacked.fate == "kept"
    assert [e.event_id for e in analysis.events] == [attacked.event_id]
    retold, killed = _one(trace, "attack"), _one(trace, "killed")
    assert (retold.fate, retold.event_id) == ("retelling", attacked.event_id)
    assert (killed.fate, killed.event_id) == ("merged", attacked.event_id)
    assert killed.why == "tells the event of 'attack'"


def test_an_event_under_the_confidence_cut_shows_the_cut(stages) -> None:
    strict = replace(stages[1], min_confidence=0.999)
    analysis, trace = _explained(stages, "Turkish troops shelled a Syrian village.", strict)
    shelled = _one(trace, "shelled")
    assert not analysis.events and shelled.fate == "below cut"
    assert shelled.why.startswith(f"confidence {shelled.confidence} < 0.999")


@pytest.mark.parametrize("text", [
    "Armenia said Azerbaijani forces shelled a border village, which Baku denied.",
    ("The government declared martial law and a general mobilisation. Baku will allow a UN "
     "team to visit the region."),
    ("Azerbaijani troops attacked Armenian positions on Monday. The attack killed three "
     "soldiers, officials said. The talks went well."),
    ("Iran's foreign minister met his Omani counterpart in Muscat. Iran's foreign minister "
     "met his Omani counterpart in Muscat. Analysts say Oman would welcome the visit."),
])
def test_tracing_changes_nothing_the_coder_codes(stages, text) -> None:
    analysis = _before_events(stages, text)
    coder, trace = stages[1].coder, Trace()
    assert coder.code(analysis, trace) == coder.code(analysis)
    assert trace.candidates() and all(c.fate for c in trace.candidates())


def test_the_api_explains_each_sentence_with_its_candidates(nlp_pipeline) -> None:
    text = "Pakistan expelled two Indian diplomats. Crops grew well this year."
    (found,) = api.explain(Article.from_text(text), nlp_pipeline.settings, published=PUBLISHED)
    assert isinstance(found, Explanation)
    first, second = found.by_sentence()
    assert [c["fate"] for c in first["candidates"]] == ["kept"]
    assert second == {"doc_id": found.doc_id, "sentence": 1, "text": "Crops grew well this year.",
                      "heading": False, "candidates": []}


def test_cli_explain_writes_one_json_line_per_sentence(capsys) -> None:
    text = "Pakistan expelled two Indian diplomats. Would Iran attack Israel?"
    code = run(["--db", ":memory:", "explain", text, "--format", "json", "--published", PUBLISHED])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0 and [r["sentence"] for r in rows] == [0, 1]
    assert [(c["trigger"], c["fate"]) for c in rows[1]["candidates"]] == [("attack", "refused")]
    assert rows[0]["candidates"][0]["event_id"]


def test_cli_explain_table_and_a_bad_date(capsys) -> None:
    assert run(["--db", ":memory:", "explain", "Pakistan expelled two Indian diplomats."]) == 0
    assert "expelled" in capsys.readouterr().out
    assert run(["--db", ":memory:", "explain", "Pakistan expelled two Indian diplomats.",
                "--published", "next week"]) == 1
    assert "next week" in capsys.readouterr().err


def test_cli_explain_reads_a_file_when_given_a_path(tmp_path, capsys) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Pakistan expelled two Indian diplomats.\n", encoding="utf-8")
    assert run(["--db", ":memory:", "explain", str(story), "--format", "json"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["text"] == "Pakistan expelled two Indian diplomats."
    assert [c["trigger"] for c in row["candidates"]] == ["expelled"]


def test_cli_explain_goes_on_past_an_article_the_coder_fails_on(tmp_path, capsys,
                                                                monkeypatch) -> None:
    traced = EventStage.traced

    def failing(self, analysis, trace):
        if "Borduria" in analysis.article.text:
            raise ValueError("coder broke")
        return traced(self, analysis, trace)

    monkeypatch.setattr(EventStage, "traced", failing)
    (tmp_path / "a.txt").write_text("Borduria shelled a border post.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Pakistan expelled two Indian diplomats.\n", encoding="utf-8")
    assert run(["--db", ":memory:", "explain", str(tmp_path), "--format", "json"]) == 1
    out, err = capsys.readouterr()
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert [c["trigger"] for c in row["candidates"]] == ["expelled"]
    assert "coder broke" in err and "Traceback" not in err


def test_the_api_gives_a_failure_for_an_article_the_coder_fails_on(nlp_pipeline,
                                                                   monkeypatch) -> None:
    def failing(self, analysis, trace):
        raise ValueError("coder broke")

    monkeypatch.setattr(EventStage, "traced", failing)
    (found,) = api.explain(Article.from_text("Pakistan expelled two Indian diplomats."),
                           nlp_pipeline.settings)
    assert isinstance(found, Failure)
    assert found.stage == EventStage.name and "coder broke" in found.message
