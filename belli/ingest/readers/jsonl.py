"""JSON Lines (and JSON) to Articles: one object per line; a bad line is a Failure, not a stop.

Fields: text (or body, or content), title, author, published (or date), url, publisher,
language; an object with `html` instead of text goes through the HTML reader. Any other
field is kept in `Article.meta`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from belli.errors import InputError
from belli.ingest.readers.html import article_from_html
from belli.ingest.readers.text import FIELDS, article_from_text
from belli.records import Article, Failure

TEXT_KEYS = ("text", "body", "content")
_ALIASES = {"date": "published"}


def articles_from_jsonl(text: str, *, source: str) -> Iterator[Article | Failure]:
    """One Article per non-blank line; a line that fails yields a Failure naming file:line."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield article_from_record(_loads(line), source=source)
        except InputError as exc:
            yield Failure(doc_id=None, stage="ingest", message=f"{where}: {exc}", source=source)


def articles_from_json(text: str, *, source: str) -> Iterator[Article | Failure]:
    """A .json file: one object, an array of objects, or JSON Lines after all."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        yield from articles_from_jsonl(text, source=source)
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        try:
            yield article_from_record(record, source=source)
        except InputError as exc:
            message = f"{source}: item {number}: {exc}"
            yield Failure(doc_id=None, stage="ingest", message=message, source=source)


def article_from_record(record: Any, *, source: str | None = None) -> Article:
    """An Article from one decoded JSON object."""
    if not isinstance(record, Mapping):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    fields = {_ALIASES.get(k, k): v for k, v in record.items() if isinstance(k, str)}
    known = {k: fields.pop(k) for k in FIELDS if k in fields}
    meta = dict(fields.pop("meta", None) or {}) if isinstance(fields.get("meta"), Mapping) else {}
    text = next(
        (fields.pop(k) for k in TEXT_KEYS if isinstance(fields.get(k), str) and fields[k].strip()),
        None,
    )
    html = fields.pop("html", None)
    meta.update({k: v for k, v in fields.items() if k not in TEXT_KEYS and k != "meta"})
    if text is not None:
        return article_from_text(text, source=source, meta=meta, **known)
    if isinstance(html, str) and html.strip():
        url = known.pop("url", None)
        return article_from_html(html, url=url, source=source, meta=meta, **known)
    raise InputError("no text: expected a non-empty text, body, content or html field")


def _loads(line: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg} (column {exc.colno})") from exc
    except RecursionError as exc:
        raise InputError("JSON nested too deeply") from exc
