"""The options the `belli` commands share, and the Settings a command runs with.

The global options (--db, --model, -v) are taken before a command's name or after it;
their values live in the root context's `obj` (`Options`), never in a command's
signature. The format and sort choices and the argument types several commands take
are here too, so each command's signature stays a list of its own options.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass, replace
from enum import Enum
from typing import Annotated, Any

import typer
from typer.core import TyperGroup, TyperOption

from belli.cli_logging import set_verbose
from belli.settings import SETTINGS, Settings

__all__ = [
    "HELP",
    "EventSort",
    "ExportFormat",
    "GlobalOptionsGroup",
    "MinConfidence",
    "Options",
    "Paths",
    "ShowFormat",
    "StatsFormat",
    "TableFormat",
    "Workers",
    "command_settings",
    "default_workers",
]

HELP = {s.name: s.help for s in SETTINGS}


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


class ShowFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


class EventSort(str, Enum):
    stored = "stored"
    date = "date"
    published = "published"
    type = "type"


class StatsFormat(str, Enum):
    table = "table"
    json = "json"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    acled = "acled"
    dyads = "dyads"


Paths = Annotated[list[str], typer.Argument(help="Files, folders, URLs, or - for stdin.")]
Workers = Annotated[int | None, typer.Option("--workers", "-w", min=0, help=HELP["workers"])]
MinConfidence = Annotated[str | None, typer.Option(
    "--min-confidence", metavar="P|trained", help=HELP["min_confidence"])]


@dataclass(frozen=True, slots=True)
class Options:
    db: str | None
    model: str | None

    def settings(self) -> Settings:
        return Settings.load(db_path=self.db, model=self.model)


class GlobalOptionsGroup(TyperGroup):
    """Takes the global options (--db, --model, -v) after a command's name too: each
    command gets a copy of them that updates the options given before it."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        for command in self.commands.values():
            taken = {name for param in command.params for name in param.opts}
            command.params.extend(
                _late_option(option) for option in self.params
                if isinstance(option, TyperOption) and not taken & set(option.opts)
            )


def _late_option(option: TyperOption) -> TyperOption:
    """A global option as one of a command's own. Its value goes to ctx.obj, not to the
    command function, so no command repeats the global options in its signature."""
    late = copy.copy(option)
    late.expose_value, late.callback = False, _take_late_option
    return late


def _take_late_option(ctx: Any, param: Any, value: Any) -> Any:
    # ctx and param are of the click that Typer vendors and does not export: typed Any.
    if value is None or value is False:  # not given: the value before the command stands
        return value
    if param.name == "verbose":
        set_verbose(True)
        return value
    options = ctx.find_root().obj
    updated = replace(options if isinstance(options, Options) else Options(None, None),
                      **{str(param.name): str(value)})
    # A command's context copied its parent's obj when it was made: update the chain.
    scope = ctx
    while scope is not None:
        scope.obj = updated
        scope = scope.parent
    return value


def default_workers(given: int | None) -> int | None:
    """The CLI uses every core unless --workers or BELLI_WORKERS says otherwise; the
    library's default stays one process, so a script need not guard its main module
    against the workers' start method."""
    if given is None and "BELLI_WORKERS" not in os.environ:
        return 0
    return given


def command_settings(ctx: typer.Context, **overrides: Any) -> Settings:
    """The global options' Settings, with the command's own options (None: not given)."""
    options = ctx.find_root().obj
    settings = options.settings() if isinstance(options, Options) else Settings.load()
    given = {name: value for name, value in overrides.items() if value is not None}
    return settings.with_(**given) if given else settings
