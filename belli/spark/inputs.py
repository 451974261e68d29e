"""The job's inputs, found and checked on the driver before Spark does any work.

Files belli reads itself (WARC, JSON Lines, and every other format of `belli ingest`) are
read by `belli.ingest.read_sources` in Stage A, one task per file: the local command's own
code path. Parquet goes through Spark's reader, which splits large files. A missing path,
an unreadable Parquet file or two inputs with one name stop the job here, in one line,
rather than as a Java stack trace from the middle of it.

Paths are local, or mounted on every worker (Databricks /Volumes, gcsfuse, mountpoint-s3):
workers open them by name.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from belli.display import printable
from belli.errors import InputError
from belli.ingest.sources import _is_project_file, format_of

# The columns a Parquet input may hold its article text in (belli.ingest.readers.jsonl).
TEXT_COLUMNS = ("text", "body", "content", "html")


@dataclass(frozen=True, slots=True)
class Inputs:
    """Files for belli's readers (one Stage A task each) and Parquet inputs for Spark's."""

    files: tuple[str, ...] = ()
    parquet: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        return len(self.files) + len(self.parquet)


def find_inputs(paths: Sequence[str]) -> Inputs:
    """Every input under `paths` (folders walked like `belli ingest` walks them), checked."""
    if not paths:
        raise InputError("no inputs given", hint="name WARC, JSON Lines or Parquet files or folders")
    files: list[str] = []
    parquet: list[str] = []
    for path in paths:
        for found in _expand(path):
            (parquet if is_parquet(found) else files).append(found)
    if not files and not parquet:
        raise InputError(f"no readable inputs in {', '.join(map(printable, paths))}")
    _check_unique_names([*files, *parquet])
    for path in parquet:
        if "://" not in path:
            check_parquet(path)
    return Inputs(tuple(files), tuple(parquet))


def is_parquet(path: str) -> bool:
    return path.rstrip("/").lower().endswith(".parquet")


def _expand(path: str) -> Iterator[str]:
    """The files a path names, absolute: on a cluster, executors run in folders of their
    own, where a relative path names nothing (so `source` holds absolute paths)."""
    if "://" in path and is_parquet(path):  # remote Parquet: Spark's reader fetches it
        yield path
        return
    if "://" in path:
        raise InputError(f"{printable(path)}: only Parquet is read from a URL",
                         hint="mount the bucket on every worker and give the mounted path")
    if not os.path.exists(path):
        raise InputError(f"{printable(path)}: no such file or folder")
    if os.path.isdir(path) and not is_parquet(path):
        yield from _folder_files(Path(os.path.abspath(path)))
    else:
        yield os.path.abspath(path)


def _folder_files(folder: Path) -> Iterator[str]:
    """Readable files under a folder, sorted, skipping what `belli ingest` skips (hidden
    entries, README and LICENSE files) and Spark's own markers (_SUCCESS, _staging)."""
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        for name in sorted(names):
            if name.startswith(".") or _is_project_file(name):
                continue
            if format_of(name) is not None or is_parquet(name):
                yield os.path.join(root, name)


def _check_unique_names(paths: list[str]) -> None:
    """Output is partitioned by input file name: two inputs of one name would share (and
    on a re-run, overwrite) each other's partitions."""
    seen: dict[str, str] = {}
    for path in paths:
        name = os.path.basename(path.rstrip("/"))
        if name in seen:
            raise InputError(
                f"two inputs are named {printable(name)}: {printable(seen[name])} and "
                f"{printable(path)}", hint="output is partitioned by file name; rename one",
            )
        seen[name] = path


def check_parquet(path: str) -> None:
    """Refuse a Parquet input that cannot be read or has no column of article text."""
    import pyarrow.dataset as ds

    try:
        names = ds.dataset(path, format="parquet").schema.names
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        reason = " ".join(str(exc).split())[:200]
        raise InputError(f"{printable(path)}: not a readable Parquet file ({reason})") from exc
    if not any(column in names for column in TEXT_COLUMNS):
        raise InputError(
            f"{printable(path)}: no article text column",
            hint=f"expected one of {', '.join(TEXT_COLUMNS)}; found {', '.join(names[:12])}",
        )
