"""The analyst's dashboard: a Dash app over the store, served by `belli serve` beside the
REST API (the API mounts `build_dashboard(handle).server` at `/`).

Pages: overview, events, timeline, network, map, dyads, documents, and the evidence
behind each event. Everything is served from this process: no CDN, no tiles, no fonts
from elsewhere, and article text is only ever shown as text.
"""

from belli.web.app import build_dashboard

__all__ = ["build_dashboard"]
