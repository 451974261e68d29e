"""Build a belli store holding N events, for API and dashboard latency benchmarks.

    .venv/bin/python benchmarks/build_event_store.py [--events N] [--out PATH] [--seed N]
                                                     [--seed-db PATH] [--batch-docs N]
                                                     [--repeat N] [--force]

The events and dyads endpoints must answer in under 200 ms at p95 on a store of 100,000
events (the default N). Running the pipeline over enough text for that would take hours,
so this script clones the documents of a small real store instead: every clone gets a new
doc id, title, outlet (one of 30 invented ones), publication date (2018-01-01 to
2026-11-30, with its event and mention dates moved along by the same offset) and a fresh
draw of countries for its actors (from 60 ISO codes, so there are thousands of dyads).
Sentences, offsets, sectors, event types and everything else stay as the pipeline made
them, and the clones go in through `StoreWriter.write_batch`, so the result is a genuine
store. The last document is cut so that the store holds exactly N events.

`--repeat N` has each drawn clone told by N documents (same day, same countries, each with
its own doc id and outlet): every event then has N identical reports, the big clusters
that linking must handle without its memory growing with their square.

The real store is `--seed-db` (a store made by `belli ingest`), or, without it, the demo
corpus ingested into a temporary store first (loads spaCy, about 20 s). The same
`--seed` and seed store give the same output. `--out` (default out/events-N.duckdb,
which git ignores) must not exist unless `--force` is given. Then, for example:

    .venv/bin/belli --db out/events-100000.duckdb stats
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from belli.actors.kb import load_kb
from belli.api import ingest, open_store
from belli.dates.calendar import period_of_value
from belli.demo import corpus_path
from belli.records import (
    Actor,
    Analysis,
    Claim,
    DateSpan,
    Event,
    Mention,
    Relation,
    content_id,
)
from belli.settings import Settings
from belli.store import BatchCounts, StoreWriter

# Invented outlets: the outlet filter and per-outlet views need more than the demo's three.
OUTLETS: tuple[str, ...] = (
    "Caspian Wire", "Northern Ledger", "Meridian Post", "Harbor Gazette", "Steppe Courier",
    "Atlas Dispatch", "Granite Herald", "Lowland Times", "Silk Road Monitor", "Baltic Review",
    "Highland Chronicle", "Delta Observer", "Coastal Bulletin", "Frontier Daily",
    "Summit Journal", "Riverside Telegraph", "Equator News", "Polar Star", "Crescent Report",
    "Continental Echo", "Valley Sentinel", "Orient Express Weekly", "Western Standard",
    "Island Mercury", "Plateau Press", "Canal Street Journal", "Lakeshore Tribune",
    "Desert Wind", "Archipelago Times", "Capital Briefing",
)

# ISO alpha-3 codes the actors' countries are redrawn from (all in the knowledge base).
COUNTRY_POOL: tuple[str, ...] = (
    "AZE", "ARM", "TUR", "RUS", "IRN", "ISR", "PAK", "USA", "GBR", "FRA",
    "DEU", "CAN", "CYP", "UKR", "NLD", "GEO", "SYR", "SWE", "CHN", "IND",
    "JPN", "KOR", "PRK", "BRA", "MEX", "ARG", "COL", "VEN", "CHL", "PER",
    "EGY", "NGA", "ETH", "KEN", "ZAF", "SDN", "SOM", "LBY", "DZA", "MAR",
    "SAU", "ARE", "QAT", "IRQ", "JOR", "LBN", "YEM", "AFG", "IDN", "PHL",
    "VNM", "THA", "MMR", "AUS", "POL", "ITA", "ESP", "GRC", "SRB", "KAZ",
)

FIRST_DAY = dt.date(2018, 1, 1)
LAST_DAY = dt.date(2026, 11, 30)

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(T(?:MO|AF|EV|NI))?$")  # a day, maybe a part of it
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^\d{4}$")


@dataclass(frozen=True, slots=True)
class Shift:
    """How far a clone's publication date moved: dates move by the unit they are given in,
    so "2020-11" stays a month, and "last month" stays the month before publication."""

    days: int = 0
    months: int = 0
    years: int = 0

    @classmethod
    def between(cls, old: str | None, new: dt.date) -> Shift:
        try:
            before = dt.date.fromisoformat((old or "")[:10])
        except ValueError:
            return cls()  # no usable publication date: leave the document's dates alone
        return cls((new - before).days,
                   (new.year - before.year) * 12 + new.month - before.month,
                   new.year - before.year)

    def value(self, value: str | None) -> str | None:
        """A date value moved; intervals move side by side, odd forms ("2021-W39", "199X",
        "PRESENT_REF") stay as they are, since no single offset fits them."""
        if value is None:
            return None
        sides = value.split("/")
        moved = [side if side == ".." else self._one(side) for side in sides]
        if any(side is None for side in moved):
            return value
        return "/".join(side for side in moved if side is not None)

    def _one(self, value: str) -> str | None:
        try:
            if day := _DAY.match(value):
                moved = dt.date.fromisoformat(day[1]) + dt.timedelta(days=self.days)
                return moved.isoformat() + (day[2] or "")
            if month := _MONTH.match(value):
                year, index = divmod(int(month[1]) * 12 + int(month[2]) - 1 + self.months, 12)
                return f"{year:04d}-{index + 1:02d}" if 1 <= int(month[2]) <= 12 else None
            if _YEAR.match(value):
                return f"{int(value) + self.years:04d}"
        except ValueError:  # "2021-02-30", or a year beyond `datetime`
            return None
        return None

    def span(self, span: DateSpan | None) -> DateSpan | None:
        """A mention's date moved, its range kept true to the moved value."""
        if span is None:
            return None
        value = self.value(span.value) or span.value
        if value != span.value:
            period = period_of_value(value)
            bounds = ((period.start.isoformat(), period.end.isoformat()) if period
                      else self._range(span.range))
        elif span.value.endswith("_REF"):
            # "now", "recently": their range is around the publication date, so it moves.
            bounds = self._range(span.range)
        else:
            bounds = span.range
        return span.replace(value=value, range=bounds)

    def _range(self, bounds: tuple[str, str] | None) -> tuple[str, str] | None:
        if bounds is None:
            return None
        return (self.value(bounds[0]) or bounds[0], self.value(bounds[1]) or bounds[1])


