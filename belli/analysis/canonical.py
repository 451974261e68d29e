"""Canonical events in the store: read every report, link them, combine each cluster's
values, and write `canonical_events` and `event_links` anew in one transaction.

How conflicting reports combine is a policy:

- `most_sourced` (default): the type and the source → target reading most reports give
  (ties go to the earliest report); the most precise date and place any report gives;
- `earliest`: the values of the first report published;
- `conservative`: the type most reports give, but the date as the period every report's
  date fits in, and the place only as precise as the least precise report's.

Quantities keep every claimant: each report's figures, with who claims them (the figure's
speaker, else the report's, else its outlet), and per kind of quantity a low, a best (by
the policy) and a high figure (belli.analysis.figures). A canonical id is derived from
content, the first-published report of its cluster, so it is the same on every run over
the same reports.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar, cast

import duckdb

from belli.analysis.figures import Told, figure_ranges
from belli.analysis.linking import (
    DEFAULT,
    Cluster,
    Link,
    LinkSettings,
    Report,
    cluster_reports,
    content_words,
    proper_names,
    topic_words,
)
from belli.analysis.sides import sides_of
from belli.errors import QueryError, StoreError
from belli.records import Actor, CanonicalEvent, EventLink, Place, Quantity, content_id
from belli.settings import LINK_POLICIES
from belli.store.event_query import actor_text, period_edge
from belli.store.schema import q
from belli.store.stamps import stamp_removals
from belli.store.writer import insert_records

__all__ = ["POLICIES", "LinkRun", "link_store", "links_stale"]

POLICIES = LINK_POLICIES  # one tuple, kept in settings: they check it before any import
_T = TypeVar("_T")
_PRECISION = {"exact": 0, "town": 1, "region": 2, "country": 3}


@dataclass(frozen=True, slots=True)
class LinkRun:
    reports: int
    canonical: int
    linked: int  # canonical events told by two or more reports
    elapsed_s: float

    def summary(self) -> str:
        return (f"{self.reports} reports, {self.canonical} canonical events, {self.linked} "
                f"told by two or more documents ({self.elapsed_s:.1f}s)")


def link_store(con: duckdb.DuckDBPyConnection, settings: LinkSettings = DEFAULT,
               policy: str = "most_sourced") -> LinkRun:
    """Link every stored event and rewrite the canonical tables."""
    if policy not in POLICIES:
        raise QueryError(f"unknown policy {policy!r}", hint=f"use {', '.join(POLICIES)}")
    started = time.perf_counter()
    reports = _read_reports(con)
    clusters = cluster_reports(reports, settings)
    count, linked = len(reports), sum(1 for c in clusters if len(c.reports) > 1)
    del reports  # what linking needed: memory for the writing
    _write(con, clusters, policy)
    return LinkRun(count, len(clusters), linked, time.perf_counter() - started)


def links_stale(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether some stored event has no link, or a link names no stored event: a run
    that stored documents was stopped before it linked them."""
    row = con.execute(
        "SELECT (SELECT count(*) FROM events) <> (SELECT count(*) FROM event_links) OR "
        "EXISTS (SELECT 1 FROM events e ANTI JOIN event_links l "
        "ON l.doc_id = e.doc_id AND l.event_id = e.event_id)").fetchone()
    return bool(row and row[0])


# --- reading the reports ------------------------------------------------------------------

# Actors and places come as JSON text, decoded again when a cluster is combined: held as
# Python dicts for every stored event, they took most of the memory linking used.
_COLUMNS = (f"e.doc_id, e.event_id, e.{q('type')}, e.quad, e.score, "
            f"CAST(to_json(e.{q('source')}) AS VARCHAR), "
            f"CAST(to_json(e.{q('target')}) AS VARCHAR), coalesce(e.reciprocal, false), "
            f"CAST(e.{q('date')} AS VARCHAR), CAST(to_json(e.place) AS VARCHAR), e.sentence, "
            "lower(e.trigger), coalesce(e.aux, []::VARCHAR[]), coalesce(e.negated, false), "
            "d.published, d.publisher, e.date_type, "
            "coalesce(list_transform(e.quantities, lambda x: x.value), []::DOUBLE[]), "
            "CAST(to_json(e.attributed_to) AS VARCHAR)")
