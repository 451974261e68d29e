"""Reading belli's YAML data files fast: libyaml's C loader where PyYAML has it.

The knowledge base, lexicons and furniture patterns are YAML an analyst edits; parsing
them with PyYAML's pure-Python loader took about a third of a second at every start.
"""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["SAFE_LOADER", "load_yaml"]

# the C loader when PyYAML was built with libyaml; the same safe subset either way
SAFE_LOADER: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """The data in a YAML text, read with the safe loader."""
    return yaml.load(text, Loader=SAFE_LOADER)
