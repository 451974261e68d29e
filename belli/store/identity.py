"""Which article a document is across edits: its identity.

A document's id hashes its body, so an edited article is a new document. Its identity
says which stored document it is a newer version of, so that ingesting it replaces that
one instead of adding a second copy. In order of preference:

- `url:` its URL, normalized: the scheme (http and https alike), the default port, the
  fragment, a trailing slash and `utm_*` tracking parameters left out, the host lowercased;
- `id:` the input it came from and the `id` field of its JSON row (`feed.jsonl#4711`);
- `source:` the path of a file that holds one article (text, Markdown or HTML), as given.

Anything else (a JSON row without url or id, standard input, a posted body without url or
id) has none, written as '': it is only ever skipped when its body is already stored.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import duckdb

from belli.records import Article

__all__ = ["fill_missing_identities", "identity_of", "normal_url"]

_DEFAULT_PORTS = {"http": 80, "https": 443}
# Files that hold exactly one article: their path names it. A JSON Lines, JSON or WARC
# file holds many, so its path alone names none of them.
_ONE_ARTICLE = frozenset({".txt", ".text", ".md", ".html", ".htm", ".xhtml"})
_COMPRESSED = frozenset({".gz", ".bz2", ".xz", ".zst", ".zip"})
# Labels of inputs that are not files: the same label says nothing about the article.
_NO_PATH = frozenset({"<stdin>", "-", "api"})


def identity_of(article: Article) -> str:
    """The article's identity (see the module's docstring), or '' when it has none."""
    if article.url and article.url.strip():
        return "url:" + normal_url(article.url)
    row_id = _row_id(article.meta)
    if row_id is not None and article.source:
        return f"id:{article.source}#{row_id}"
    if article.source and _one_article_file(article.source):
        return "source:" + article.source
    return ""


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
    if source in _NO_PATH or "://" in source:
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
    found = [(identity_of(Article(doc_id, "", url=url, source=source,
                                  meta=_meta(meta))), doc_id)
             for doc_id, url, source, meta in rows]
    con.execute("UPDATE documents SET identity = f.identity FROM "
                "(SELECT unnest(?::VARCHAR[]) AS identity, unnest(?::VARCHAR[]) AS doc_id) f "
                "WHERE documents.doc_id = f.doc_id",
                [[i for i, _ in found], [d for _, d in found]])


def _meta(text: str | None) -> Mapping[str, Any]:
    value = json.loads(text) if text else None
    return value if isinstance(value, Mapping) else {}