@dataclass(frozen=True, slots=True)
class Template:
    """A seed document to clone, with the country codes its actors use."""

    analysis: Analysis
    codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Clone:
    """What makes one clone differ from its template."""

    doc_id: str
    index: int
    publisher: str
    published: dt.date
    shift: Shift
    countries: Mapping[str, str]
    names: Mapping[str, str]

    def actor(self, actor: Actor | None) -> Actor | None:
        """The actor with its country redrawn; a place's link to its country stays, as the
        places themselves are not redrawn."""
        old = actor.country if actor is not None and not actor.is_location else None
        if actor is None or old is None or old not in self.countries:
            return actor
        new = self.countries[old]
        # "Azerbaijan" as the name of a redrawn AZE would mislead name searches.
        name = actor.name
        if name == old:
            name = new
        elif name is not None and name == self.names.get(old):
            name = self.names.get(new, new)
        return actor.replace(country=new, name=name)

    def actors(self, actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
        return tuple(a for a in (self.actor(x) for x in actors) if a is not None)

    def rid(self, old: str | None) -> str | None:
        """A derived record's id made unique to this clone."""
        return None if old is None else content_id(self.doc_id, old)


# --- the seed ----------------------------------------------------------------------------


@contextmanager
def seed_store(path: Path | None) -> Iterator[Path]:
    """The store to clone: the one given, or the demo corpus ingested into a temporary one."""
    if path is not None:
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="belli-seed-") as folder:
        db = Path(folder) / "seed.duckdb"
        report = ingest(corpus_path(), Settings.load(db_path=str(db)))
        print(f"seed: ingested the demo corpus: {report.summary()}")
        yield db


def load_templates(path: Path) -> list[Template]:
    countries = load_kb().countries
    with open_store(path, read_only=True) as store:
        analyses = list(store.analyses())
    if not any(a.events for a in analyses):
        raise SystemExit(f"{path} holds no events to clone")
    return [Template(a, _country_codes(a, countries)) for a in analyses]


def _country_codes(analysis: Analysis, countries: Mapping[str, object]) -> tuple[str, ...]:
    """The state codes the document's actors use; organizations (UN, CSTO) keep theirs."""
    actors: list[Actor | None] = [a for m in analysis.mentions for a in m.actors]
    for event in analysis.events:
        actors.extend((*event.source, *event.target, event.attributed_to))
    actors.extend(c.speaker for c in analysis.claims)
    for relation in analysis.relations:
        actors.extend((*relation.source, *relation.target))
    codes = {a.country for a in actors if a is not None and not a.is_location and a.country}
    return tuple(sorted(c for c in codes if c in countries))


# --- cloning -----------------------------------------------------------------------------


