"""HTML to an Article: trafilatura finds the body and metadata, then the text cleaner runs.

trafilatura only ever sees text that belli has already capped and decoded: it would
otherwise take compressed or huge input as it comes, and its own time limit only works
in its command line. Its HTML parser (lxml) never loads DTDs or resolves entities.
"""

from __future__ import annotations

import logging
from typing import Any

from belli.errors import InputError
from belli.ingest.decode import decode_html_bytes
from belli.ingest.readers.text import article_from_text
from belli.records import Article
from belli.settings import Settings

log = logging.getLogger(__name__)


def article_from_html(
    html: bytes | str,
    *,
    url: str | None = None,
    source: str | None = None,
    charset: str | None = None,
    published_fallback: str | None = None,
    max_bytes: int | None = None,
    **metadata: Any,
) -> Article:
    """Build an Article from an HTML page.

    Bytes are decoded (BOM, `charset`, <meta charset>, then detection). Metadata given
    as keywords wins over what the page says. Raises InputError when the input is over
    `max_bytes` (default: the max_input_bytes setting) or holds no article text.
    """
    limit = max_bytes if max_bytes is not None else Settings().max_input_bytes
    if len(html) > limit:  # for str, characters: never more than its UTF-8 bytes
        raise InputError(f"input is larger than max_input_bytes ({limit} bytes)")
    page = decode_html_bytes(html, declared=charset) if isinstance(html, bytes) else html
    if not page.strip():
        raise InputError("empty input")
    found = _extract(page, url)
    body = found.pop("text")
    for key, value in found.items():
        if metadata.get(key) is None and value:
            metadata[key] = value
    # trafilatura writes one paragraph per line; the cleaner reads blank-line paragraphs.
    return article_from_text(
        body.replace("\n", "\n\n"),
        source=source,
        published_fallback=published_fallback,
        **metadata,
    )


def _extract(page: str, url: str | None) -> dict[str, Any]:
    """Body text and metadata from trafilatura, with its baseline as a fallback."""
    import trafilatura
    from trafilatura.settings import set_date_params

    try:
        doc = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # Only dates the page states as such: the extensive search turns a footer's
            # "Copyright 2023" into a publication date of 2023-01-01.
            date_extraction_params=set_date_params(extensive=False),
        )
    except Exception as exc:
        raise InputError(f"HTML could not be parsed ({type(exc).__name__})") from exc
    text = getattr(doc, "text", None) or ""
    if not text.strip():
        _tree, text, _length = trafilatura.baseline(page)
    if not text or not text.strip():
        raise InputError("no article text found in the HTML")
    return {
        "text": text,
        "title": getattr(doc, "title", None),
        "author": getattr(doc, "author", None),
        "publisher": getattr(doc, "sitename", None),
        "published": getattr(doc, "date", None),
        "url": url or getattr(doc, "url", None),
    }
