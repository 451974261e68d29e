"""belli's Python API. This is the product; `belli.cli` is a thin layer over it.

    import belli
    for record in belli.extract(["article.txt"]):      # contract records, no store
        print(record["kind"], record["doc_id"])
    report = belli.ingest_sources(["corpus/"])         # into the DuckDB store (api.ingest)
    print(report.summary())
    for doc in belli.docs():
        analysis = belli.show(doc.doc_id)
    page = belli.find_events(dyad="AZE,ARM", quads=4, since="2020-09", limit=20)
    print(page.summary())                              # "showing 20 of 143 events"

Sources are paths, folders, URLs or "-" (stdin), read by `belli.ingest`; an `Article`
built in Python (`Article.from_text(...)`) may stand in for a source anywhere. Every
function takes optional `Settings`; without them, defaults and BELLI_* variables apply.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from belli.analysis.canonical import links_stale
from belli.display import printable
from belli.errors import InputError, QueryError
from belli.events.trace import Explanation, Trace
from belli.records import Analysis, Article, Failure
from belli.settings import Settings
from belli.store import (
    BatchCounts,
    DocSummary,
    EventFilter,
    EventPage,
    ExportReport,
    Store,
    StoreStats,
    StoreWriter,
)
from belli.store.event_query import split_values
from belli.workers import InProcess, batch_runner, worker_count

__all__ = [
    "IngestReport",
    "LazyPipeline",
    "Source",
    "analyze",
    "canonical",
    "changes",
    "compare",
    "delete",
    "docs",
    "events",
    "explain",
    "export",
    "extract",
    "ingest",
    "ingest_batch",
    "link",
    "open_store",
    "outlet",
    "outlets",
    "relations",
    "relink",
    "show",
    "stats",
    "why",
]

if TYPE_CHECKING:
    from belli.analysis.canonical import LinkRun
    from belli.analysis.framing import Comparison
    from belli.analysis.outlets import OutletProfile, OutletRow
    from belli.analysis.views import Explanation as LinkExplanation
    from belli.events.stage import EventStage
    from belli.pipeline import Pipeline
    from belli.records import CanonicalEvent
    from belli.relations.query import RelationPage
    from belli.store.explore import Page
    from belli.store.living import ChangeSet, Deletion

log = logging.getLogger(__name__)

Source = str | os.PathLike[str] | Article
Sources = Source | Iterable[Source]
Results = list[Analysis | Failure]
Chunk = list[Article | Failure]


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What an ingest run did. `failures` holds every input or article that failed."""

    stored: int
    already_stored: int
    failed: int
    failures: tuple[Failure, ...] = ()
    elapsed_s: float = 0.0
    db_path: str = ""
    replaced: int = 0  # older versions of stored articles that stored documents replaced
    outdated: int = 0  # versions the store already replaced by a later one: not stored again

    def summary(self) -> str:
        replaced = f" ({self.replaced} replacing older versions)" if self.replaced else ""
        outdated = (f"{self.outdated} skipped: older versions the store already replaced, "
                    if self.outdated else "")
        return (
            f"{self.stored} stored{replaced}, {self.already_stored} already stored, "
            f"{outdated}{self.failed} failed in {self.elapsed_s:.1f}s ({self.db_path})"
        )


def analyze(sources: Sources, settings: Settings | None = None, *,
            settle: bool = False) -> Iterator[Analysis | Failure]:
    """Run the pipeline over sources, streaming typed results in input order.

    An input that cannot be read, or an article that makes a stage fail, comes out as a
    `Failure` and the stream goes on. Batches go to `settings.workers` worker processes
    when there are several (belli.workers); the model loads only when an article needs it.
    `settle` is for a process that runs this once and long (the CLI): the pipeline built
    in this process is settled (belli.pipeline.settle_for_run); a library call pins nothing.
    """
    settings = settings or Settings.load()
    chunks = _chunks(_articles(sources, settings), settings.batch_size)
    for chunk, results in _analysed(chunks, settings, lambda chunk, _: _articles_of(chunk),
                                    settle):
        ordered = iter(results)
        for item in chunk:
            # process_batch gives one result per article, in order: keep input order.
            result = next(ordered) if isinstance(item, Article) else item
            _log_notes(result)
            yield result


