"""The DuckDB store: schema, the one writer, queries and export."""

from belli.store.database import Store
from belli.store.event_query import EventFilter, EventPage, StoredEvent
from belli.store.export import FORMATS, ExportReport
from belli.store.queries import DocSummary, StoreStats
from belli.store.schema import SCHEMA_VERSION
from belli.store.writer import BatchCounts, StoreWriter

__all__ = [
    "FORMATS",
    "SCHEMA_VERSION",
    "BatchCounts",
    "DocSummary",
    "EventFilter",
    "EventPage",
    "ExportReport",
    "Store",
    "StoreStats",
    "StoreWriter",
    "StoredEvent",
]