_NAMES = ("doc_id", "event_id", "type", "quad", "score", "source", "target", "reciprocal",
          "date", "place", "sentence", "trigger", "aux", "negated", "published", "publisher",
          "date_type", "figures", "attributed_to")
_JSON = ("source", "target", "place", "attributed_to", "quantities")
# what combining a cluster reads beside what linking reads: each report's whole figures
_BUILD_COLUMNS = f"{_COLUMNS}, CAST(to_json(e.quantities) AS VARCHAR)"
_BUILD_NAMES = (*_NAMES, "quantities")
_FETCH = 10_000


Rows = dict[str, tuple[Any, ...]]  # uid -> the selected values
_ORDER = "ORDER BY left(d.published, 10) NULLS LAST, d.seq, e.seq"


def _read_reports(con: duckdb.DuckDBPyConnection) -> list[Report]:
    """Every stored event as linking sees it, first published first. The values a
    canonical event is built from are read again, a slice of clusters at a time
    (`_rows_of`): kept for every event at once, they took most of the memory."""
    sql = f"SELECT {_COLUMNS} FROM events e JOIN documents d ON d.doc_id = e.doc_id {_ORDER}"
    reports: list[Report] = []
    share = _Pool()
    try:
        cursor = con.execute(sql)
        while chunk := cursor.fetchmany(_FETCH):
            reports.extend(_report(_row(values), share) for values in chunk)
    except duckdb.Error as exc:
        raise StoreError(f"could not read events to link: {exc}".split("\n")[0]) from exc
    return reports


def _rows_of(con: duckdb.DuckDBPyConnection, clusters: Sequence[Cluster]) -> Rows:
    """The values of the clusters' reports, by uid."""
    uids = [uid for cluster in clusters for uid in cluster.reports]
    sql = (f"SELECT {_BUILD_COLUMNS} FROM events e JOIN documents d ON d.doc_id = e.doc_id "
           "WHERE e.doc_id || '/' || e.event_id IN (SELECT unnest(?::VARCHAR[]))")
    return {f"{values[0]}/{values[1]}": values for values in con.execute(sql, [uids]).fetchall()}


def _row(values: tuple[Any, ...], names: tuple[str, ...] = _NAMES) -> dict[str, Any]:
    """The values by name, actors, place and figures decoded from their JSON."""
    row = dict(zip(names, values, strict=True))
    row["uid"] = f"{row['doc_id']}/{row['event_id']}"
    row.update({k: json.loads(row[k]) if row[k] else None for k in _JSON if k in row})
    return row


class _Pool:
    """One object for each distinct value read: the events of a document, and the copies
    of a story that many outlets ran, repeat most of what linking holds of them."""

    def __init__(self) -> None:
        self._values: dict[Any, Any] = {}

    def __call__(self, value: _T) -> _T:
        return cast(_T, self._values.setdefault(value, value))


def _report(row: dict[str, Any], share: _Pool) -> Report:
    first, last, dated = _period(row["date"], row["published"], row["date_type"])
    sources, targets = _countries(row["source"]), _countries(row["target"])
    place = row["place"] or {}
    aux = set(row["aux"])
    sentence = row["sentence"] or ""
    return Report(
        uid=row["uid"], doc_id=share(row["doc_id"]), type=share(row["type"]),
        quad=int(row["quad"]), countries=share(sources | targets),
        sources=share(sources), targets=share(targets),
        quantities=share(frozenset(f for f in row["figures"] if f is not None)),
        first=share(first), last=share(last), dated=dated, place=share(place.get("name")),
        place_country=share(place.get("country")),
        words=share(content_words(sentence)),
        topic=share(topic_words(sentence, (row["trigger"] or "", *_texts(
            row["source"], row["target"])))),
        trigger=share(row["trigger"] or ""),
        source_sides=share(sides_of(row["source"])), target_sides=share(sides_of(row["target"])),
        future="future" in aux, reciprocal=bool(row["reciprocal"]),
        unreal=bool(row["negated"]) or bool(aux & {"negated", "hypothetical"}),
        published=share(row["published"]),
        # who the claim is attributed to is its speaker, not what singles the act out
        names=share(proper_names(sentence, _texts(
            row["source"], row["target"], [row["attributed_to"]] if row["attributed_to"] else []))))


