"""The countries a document names, for the event coder (`belli.events.coder`): those of
each sentence, for the counterparts the discourse infers (`discourse.infer_counterparts`),
and those named as actors, for the unnamed actors no phrase places
(`unnamed_actors.place_unnamed`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from belli.actors.group_country import names_supplier, news_outlet
from belli.actors.kb import load_kb
from belli.actors.passes import mention_span
from belli.actors.sectors import NO_STATE_CODES
from belli.records import Analysis, Event, Mention

__all__ = ["actor_countries", "cast_by_sentence", "sentence_cast"]


def cast_by_sentence(mentions: Sequence[Mention], sentence_of: Callable[[int], int]
                     ) -> dict[int, frozenset[str]]:
    """The countries each sentence names, in any reading of any mention (places too)."""
    found: dict[int, set[str]] = {}
    for mention in mentions:
        named = found.setdefault(sentence_of(mention.start), set())
        named.update(a.country for a in mention.actors if a.country)
    return {index: frozenset(named) for index, named in found.items()}


def sentence_cast(casts: dict[int, frozenset[str]], sentence_of: Callable[[int], int],
                  event: Event) -> frozenset[str]:
    """The countries the event's sentence names."""
    return casts.get(sentence_of(event.start), frozenset())


def actor_countries(analysis: Analysis, doc: Any) -> list[str]:
    """Every country the document names as an actor, once per mention; a transnational
    group's code (IMG) is no country: unnamed gunmen take the state where they act, as the
    actor conventions code them, and their victims never take the code. A place names
    where things happen, not whom the story is about: a story of Thai politics that
    tells of fighting in Myanmar's border towns is still about Thailand. Nor does a
    supplier ("rockets supplied BY IRAN") tell whose the unnamed users are, nor a named
    news outlet ("the junta suspended France 24") whose the people it reports on are,
    nor an organization's own code (RSF, the press-freedom group, is no country)."""
    actors = (m.actor for m in analysis.mentions  # `actor` searches the readings: once each
              if not _not_whom_about(m, doc))
    kb = load_kb()
    return [a.country for a in actors
            if a is not None and a.country and a.sector != "IGO" and len(a.country) == 3
            and a.country not in NO_STATE_CODES
            and (a.country not in kb.igos or a.country in kb.countries)]


def _not_whom_about(mention: Mention, doc: Any) -> bool:
    span = mention_span(doc, mention)
    return span is not None and (names_supplier(span.root) or news_outlet(mention, span))
