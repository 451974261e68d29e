"""Memory and time of linking a whole store, as `belli ingest` does at its end.

    .venv/bin/python benchmarks/link_memory.py STORE [--out out/link-memory.json]

Copies STORE (made by benchmarks/build_event_store.py; `--repeat` gives it big clusters)
to a temporary folder, and links the copy in a fresh process so that its peak resident
memory (VmHWM, from /proc) is linking's alone. Reports the peak, the memory before
linking, the seconds, the counts of `link_store`, and a digest of the canonical tables
written: two runs, before and after a change, wrote the same rows when their digests
are equal.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from belli.procfs import memory_mb

# Both tables, in an order that does not depend on how they were written, all but the
# time of writing.
_TABLES = {"canonical_events": "* EXCLUDE (updated_at) FROM canonical_events ORDER BY "
                               "canonical_id",
           "event_links": "* FROM event_links ORDER BY doc_id, event_id"}


def digest(con: Any) -> str:
    """A hash of every row of the canonical tables."""
    sha = hashlib.sha256()
    for query in _TABLES.values():
        cursor = con.execute(f"SELECT {query}")
        while rows := cursor.fetchmany(10_000):
            for row in rows:
                sha.update(repr(row).encode())
    return sha.hexdigest()[:16]


def child(store: Path) -> dict[str, Any]:
    """Link `store` in this process; what it cost."""
    from belli.analysis.canonical import link_store
    from belli.store.database import Store

    # opened as ingest opens it: a store an older belli wrote is migrated first, untimed
    con = Store.open(str(store)).con
    before = memory_mb(os.getpid())
    started = time.perf_counter()
    run = link_store(con)
    seconds = time.perf_counter() - started
    peak = memory_mb(os.getpid(), "VmHWM")
    return {"reports": run.reports, "canonical": run.canonical, "linked": run.linked,
            "seconds": round(seconds, 1), "rss_before_mb": round(before, 1),
            "peak_rss_mb": round(peak, 1), "digest": digest(con)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.store)))
        return
    with tempfile.TemporaryDirectory(prefix="belli-link-") as tmp:
        copy = Path(tmp) / "store.duckdb"
        shutil.copyfile(args.store, copy)
        done = subprocess.run([sys.executable, __file__, str(copy), "--child"],
                              check=True, capture_output=True, text=True)
    result = {"store": str(args.store), **json.loads(done.stdout.splitlines()[-1])}
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
