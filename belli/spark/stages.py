"""What runs inside Spark's Python workers: Stage A reads, Stage B analyses.

Each function takes and yields Arrow record batches (`mapInArrow`): no RDDs, so the job
runs on Databricks' shared and serverless clusters too. Rows out are record rows
(belli.spark.tables).

Stage A reads one input file per task with `belli.ingest.read_sources`, the local
command's reader: cleaning, language and doc_id come out exactly as `belli ingest` makes
them. Stage B builds the pipeline once per Python worker process (Spark reuses workers
between tasks, so the spaCy model loads once per process, not per task) and runs
`Pipeline.process_batch`, which already turns a failing stage into a Failure per article;
a batch that fails as a whole is rerun one article at a time, so a poison record costs
one failure row, never the task.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Any

from belli.errors import InputError
from belli.records import Analysis, Article, Failure
from belli.settings import Settings
from belli.spark.tables import (
    TABLE_COLUMN,
    Record,
    analysis_records,
    article_from_row,
    failure_record,
    file_name,
    partition_keys,
)

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql.types import StructType

    from belli.pipeline import Pipeline

STAGE = "spark.batch.v1"  # the stage a failure outside the pipeline's stages is put down to
FILE_COLUMN = "_belli_file"
SEQ_COLUMN = "_belli_seq"
_ROWS_PER_BATCH = 1000
# Stage A numbers documents file by file: seq = file index << 32 | position in the file.
_FILE_SHIFT = 32
Batches = Iterator["pa.RecordBatch"]


def read_files(files: Sequence[str], settings: Settings, schema: StructType,
               batches: Iterable[pa.RecordBatch]) -> Batches:
    """Stage A over files: each input row is the index of one file in `files`."""
    _quiet()
    arrow = _arrow_schema(schema)
    for batch in batches:
        for index in batch.column("id").to_pylist():
            yield from _to_batches(_file_records(files[index], index, settings), arrow)


def _file_records(path: str, index: int, settings: Settings) -> Iterator[Record]:
    from belli.ingest import read_sources

    fallback = {"source_file": file_name(path), "pub_month": "unknown"}
    for position, item in enumerate(read_sources([path], settings)):
        if isinstance(item, Failure):
            yield failure_record(item, fallback)
        else:
            seq = index << _FILE_SHIFT | position
            yield from analysis_records(Analysis(article=item), partition_keys(item), seq)


def read_parquet_rows(settings: Settings, schema: StructType,
                      batches: Iterable[pa.RecordBatch]) -> Batches:
    """Stage A over Parquet rows: each row is one article, read as a JSON Lines row is."""
    _quiet()
    arrow = _arrow_schema(schema)
    for batch in batches:
        yield from _to_batches((r for row in batch.to_pylist() for r in _row_records(row)),
                               arrow)


def _row_records(row: dict[str, Any]) -> list[Record]:
    from belli.ingest.readers.jsonl import article_from_record

    source = str(row.pop(FILE_COLUMN)).removeprefix("file://").removeprefix("file:")
    seq = int(row.pop(SEQ_COLUMN))
    try:
        article = article_from_record({k: _json_value(v) for k, v in row.items()}, source=source)
    except InputError as exc:
        failure = Failure(None, "ingest", f"{source}: row {seq}: {exc}", source)
        return [failure_record(failure, {"source_file": file_name(source), "pub_month": "unknown"})]
    return analysis_records(Analysis(article=article), partition_keys(article), seq)


def _json_value(value: Any) -> Any:
    """A Parquet value as the JSON reader would have it: dates as ISO text."""
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def analyse(settings: Settings, schema: StructType,
            batches: Iterable[pa.RecordBatch]) -> Batches:
    """Stage B: documents rows in, every table's rows out, batch by batch."""
    _quiet()
    arrow = _arrow_schema(schema)
    documents = (row for batch in batches for row in batch.to_pylist())
    while chunk := list(islice(documents, settings.batch_size)):
        # built on the first chunk: an empty task loads no model
        yield _batch_or_failures(_analysed(cached_pipeline(settings), chunk), arrow)


def _analysed(pipeline: Pipeline, chunk: list[dict[str, Any]]) -> list[Record]:
    """The record rows of one batch of documents rows."""
    articles = [article_from_row(row["documents"]) for row in chunk]
    keys = {a.doc_id: ({k: row[k] for k in ("source_file", "pub_month")},
                       row["documents"]["seq"]) for a, row in zip(articles, chunk, strict=True)}
    records: list[Record] = []
    for result in process_safely(pipeline, articles):
        doc_keys, seq = keys[result.doc_id or ""]
        if isinstance(result, Failure):
            records.append(failure_record(result, doc_keys))
        else:
            records.extend(analysis_records(result, doc_keys, seq))
    return records


def _batch_or_failures(records: list[Record], schema: pa.Schema) -> pa.RecordBatch:
    """The rows as one batch; if a value does not fit its column, that document's rows
    become one failure row and the other documents keep theirs."""
    import pyarrow as pa  # here, not at the top: `belli spark` without the extra says so

    try:
        return pa.RecordBatch.from_pylist(records, schema=schema)
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        pass
    by_doc: dict[str, list[Record]] = {}
    for record in records:
        by_doc.setdefault(record[record[TABLE_COLUMN]]["doc_id"] or "", []).append(record)
    kept: list[Record] = []
    for rows in by_doc.values():
        try:
            pa.RecordBatch.from_pylist(rows, schema=schema)
            kept.extend(rows)
        except (pa.ArrowException, TypeError, ValueError, OverflowError) as exc:
            kept.append(_unstorable(rows[0], exc))
    return pa.RecordBatch.from_pylist(kept, schema=schema)


def _unstorable(record: Record, exc: Exception) -> Record:
    row = record[record[TABLE_COLUMN]]
    message = f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
    keys = {k: record[k] for k in ("source_file", "pub_month")}
    source = row.get("source") if record[TABLE_COLUMN] == "documents" else None  # events: actors
    return failure_record(Failure(row["doc_id"], STAGE, message, source), keys)


def process_safely(pipeline: Pipeline, articles: list[Article]) -> list[Analysis | Failure]:
    """`process_batch`, and if the batch raises as a whole, one article at a time."""
    try:
        return pipeline.process_batch(articles)
    except Exception as exc:  # noqa: BLE001 - isolated to its article, kept as a Failure row
        if len(articles) == 1:
            article = articles[0]
            return [Failure(article.doc_id, STAGE, f"{type(exc).__name__}: {exc}",
                            article.source)]
    return [result for article in articles for result in process_safely(pipeline, [article])]


@lru_cache(maxsize=2)
def cached_pipeline(settings: Settings) -> Pipeline:
    """The pipeline (and its spaCy model) of this worker process, built on first use."""
    from belli.pipeline import build_pipeline

    return build_pipeline(settings)


def _to_batches(records: Iterable[Record], schema: pa.Schema) -> Batches:
    """Record rows as Arrow batches of at most _ROWS_PER_BATCH rows, streamed."""
    import pyarrow as pa

    rows = iter(records)
    while chunk := list(islice(rows, _ROWS_PER_BATCH)):
        yield pa.RecordBatch.from_pylist(chunk, schema=schema)


def _arrow_schema(schema: StructType) -> pa.Schema:
    from pyspark.sql.pandas.types import to_arrow_schema

    return to_arrow_schema(schema)


def _quiet() -> None:
    """Keep belli's warnings out of the worker's stderr, which local Spark shows on the
    terminal: every problem they describe is also a failure row."""
    logging.getLogger("belli").setLevel(logging.ERROR)
