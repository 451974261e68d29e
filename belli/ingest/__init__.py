"""Ingestion: files, folders, stdin, URLs and WARC archives in; cleaned Articles out.

    read_sources(["news/", "page.html", "-"], settings)  -> Article | Failure, one by one
    article_from_text(pasted_text, source="paste.txt")   -> Article (furniture removed)
    article_from_html(html_bytes, url="https://...")     -> Article

belli decompresses and caps every input itself before any parser sees it, and maps
every problem with an input to one `InputError` (a `Failure` in `read_sources`).
"""

from belli.ingest.readers.html import article_from_html
from belli.ingest.readers.text import article_from_text
from belli.ingest.sources import read_sources

__all__ = ["article_from_html", "article_from_text", "read_sources"]
