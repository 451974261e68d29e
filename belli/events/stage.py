"""The event stage (`events.rules.v1`): events and claims for every analysed article.

Events below the `min_confidence` setting are dropped once scored (0, the default, keeps
them all; `trained` is the cut stored with the confidence weights), before relations are
read from them."""

from __future__ import annotations

from dataclasses import dataclass

from belli.events.claims import load_cues
from belli.events.coder import STAGE, EventCoder
from belli.events.confidence import keep_confident, trained_threshold
from belli.events.lexicon import load_lexicon, load_plover
from belli.events.trace import Trace
from belli.records import Analysis
from belli.settings import Settings

__all__ = ["EventStage", "minimum_confidence"]


def minimum_confidence(settings: Settings) -> float:
    """The cut the settings ask for: a probability, or (`trained`, read as None) the one
    stored with the weights."""
    given = settings.min_confidence
    return trained_threshold() if given is None else given


@dataclass
class EventStage:
    coder: EventCoder
    name: str = STAGE
    needs: frozenset[str] = frozenset({"mentions", "parse", "actors"})
    adds: frozenset[str] = frozenset({"events", "claims"})
    min_confidence: float = 0.0  # 0: every event the coder finds

    @classmethod
    def from_settings(cls, settings: Settings) -> EventStage:
        from belli.actors.document import shared_memo
        from belli.actors.kb import load_kb

        # unnamed groups ask the sector cues of the same few phrases again and again
        coder = EventCoder(load_lexicon(), load_plover(), load_cues(), shared_memo(load_kb()))
        return cls(coder, min_confidence=minimum_confidence(settings))

    def traced(self, analysis: Analysis, trace: Trace) -> Analysis:
        """`run` on one article, telling `trace` what became of every trigger, the
        confidence cut included."""
        events, claims = keep_confident(*self.coder.code(analysis, trace), self.min_confidence)
        trace.cut(events, self.min_confidence)
        return analysis.replace(events=events, claims=claims)

    def run(self, batch: list[Analysis]) -> list[Analysis]:
        out = []
        for analysis in batch:
            events, claims = keep_confident(*self.coder.code(analysis), self.min_confidence)
            out.append(analysis.replace(events=events, claims=claims))
        return out
