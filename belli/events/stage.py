"""The event stage (`events.rules.v1`): events and claims for every analysed article."""

from __future__ import annotations

from dataclasses import dataclass

from belli.events.claims import load_cues
from belli.events.coder import STAGE, EventCoder
from belli.events.lexicon import load_lexicon, load_plover
from belli.records import Analysis
from belli.settings import Settings

__all__ = ["EventStage"]


@dataclass
class EventStage:
    coder: EventCoder
    name: str = STAGE
    needs: frozenset[str] = frozenset({"mentions", "parse", "actors"})
    adds: frozenset[str] = frozenset({"events", "claims"})

    @classmethod
    def from_settings(cls, settings: Settings) -> EventStage:
        from belli.actors.document import MemoKB
        from belli.actors.kb import load_kb

        # unnamed groups ask the sector cues of the same few phrases again and again
        return cls(EventCoder(load_lexicon(), load_plover(), load_cues(), MemoKB(load_kb())))

    def run(self, batch: list[Analysis]) -> list[Analysis]:
        out = []
        for analysis in batch:
            events, claims = self.coder.code(analysis)
            out.append(analysis.replace(events=events, claims=claims))
        return out