def extract(sources: Sources, settings: Settings | None = None, *,
            settle: bool = False) -> Iterator[dict[str, Any]]:
    """Contract records (dicts with `kind` and `doc_id`) for sources, without a store:
    per article the document record first, then mentions, events, relations, claims.
    `settle` as for `analyze`."""
    for result in analyze(sources, settings, settle=settle):
        if isinstance(result, Failure):
            yield result.to_dict()
        else:
            for record in result.records():
                yield record.to_dict()


def explain(sources: Sources, settings: Settings | None = None, *,
            published: str | None = None) -> Iterator[Explanation | Failure]:
    """Why each sentence of each article gave the events it gave, and why not others.

    Every trigger word the event coder considered comes with its fate: kept (with its
    event), refused by a check, absorbed or merged into another, or dropped by a later
    step, the confidence cut included (`belli.events.trace`). `published` (any date
    `read_published` takes) stands in for the articles' own publication date. A text is
    passed as `Article.from_text(text)`; a string is a path, as in `analyze`.

        for explanation in belli.api.explain(Article.from_text("Aland shelled Borduria.")):
            for row in explanation.by_sentence():
                print(row["text"], [c["fate"] for c in row["candidates"]])
    """
    settings = settings or Settings.load()
    when = _published(published)
    before, stage = _event_stage(settings)
    for item in _articles(sources, settings):
        if isinstance(item, Failure):
            yield item
        else:
            yield _explained(before, stage, item if when is None else item.replace(published=when))


def _published(value: str | None) -> str | None:
    from belli.ingest.meta import read_published

    if value is None:
        return None
    try:
        return read_published(value)
    except InputError as exc:
        raise InputError(f"publication date {value!r}: {exc.message}",
                         hint="give it as YYYY-MM-DD") from exc


def _event_stage(settings: Settings) -> tuple[Pipeline, EventStage]:
    """The pipeline up to the event stage, and the event stage."""
    from belli.events.stage import EventStage
    from belli.pipeline import Pipeline, default_stages

    stages = default_stages(settings)
    stage = next(s for s in stages if isinstance(s, EventStage))
    return Pipeline(stages[:stages.index(stage)], settings), stage


def _explained(before: Pipeline, stage: EventStage, article: Article) -> Explanation | Failure:
    (analysis,) = before.process_batch([article])
    if isinstance(analysis, Failure):
        return analysis
    _log_notes(analysis)  # a language left out says so, as `analyze` does
    trace = Trace()
    try:
        analysis = stage.traced(analysis, trace)
    except Exception as exc:  # noqa: BLE001 - one article's failure, as pipeline.py records it
        log.warning("stage %s failed on %s: %s", stage.name, analysis.doc_id, exc)
        return Failure(doc_id=analysis.doc_id, stage=stage.name,
                       message=f"{type(exc).__name__}: {exc}", source=analysis.article.source)
    return Explanation(analysis.doc_id, analysis.sentences, trace.candidates(),
                       frozenset(trace.headings), analysis.notes)


def ingest(
    sources: Sources,
    settings: Settings | None = None,
    progress: Callable[[IngestReport], None] | None = None,
    *,
    settle: bool = False,
) -> IngestReport:
    """Read, analyse and store sources in `settings.db_path`, one transaction per batch.

    Documents already stored are skipped before the pipeline runs and counted as already
    stored, so re-running over the same folder (or after a crash) only does the new work.
    `progress`, if given, receives the running report after every batch. `settle` as
    for `analyze`.
    """
    settings = settings or Settings.load()
    started = time.perf_counter()
    counts, failures = BatchCounts(), []
    with open_store(settings.db_path) as store:
        writer = store.writer()
        chunks = _chunks(_articles(sources, settings), settings.batch_size)
        for chunk, results in _analysed(chunks, settings,
                                        lambda c, ahead: _new_articles(c, writer, ahead),
                                        settle):
            batch_counts, batch_failures = _store_batch(chunk, results, writer)
            counts += batch_counts
            failures.extend(batch_failures)
            if progress is not None:
                progress(_report(counts, failures, started, store.path))
        if counts.stored or links_stale(store.con):
            relink(store, settings)
    return _report(counts, failures, started, settings.db_path)


