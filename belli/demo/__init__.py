"""The demo corpus: short news articles written by the belli authors for fictional outlets.

It ships inside the package (so `make run` and a user's `pip install belli` both find it)
and covers the South Caucasus from 2020 to 2023 in three formats: page text pasted with its
site furniture (`text/*.txt`), saved web pages (`html/*.html`) and a JSON Lines feed
(`jsonl/*.jsonl`). See README.md next to this file for what each file covers.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from belli.errors import InputError

__all__ = ["CORPUS_SUFFIXES", "corpus_files", "corpus_path"]

# The formats the corpus is written in; anything else in the folder is not an article.
CORPUS_SUFFIXES: frozenset[str] = frozenset({".txt", ".html", ".jsonl"})


def corpus_path() -> Path:
    """The folder that holds the demo articles, in a checkout or an installed package."""
    # setuptools installs package data as plain files, so the traversable is a real path;
    # a zipped install (zipimport) would not be, and ingestion needs real files.
    folder = Path(str(files(__name__) / "corpus"))
    if not folder.is_dir():
        raise InputError(
            f"demo corpus not found at {folder}",
            hint="reinstall belli; its package data appears to be missing",
        )
    return folder


def corpus_files() -> list[Path]:
    """Every article file of the demo corpus, sorted by path (format folder, then name)."""
    root = corpus_path()
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in CORPUS_SUFFIXES)
