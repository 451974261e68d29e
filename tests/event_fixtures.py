"""How the event tests write what the coder found: "TYPE SOURCES>TARGETS" with the
country codes of each side, sorted and comma-separated ("?" for an actor with none)."""

from __future__ import annotations

from belli.records import Event


def summary(event: Event) -> str:
    source = ",".join(sorted({a.country or "?" for a in event.source}))
    target = ",".join(sorted({a.country or "?" for a in event.target}))
    return f"{event.type} {source}>{target}"
