"""Start-up cache: structures built from belli's data files, kept in the user's cache folder.

Tokenizing the entity ruler's five thousand phrases, parsing the YAML files and folding
the gazetteer's city names cost every process (each worker, each CLI call) more than
reading the results back. `cached` keeps such a result in `$BELLI_CACHE_DIR`, else
`$XDG_CACHE_HOME/belli`, else `~/.cache/belli`, under a key hashed from everything the
result depends on: the data, the versions of belli, of Python and of whatever the caller
names (the model and spaCy for tokens, the code that builds it: `code_of`). A change to
any of them is a new key, so the entry is rebuilt; old entries of the same name are
removed.

Entries are `marshal` data (plain dicts, lists, strings, numbers), which loading cannot
turn into code, unlike pickle; an entry that does not load, or a folder that cannot be
written, only means building the structure as if there were no cache.
`BELLI_CACHE_DIR=off` turns the cache off.

`RegexStore` keeps compiled regular expressions the same way, by their source text.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

__all__ = ["RegexStore", "cache_dir", "cached", "code_of"]

log = logging.getLogger(__name__)

T = TypeVar("T")
_OFF = ("off", "none", "0", "")


def cache_dir() -> Path | None:
    """The folder entries live in, or None when the cache is turned off."""
    chosen = os.environ.get("BELLI_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in _OFF else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "belli"


def cached(name: str, inputs: Iterable[bytes | str], build: Callable[[], T],
           encode: Callable[[T], Any] = lambda v: v,
           decode: Callable[[Any], T] = lambda v: v) -> T:
    """`build()`'s result, from the cache when an entry for these inputs exists.

    `encode` turns the result into marshal-able data and `decode` turns that back."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{_safe(name)}.{_key(name, inputs)}.marshal"
    stored = _read(path)
    if stored is not None:
        try:
            return decode(stored)
        except (TypeError, ValueError, KeyError, IndexError) as exc:
            log.debug("cache entry %s is unusable (%s): rebuilding", path, exc)
    value = build()
    _write(path, encode(value))
    return value


class RegexStore:
    """Compiled regular expressions kept in the start-up cache, by their source text.

    Python compiles a regex in Python code, parsing it and then writing its program: for
    the relation templates' 130 long patterns that was 85 ms of every start-up (the
    bench machine, 2026-12-06). The program is a list of integers, which `_sre.compile`, the
    last step of `re.compile`, takes as it is; the store keeps those and makes each
    pattern from them, equal to what `re.compile` returns (a test compares them). A
    source not stored yet, or an entry `_sre` refuses, is compiled as usual, and `save`
    stores what is new. The integers are CPython's own: like every entry here, the store
    is keyed on Python's version."""

    def __init__(self, name: str, inputs: Iterable[bytes | str]) -> None:
        folder = cache_dir()
        self._path = folder / f"{_safe(name)}.{_key(name, inputs)}.marshal" if folder else None
        stored = None if self._path is None else _read(self._path)
        # (source, flags) -> _sre.compile's arguments
        self._programs: dict[tuple[str, int], tuple[Any, ...]] = (
            stored if isinstance(stored, dict) else {})
        self._new = False

    def compile(self, source: str, flags: int = 0) -> re.Pattern[str]:
        """`re.compile(source, flags)`; raises re.error as it does."""
        program = self._programs.get((source, int(flags)))
        if program is not None:
            try:
                return _from_program(program)
            except (ImportError, TypeError, ValueError, RuntimeError) as exc:
                log.debug("stored regex %r is unusable (%s): compiling it", source[:40], exc)
        pattern = re.compile(source, flags)
        if self._path is not None:
            try:
                self._programs[(source, int(flags))] = _program(source, int(flags))
                self._new = True
            except (ImportError, AttributeError, TypeError, ValueError) as exc:  # another re
                log.debug("cannot store regex %r: %s", source[:40], exc)
        return pattern

    def save(self) -> None:
        """Store the patterns compiled since the store was read, if any."""
        if self._new and self._path is not None:
            _write(self._path, self._programs)
            self._new = False


def _from_program(program: tuple[Any, ...]) -> re.Pattern[str]:
    import _sre  # CPython's regex engine, where re.compile ends

    return _sre.compile(*program)  # type: ignore[no-any-return]


def _program(source: str, flags: int) -> tuple[Any, ...]:
    """`_sre.compile`'s arguments for `source`, as `re._compiler.compile` works them out,
    in plain ints (marshal stores no int subclass)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groups = {name: int(number) for name, number in parsed.state.groupdict.items()}
    names: list[str | None] = [None] * parsed.state.groups
    for name, number in groups.items():
        names[number] = name
    return (source, flags | int(parsed.state.flags), code, parsed.state.groups - 1, groups,
            tuple(names))


def code_of(*modules: ModuleType) -> bytes:
    """The source of the modules that build a cached structure, for its key: belli's
    version stays the same through edits in a checkout, and an edit must rebuild."""
    parts = []
    for module in modules:
        try:
            parts.append(Path(str(module.__file__)).read_bytes())
        except OSError:
            parts.append(module.__name__.encode())
    return b"\0".join(parts)


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name)


def _key(name: str, inputs: Iterable[bytes | str]) -> str:
    from belli import __version__

    digest = hashlib.sha256(f"{name}\0{__version__}\0{sys.version}\0{marshal.version}".encode())
    for part in inputs:
        digest.update(b"\0")
        digest.update(part.encode("utf-8") if isinstance(part, str) else part)
    return digest.hexdigest()[:20]


def _read(path: Path) -> Any | None:
    try:
        with path.open("rb") as handle:
            if os.fstat(handle.fileno()).st_uid != os.getuid():
                return None  # written by someone else: not trusted
            # one read, then parse: `marshal.load` on a file reads it object by object,
            # which made a large entry slower to load than what it saves building
            return marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def _write(path: Path, data: Any) -> None:
    """Write whole or not at all (a temporary file renamed), then drop older entries."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as out:
            tmp = out.name
            marshal.dump(data, out)
        os.replace(tmp, path)
        tmp = None
        for old in path.parent.glob(f"{path.name.split('.')[0]}.*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, ValueError) as exc:
        log.debug("could not write cache entry %s: %s", path, exc)
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
