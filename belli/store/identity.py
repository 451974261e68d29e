"""Which article a document is across edits: its identity.

A document's id hashes its body, so an edited article is a new document. Its identity
says which stored document it is a newer version of, so that ingesting it replaces that
one instead of adding a second copy. In order of preference:

- `url:` its URL, normalized: the scheme (http and https alike), the default port, the
  fragment, a trailing slash and `utm_*` tracking parameters left out, the host lowercased.
  Only an http(s) URL with a host and a path names one article: "N/A", a bare name or a
  site's home page (`https://example.org/`) is shared by many, and is no identity;
- `id:` the file it came from and the `id` field of its JSON row (`/data/feed.jsonl#4711`);
- `source:` the path of a file that holds one article (text, Markdown or HTML).

A file's path is made absolute, links resolved, so `feed.jsonl`, `./feed.jsonl` and
`/data/feed.jsonl` name one file; a store written before that keeps the path as typed, and
ingesting matches that too (`legacy_identity`). Anything else (a JSON row without url or
id, standard input, a posted body without url: their `id` is the client's own numbering,
not an article's name) has none, written as '': it is only ever skipped when its body is
already stored.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from functools import lru_cache
from pathlib import PurePath
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import duckdb

from belli.records import Article

__all__ = ["fill_missing_identities", "identity_of", "legacy_identity", "names_an_article",
           "normal_url"]

_DEFAULT_PORTS = {"http": 80, "https": 443}
# Files that hold exactly one article: their path names it. A JSON Lines, JSON or WARC
# file holds many, so its path alone names none of them.
_ONE_ARTICLE = frozenset({".txt", ".text", ".md", ".html", ".htm", ".xhtml"})
_COMPRESSED = frozenset({".gz", ".bz2", ".xz", ".zst", ".zip"})
# Labels of inputs that are not files: the same label says nothing about the article.
_NO_PATH = frozenset({"<stdin>", "-", "api"})


def identity_of(article: Article, *, as_typed: bool = False, url_only: bool = False) -> str:
    """The article's identity (see the module's docstring), or '' when it has none;
    `as_typed`: with its file's path as given, as a store before absolute paths has it;
    `url_only`: by its URL alone (a posted article: its source and id are the client's)."""
    if article.url and names_an_article(article.url):
        return "url:" + normal_url(article.url)
    source = article.source
    if url_only or not source or source in _NO_PATH:
        return ""
    where = source if as_typed or "://" in source else _absolute(source, os.getcwd())
    row_id = _row_id(article.meta)
    if row_id is not None:
        return f"id:{where}#{row_id}"
    return "source:" + where if _one_article_file(source) else ""


@lru_cache(maxsize=256)  # every row of a file asks for the same path
def _absolute(source: str, cwd: str) -> str:
    """The path made absolute, links resolved; as typed when it names no possible file."""
    try:
        return os.path.realpath(os.path.join(cwd, source))
    except (ValueError, OSError):  # a NUL in the name, a loop of links
        return source


def legacy_identity(article: Article) -> str | None:
    """The identity an older belli gave the article (its path as typed), where it differs."""
    old = identity_of(article, as_typed=True)
    return old if old != identity_of(article) else None


def names_an_article(url: str) -> bool:
    """Whether the URL is an article's own: http(s), with a host and a path past the root."""
    parts = urlsplit(url.strip())
    return (parts.scheme.lower() in _DEFAULT_PORTS and bool(parts.hostname)
            and bool(parts.path.strip("/")))


def normal_url(url: str) -> str:
    """The URL as identity compares it: `HTTPS://Example.com:443/a/?utm_source=x#top` and
    `http://example.com/a` are the same article."""
    parts = urlsplit(url.strip())
    try:
        port = parts.port
    except ValueError:  # a port that is not a number: compare the text as it is
        return url.strip()
    if not parts.hostname:
        return url.strip()
    host = parts.hostname + (f":{port}" if port and port != _DEFAULT_PORTS.get(parts.scheme)
                             else "")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not k.lower().startswith("utm_")])
    return host + (parts.path.rstrip("/") or "") + (f"?{query}" if query else "")


def _row_id(meta: Mapping[str, Any]) -> str | None:
    value = meta.get("id")
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = str(value).strip()
    return text or None


def _one_article_file(source: str) -> bool:
    if "://" in source:
        return False
    suffixes = [s.lower() for s in PurePath(source).suffixes]
    while suffixes and suffixes[-1] in _COMPRESSED:
        suffixes.pop()
    return bool(suffixes) and suffixes[-1] in _ONE_ARTICLE


def fill_missing_identities(con: duckdb.DuckDBPyConnection) -> None:
    """Give documents stored before identities existed theirs (a writable open calls it):
    an edited version of an article stored by an older belli replaces it too."""
    rows = con.execute("SELECT doc_id, url, source, CAST(meta AS VARCHAR) FROM documents "
                       "WHERE identity IS NULL").fetchall()
    if not rows:
        return
    # the paths as typed: which folder they were relative to is lost
    found = [(identity_of(Article(doc_id, "", url=url, source=source, meta=_meta(meta)),
                          as_typed=True), doc_id)
             for doc_id, url, source, meta in rows]
    con.execute("UPDATE documents SET identity = f.identity FROM "
                "(SELECT unnest(?::VARCHAR[]) AS identity, unnest(?::VARCHAR[]) AS doc_id) f "
                "WHERE documents.doc_id = f.doc_id",
                [[i for i, _ in found], [d for _, d in found]])


def _meta(text: str | None) -> Mapping[str, Any]:
    value = json.loads(text) if text else None
    return value if isinstance(value, Mapping) else {}
