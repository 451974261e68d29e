"""The store's tables, derived from the typed records, and migration at open.

Each table follows one record class field by field, so the store cannot drift from
belli/records.py: nested records (actors, places, dates, quantities) become DuckDB
STRUCTs, tuples become LISTs, free-form mappings become JSON. STRUCT and LIST columns
query well (`source[1].country`) and export to Parquet as native nested types; CSV
export turns them into JSON text.

`schema_version` keeps one row per migration: the hand-kept `SCHEMA_VERSION` plus a
fingerprint of the derived DDL. When a record gains a field the fingerprint changes and
the next writable open adds the column (or widens the STRUCT), and fills a derived
column from the stored rows. Migration happens only at open, never during ingest, and is
followed by a CHECKPOINT: WAL replay after a crash has known bugs around schema changes.
"""

from __future__ import annotations

import hashlib
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, fields, is_dataclass
from typing import Any, Union

import duckdb

from belli import __version__
from belli.errors import StoreError
from belli.records import (
    Article,
    CanonicalEvent,
    Claim,
    Event,
    EventLink,
    Failure,
    Mention,
    Relation,
    Sentence,
)
from belli.store.periods import period_sql, register_period_functions

__all__ = [
    "EVENT_DAY_COLUMNS",
    "SCHEMA_VERSION",
    "SIDE_TABLES",
    "TABLES",
    "UTC_NOW",
    "Column",
    "Table",
    "ddl",
    "fingerprint",
    "migrate",
]

# Bump by hand for changes the additive migration below cannot do (renames, splits),
# and add the step to `_MANUAL_STEPS`; and when an older belli would write the store
# wrongly. 2: events keep their first and last day, which an older writer leaves NULL.
SCHEMA_VERSION = 2


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    sql_type: str
    nested: bool = False  # STRUCT or LIST: exported to CSV as JSON text
    json: bool = False  # stored as JSON, decoded on read
    default: str | None = None  # filled by the database, not by the writer
    # Filled on insert by this SQL over the row's written columns, `{row}` standing for
    # the inserted row: a value the queries would otherwise compute per row, each time.
    derived: str | None = None

    def derived_sql(self, row: str) -> str:
        """The SQL that fills this derived column from the row called `row`."""
        if self.derived is None:
            raise StoreError(f"column {self.name} is not derived")
        return self.derived.format(row=row)


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    record: type[Any]
    columns: tuple[Column, ...]
    key: str | None = None
    # Rewritten whole by its writer, yet each row keeps its `updated_at` while its content
    # stays the same (belli.store.stamps): a sync client refetches only what changed.
    stamped: bool = False

    @property
    def written(self) -> tuple[Column, ...]:
        """Columns the writer fills from records (the rest have database defaults or are
        derived)."""
        return tuple(c for c in self.columns if c.default is None and c.derived is None)

    @property
    def derived(self) -> tuple[Column, ...]:
        """Columns filled on insert from the written ones."""
        return tuple(c for c in self.columns if c.derived is not None)

    def create_sql(self) -> str:
        cols = [_column_sql(c, c.name == self.key) for c in self.columns]
        return f"CREATE TABLE IF NOT EXISTS {self.name} ({', '.join(cols)})"


def q(name: str) -> str:
    """Quote an identifier: records use names such as `end` and `text`."""
    return '"' + name.replace('"', '""') + '"'


def _column_sql(column: Column, primary: bool) -> str:
    sql = f"{q(column.name)} {column.sql_type}"
    if primary:
        sql += " PRIMARY KEY"
    if column.default is not None:
        sql += f" DEFAULT {column.default}"
    return sql


def sql_type(hint: Any) -> str:
    """The DuckDB type for a record field's type hint."""
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return sql_type(args[0]) if len(args) == 1 else "JSON"
    if origin is tuple:
        items = typing.get_args(hint)  # tuple[str, ...] and tuple[str, str] alike
        return f"{sql_type(items[0])}[]" if items else "JSON"
    if is_dataclass(hint) and isinstance(hint, type):
        hints = typing.get_type_hints(hint)
        inner = ", ".join(f"{q(f.name)} {sql_type(hints[f.name])}" for f in fields(hint))
        return f"STRUCT({inner})"
    return _SCALARS.get(hint, "JSON")


_SCALARS: dict[Any, str] = {str: "VARCHAR", int: "BIGINT", float: "DOUBLE", bool: "BOOLEAN"}


def _record_columns(record: type[Any]) -> list[Column]:
    hints = typing.get_type_hints(record)
    columns = []
    for f in fields(record):
        typ = sql_type(hints[f.name])
        columns.append(Column(f.name, typ, nested=typ.endswith("]") or typ.startswith("STRUCT"),
                              json=typ == "JSON"))
    return columns


