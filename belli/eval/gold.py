"""The gold sets belli is measured on: where they live, what each one scores, how to read it.

The files are JSON Lines in one schema (../shared/eval/README.md): one record per document
or sentence with `text`, `entities`, `events`, `relations` and `meta`. Gold entries stay
plain mappings here, as the files give them; each scorer turns the entries it uses into
its own typed records.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from belli.errors import InputError

ENV_DATA = "BELLI_EVAL_DATA"
# repo root = the folder holding the belli package; the gold sets sit beside the checkout
DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "eval"


@dataclass(frozen=True, slots=True)
class DatasetSpec:
    """One gold set: its file, the tasks it scores and how much of it runs by default."""

    name: str
    file: str
    tasks: tuple[str, ...]
    default_limit: int | None = None
    score_actors: bool = True
    note: str = ""


DATASETS: dict[str, DatasetSpec] = {
    spec.name: spec
    for spec in (
        DatasetSpec("re3d", "re3d.jsonl", ("entities",)),
        DatasetSpec("meantime_en", "meantime_en.jsonl", ("entities", "dates")),
        DatasetSpec("plover_gsr", "plover_gsr.jsonl", ("actors", "events")),
        DatasetSpec("petr2_gsr_validation", "petr2_gsr_validation.jsonl", ("events",)),
        DatasetSpec(
            "petrarch2_unittest", "petrarch2_unittest.jsonl", ("events",), score_actors=False,
            note="fictional actors (Arnor, Gondor): event types and detection only",
        ),
        DatasetSpec("muc4_dev", "muc4_dev.jsonl", ("events",)),
        DatasetSpec(
            "muc4_train", "muc4_train.jsonl", ("events",), default_limit=300,
            note="1,300 documents: the first 300 by default, --limit 0 for all",
        ),
        DatasetSpec("tempeval3_platinum", "tempeval3_platinum.jsonl", ("dates",)),
        DatasetSpec("geowebnews", "geowebnews.jsonl", ("places",)),
        DatasetSpec("lgl", "lgl.jsonl", ("places",)),
        DatasetSpec(
            "golden", "", ("golden",),
            note="events an analyst wrote down for real articles (tests/articles/events)",
        ),
        DatasetSpec(
            "linking", "", ("linking",),
            note="real events two or more articles tell (tests/articles/linking)",
        ),
        DatasetSpec(
            "relations", "", ("relations",),
            note="standing relations listed by hand (tests/articles/relations)",
        ),
    )
}


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold document or sentence, as the shared schema gives it."""

    id: str
    text: str
    entities: tuple[Mapping[str, Any], ...]
    events: tuple[Mapping[str, Any], ...]
    meta: Mapping[str, Any]

    @property
    def published(self) -> str | None:
        """The document creation date as YYYY-MM-DD, where the set records one."""
        raw = self.meta.get("dct") or self.meta.get("date")
        return iso_date(str(raw)) if raw else None


def iso_date(raw: str) -> str | None:
    """'2013-03-22', '20080806' or '2008-08-06T10:00' -> '2008-08-06'; anything else None."""
    match = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})", raw.strip())
    return "-".join(match.groups()) if match else None


def dataset_spec(name: str) -> DatasetSpec:
    if name not in DATASETS:
        raise InputError(f"unknown gold set {name!r}", hint=f"one of: {', '.join(DATASETS)}, all")
    return DATASETS[name]


def data_dir(explicit: str | Path | None = None) -> Path:
    """The gold folder: --data, else $BELLI_EVAL_DATA, else ../shared/eval from the repo root."""
    chosen = explicit or os.environ.get(ENV_DATA) or DEFAULT_DATA
    path = Path(chosen).expanduser()
    if not path.is_dir():
        raise InputError(
            f"gold data folder not found: {path}",
            hint=f"pass --data DIR or set {ENV_DATA} (the sets live in ../shared/eval)",
        )
    return path


def gold_path(spec: DatasetSpec, folder: Path) -> Path:
    if spec.name == "golden":  # its own folder of golden files, not a gold-set file
        from belli.eval.golden import golden_dir

        return golden_dir()
    if spec.name == "linking":
        from belli.eval.linking import LINKING_FILE

        return LINKING_FILE
    if spec.name == "relations":
        from belli.eval.relations import RELATIONS_FILE

        return RELATIONS_FILE
    path = folder / spec.file
    if not path.is_file():
        raise InputError(f"gold file not found: {path}", hint="check --data")
    return path


def read_gold(spec: DatasetSpec, folder: Path, limit: int | None = None) -> list[GoldRecord]:
    """The first `limit` records of a set (all when limit is None or 0)."""
    path = gold_path(spec, folder)
    with path.open(encoding="utf-8") as handle:
        return list(islice(_records(handle, path), limit or None))


def _records(lines: Iterator[str], path: Path) -> Iterator[GoldRecord]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path.name} line {number} is not JSON: {exc.msg}") from exc
        yield GoldRecord(
            id=str(raw.get("id", f"{path.stem}:{number}")),
            text=raw.get("text") or "",
            entities=tuple(raw.get("entities") or ()),
            events=tuple(raw.get("events") or ()),
            meta=raw.get("meta") or {},
        )
