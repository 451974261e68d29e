"""JSON Lines (and JSON) to Articles: one object per line; a bad line is a Failure, not a stop.

Fields: text (or body, or content), title, author, published (or date), url, publisher,
language; an object with `html` instead of text goes through the HTML reader. Any other
field is kept in `Article.meta`.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterator, Mapping
from typing import Any

from belli.display import printable
from belli.errors import InputError
from belli.ingest.readers.html import article_from_html
from belli.ingest.readers.text import FIELDS, article_from_text
from belli.records import Article, Failure

log = logging.getLogger(__name__)

TEXT_KEYS = ("text", "body", "content")
_ALIASES = {"date": "published"}
# A lone UTF-16 surrogate ("\ud83d" without its partner) is valid JSON but not Unicode:
# no UTF-8 encoder, DuckDB's included, takes it.
_SURROGATE = re.compile("[\ud800-\udfff]")
# What json.loads returns, by the names a JSON author knows.
_JSON_TYPES: dict[type, str] = {
    dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number",
    bool: "a boolean", type(None): "null",
}


def articles_from_jsonl(text: str, *, source: str) -> Iterator[Article | Failure]:
    """One Article per non-blank line; a line that fails yields a Failure naming file:line.

    Lines end at "\n" only: JSON strings may hold U+2028 and other characters that
    str.splitlines() would split on."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = _loads(line)
        except InputError as exc:
            yield _failure(where, str(exc), source)
            continue
        yield _one_record(record, where, source)


def articles_from_json(text: str, *, source: str) -> Iterator[Article | Failure]:
    """A .json file: one object, an array of objects, or JSON Lines after all."""
    try:
        data = json.loads(text)
    except ValueError:  # not one JSON document (or a number Python will not read): rows then
        yield from articles_from_jsonl(text, source=source)
        return
    except RecursionError:
        yield _failure(source, "JSON nested too deeply", source)
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        yield _one_record(record, f"{source}: item {number}", source)


def _one_record(record: Any, where: str, source: str) -> Article | Failure:
    """The Article of one row or item, or its Failure: one bad row never ends the file."""
    try:
        return article_from_record(_valid_unicode(record), source=source)
    except InputError as exc:
        return _failure(where, str(exc), source)
    except Exception as exc:  # a bug met on one row costs that row, not the rows after it
        log.exception("unexpected error reading %s", where)
        return _failure(where, f"unexpected {type(exc).__name__}: {exc}", source)


def _failure(where: str, message: str, source: str) -> Failure:
    line = printable(" ".join(message.split()))
    return Failure(doc_id=None, stage="ingest", message=f"{where}: {line}", source=source)


def _valid_unicode(record: Any) -> Any:
    """The decoded record, refused if any of its strings holds a lone surrogate."""
    pending = [record]
    while pending:  # a loop, not recursion: json.loads already allowed the nesting
        value = pending.pop()
        if isinstance(value, str):
            lone = _SURROGATE.search(value)
            if lone:
                raise InputError(f"not valid Unicode: a lone surrogate {printable(lone.group())}")
        elif isinstance(value, dict):
            pending.extend(value)
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return record


def article_from_record(record: Any, *, source: str | None = None) -> Article:
    """An Article from one decoded JSON object."""
    if not isinstance(record, Mapping):
        raise InputError(f"expected a JSON object, got {_json_type(record)}")
    fields = {_ALIASES.get(k, k): v for k, v in record.items() if isinstance(k, str)}
    fields = _joined_authors(fields)
    _check_field_types(fields)
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
    wrong = next((k for k in (*TEXT_KEYS, "html") if fields.get(k) is not None), None)
    if wrong is not None and not isinstance(fields[wrong], str):
        raise InputError(f"no text: {wrong} must be a string, not {_json_type(fields[wrong])}")
    raise InputError("no text: expected a non-empty text, body, content or html field")


def _joined_authors(fields: dict[str, Any]) -> dict[str, Any]:
    """Feeds often give several authors as a list of names: one byline, comma-joined."""
    authors = fields.get("author")
    if isinstance(authors, list) and authors and all(isinstance(a, str) for a in authors):
        return {**fields, "author": ", ".join(a.strip() for a in authors if a.strip())}
    return fields


def _check_field_types(fields: Mapping[str, Any]) -> None:
    """Refuse a row whose metadata field is of a type no article field takes: a title that
    is an object would otherwise be stored as the Python text of a dict."""
    for key in FIELDS:
        value = fields.get(key)
        if value is None or isinstance(value, str):
            continue
        if key == "published" and type(value) in (int, float):
            continue  # a Unix time or a year: the date reader judges it
        allowed = "a string or a number" if key == "published" else "a string"
        raise InputError(f"{key} must be {allowed}, not {_json_type(value)}")


def _json_type(value: Any) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _loads(line: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg} (column {exc.colno})") from exc
    except RecursionError as exc:
        raise InputError("JSON nested too deeply") from exc
    except ValueError as exc:  # the only other one: Python's cap on digits in an integer
        limit = sys.get_int_max_str_digits()
        raise InputError(f"not valid JSON: a number of more than {limit:,} digits") from exc