def _texts(*sides: Sequence[dict[str, Any]] | None) -> tuple[str, ...]:
    """The words each actor of the sides was named by (its text and its name)."""
    return tuple(str(a[k]) for side in sides for a in side or () for k in ("text", "name")
                 if a.get(k))


def _countries(side: Sequence[dict[str, Any]] | None) -> frozenset[str]:
    return frozenset(a["country"] for a in side or () if a.get("country"))


# An event the text gives no date for is dated by its article's publication: it happened
# then or in the days before, which is what news reports.
RECENT_DAYS = 7


def _period(value: str | None, published: str | None,
            date_type: str | None) -> tuple[date | None, date | None, bool]:
    """The period a report's date stands for, and whether the text itself dated it."""
    if value and date_type != "publication":
        first, last = period_edge(value, last=False), period_edge(value, last=True)
        if first and last and first[:4] != "0000" and last[:4] != "9999":
            return date.fromisoformat(first), date.fromisoformat(last), True
        return None, None, True
    day = _day(published) or (_day(value) if value else None)
    if day is None:
        return None, None, False
    return day - timedelta(days=RECENT_DAYS), day, False


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


_OPEN_SPAN = 10**9


# --- combining a cluster -------------------------------------------------------------------

def _canonical(cluster: Cluster, rows: Rows,
               policy: str) -> tuple[CanonicalEvent, list[EventLink]]:
    # first published first
    members = [_row(rows[uid], _BUILD_NAMES) for uid in cluster.reports]
    first = members[0]
    canonical_id = content_id("canonical", first["uid"])
    chosen = first if policy == "earliest" else _most_told(members)
    event = _build(canonical_id, cluster, members, chosen, policy)
    links = _links(canonical_id, cluster, first["uid"])
    return event, links


def _build(canonical_id: str, cluster: Cluster, members: list[dict[str, Any]],
           chosen: dict[str, Any], policy: str) -> CanonicalEvent:
    published = [m["published"][:10] for m in members if m["published"]]
    return CanonicalEvent(
        canonical_id=canonical_id, type=chosen["type"], quad=int(chosen["quad"]),
        score=round(sum(float(m["score"]) for m in members) / len(members), 3),
        source=_actors(chosen["source"]), target=_actors(chosen["target"]),
        reciprocal=bool(chosen["reciprocal"]), date=_date(members, policy),
        place=_place(members, policy), n_reports=len(members),
        n_sources=len({m["publisher"] or m["doc_id"] for m in members}),
        first_seen=min(published) if published else None,
        last_seen=max(published) if published else None,
        reports=tuple(cluster.reports), reason=_reason(cluster, members, policy),
        figures=figure_ranges([_told(m) for m in members], policy))


def _told(row: dict[str, Any]) -> Told:
    speaker = row["attributed_to"] or {}
    return Told(report=row["uid"], outlet=row["publisher"],
                speaker=speaker.get("text") or speaker.get("name"),
                quantities=tuple(Quantity.from_dict(q) for q in row["quantities"] or ()),
                # in a clash both sides act: neither is the side the act struck
                targets=frozenset() if row["reciprocal"] else _countries(row["target"]),
                speaker_country=speaker.get("country"))