def relink(store: Store, settings: Settings | None = None) -> LinkRun:
    """Link the stored events anew into canonical events (after new documents came in):
    the whole store, since a new report can join or split any earlier cluster. The
    `link_*` settings choose the keys and the policy, as in every run that links."""
    from belli.analysis.canonical import link_store
    from belli.analysis.linking import link_settings

    settings = settings or Settings.load()
    run = link_store(store.con, link_settings(settings), settings.link_policy)
    log.info("linked: %s", run.summary())
    return run


def open_store(path: str | os.PathLike[str] | None = None, *, read_only: bool = False,
               settings: Settings | None = None) -> Store:
    """Open the store (default: `settings.db_path`), creating or migrating it if writable.

    Raises StoreLockedError, naming the holder, when another process has the file open.
    """
    if path is None:
        path = (settings or Settings.load()).db_path
    return Store.open(os.fspath(path), read_only=read_only)


def docs(*, limit: int | None = None, offset: int = 0, language: str | None = None,
         settings: Settings | None = None) -> list[DocSummary]:
    """Stored documents, in insertion order, with their record counts."""
    with open_store(read_only=True, settings=settings) as store:
        return store.docs(limit=limit, offset=offset, language=language)


def show(doc_id: str, settings: Settings | None = None) -> Analysis:
    """One stored document with all its records; a unique id prefix is enough."""
    with open_store(read_only=True, settings=settings) as store:
        return store.show(doc_id)


def events(
    *,
    actor: str | None = None,
    dyad: str | Sequence[str] | None = None,
    either_direction: bool = False,
    types: str | Iterable[str] | None = None,
    quads: int | Iterable[int] | None = None,
    certainty: str | Iterable[str] | None = None,
    aux: str | Iterable[str] | None = None,
    without_aux: str | Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    within: bool = False,
    published_since: str | None = None,
    published_until: str | None = None,
    outlet: str | None = None,
    doc: str | None = None,
    text: str | None = None,
    place: str | None = None,
    country: str | None = None,
    sort: str = "stored",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
    settings: Settings | None = None,
) -> EventPage:
    """Stored events that match every filter given, one page of them, and the total.

    `actor`: a code ("AZE", "NATO", "AZE MIL") or a piece of a name ("azerbaijan"), on
    either side. `dyad`: "AZE,ARM" (source, target); `either_direction` takes both ways.
    `types` (PLOVER types), `quads` (1-4), `certainty` (asserted, reported, speculative),
    `aux` and `without_aux` (negated, future, hypothetical, historical) take one value,
    several, or a comma-separated string; several values of one filter mean any of them.
    `since`/`until` (YYYY, YYYY-MM or YYYY-MM-DD) bound the event's own date: an event
    matches when its date's period overlaps the range, or lies inside it with `within`.
    `published_since`/`published_until` bound the document's publication date; `outlet`
    is a case-insensitive piece of the publisher; `doc` a document id prefix; `text` a
    piece of the evidence sentence; `place` a piece of the event place's name and
    `country` the ISO alpha-3 code of the country the event took place in.
    `sort`: "stored", "date", "published" or "type". The page holds `limit` events from
    `offset`; `EventPage.total` counts every match. Bad values raise QueryError; the
    rules for actors and dates are in belli/store/event_query.py.
    """
    where = EventFilter(  # first: bad values raise before the store opens
        actor=actor, dyad=None if dyad is None else _dyad(dyad),
        either_direction=either_direction, types=split_values(types), quads=_ints(quads),
        certainty=split_values(certainty), aux=split_values(aux),
        without_aux=split_values(without_aux), since=since, until=until, within=within,
        published_since=published_since, published_until=published_until, outlet=outlet,
        doc=doc, text=text, place=place, country=country)
    with open_store(read_only=True, settings=settings) as store:
        if country is not None:
            _check_country(store, country)
        return store.events(where, sort=sort, descending=descending, limit=limit,
                            offset=offset)