def _table(name: str, record: type[Any], *, before: tuple[Column, ...] = (),
           after: tuple[Column, ...] = (), key: str | None = None,
           stamped: bool = False) -> Table:
    # A record field that the store fills itself (`updated_at`) is the store's column.
    own = {c.name for c in (*before, *after)}
    read = tuple(c for c in _record_columns(record) if c.name not in own)
    return Table(name, record, (*before, *read, *after), key, stamped)


_NOW = Column("recorded_at", "TIMESTAMP", default="current_timestamp")
# The first and last day of the period an event's date stands for (NULL when it names
# none), by the same function that `belli_period_first`/`_last` wrap: filtering, sorting
# and bucketing on a DATE column costs no Python UDF call per row at query time.
_FIRST, _LAST = period_sql('{row}."date"')
EVENT_DAY_COLUMNS = (Column("date_first", "DATE", derived=f"CAST({_FIRST} AS DATE)"),
                     Column("date_last", "DATE", derived=f"CAST({_LAST} AS DATE)"))
# Position of a derived record within its document, so reads return the pipeline's order.
_SEQ = Column("seq", "INTEGER")
# When the row was last written, in UTC (`current_timestamp` is the session's time zone):
# what `since=` compares, so a client can sync only what changed.
UTC_NOW = "(now() AT TIME ZONE 'UTC')"
_UPDATED = Column("updated_at", "TIMESTAMP", default=UTC_NOW)

TABLES: tuple[Table, ...] = (
    _table("documents", Article, key="doc_id", after=(
        Column("seq", "BIGINT"),  # insertion order across the whole store
        Column("notes", "VARCHAR[]", nested=True),
        Column("stages", "VARCHAR[]", nested=True),
        Column("ingested_at", "TIMESTAMP", default="current_timestamp"),
        # Which article this is across edits (belli.store.identity): '' for none.
        Column("identity", "VARCHAR"),
        _UPDATED,
    )),
    _table("sentences", Sentence, after=(_SEQ, _UPDATED)),
    _table("mentions", Mention, after=(Column("mention_id", "VARCHAR"), _SEQ, _UPDATED)),
    _table("events", Event, after=(_SEQ, *EVENT_DAY_COLUMNS, _UPDATED)),
    _table("relations", Relation, after=(_SEQ, _UPDATED)),
    _table("claims", Claim, after=(_SEQ, _UPDATED)),
    _table("failures", Failure, key="failure_id",
           before=(Column("failure_id", "VARCHAR"),), after=(_NOW,)),
    # Made by linking the stored events across documents (belli.analysis), remade whole
    # each time: they are a view of the events, never a source of truth.
    _table("canonical_events", CanonicalEvent, key="canonical_id", after=(_UPDATED,),
           stamped=True),
    _table("event_links", EventLink),
)
TABLE_BY_NAME: Mapping[str, Table] = {t.name: t for t in TABLES}

_VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, fingerprint VARCHAR, "
    "belli_version VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)"
)
# Tables of the store's own bookkeeping, not of records. `deletions` is the feed of
# documents removed (deleted, or replaced by an edited version of the same article);
# `canonical_stamps` remembers each canonical event's content digest and time across the
# relinks that rewrite `canonical_events` whole.
_SIDE_TABLES = (
    ("CREATE TABLE IF NOT EXISTS deletions (doc_id VARCHAR, reason VARCHAR, replaced_by "
     "VARCHAR, identity VARCHAR, removed JSON, "
     f"deleted_at TIMESTAMP DEFAULT {UTC_NOW})"),
    ("CREATE TABLE IF NOT EXISTS canonical_stamps (canonical_id VARCHAR PRIMARY KEY, "
     "digest VARCHAR, updated_at TIMESTAMP, seen_at TIMESTAMP, removed_at TIMESTAMP)"),
)
# A stamp of a canonical event removed before `removed_at` existed: removed at the first
# relink after the one that last wrote it, else at the first deletion after, else (no
# `seen_at`: stamped before that existed) now, at the migration.
_REMOVED_BEFORE = (
    "UPDATE canonical_stamps AS s SET removed_at = coalesce((SELECT min(n.seen_at) FROM "
    "canonical_stamps n WHERE n.seen_at > s.seen_at), (SELECT min(d.deleted_at) FROM "
    f"deletions d WHERE d.deleted_at > s.seen_at), {UTC_NOW}) WHERE s.removed_at IS NULL "
    "AND s.canonical_id NOT IN (SELECT canonical_id FROM canonical_events)")
# Columns side tables gained since, and how rows stored before fill them.
_SIDE_COLUMNS = ("ALTER TABLE canonical_stamps ADD COLUMN IF NOT EXISTS seen_at TIMESTAMP",
                 "ALTER TABLE canonical_stamps ADD COLUMN IF NOT EXISTS removed_at TIMESTAMP",
                 _REMOVED_BEFORE)
SIDE_TABLES = ("deletions", "canonical_stamps")


