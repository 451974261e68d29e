"""What a page is: a path, a title, and a function that renders it from the address."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import dash

from belli.server.handle import StoreHandle
from belli.web.urlstate import Params

__all__ = ["Context", "View"]


@dataclass(frozen=True, slots=True)
class Context:
    """What a page is rendered from: the store and the address."""

    handle: StoreHandle
    path: str
    params: Params
    parts: tuple[str, ...] = ()  # the path's segments after the view's own path


@dataclass(frozen=True, slots=True)
class View:
    path: str  # "/timeline"; with `prefix`, "/event" also serves "/event/<doc>/<id>"
    title: str
    render: Callable[[Context], Any]
    lede: str = ""  # one line under the title; empty for pages that head themselves
    nav: str | None = None  # the nav bar's word for it; None keeps it out of the bar
    filters: bool = False  # shows the filter bar above the page
    prefix: bool = False
    register: Callable[[dash.Dash, StoreHandle], None] | None = field(default=None)

    def matches(self, path: str) -> tuple[str, ...] | None:
        """The path's remaining segments when this view serves it, else None."""
        if path == self.path or (self.path != "/" and path == self.path + "/"):
            return ()
        if self.prefix and path.startswith(self.path + "/"):
            return tuple(p for p in path[len(self.path) + 1:].split("/") if p)
        return None