def _dyad(value: str | Sequence[str]) -> tuple[str, ...]:
    """The two sides of a dyad; an empty side is an error that quotes what was given
    (split alone would drop it, and the error would quote one side)."""
    given = value if isinstance(value, str) else ",".join(value)
    parts = tuple(part.strip() for part in given.split(","))
    if len(parts) != 2 or not all(parts):
        raise QueryError(f"dyad {given!r} is not two actors",
                         hint="give source and target separated by a comma, e.g. AZE,ARM")
    return parts


def _check_country(store: Store, country: str) -> None:
    """A country filter names a country that belli knows, or one a stored place has: a
    typo would match nothing and read as "no events there"."""
    from belli.actors.kb import load_kb

    code = country.strip().upper()
    if code in load_kb().countries:
        return
    found = store.con.execute(
        "SELECT 1 FROM events e WHERE e.place.country = ? LIMIT 1", [code]).fetchone()
    if found is None:
        raise QueryError(f"unknown country code {country!r}",
                         hint="give an ISO 3166 alpha-3 code, e.g. AZE, ARM, TUR")


def _ints(values: int | Iterable[int] | None) -> tuple[int, ...]:
    if values is None:
        return ()
    return (values,) if isinstance(values, int) else tuple(values)


def export(fmt: str, dest: str | os.PathLike[str] | TextIO, *, table: str | None = None,
           since: str | None = None, settings: Settings | None = None) -> ExportReport:
    """Export the store: "jsonl" (contract records, to a path or text stream), "csv" or
    "parquet" (one file per table into the folder `dest`, or one `table` into a file).
    Each starts with (jsonl) or beside it writes (manifest.json) the versions that wrote it
    and when. With `since` (ISO 8601), only the documents written after it and the
    deletions after it (not acled or dyads): what an incremental sync needs."""
    target = Path(os.fspath(dest)) if isinstance(dest, (str, os.PathLike)) else dest
    with open_store(read_only=True, settings=settings) as store:
        return store.export(fmt, target, table=table, since=since)


def delete(doc_id: str, settings: Settings | None = None) -> Deletion:
    """Delete a stored document (its full id) with all its records, and relink the
    canonical events; the deletions feed (`changes`) keeps a row of it."""
    path = (settings or Settings.load()).db_path
    Store.require_file(os.fspath(path), hint="pass --db with the store's file")
    with open_store(path, settings=settings) as store:
        deletion = store.delete(doc_id)
        relink(store, settings)
    return deletion


def changes(since: str | None = None, settings: Settings | None = None) -> ChangeSet:
    """The ids of the documents written after `since` (ISO 8601, UTC unless it says;
    None: all), oldest write first, and the documents and canonical events removed since
    (apply those first); its `as_of` is the next since, `cursors` page by keyset. The
    canonical events written since come with `export(since=...)` and /api/changes."""
    with open_store(read_only=True, settings=settings) as store:
        return store.changes(since)


def stats(settings: Settings | None = None) -> StoreStats:
    """Counts per record kind and language, date ranges and failures of the store."""
    with open_store(read_only=True, settings=settings) as store:
        return store.stats()


def link(settings: Settings | None = None) -> LinkRun:
    """Link every stored event into canonical events, as `belli link` does: the
    `link_*` settings choose the keys and how conflicting reports combine, e.g.
    `api.link(Settings.load(link_policy="earliest", link_window_days=10))`."""
    with open_store(settings=settings) as store:
        return relink(store, settings)


