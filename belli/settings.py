"""Settings: one table feeds the CLI, the docs and the runtime.

Every setting can be overridden by an environment variable `BELLI_<NAME>` (upper case),
and by the CLI where a command exposes it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any

from belli.errors import SettingError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str
    # reads a value given as text or number, where the default's type does not say how
    parse: Callable[[Any], Any] | None = None


def _confidence_cut(value: Any) -> float | None:
    """A minimum confidence: a number, or "trained" (None: the cut stored with the weights)."""
    if isinstance(value, str) and value.strip().lower() == "trained":
        return None
    if isinstance(value, bool):  # True would read as 1.0 and drop nearly every event
        raise TypeError(f"{value} is not a probability")
    cut = float(value)
    if not 0 <= cut <= 1:
        raise ValueError(f"{cut} is not a probability")
    return cut


SETTINGS: tuple[Setting, ...] = (
    Setting("model", "en_core_web_sm", "spaCy pipeline name or path (en_core_web_md/lg/trf if installed)"),
    Setting("db_path", "belli.duckdb", "DuckDB database file"),
    Setting("batch_size", 32, "articles per pipeline batch (one store transaction each)"),
    Setting("gemm", "numpy", "matrix multiply for spaCy's networks: numpy (OpenBLAS, one thread) or blis (thinc's default); annotations identical on the benchmark stories"),
    Setting("workers", 1, "worker processes that analyse articles (0: one per core); the CLI's ingest and extract use 0 unless told"),
    Setting("max_input_bytes", 20_000_000, "largest input accepted, after decompression"),
    Setting("fetch_timeout_s", 20.0, "timeout for fetching one URL"),
    Setting("fetch_max_bytes", 10_000_000, "largest HTTP response body accepted"),
    Setting("allow_private_urls", False, "allow fetching private, loopback and link-local addresses"),
    Setting("pre_policy", "claimed_state", "partly recognized entities: claimed_state (AZE PRE) or own_code (NKR)"),
    Setting("languages", "en", "comma-separated languages that extraction runs on"),
    Setting("api_token", "", "token that `belli serve` asks of writes (and of reads off 127.0.0.1)"),
    Setting("host", "127.0.0.1", "address `belli serve` binds"),
    Setting("port", 8000, "port `belli serve` listens on"),
    Setting("max_request_bytes", 5_000_000, "largest request body `belli serve` accepts"),
    Setting("min_confidence", 0.0, "drop events whose confidence is below this: 0 keeps every "
            "event; 'trained' is the cut trained with the confidence weights", _confidence_cut),
    # Linking runs after every ingest and in the server as well as in `belli link`: as
    # settings, a choice holds for every run that links, not only the one that named it.
    Setting("link_policy", "most_sourced", "how the reports of one canonical event combine: "
            "most_sourced, earliest or conservative"),
    Setting("link_window_days", 3, "how many days apart two tellings of one event may be dated"),
    Setting("link_min_score", 0.5, "how alike (0-1) two reports must be to link"),
    Setting("link_background_days", 31, "how many days before its publication an undated "
            "report may tell an act again"),
    Setting("link_max_span_days", 400, "reports dated only by a longer period link only to "
            "another such report of an overlapping period"),
    Setting("link_stance_days", 90, "how many days apart two undated tellings of one "
            "standing stance (same speaker, addressee and subject words) may be published"),
    Setting("outlets", "", "your own outlets.yaml, read over the packaged one (outlet "
            "profiles, compare, the dashboard)"),
)

# How conflicting reports combine (belli.analysis.canonical); here, where settings check it.
LINK_POLICIES = ("most_sourced", "earliest", "conservative")
# A century covers any news archive; beyond it, day counts overflow date arithmetic.
MAX_LINK_DAYS = 36_500

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Settings:
    """Resolved settings for one run. Build with `Settings.load(**overrides)`."""

    model: str = "en_core_web_sm"
    db_path: str = "belli.duckdb"
    batch_size: int = 32
    gemm: str = "numpy"
    workers: int = 1
    max_input_bytes: int = 20_000_000
    fetch_timeout_s: float = 20.0
    fetch_max_bytes: int = 10_000_000
    allow_private_urls: bool = False
    pre_policy: str = "claimed_state"
    languages: str = "en"
    api_token: str = ""
    host: str = "127.0.0.1"
    port: int = 8000
    max_request_bytes: int = 5_000_000
    min_confidence: float | None = 0.0  # None: the threshold in events/data/confidence.json
    link_policy: str = "most_sourced"
    link_window_days: int = 3
    link_min_score: float = 0.5
    link_background_days: int = 31
    link_max_span_days: int = 400
    link_stance_days: int = 90
    outlets: str = ""

    @classmethod
    def load(cls, **overrides: Any) -> Settings:
        """Defaults, then BELLI_* environment variables, then explicit overrides (None skipped)."""
        values: dict[str, Any] = {}
        for f in fields(cls):
            env = os.environ.get(f"BELLI_{f.name.upper()}")
            if env is not None:
                values[f.name] = _coerce(f.name, env)
        for name, value in overrides.items():
            if name not in _BY_NAME:
                raise SettingError(f"unknown setting {name!r}", hint=f"known: {', '.join(_BY_NAME)}")
            if value is not None:
                values[name] = _coerce(name, value)
        settings = cls(**values)
        settings.check()
        return settings

    def with_(self, **changes: Any) -> Settings:
        changed = replace(self, **{k: _coerce(k, v) for k, v in changes.items()})
        changed.check()
        return changed

    def check(self) -> None:
        if self.pre_policy not in ("claimed_state", "own_code"):
            raise SettingError(f"pre_policy must be claimed_state or own_code, not {self.pre_policy!r}")
        if self.gemm not in ("numpy", "blis"):
            raise SettingError(f"gemm must be numpy or blis, not {self.gemm!r}")
        if self.batch_size < 1:
            raise SettingError("batch_size must be at least 1")
        if self.workers < 0:
            raise SettingError("workers must be 0 (one per core) or more")
        if not 0 <= self.port <= 65535:
            raise SettingError(f"port must be 0 to 65535, not {self.port}")
        if self.max_request_bytes < 1024:
            raise SettingError("max_request_bytes must be at least 1024")
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise SettingError(f"min_confidence must be 0 to 1, not {self.min_confidence}")
        self._check_linking()

    def _check_linking(self) -> None:
        """Out of range, linking would run and quietly unlink every report."""
        if self.link_policy not in LINK_POLICIES:
            raise SettingError(f"unknown link_policy {self.link_policy!r}",
                               hint=f"use {', '.join(LINK_POLICIES)} in "
                                    f"{_link_hint('link_policy')}")
        if not 0 <= self.link_min_score <= 1:
            raise SettingError(f"link_min_score must be 0 to 1, not {self.link_min_score}",
                               hint=_link_hint("link_min_score"))
        for name in ("link_window_days", "link_background_days", "link_max_span_days",
                     "link_stance_days"):
            if not 0 <= getattr(self, name) <= MAX_LINK_DAYS:
                raise SettingError(f"{name} must be 0 to {MAX_LINK_DAYS:,} days (a century), "
                                   f"not {getattr(self, name):,}", hint=_link_hint(name))

    @property
    def language_set(self) -> frozenset[str]:
        return frozenset(x.strip() for x in self.languages.split(",") if x.strip())


def _link_hint(name: str) -> str:
    option = name.removeprefix("link_").replace("_", "-")
    return f"`belli link --{option}` or BELLI_{name.upper()}"


def _coerce(name: str, value: Any) -> Any:
    setting = _BY_NAME[name]
    default = setting.default
    try:
        if setting.parse is not None:
            return setting.parse(value)
        if isinstance(default, bool):
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        return type(default)(value)
    except (TypeError, ValueError) as exc:
        if setting.parse is not None:
            raise SettingError(f"setting {name}: {exc}", hint=setting.help) from exc
        raise SettingError(f"setting {name} expects {type(default).__name__}, got {value!r}") from exc
