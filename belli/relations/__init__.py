"""Standing relations (ally, partner, member_of, arms_supplier, hosts_forces, mediator,
rival): derived per document by the `relations.rules.v1` stage (`RelationStage`),
aggregated across documents with validity by `belli.relations.query`.

The stage's modules are imported when first used, so the query side (CLI, API) loads no
part of the NLP pipeline.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["STAGE", "RelationStage", "derive_relations"]

STAGE = "relations.rules.v1"

_LAZY = {"RelationStage": "belli.relations.stage", "derive_relations": "belli.relations.stage"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'belli.relations' has no attribute {name!r}")
