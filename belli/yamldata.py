"""Reading belli's YAML data files fast: libyaml's C loader where PyYAML has it.

The knowledge base, lexicons and furniture patterns are YAML an analyst edits; parsing
them with PyYAML's pure-Python loader took about a third of a second at every start.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

import yaml

from belli.cache import cached, code_of
from belli.errors import KnowledgeBaseError

__all__ = ["SAFE_LOADER", "load_word_data", "load_yaml", "word_data", "word_list"]

# the C loader when PyYAML was built with libyaml; the same safe subset either way
SAFE_LOADER: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str, *, package: str = "", file: str = "") -> Any:
    """The data in a YAML text, read with the safe loader. The text of belli's own `file`
    in `package` is kept in the start-up cache; any other text is parsed every time."""
    return _parsed("yaml", package, file, text, lambda: yaml.load(text, Loader=SAFE_LOADER))


def _parsed(loader: str, package: str, file: str, text: str,
            parse: Callable[[], Any]) -> Any:
    """`parse()`, or, for a file packaged with belli, its result for this very text from
    the start-up cache (belli.cache): the files read at every start parse slower than
    they read back (measured on the bench machine, see docs/benchmarks.md). An analyst's
    file is never kept: each path would leave an entry of its own. Only a text that
    parsed is kept, so a mistake in a file is still reported where it is."""
    if not package:
        return parse()
    inputs = [yaml.__version__, SAFE_LOADER.__name__, _own_code(), text]
    return cached(f"{loader}-{package}-{file}", inputs, parse)


@cache
def _own_code() -> bytes:
    return code_of(sys.modules[__name__])  # the loaders: a change to them must reparse


class _WordLoader(SAFE_LOADER):  # type: ignore[misc,valid-type]
    """A YAML loader for word lists: it refuses a key given twice (YAML would keep the
    last silently) and reads on/off/yes/no as the words they are ("call off"), not as
    booleans."""


_WordLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_WordLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def _no_duplicates(loader: _WordLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            line = key_node.start_mark.line + 1
            raise KnowledgeBaseError(f"lexicon: '{key}' is defined twice (line {line})")
        seen.add(key)
    return loader.construct_mapping(node)


_WordLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def load_word_data(text: str, name: str, *, package: str = "") -> dict[str, Any]:
    """The mapping in a word-list YAML file `name`, read strictly (see `_WordLoader`);
    with `package`, the file `name` packaged there (kept in the start-up cache). `package`
    is named at the call, in both loaders, so a file name is never taken for it."""
    data = _parsed("words", package, name, text, lambda: _words_yaml(text, name))
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"{name} must be a mapping")
    return data


def _words_yaml(text: str, name: str) -> Any:
    try:
        return yaml.load(text, Loader=_WordLoader)
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{name} is not valid YAML: {_problem(exc)}") from exc


def _problem(exc: yaml.YAMLError) -> str:
    """PyYAML's message on one line: what is wrong, and where (its own text spans lines)."""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    mark = getattr(exc, "problem_mark", None)
    return f"{problem} at line {mark.line + 1}, column {mark.column + 1}" if mark else problem


@cache
def word_data(package: str, file: str) -> dict[str, Any]:
    """The mapping of the word-list file data/`file` of `package`, parsed once."""
    text = resources.files(package).joinpath(f"data/{file}").read_text("utf-8")
    return load_word_data(text, file, package=package)


@cache
def word_list(package: str, file: str, key: str) -> frozenset[str]:
    """The words of list `key` in data/`file` of `package`, as written; a KeyError for a
    list not there: a misspelt key must not read as an empty list."""
    data = word_data(package, file)
    if key not in data:
        raise KeyError(f"{file} has no list '{key}'")
    return frozenset(str(w) for w in data[key])