def draw_clone(template: Template, index: int, rng: random.Random, seed: int,
               names: Mapping[str, str]) -> Clone:
    published = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    drawn = rng.sample(COUNTRY_POOL, min(len(template.codes), len(COUNTRY_POOL)))
    return Clone(
        doc_id=content_id("belli-bench", seed, index),
        index=index,
        publisher=rng.choice(OUTLETS),
        published=published,
        shift=Shift.between(template.analysis.article.published, published),
        countries=dict(zip(template.codes, drawn, strict=False)),
        names=names,
    )


def clone_analysis(analysis: Analysis, c: Clone) -> Analysis:
    article = analysis.article
    slug = re.sub(r"[^a-z]+", "-", c.publisher.lower())
    new_article = article.replace(
        doc_id=c.doc_id,
        # The number keeps titles unique, so a title search finds one document.
        title=f"{article.title or 'Untitled'} #{c.index + 1}",
        publisher=c.publisher,
        published=c.published.isoformat(),
        published_inferred=False,
        url=f"https://{slug.strip('-')}.example/{c.doc_id}",
        source=None,
        meta={**article.meta, "synthetic": True, "template": article.doc_id},
    )
    mention_ids = {m.mention_id: _mention(m, c) for m in analysis.mentions}
    return analysis.replace(
        article=new_article,
        sentences=tuple(s.replace(doc_id=c.doc_id) for s in analysis.sentences),
        mentions=tuple(mention_ids.values()),
        events=tuple(_event(e, c, mention_ids) for e in analysis.events),
        relations=tuple(_relation(r, c) for r in analysis.relations),
        claims=tuple(_claim(x, c) for x in analysis.claims),
    )


def _mention(m: Mention, c: Clone) -> Mention:
    return m.replace(doc_id=c.doc_id, actors=c.actors(m.actors), date=c.shift.span(m.date))


def _event(e: Event, c: Clone, mentions: Mapping[str, Mention]) -> Event:
    return e.replace(
        doc_id=c.doc_id,
        event_id=c.rid(e.event_id),
        source=c.actors(e.source),
        target=c.actors(e.target),
        attributed_to=c.actor(e.attributed_to),
        date=c.shift.value(e.date),
        # A mention id hashes the doc id, so it changes with it.
        mention_ids=tuple(mentions[i].mention_id if i in mentions else c.rid(i) or i
                          for i in e.mention_ids),
        claim_id=c.rid(e.claim_id),
    )


def _relation(r: Relation, c: Clone) -> Relation:
    return r.replace(
        doc_id=c.doc_id,
        relation_id=c.rid(r.relation_id),
        source=c.actors(r.source),
        target=c.actors(r.target),
        valid_from=c.shift.value(r.valid_from),
        valid_to=c.shift.value(r.valid_to),
        event_ids=tuple(c.rid(i) or i for i in r.event_ids),
    )


def _claim(x: Claim, c: Clone) -> Claim:
    return x.replace(
        doc_id=c.doc_id,
        claim_id=c.rid(x.claim_id),
        speaker=c.actor(x.speaker),
        event_ids=tuple(c.rid(i) or i for i in x.event_ids),
    )


def keep_events(analysis: Analysis, count: int) -> Analysis:
    """The analysis with only its first `count` events, and no references to the rest."""
    events = analysis.events[:count]
    kept = {e.event_id for e in events}
    return analysis.replace(
        events=events,
        claims=tuple(x.replace(event_ids=tuple(i for i in x.event_ids if i in kept))
                     for x in analysis.claims),
        relations=tuple(r.replace(event_ids=tuple(i for i in r.event_ids if i in kept))
                        for r in analysis.relations),
    )


# --- building ----------------------------------------------------------------------------


@dataclass(slots=True)
class Timings:
    clone_s: float = 0.0
    write_s: float = 0.0


def retold(clone: Clone, index: int, rng: random.Random, seed: int) -> Clone:
    """The same clone as another outlet tells it: same day, same countries."""
    return replace(clone, doc_id=content_id("belli-bench", seed, index), index=index,
                   publisher=rng.choice(OUTLETS))


def clones(templates: Sequence[Template], events: int, rng: random.Random,
           seed: int, repeat: int = 1) -> Iterator[Analysis]:
    """Cloned documents until they hold exactly `events` events, each drawn clone told
    by `repeat` documents."""
    names = {code: entry.name for code, entry in load_kb().countries.items()}
    total = 0
    index = 0
    while total < events:
        template = rng.choice(templates)
        drawn = draw_clone(template, index, rng, seed, names)
        for copy in range(repeat):
            if total >= events:
                return
            clone = drawn if copy == 0 else retold(drawn, index, rng, seed)
            analysis = clone_analysis(template.analysis, clone)
            if total + len(analysis.events) > events:
                analysis = keep_events(analysis, events - total)
            total += len(analysis.events)
            index += 1
            yield analysis


