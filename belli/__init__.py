"""belli: who did what to whom, when and where, from geopolitical news, with evidence.

    import belli
    for record in belli.extract(["article.txt"]):
        ...
    belli.ingest_sources(["corpus/"]).summary()     # into the DuckDB store

The names below are the public API (pinned by tests/test_api_public.py). They load on
first use: `import belli.records` in a worker or a stage should not pay for DuckDB.

`belli.api.ingest` is exported here as `ingest_sources`: the name `belli.ingest` belongs
to the ingestion subpackage, and Python rebinds a package attribute to a subpackage the
moment that subpackage is imported, so a function called `belli.ingest` would turn into
a module halfway through a program. `belli.api.events` is exported as `find_events` for
the same reason (`belli.events` is the event coder).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    # the API (belli/api.py)
    "IngestReport": "belli.api",
    "analyze": "belli.api",
    "docs": "belli.api",
    "export": "belli.api",
    "extract": "belli.api",
    "find_events": "belli.api:events",
    "ingest_sources": "belli.api:ingest",
    "open_store": "belli.api",
    "show": "belli.api",
    "stats": "belli.api",
    # records
    "Actor": "belli.records",
    "Analysis": "belli.records",
    "Article": "belli.records",
    "Claim": "belli.records",
    "DateSpan": "belli.records",
    "Event": "belli.records",
    "Failure": "belli.records",
    "Mention": "belli.records",
    "Place": "belli.records",
    "Quantity": "belli.records",
    "Relation": "belli.records",
    "Sentence": "belli.records",
    "record_from_dict": "belli.records",
    # settings, pipeline, store
    "Settings": "belli.settings",
    "Pipeline": "belli.pipeline",
    "build_pipeline": "belli.pipeline",
    "Store": "belli.store",
    "DocSummary": "belli.store",
    "EventFilter": "belli.store",
    "EventPage": "belli.store",
    "StoredEvent": "belli.store",
    "ExportReport": "belli.store",
    "StoreStats": "belli.store",
    # errors
    "BelliError": "belli.errors",
    "FetchError": "belli.errors",
    "InputError": "belli.errors",
    "LanguageError": "belli.errors",
    "ModelError": "belli.errors",
    "NotFoundError": "belli.errors",
    "PipelineError": "belli.errors",
    "QueryError": "belli.errors",
    "SettingError": "belli.errors",
    "StoreError": "belli.errors",
    "StoreLockedError": "belli.errors",
}

__all__ = [
    "Actor",
    "Analysis",
    "Article",
    "BelliError",
    "Claim",
    "DateSpan",
    "DocSummary",
    "Event",
    "EventFilter",
    "EventPage",
    "ExportReport",
    "Failure",
    "FetchError",
    "IngestReport",
    "InputError",
    "LanguageError",
    "Mention",
    "ModelError",
    "NotFoundError",
    "Pipeline",
    "PipelineError",
    "Place",
    "Quantity",
    "QueryError",
    "Relation",
    "Sentence",
    "SettingError",
    "Settings",
    "Store",
    "StoreError",
    "StoreLockedError",
    "StoreStats",
    "StoredEvent",
    "__version__",
    "analyze",
    "build_pipeline",
    "docs",
    "export",
    "extract",
    "find_events",
    "ingest_sources",
    "open_store",
    "record_from_dict",
    "show",
    "stats",
]


def __getattr__(name: str) -> Any:
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module 'belli' has no attribute {name!r}")
    module, _, attribute = where.partition(":")
    value = getattr(importlib.import_module(module), attribute or name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})


if TYPE_CHECKING:
    from belli.api import (
        IngestReport,
        analyze,
        docs,
        export,
        extract,
        open_store,
        show,
        stats,
    )
    from belli.api import events as find_events
    from belli.api import ingest as ingest_sources
    from belli.errors import (
        BelliError,
        FetchError,
        InputError,
        LanguageError,
        ModelError,
        NotFoundError,
        PipelineError,
        QueryError,
        SettingError,
        StoreError,
        StoreLockedError,
    )
    from belli.pipeline import Pipeline, build_pipeline
    from belli.records import (
        Actor,
        Analysis,
        Article,
        Claim,
        DateSpan,
        Event,
        Failure,
        Mention,
        Place,
        Quantity,
        Relation,
        Sentence,
        record_from_dict,
    )
    from belli.settings import Settings
    from belli.store import (
        DocSummary,
        EventFilter,
        EventPage,
        ExportReport,
        Store,
        StoredEvent,
        StoreStats,
    )