def canonical(*, min_reports: int = 1, actor: str | None = None, limit: int | None = 50,
              offset: int = 0, settings: Settings | None = None) -> Page[CanonicalEvent]:
    """Canonical events told by at least `min_reports` reports (on either side `actor`),
    the most told first; `Page.total` counts every match."""
    from belli.analysis.views import canonical_page

    with open_store(read_only=True, settings=settings) as store:
        return canonical_page(store.con, min_reports=min_reports, actor=actor, limit=limit,
                              offset=offset)


def why(some_id: str, settings: Settings | None = None) -> LinkExplanation:
    """Why reports were linked into one canonical event: the event and each report with
    its link. `some_id`: a canonical id, an event id or "DOC_ID/EVENT_ID"."""
    from belli.analysis.views import explain as explain_links

    with open_store(read_only=True, settings=settings) as store:
        return explain_links(store.con, some_id)


def compare(some_id: str, settings: Settings | None = None) -> Comparison:
    """How each outlet tells one canonical event (`some_id` as in `why`): whom it blames,
    how sure it is, its figures and loaded words, and what it leaves out."""
    from belli.analysis.framing import compare as compare_tellings
    from belli.analysis.outlet_info import outlet_book

    settings = settings or Settings.load()
    with open_store(read_only=True, settings=settings) as store:
        return compare_tellings(store.con, some_id, outlet_book(settings))


def relations(*, as_of: str | None = None, types: str | Iterable[str] | None = None,
              actor: str | None = None, by_item: bool = False, limit: int | None = 50,
              offset: int = 0, settings: Settings | None = None) -> RelationPage:
    """Standing relations (ally, arms_supplier, ...) across the stored documents, each
    with its validity and evidence; `as_of` (YYYY[-MM[-DD]]) keeps those valid then."""
    from belli.relations.query import relation_page

    with open_store(read_only=True, settings=settings) as store:
        return relation_page(store.con, as_of=as_of, types=types, actor=actor,
                             by_item=by_item, limit=limit, offset=offset)


def outlets(*, since: str | None = None, until: str | None = None, limit: int | None = 50,
            offset: int = 0, settings: Settings | None = None) -> Page[OutletRow]:
    """Outlets with stored documents, the most prolific first, with what the packaged
    outlets.yaml and the `outlets` setting's file say of each."""
    from belli.analysis.outlet_info import outlet_book
    from belli.analysis.outlets import outlet_rows

    settings = settings or Settings.load()
    with open_store(read_only=True, settings=settings) as store:
        return outlet_rows(store.con, since=since, until=until, book=outlet_book(settings),
                           limit=limit, offset=offset)


def outlet(name: str, *, since: str | None = None, until: str | None = None,
           settings: Settings | None = None) -> OutletProfile:
    """One outlet's profile, by any of its names (VOA, Voice of America)."""
    from belli.analysis.outlet_info import outlet_book
    from belli.analysis.outlets import outlet_profile

    settings = settings or Settings.load()
    with open_store(read_only=True, settings=settings) as store:
        return outlet_profile(store.con, name, since=since, until=until,
                              book=outlet_book(settings))


# The pipeline in this process, built (and the model loaded) when an article first needs
# it: what `belli serve` keeps for the documents posted to it.
LazyPipeline = InProcess


def ingest_batch(chunk: Sequence[Article | Failure], writer: StoreWriter,
                 pipeline: LazyPipeline) -> tuple[BatchCounts, list[Failure]]:
    """Analyse and store one batch (one transaction): articles already stored are skipped,
    input failures are stored as they are. Returns the counts and every failure."""
    todo = _new_articles(chunk, writer)
    results = pipeline.get().process_batch(todo) if todo else []
    return _store_batch(chunk, results, writer)