def _orientation(row: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    def keys(side: Sequence[dict[str, Any]] | None) -> tuple[str, ...]:
        return tuple(sorted(actor_text(Actor.from_dict(a)) for a in side or ()))
    return keys(row["source"]), keys(row["target"])


def _most_told(members: list[dict[str, Any]]) -> dict[str, Any]:
    """The report whose type and source → target reading most reports share (the
    earliest such on a tie)."""
    types = Counter(m["type"] for m in members)
    orientations = [_orientation(m) for m in members]
    readings = Counter(orientations)
    best = max(range(len(members)), key=lambda i: (types[members[i]["type"]],
                                                   readings[orientations[i]], -i))
    return members[best]


def _actors(side: Sequence[dict[str, Any]] | None) -> tuple[Actor, ...]:
    return tuple(Actor.from_dict(a) for a in side or ())


def _date(members: list[dict[str, Any]], policy: str) -> str | None:
    dated = [m for m in members if m["date"] and period_edge(m["date"], last=False)]
    if not dated:
        return None
    if policy == "earliest":
        return str(dated[0]["date"])
    spans = [(str(period_edge(m["date"], last=False)), str(period_edge(m["date"], last=True)),
              m["date"]) for m in dated]
    if policy == "conservative":
        low, high = min(s[0] for s in spans), max(s[1] for s in spans)
        same = [s[2] for s in spans if (s[0], s[1]) == (low, high)]
        return str(same[0]) if same else f"{low}/{high}"
    return str(min(spans, key=lambda s: (_days(s[0], s[1]), s[0]))[2])


def _days(first: str, last: str) -> int:
    """Days a period spans; one with an open end ("../2019" starts on day 0000-01-01,
    which no calendar holds) spans more than any closed one."""
    try:
        return (date.fromisoformat(last) - date.fromisoformat(first)).days
    except ValueError:
        return _OPEN_SPAN


def _place(members: list[dict[str, Any]], policy: str) -> Place | None:
    placed = [m["place"] for m in members if m["place"] and m["place"].get("name")]
    if not placed:
        return None
    if policy == "earliest":
        return Place.from_dict(placed[0])
    rank = [(_PRECISION.get(p.get("precision") or "", 4), i) for i, p in enumerate(placed)]
    pick = max(rank) if policy == "conservative" else min(rank)
    return Place.from_dict(placed[pick[1]])


def _reason(cluster: Cluster, members: list[dict[str, Any]], policy: str) -> str:
    outlets = sorted({m["publisher"] or "unknown outlet" for m in members})
    if len(members) == 1:
        return f"one report ({outlets[0]})"
    return (f"{len(members)} reports from {', '.join(outlets)}; values by {policy}; "
            f"{len(cluster.links)} link{'s' if len(cluster.links) != 1 else ''}")


def _links(canonical_id: str, cluster: Cluster, first_uid: str) -> list[EventLink]:
    """One link row per report: the first report anchors the event, each other report
    records the link that brought it in."""
    joined: dict[str, Link] = {}
    for link in cluster.links:
        joined.setdefault(link.second, link)
        joined.setdefault(link.first, link)
    out = []
    for uid in cluster.reports:
        doc_id, event_id = uid.split("/", 1)
        if uid == first_uid or uid not in joined:
            out.append(EventLink(doc_id, event_id, canonical_id, 1.0,
                                 "first report" if len(cluster.reports) > 1 else "alone"))
        else:
            link = joined[uid]
            other = link.first if link.second == uid else link.second
            out.append(EventLink(doc_id, event_id, canonical_id, link.score,
                                 f"linked to {other}: {link.reason}"))
    return out


# --- writing ---------------------------------------------------------------------------------

_WRITE = 20_000  # reports whose canonical events are built and inserted at a time


def _write(con: duckdb.DuckDBPyConnection, clusters: list[Cluster], policy: str) -> None:
    """Replace the canonical tables in one transaction, built a slice at a time."""
    try:
        con.begin()
        con.execute("DELETE FROM canonical_events")
        con.execute("DELETE FROM event_links")
        for part in _slices(clusters):
            rows = _rows_of(con, part)
            built = [_canonical(c, rows, policy) for c in part]
            insert_records(con, "canonical_events", [event for event, _ in built])
            insert_records(con, "event_links", [link for _, links in built for link in links])
        stamp_removals(con)  # the ids no chunk wrote again: removed by this relink
        con.commit()
    except duckdb.Error as exc:
        con.rollback()
        raise StoreError(f"could not write canonical events: {exc}".split("\n")[0]) from exc
    except BaseException:
        con.rollback()  # the old tables stay, and the error seen is the one that happened
        raise


def _slices(clusters: list[Cluster]) -> Iterator[list[Cluster]]:
    """Clusters holding at most `_WRITE` reports in all (a larger cluster alone): counted
    in clusters, slices grew with the clusters, 150 times over for a story run 150 times."""
    part: list[Cluster] = []
    held = 0
    for cluster in clusters:
        if part and held + len(cluster.reports) > _WRITE:
            yield part
            part, held = [], 0
        part.append(cluster)
        held += len(cluster.reports)
    if part:
        yield part
