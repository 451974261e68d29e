"""A module split into smaller ones keeps every name other code imports from it, and a
re-exported name is the very object of its new home (isinstance and caches depend on it)."""

from __future__ import annotations

import importlib

import pytest

# What the package, its tests and its benchmarks import from the modules that were split.
IMPORTED = {
    "belli.actors.coref": ["Antecedent", "coreferring_mentions", "group_antecedents", "kind_of",
                           "object_barred_subjects", "pick_countries", "pick_salient"],
    "belli.actors.resolve": ["ActorStage", "Resolver"],
    "belli.cli": ["app", "main", "run", "register_measurements"],
    "belli.events.adjust": ["DOMINANT_SHARE", "place_unnamed", "settle", "together"],
    "belli.events.back_references": ["BackReferences"],
    "belli.events.coder": ["STAGE", "EventCoder"],
    "belli.events.group_phrases": ["GroupPhrases"],
    "belli.events.participants": ["FOREIGN_REASON", "PLACE_KINDS", "RELATIONAL", "Found",
                                  "Participants", "without_clauses"],
    "belli.events.screening": ["MATERIAL_TYPES", "agentless", "has_doer", "placed", "prevented"],
    "belli.events.timing": ["DocumentDates", "EventDate", "act_tense", "date_of", "told_tense"],
    "belli.geo.missed": ["Span", "countries_unmentioned", "designated_unmentioned",
                         "divisions_in", "find_missed", "located_unmentioned",
                         "parts_unmentioned", "repeated_places", "resident_unmentioned",
                         "span_mentions", "stated_unmentioned", "towns_before_divisions"],
    "belli.geo.resolve": ["INSIDE_REASON", "Resolution", "resolve_toponyms"],
    "belli.ingest.clean": ["Cleaned", "Furniture", "clean_text", "is_menu", "load_furniture",
                           "markdown_to_plain", "normalize_text"],
    "belli.store.event_query": [
        "AUX_MODES", "CERTAINTIES", "EVENT_DAYS", "ROW_FIELDS", "SORTS", "ActorSpec",
        "EventFilter", "EventPage", "StoredEvent", "Where", "actor_sql", "actor_text",
        "check_page", "date_range_clauses", "day_range_clauses", "event_where", "period_edge",
        "period_sql", "register_period_functions", "select_event_rows", "select_events",
        "select_stored", "split_values",
    ],
}

# Re-exported names and the module that defines them now.
HOMES = [
    *(("belli.actors.coref", n, "belli.actors.antecedents", n)
      for n in ("Antecedent", "group_antecedents", "kind_of", "pick_countries", "pick_salient")),
    ("belli.actors.coref", "object_barred_subjects", "belli.actors.plural_pronouns",
     "object_barred_subjects"),
    ("belli.events.coder", "STAGE", "belli.events.event_record", "STAGE"),
    ("belli.events.participants", "Found", "belli.events.found_actor", "Found"),
    ("belli.events.timing", "DocumentDates", "belli.events.document_dates", "DocumentDates"),
    ("belli.events.timing", "EventDate", "belli.events.event_date", "EventDate"),
    ("belli.events.timing", "act_tense", "belli.events.act_tenses", "act_tense"),
    ("belli.events.timing", "told_tense", "belli.events.act_tenses", "told_tense"),
    *(("belli.geo.missed", n, "belli.geo.untagged", n) for n in ("Span", "span_mentions")),
    *(("belli.geo.missed", n, "belli.geo.missed_divisions", n)
      for n in ("designated_unmentioned", "divisions_in", "parts_unmentioned",
                "stated_unmentioned")),
    *(("belli.geo.missed", n, "belli.geo.missed_towns", n)
      for n in ("located_unmentioned", "resident_unmentioned", "towns_before_divisions")),
    *(("belli.geo.missed", n, "belli.geo.missed_known_names", n)
      for n in ("countries_unmentioned", "repeated_places")),
    ("belli.ingest.clean", "load_furniture", "belli.ingest.furniture", "load_furniture"),
    ("belli.ingest.clean", "markdown_to_plain", "belli.ingest.units", "markdown_to_plain"),
    ("belli.store.event_query", "EventFilter", "belli.store.event_filter", "EventFilter"),
    ("belli.store.event_query", "StoredEvent", "belli.store.stored_events", "StoredEvent"),
    ("belli.store.event_query", "actor_text", "belli.store.stored_events", "actor_text"),
]


@pytest.mark.parametrize(("module", "name"),
                         [(m, n) for m, names in IMPORTED.items() for n in names])
def test_a_name_other_code_imports_is_still_there(module: str, name: str) -> None:
    assert hasattr(importlib.import_module(module), name)


@pytest.mark.parametrize(("module", "name", "home", "home_name"), HOMES)
def test_a_reexported_name_is_the_object_of_its_new_module(
    module: str, name: str, home: str, home_name: str
) -> None:
    old = getattr(importlib.import_module(module), name)
    assert old is getattr(importlib.import_module(home), home_name)


def test_the_store_query_module_still_exports_what_it_did() -> None:
    event_query = importlib.import_module("belli.store.event_query")
    assert sorted(event_query.__all__) == sorted(IMPORTED["belli.store.event_query"])


@pytest.mark.parametrize("module", ["belli.events.adjust", "belli.events.back_references",
                                    "belli.events.coder", "belli.events.group_phrases",
                                    "belli.events.participants", "belli.events.screening",
                                    "belli.events.timing"])
def test_the_split_event_modules_still_export_what_they_did(module: str) -> None:
    assert sorted(importlib.import_module(module).__all__) == sorted(IMPORTED[module])


@pytest.mark.parametrize("module", ["belli.geo.missed", "belli.geo.resolve"])
def test_the_split_place_modules_still_export_what_they_did(module: str) -> None:
    assert sorted(importlib.import_module(module).__all__) == sorted(IMPORTED[module])


def test_participants_holds_its_readers_of_back_references_and_group_phrases() -> None:
    participants = importlib.import_module("belli.events.participants")
    # composition, not mixins: the helpers are objects it holds, not bases it splits into
    assert participants.Participants.__mro__ == (participants.Participants, object)
