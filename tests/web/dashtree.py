"""Reading a rendered Dash component tree in tests: every component, every text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dash.development.base_component import Component


def components(node: Any) -> Iterator[Component]:
    """Every component in the tree, depth first."""
    if isinstance(node, Component):
        yield node
        for name in ("children", "label"):
            yield from components(getattr(node, name, None))
        if hasattr(node, "options") and isinstance(node.options, list):
            for option in node.options:
                if isinstance(option, dict):
                    yield from components(option.get("label"))
    elif isinstance(node, list | tuple):
        for child in node:
            yield from components(child)


def texts(node: Any) -> Iterator[str]:
    """Every string the tree shows as text, in order."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, Component):
        yield from texts(getattr(node, "children", None))
    elif isinstance(node, list | tuple):
        for child in node:
            yield from texts(child)


def text(node: Any) -> str:
    return "".join(texts(node))


def by_class(node: Any, name: str) -> list[Component]:
    return [c for c in components(node)
            if name in str(getattr(c, "className", "") or "").split()]


def by_id(node: Any, ident: Any) -> Component:
    return next(c for c in components(node) if getattr(c, "id", None) == ident)
