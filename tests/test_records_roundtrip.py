"""Every record kind survives to_dict/from_dict, and a trip through JSON.

The strategies are derived from the records' type hints, so a field added to a record
is generated (and round-tripped) without touching this file. tests/test_store_*.py
import them from here.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from types import UnionType
from typing import Any, Union

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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

TEXT = st.text(max_size=30)
JSON_SCALAR = (
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False) | TEXT
)
JSON_VALUE = st.recursive(
    JSON_SCALAR,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)
DOC_ID = st.text(alphabet="0123456789abcdef", min_size=16, max_size=16)


def for_type(hint: Any) -> st.SearchStrategy[Any]:
    """A strategy for a record field's type hint (the same mapping the store uses)."""
    origin = typing.get_origin(hint)
    if origin in (Union, UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return st.none() | st.one_of(*(for_type(a) for a in args))
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return st.lists(for_type(args[0]), max_size=3).map(tuple)
        return st.tuples(*(for_type(a) for a in args))
    if is_dataclass(hint) and isinstance(hint, type):
        return record(hint)
    if hint is bool:
        return st.booleans()
    if hint is int:
        return st.integers(-(2**31), 2**31)
    if hint is float:
        # NaN never equals itself and JSON has no infinity: records hold finite numbers.
        return st.floats(allow_nan=False, allow_infinity=False)
    if hint is str:
        return TEXT
    if origin in (Mapping, dict) or hint in (Mapping, dict):
        return st.dictionaries(TEXT, JSON_VALUE, max_size=3)
    raise TypeError(f"no strategy for {hint!r}: extend for_type")


def record(cls: type[Any], **fixed: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Any instance of a record class, every field drawn from its type hint."""
    hints = typing.get_type_hints(cls)
    return st.builds(cls, **{
        f.name: fixed.get(f.name, for_type(hints[f.name])) for f in fields(cls)
    })


@st.composite
def analyses(draw: st.DrawFn) -> Analysis:
    """An Analysis whose records all belong to its article, as the pipeline makes them."""
    doc_id = draw(DOC_ID)
    same = {"doc_id": st.just(doc_id)}
    children = {
        name: draw(st.lists(record(cls, **same), max_size=3).map(tuple))
        for name, cls in (("sentences", Sentence), ("mentions", Mention), ("events", Event),
                          ("relations", Relation), ("claims", Claim))
    }
    return Analysis(
        article=draw(record(Article, **same)),
        notes=draw(st.lists(TEXT, max_size=2).map(tuple)),
        stages=draw(st.lists(TEXT, max_size=2).map(tuple)),
        **children,
    )


failures = record(Failure, doc_id=st.none() | DOC_ID)

TOP_LEVEL = [Article, Mention, Event, Relation, Claim, Failure]
NESTED = [Actor, Place, DateSpan, Quantity, Sentence]


@pytest.mark.parametrize("cls", TOP_LEVEL, ids=lambda c: c.kind)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_top_level_record_survives_its_contract_dict(cls: type[Any], data: st.DataObject) -> None:
    original = data.draw(record(cls))
    as_dict = original.to_dict()
    assert as_dict["kind"] == cls.kind
    assert "doc_id" in as_dict
    assert record_from_dict(as_dict) == original


@pytest.mark.parametrize("cls", TOP_LEVEL + NESTED, ids=lambda c: c.__name__)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_record_survives_a_trip_through_json(cls: type[Any], data: st.DataObject) -> None:
    original = data.draw(record(cls))
    line = json.dumps(original.to_dict(), ensure_ascii=False)
    assert cls.from_dict(json.loads(line)) == original


@settings(max_examples=40, deadline=None)
@given(analyses())
def test_analysis_survives_to_dict_and_back(analysis: Analysis) -> None:
    assert Analysis.from_dict(json.loads(json.dumps(analysis.to_dict()))) == analysis


@given(record(Mention))
def test_mention_contract_names_its_first_actor(mention: Mention) -> None:
    as_dict = mention.to_dict()
    assert as_dict["actor"] == (mention.actors[0].to_dict(with_kind=False)
                                if mention.actors else None)
    assert as_dict["mention_id"] == mention.mention_id


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown record kind"):
        record_from_dict({"kind": "rumour", "doc_id": "x"})