def build(out: Path, templates: Sequence[Template], events: int, seed: int,
          batch_docs: int, repeat: int = 1) -> Timings:
    rng = random.Random(seed)
    timings = Timings()
    counts = BatchCounts()
    with open_store(out) as store:
        writer = store.writer()
        batch: list[Analysis] = []
        started = time.perf_counter()
        for analysis in clones(templates, events, rng, seed, repeat):
            batch.append(analysis)
            if len(batch) >= batch_docs:
                timings.clone_s += time.perf_counter() - started
                counts += _write(writer, batch, timings)
                _progress(counts, timings)
                batch = []
                started = time.perf_counter()
        timings.clone_s += time.perf_counter() - started
        if batch:
            counts += _write(writer, batch, timings)
        started = time.perf_counter()
    # Closing the store CHECKPOINTs it: part of the cost of writing.
    timings.write_s += time.perf_counter() - started
    return timings


def _write(writer: StoreWriter, batch: list[Analysis], timings: Timings) -> BatchCounts:
    started = time.perf_counter()
    counts = writer.write_batch(batch)
    timings.write_s += time.perf_counter() - started
    # The writer turns a document it cannot store into a failure row and goes on; a
    # benchmark store with holes would measure the wrong thing, so stop instead.
    if counts.stored != len(batch):
        raise SystemExit(f"the writer stored {counts.stored} of {len(batch)} documents "
                         f"({counts.already_stored} already stored, {counts.failed} failed)")
    return counts


def _progress(counts: BatchCounts, timings: Timings) -> None:
    print(f"  {counts.stored} documents; clone {timings.clone_s:.1f}s, "
          f"write {timings.write_s:.1f}s", flush=True)


def report(out: Path, timings: Timings, elapsed: float) -> None:
    with open_store(out, read_only=True) as store:
        tables = ("documents", "sentences", "mentions", "events", "relations", "claims",
                  "failures")
        rows = {t: store.con.execute(f"SELECT count(*) FROM {t}").fetchone() for t in tables}
        dyads = store.con.execute(
            "SELECT count(DISTINCT (source[1].country, target[1].country)) FROM events"
            " WHERE len(source) > 0 AND len(target) > 0"
        ).fetchone()
    print(", ".join(f"{t} {row[0] if row else 0:,}" for t, row in rows.items()))
    print(f"distinct first-actor dyads: {dyads[0] if dyads else 0:,}")
    print(f"cloning {timings.clone_s:.1f}s, writing {timings.write_s:.1f}s, "
          f"total {elapsed:.1f}s; {out} is {out.stat().st_size / 2**20:.1f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="events to store")
    parser.add_argument("--out", type=Path, default=None,
                        help="store to create (default out/events-N.duckdb)")
    parser.add_argument("--seed", type=int, default=1, help="random seed")
    parser.add_argument("--seed-db", type=Path, default=None,
                        help="an ingested store to clone (default: ingest the demo corpus)")
    parser.add_argument("--batch-docs", type=int, default=500,
                        help="documents per write transaction")
    parser.add_argument("--repeat", type=int, default=1,
                        help="documents that tell each drawn clone (big linking clusters)")
    parser.add_argument("--force", action="store_true", help="replace --out if it exists")
    args = parser.parse_args()
    if args.events < 1 or args.batch_docs < 1 or args.repeat < 1:
        parser.error("--events, --batch-docs and --repeat must be positive")
    out: Path = args.out or ROOT / "out" / f"events-{args.events}.duckdb"
    _clear(out, args.force, parser)
    started = time.perf_counter()
    with seed_store(args.seed_db) as seed_db:
        templates = load_templates(seed_db)
    print(f"seed: {len(templates)} documents, "
          f"{sum(len(t.analysis.events) for t in templates)} events")
    timings = build(out, templates, args.events, args.seed, args.batch_docs, args.repeat)
    report(out, timings, time.perf_counter() - started)


def _clear(out: Path, force: bool, parser: argparse.ArgumentParser) -> None:
    """Remove an old output: writing into it would skip every clone as already stored."""
    wal = out.with_name(out.name + ".wal")
    if out.exists() and not force:
        parser.error(f"{out} exists; pass --force to replace it")
    out.unlink(missing_ok=True)
    wal.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
