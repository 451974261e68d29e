"""An event's confidence: the chance an analyst codes it as belli did (type and countries).

A small logistic model over features of the final Event record alone, so an event read
back from the store scores as it did when coded. The weights, with their feature names
and the figures of their training, are `data/confidence.json`; `belli.eval.confidence`
fits them on the development golden files and rewrites the file (see data/README.md).
Beside the weights the file keeps a threshold, chosen by the same cross-validation: the
cut below which events are dropped when `min_confidence` is `trained`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from belli.errors import InputError
from belli.records import Actor, Claim, Event

__all__ = ["FEATURES", "WEIGHTS_PATH", "ConfidenceModel", "features", "keep_confident",
           "load_model", "scored", "trained_threshold"]

WEIGHTS_PATH = Path(__file__).parent / "data" / "confidence.json"

_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
_SECTORS = ("GOV", "MIL", "REB", "CVL", "IGO")
_CERTAINTIES = ("reported", "speculative")  # "asserted" is the baseline
_AUX = ("negated", "future", "historical", "hypothetical")
_DATE_TYPES = ("clause", "sentence", "paragraph", "publication")
# phrases the coder writes into a reason when it guesses a side rather than reading it
# from a mention (discourse, fighting_sides, nominal, unnamed_actors, adjust)
_GUESS_CUES = ("inferred", "the document's", "the document is about", "tells again",
               "the event is in", "the act would be in", "the sentence names only",
               "stands for the target", "with no named target", "actors: ")
_QUOTES = ('"', "“", "”")

FEATURES: tuple[str, ...] = (
    *(f"type:{t}" for t in _TYPES),  # no quad: it follows from the type, and adds nothing
    "trigger_noun", "rule_conditioned", "source_named", "target_named", "source_empty", "target_empty",
    "actors", *(f"sector:{s}" for s in _SECTORS), "side_guessed", "actor_copied",
    *(f"certainty:{c}" for c in _CERTAINTIES), *(f"aux:{a}" for a in _AUX),
    "attributed", "reciprocal", *(f"date_type:{d}" for d in _DATE_TYPES),
    "place", "quantities", "sentence_short", "sentence_long", "quoted",
)


def features(event: Event) -> dict[str, float]:
    """The event's non-zero features, by name (every name is in FEATURES)."""
    found = {f"type:{event.type}", f"certainty:{event.certainty}",
             *(f"aux:{a}" for a in event.aux), f"date_type:{event.date_type}",
             *(f"sector:{a.sector}" for a in (*event.source, *event.target))}
    flags = {**_sides(event), **_form(event)}
    out = {name: 1.0 for name in found | {n for n, on in flags.items() if on}}
    out["actors"] = min(4, len(event.source) + len(event.target)) / 4
    return {name: value for name, value in out.items() if name in _KNOWN and value}


def _sides(event: Event) -> dict[str, bool]:
    actors = (*event.source, *event.target)
    return {"source_named": _named(event.source), "target_named": _named(event.target),
            "source_empty": not event.source, "target_empty": not event.target,
            "side_guessed": _guessed(event), "actor_copied": any(a.is_copied for a in actors),
            "reciprocal": event.reciprocal, "attributed": event.attributed_to is not None}


def _form(event: Event) -> dict[str, bool]:
    words = len(event.sentence.split())
    rule = event.reason.partition("; ")[0].partition("(lexicon ")[2]
    return {"trigger_noun": event.reason.startswith("noun "), "rule_conditioned": " if " in rule,
            "place": event.place is not None,
            "quantities": bool(event.quantities), "sentence_short": words < 12,
            "sentence_long": words > 40, "quoted": any(q in event.sentence for q in _QUOTES)}


def _named(actors: Iterable[Actor]) -> bool:
    return any(a.country for a in actors)


def _guessed(event: Event) -> bool:
    """Whether a side was guessed: the event's reason, past its type, or an actor's says so."""
    said = [event.reason.partition("; ")[2],
            *(a.reason or "" for a in (*event.source, *event.target))]
    return any(cue in text for text in said for cue in _GUESS_CUES)


_KNOWN = frozenset(FEATURES)


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    bias: float
    weights: Mapping[str, float]
    # the keep-or-drop cut that scored best out of fold (0: keep every event)
    threshold: float = 0.0

    def probability(self, event: Event) -> float:
        z = self.bias + sum(self.weights.get(n, 0.0) * v for n, v in features(event).items())
        return 1.0 / (1.0 + math.exp(-z))

    def to_dict(self, training: Mapping[str, Any]) -> dict[str, Any]:
        return {"about": "P(an analyst codes the event with this type and these countries) = "
                         "1 / (1 + exp(-(bias + sum of the weights of the event's features)))",
                "bias": self.bias, "weights": dict(self.weights), "threshold": self.threshold,
                "training": dict(training)}


def load_model(path: Path = WEIGHTS_PATH) -> ConfidenceModel:
    """The model of a weights file; a feature name belli does not compute is an error."""
    try:
        raw = json.loads(path.read_text("utf-8"))
        model = ConfidenceModel(float(raw["bias"]), {str(k): float(v)
                                                     for k, v in raw["weights"].items()},
                                float(raw.get("threshold", 0.0)))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"confidence weights {path} are not readable: {exc}") from exc
    if not 0.0 <= model.threshold < 1.0:
        raise InputError(f"confidence weights {path} give a threshold outside [0, 1): "
                         f"{model.threshold}")
    unknown = set(model.weights) - _KNOWN
    if unknown:
        raise InputError(f"confidence weights {path} name unknown features: {sorted(unknown)}")
    return model


@lru_cache(maxsize=1)
def _shipped() -> ConfidenceModel:
    return load_model()


def scored(events: Iterable[Event], model: ConfidenceModel | None = None) -> tuple[Event, ...]:
    """The events with the model's confidence (the shipped model unless one is given)."""
    model = model or _shipped()
    return tuple(e.replace(confidence=round(model.probability(e), 3)) for e in events)


def trained_threshold() -> float:
    """The shipped model's keep-or-drop cut, which `min_confidence` "trained" asks for."""
    return _shipped().threshold


def keep_confident(events: Sequence[Event], claims: Sequence[Claim], minimum: float
                   ) -> tuple[tuple[Event, ...], tuple[Claim, ...]]:
    """The events at or above `minimum` confidence, and the claims naming only those.

    A claim stays when its events go: what a speaker said is still said."""
    kept = tuple(e for e in events if e.confidence >= minimum)
    if len(kept) == len(events):
        return tuple(events), tuple(claims)
    ids = {e.event_id for e in kept}
    return kept, tuple(c.replace(event_ids=tuple(i for i in c.event_ids if i in ids))
                       if set(c.event_ids) - ids else c for c in claims)
