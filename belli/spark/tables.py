"""The job's tables: the store's own columns (belli/store/schema.py), typed for Spark.

Each output table has exactly the columns the DuckDB writer fills, in its order, so a
table imports into the store as it is; the Spark and Arrow types come from DuckDB itself
(casting NULL to each column's SQL type and reading the Arrow schema back), so no type
is written down twice. JSON columns (`Article.meta`) travel as JSON text.

Two partition columns are added: `source_file` (the input file's name and a hash of its
full path) and `pub_month`
(YYYY-MM of publication, or "unknown"). A re-run overwrites only the partitions it
writes, so every partition must come whole from one input: partitioning by outlet would
let a re-run of one file wipe the same outlet's rows from every other file. The month
keeps a date filter cheap while a news crawl file (mostly days of one month) makes one or
two partitions, where a day would make dozens of small files per input.

Between the stages rows travel as one "record" row per store row: the table's name, the
partition columns, and one struct column per table of which only that table's is set.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from typing import TYPE_CHECKING, Any

import duckdb

from belli.records import Analysis, Article, Failure
from belli.store.schema import TABLE_BY_NAME, q
from belli.store.writer import analysis_rows, failure_id

if TYPE_CHECKING:
    from pyspark.sql.types import StructType

TABLES = ("documents", "sentences", "mentions", "events", "relations", "claims", "failures")
TABLE_COLUMN = "record_table"
PARTITIONS = ("source_file", "pub_month")
UNKNOWN_MONTH = "unknown"
_MONTH = re.compile(r"\d{4}-\d{2}")
Record = dict[str, Any]


@cache
def table_type(name: str) -> StructType:
    """The Spark type of one row of a store table: its written columns, in order."""
    from pyspark.sql.pandas.types import from_arrow_schema

    columns = TABLE_BY_NAME[name].written
    nulls = ", ".join(
        f"CAST(NULL AS {'VARCHAR' if c.json else c.sql_type}) AS {q(c.name)}" for c in columns
    )
    with duckdb.connect() as con:
        schema = con.sql(f"SELECT {nulls}").to_arrow_table().schema
    return from_arrow_schema(schema)


@cache
def record_type() -> StructType:
    """The Spark type of a record row: table name, partition columns, a struct per table."""
    from pyspark.sql.types import StringType, StructField, StructType

    return StructType([
        StructField(TABLE_COLUMN, StringType(), False),
        *(StructField(name, StringType(), False) for name in PARTITIONS),
        *(StructField(name, table_type(name), True) for name in TABLES),
    ])


def partition_keys(article: Article) -> dict[str, str]:
    """The partition values of an article's rows: its input file's name and its month."""
    published = (article.published or "")[:7]
    return {
        "source_file": file_name(article.source or ""),
        "pub_month": published if _MONTH.fullmatch(published) else UNKNOWN_MONTH,
    }


def file_name(path: str) -> str:
    """The input's partition value: the last part of its path or URI and a hash of the
    whole ("s3://b/CC-NEWS-x.warc.gz" -> "CC-NEWS-x.warc.gz-1a2b3c4d"), so that inputs of
    one name in other folders, in this run or a later one, never share a partition."""
    name = path.rstrip("/").rsplit("/", 1)[-1] or path
    return f"{name}-{hashlib.sha1(path.encode('utf-8')).hexdigest()[:8]}"


def analysis_records(analysis: Analysis, keys: dict[str, str], seq: int) -> list[Record]:
    """Every record row an analysed article adds: the store writer's rows, tagged."""
    return [
        _record(name, row, keys)
        for name, rows in analysis_rows(analysis, seq).items()
        for row in rows
    ]


def failure_record(failure: Failure, keys: dict[str, str]) -> Record:
    """The record row of a Failure, with the store's failure_id."""
    row = {c.name: getattr(failure, c.name, None) for c in TABLE_BY_NAME["failures"].written}
    return _record("failures", {**row, "failure_id": failure_id(failure)}, keys)


def article_from_row(row: Record) -> Article:
    """The Article a documents row holds (the reverse of its record, meta decoded)."""
    meta = row.get("meta")
    return Article.from_dict({**row, "meta": json.loads(meta) if meta else {}})


def _record(name: str, row: Record, keys: dict[str, str]) -> Record:
    return {TABLE_COLUMN: name, **keys, name: _json_encoded(name, row)}


def _json_encoded(name: str, row: Record) -> Record:
    """The row with its JSON columns as JSON text (Arrow and Parquet have no JSON type)."""
    for column in _json_columns(name):
        if row.get(column) is not None:
            row[column] = json.dumps(row[column], ensure_ascii=False, default=str)
    return row


@cache
def _json_columns(name: str) -> tuple[str, ...]:
    return tuple(c.name for c in TABLE_BY_NAME[name].written if c.json)