def _new_articles(chunk: Sequence[Article | Failure], writer: StoreWriter,
                  ahead: Sequence[Article] = ()) -> list[Article]:
    """The chunk's articles not stored yet, each id once, of several versions of one
    article only the last; `ahead`: those of earlier chunks still to be stored
    (StoreWriter.to_analyse)."""
    articles = _articles_of(chunk)
    todo = writer.to_analyse(articles, ahead)
    for article in {a.doc_id: a for a in articles}.keys() - {a.doc_id for a in todo}:
        log.info("already stored or superseded: %s", article)
    return todo


def _store_batch(chunk: Sequence[Article | Failure], results: Sequence[Analysis | Failure],
                 writer: StoreWriter) -> tuple[BatchCounts, list[Failure]]:
    """Store a chunk's results and its input failures; articles of the chunk with no
    result of their own were already stored, or older versions the store replaced."""
    articles = _articles_of(chunk)
    done = {r.doc_id for r in results}
    left = [a for a in articles if a.doc_id not in done]
    replaced = writer.outdated(left)
    outdated = sum(a.doc_id in replaced for a in left)
    skipped = BatchCounts(already_stored=len(articles) - len(results) - outdated,
                          outdated=outdated)
    input_failures = [f for f in chunk if isinstance(f, Failure)]
    counts = writer.write_batch([*results, *input_failures])
    failures = input_failures + [r for r in results if isinstance(r, Failure)]
    return counts + skipped, failures


def _articles_of(chunk: Sequence[Article | Failure]) -> list[Article]:
    return [a for a in chunk if isinstance(a, Article)]


def _analysed(chunks: Iterator[Chunk], settings: Settings,
              pick: Callable[[Chunk, list[Article]], list[Article]], settle: bool
              ) -> Iterator[tuple[Chunk, Results]]:
    """Each chunk with the results of its articles that `pick` chose, in chunk order;
    picked lazily, just before a chunk goes to the pipeline, and in this process. `pick`
    also gets the articles chosen from earlier chunks not yet handed back: workers run
    ahead, so what is stored when a chunk is picked may still change before its turn.
    `settle`: settle a pipeline built in this process (only the CLI's runs ask)."""
    first, chunks = _peek(chunks, worker_count(settings))
    runner = batch_runner(settings, len(first), settle=settle)
    picked: deque[tuple[Chunk, list[Article]]] = deque()

    def batches() -> Iterator[list[Article]]:
        for chunk in chunks:
            chosen = pick(chunk, [a for _, earlier in picked for a in earlier])
            picked.append((chunk, chosen))
            yield chosen

    try:
        for results in runner.map(batches()):
            yield picked.popleft()[0], results
    finally:
        runner.close()


def _peek(items: Iterator[Chunk], n: int) -> tuple[list[Chunk], Iterator[Chunk]]:
    first = list(islice(items, n))
    return first, chain(first, items)


def _report(counts: BatchCounts, failures: list[Failure], started: float,
            db_path: str) -> IngestReport:
    return IngestReport(counts.stored, counts.already_stored, counts.failed, tuple(failures),
                        time.perf_counter() - started, db_path, counts.replaced,
                        counts.outdated)


def _articles(sources: Sources, settings: Settings) -> Iterator[Article | Failure]:
    """Articles (or Failures) from sources; Article objects pass through as they are."""
    if isinstance(sources, (str, os.PathLike, Article)):
        sources = [sources]
    for source in sources:
        if isinstance(source, Article):
            yield source
            continue
        name = os.fspath(source)
        try:
            yield from _read_sources([name], settings)
        except InputError as exc:
            # read_sources reports bad inputs as Failures; this catches one raised instead.
            yield Failure(None, "ingest", printable(exc.message), printable(name))


def _read_sources(sources: list[str], settings: Settings) -> Iterator[Article | Failure]:
    from belli.ingest import read_sources  # imported late: ingest pulls in heavy readers

    return read_sources(sources, settings)


def _chunks(items: Iterable[Article | Failure], size: int) -> Iterator[Chunk]:
    chunk: list[Article | Failure] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _log_notes(result: Analysis | Failure) -> None:
    if isinstance(result, Analysis):
        for note in result.notes:
            log.warning("%s: %s", result.doc_id, note)