def ddl() -> str:
    """The whole schema as SQL, for docs and for the fingerprint."""
    tables = [_VERSION_TABLE, *(t.create_sql() for t in TABLES), *_SIDE_TABLES]
    return ";\n".join(tables) + ";\n"


def fingerprint() -> str:
    return hashlib.sha256(f"{SCHEMA_VERSION}\n{ddl()}".encode()).hexdigest()[:16]


def stored_version(con: duckdb.DuckDBPyConnection) -> tuple[int, str] | None:
    """(version, fingerprint) recorded in the database, or None for a new database."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()
    if not exists or not exists[0]:
        return None
    row = con.execute(
        "SELECT version, fingerprint FROM schema_version ORDER BY applied_at DESC, version DESC"
        " LIMIT 1"
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def needs_migration(con: duckdb.DuckDBPyConnection) -> bool:
    found = stored_version(con)
    _refuse_newer(found)
    return found is None or found[1] != fingerprint()


def migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Bring the database to this version of the schema (a writable open calls this)."""
    found = stored_version(con)
    _refuse_newer(found)
    if found is not None and found[1] == fingerprint():
        return
    if found is not None:
        # derived columns are filled by belli's SQL functions; a store's own connection has
        # them already, a caller of `migrate` on a bare connection would not
        register_period_functions(con)
    try:
        con.begin()
        con.execute(_VERSION_TABLE)
        for step_from, step in sorted(_MANUAL_STEPS.items()):
            if found is not None and found[0] <= step_from < SCHEMA_VERSION:
                step(con)
        for table in TABLES:
            if found is None:
                con.execute(table.create_sql())
            else:
                _migrate_table(con, table)
        for side in (*_SIDE_TABLES, *_SIDE_COLUMNS):
            con.execute(side)
        con.execute(
            "INSERT INTO schema_version (version, fingerprint, belli_version) VALUES (?, ?, ?)",
            [SCHEMA_VERSION, fingerprint(), __version__],
        )
        con.commit()
    except duckdb.Error as exc:
        con.rollback()
        raise StoreError(
            f"could not migrate the database schema: {exc}".splitlines()[0],
            hint="export it with an older belli, or start a new database with --db",
        ) from exc
    con.execute("CHECKPOINT")


def _refuse_newer(found: tuple[int, str] | None) -> None:
    if found is not None and found[0] > SCHEMA_VERSION:
        raise StoreError(
            f"the database has schema version {found[0]}; this belli knows up to "
            f"{SCHEMA_VERSION}",
            hint="upgrade belli",
        )


def _migrate_table(con: duckdb.DuckDBPyConnection, table: Table) -> None:
    """Create the table, or add missing columns and widen changed types in place."""
    con.execute(table.create_sql())
    have = {
        name: typ
        for name, typ in con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?",
            [table.name],
        ).fetchall()
    }
    for column in table.columns:
        if column.name not in have:
            default = f" DEFAULT {column.default}" if column.default else ""
            con.execute(
                f"ALTER TABLE {table.name} ADD COLUMN {q(column.name)} {column.sql_type}{default}"
            )
            if column.derived is not None:
                con.execute(f"UPDATE {table.name} SET {q(column.name)} = "
                            f"{column.derived_sql(table.name)}")
            if column is _UPDATED:
                _fill_updated_at(con, table)
        elif _normal(have[column.name]) != _normal(column.sql_type):
            # DuckDB casts STRUCTs by field name: added fields become NULL.
            con.execute(
                f"ALTER TABLE {table.name} ALTER {q(column.name)} SET DATA TYPE {column.sql_type}"
            )


def _fill_updated_at(con: duckdb.DuckDBPyConnection, table: Table) -> None:
    """Rows stored before `updated_at` existed were written when their document was
    ingested, not at this migration: a sync since then must not send them all again."""
    if table.name == "documents":
        con.execute(f"UPDATE documents SET updated_at = {_INGESTED_UTC} "
                    "WHERE ingested_at IS NOT NULL")
    elif any(c.name == "doc_id" for c in table.columns):
        con.execute(f"UPDATE {table.name} AS t SET updated_at = {_INGESTED_UTC} FROM "
                    "documents d WHERE d.doc_id = t.doc_id AND d.ingested_at IS NOT NULL")


# `ingested_at` holds the local time of the write (`current_timestamp` in a TIMESTAMP), and
# `updated_at` UTC: read it in the session's zone, as it was written; never in the future.
# This assumes the migrating session's time zone is the one the rows were written in (a
# store moved between zones gets its old rows' times shifted by the difference).
_INGESTED_UTC = (f"least(CAST(ingested_at AS TIMESTAMPTZ) AT TIME ZONE 'UTC', {UTC_NOW})")


def _normal(sql: str) -> str:
    return sql.replace('"', "").replace("INTEGER", "INT").replace(" ", "").upper()


# version -> step that upgrades a database from that version to the next
_MANUAL_STEPS: dict[int, typing.Callable[[duckdb.DuckDBPyConnection], None]] = {}
