"""Every data file the package reads ships in a built wheel: the package-data globs of
pyproject.toml cover each file under belli/ that is not Python (an editable install
reads the tree and would hide a missing glob)."""

from __future__ import annotations

import glob
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "belli"


def _shipped() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["belli"]
    return {found for pattern in patterns
            for found in glob.glob(pattern, root_dir=PACKAGE, recursive=True)}


def _data_files() -> set[str]:
    return {str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*")
            if path.is_file() and path.suffix not in (".py", ".pyc")
            and "__pycache__" not in path.parts}


def test_every_data_file_of_the_package_is_shipped():
    assert sorted(_data_files() - _shipped()) == []
