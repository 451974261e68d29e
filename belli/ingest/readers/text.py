"""Plain text (pasted pages included) to an Article: clean, recover metadata, detect language."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from belli.dates.inference import infer_publication
from belli.errors import InputError
from belli.ingest.clean import Cleaned, clean_text
from belli.ingest.language import detect_language
from belli.ingest.meta import read_published
from belli.records import Article

log = logging.getLogger(__name__)

# Metadata a caller may give; anything else it passes is kept in `Article.meta`.
FIELDS = ("title", "author", "publisher", "published", "url", "language")


def article_from_text(
    text: str,
    *,
    source: str | None = None,
    published_fallback: str | None = None,
    **metadata: Any,
) -> Article:
    """Build an Article from text that may carry page furniture.

    Metadata given by the caller (title, author, publisher, published, url, language, meta)
    wins over what the text says; other keyword arguments are kept in `meta`. Without a
    publication date, `published_fallback` is used, else one is inferred from what the text
    says (`infer_publication`, its reason kept in `meta["published_reason"]`); either way
    `published_inferred` is set. Raises InputError for
    empty text, or text that is all furniture.
    """
    if not text or not text.strip():
        raise InputError("empty input")
    given = {k: _text_or_none(metadata.pop(k, None)) for k in FIELDS}
    extra: dict[str, Any] = dict(metadata.pop("meta", None) or {})
    extra.update(metadata)
    cleaned = clean_text(text, title=given["title"])
    if not cleaned.text.strip():
        raise InputError("no article text left after removing page furniture")
    refused_before = extra.get("published_rejected")
    published, inferred = _publication_date(given["published"], cleaned, published_fallback, extra)
    if extra.get("published_rejected") != refused_before:
        _warn_refused(source, extra["published_rejected"], published)
    return Article.from_text(
        cleaned.text,
        title=given["title"] or cleaned.title,
        author=given["author"] or cleaned.author,
        publisher=given["publisher"] or cleaned.publisher,
        published=published,
        published_inferred=inferred,
        url=given["url"],
        language=given["language"] or detect_language(cleaned.text),
        source=source,
        meta=_meta(extra, cleaned),
    )


def _publication_date(
    given: str | None, cleaned: Cleaned, fallback: str | None, extra: dict[str, Any]
) -> tuple[str | None, bool]:
    """The stated date if any, else the fallback or an inferred one (marked inferred).

    A given or fallback value that is no plausible date ("1e308", "9999-12-31T25:61:61Z")
    is refused, and why is kept in `meta["published_rejected"]`; the value given stays in
    `meta["published_raw"]`."""
    stated = _plausible(given, "published", extra)
    if given and stated is None:
        extra["published_raw"] = given  # kept, not lost, when it cannot be read as a date
    if stated or cleaned.published:
        return stated or cleaned.published, False
    guessed = _plausible(fallback, "fallback", extra)
    if guessed:
        return guessed, True
    inference = infer_publication(cleaned.text)
    if inference is None:
        return None, False
    extra["published_reason"] = inference.reason
    return inference.value, True


def _warn_refused(source: str | None, refused: str, published: str | None) -> None:
    """One line on stderr: a publication date given was refused, and what took its place."""
    instead = f"publication date used: {published}" if published else "no publication date"
    log.warning("%s: %s; %s (see meta.published_rejected)", source or "input", refused, instead)


def _plausible(value: str | None, what: str, extra: dict[str, Any]) -> str | None:
    """`value` read as a publication date; when it is none, why is noted in `extra`."""
    if not value:
        return None
    try:
        return read_published(value)
    except InputError as exc:
        note = f"{what} {value!r}: {exc.message}"
        earlier = extra.get("published_rejected")
        extra["published_rejected"] = f"{earlier}; {note}" if earlier else note
        return None


def _meta(extra: Mapping[str, Any], cleaned: Cleaned) -> dict[str, Any]:
    out = dict(extra)
    if cleaned.author_bio:
        out["author_bio"] = cleaned.author_bio
    if cleaned.tags:
        out["tags"] = list(cleaned.tags)
    if cleaned.section:
        out["section"] = cleaned.section
    return out


def _text_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
