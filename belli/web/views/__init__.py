"""The dashboard's pages, in the order the nav bar shows them."""

from __future__ import annotations

from belli.web.view import View
from belli.web.views import (
    compare,
    document,
    dyad,
    events,
    evidence,
    geo,
    network,
    overview,
    stories,
    timeline,
)

__all__ = ["VIEWS"]

VIEWS: tuple[View, ...] = (
    overview.VIEW, events.VIEW, stories.VIEW, timeline.VIEW, network.VIEW, geo.VIEW,
    dyad.VIEW, document.DOCUMENTS, document.VIEW, evidence.VIEW, compare.VIEW,
)
