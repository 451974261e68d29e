"""The relation cues file: it loads, covers the contract's types, and a mistake in it is
named at load time rather than silently matching nothing."""

from __future__ import annotations

from typing import Any

import pytest

from belli.errors import KnowledgeBaseError
from belli.relations.lexicon import build_lexicon, forms, load_relation_lexicon
from belli.relations.sentence import SlottedSentence
from belli.relations.templates import find_matches

CONTRACT_TYPES = {"ally", "partner", "member_of", "arms_supplier", "hosts_forces", "mediator",
                  "rival"}


def test_the_packaged_cues_cover_every_type_of_the_contract() -> None:
    lexicon = load_relation_lexicon()
    assert set(lexicon.types) == CONTRACT_TYPES
    for kind in lexicon.types.values():
        assert kind.templates, kind.name
        assert kind.source_roles, kind.name
    assert {k for k, t in lexicon.types.items() if t.symmetric} == {"ally", "partner", "rival"}


def small(template: Any, **extra: Any) -> dict[str, Any]:
    return {"classes": {"allies": ["ally", "allies"]},
            "types": {"ally": {"symmetric": True, "roles": {"source": "a", "target": "b"},
                               "templates": [template]}, **extra}}


@pytest.mark.parametrize(("data", "named"), [
    (small("{a} 's @friends {b}"), "@friends"),
    (small("{a} 's @allies {c}"), "['c']"),
    (small("{a} 's @allies {b:country}"), "'country'"),
    (small({"match": "{a} 's @allies {b}", "status": "delivered"}), "status"),
    (small({"match": "{a} 's @allies {b}", "when": "now"}), "when"),
    (small({"match": "{a} 's @allies {b}", "requires": "@missing"}), "@missing"),
    ({"types": {"ally": {"roles": {"side": "a"}, "templates": []}}}, "side"),
])
def test_a_mistake_in_the_cues_is_named_at_load(data: dict[str, Any], named: str) -> None:
    with pytest.raises(KnowledgeBaseError, match=named.replace("[", r"\[")):
        build_lexicon(data)


def stream(text: str) -> SlottedSentence:
    """A slotted sentence from tokens, where "§s0" style tokens are slots already."""
    tokens = text.split()
    return SlottedSentence.of(None, tokens, list(range(len(tokens))), [])  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "roles"), [
    ("§s0 's closest ally §s1 called", {"a": ("§s0",), "b": ("§s1",)}),
    ("§s0 's allies §s1 , §s2 and §s3 called", {"a": ("§s0",), "b": ("§s1", "§s2", "§s3")}),
    ("the §s0 ally §s1", {"a": ("§s0",), "b": ("§s1",)}),
])
def test_a_template_takes_one_slot_or_a_coordinated_list_per_role(
        text: str, roles: dict[str, tuple[str, ...]]) -> None:
    lexicon = build_lexicon({
        "classes": {"allies": ["ally", "allies"], "q": ["close", "closest"]},
        "types": {"ally": {"symmetric": True, "roles": {"source": "a", "target": "b"},
                           "templates": ["{a:state} 's? @q* @allies {b+:state}"]}}})
    (template,) = lexicon.types["ally"].templates
    (match,) = find_matches(template, stream(text))
    assert dict(match.roles) == roles


def test_a_gap_never_crosses_a_clause_boundary_and_the_closest_reading_wins() -> None:
    lexicon = build_lexicon({
        "boundaries": ["but"], "classes": {"bases": ["base", "military base"]},
        "types": {"hosts_forces": {"roles": {"source": "host", "target": "forces"},
                                   "templates": ["{forces} has ~8 @bases in {host}"]}}})
    (template,) = lexicon.types["hosts_forces"].templates
    crossed = find_matches(template, stream("§s0 has troops but §s1 wants a base in §s2"))
    (closest,) = find_matches(template, stream("§s0 has troops and §s1 has a base in §s2"))
    assert crossed == []
    assert closest.roles["forces"] == ("§s1",)


def test_trigger_words_are_known_in_all_their_forms() -> None:
    assert {"supplies", "supplied", "supplying", "shipped", "delivers"} <= forms(
        ["supply", "ship", "deliver"])
