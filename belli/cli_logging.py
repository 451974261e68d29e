"""What the `belli` command writes to stderr: its lines and its logging.

Every line starts `belli: `: `belli: error: <message>` for errors and failures, plain
`belli: <message>` for notices such as a summary, and `belli: <level>: <message>` for log
records. Failures are summed up per kind so that a bad corpus does not flood the
terminal. The logging set up for a run can be saved and restored, since tests and
embedders run the CLI inside their own process.
"""

from __future__ import annotations

import logging
import re
import sys
from collections import Counter

from belli.display import printable

__all__ = [
    "FailureLines",
    "LoggingState",
    "configure_logging",
    "error_line",
    "forget_verbose",
    "info_line",
    "is_verbose",
    "logging_state",
    "restore_logging",
    "set_verbose",
]

log = logging.getLogger("belli")

_verbose = False  # read by run() to decide whether an unexpected error shows a traceback
_DIGITS = re.compile(r"\d+")
_LOGGERS = ("belli", "belli.pipeline")

LoggingState = list[tuple[list[logging.Handler], int, bool]]


def error_line(message: str) -> None:
    sys.stderr.write(f"belli: error: {printable(message)}\n")
    sys.stderr.flush()


def info_line(message: str) -> None:
    sys.stderr.write(f"belli: {printable(message)}\n")
    sys.stderr.flush()


def _failure_line(where: str | None, message: str) -> str:
    """`where: message`, unless the message already names where (ingest's messages do)."""
    return message if not where or where in message else f"{where}: {message}"


class FailureLines:
    """Failure lines on stderr: the first few of each kind per source, then one count.

    Only the terminal is spared. Every failure is still streamed (extract) or stored as
    its own row (ingest), naming its file and row, so that each bad record can be found
    and fixed: one summary row in the store would hide which records failed."""

    def __init__(self, per_kind: int = 5) -> None:
        self._per_kind = per_kind
        self._seen: Counter[tuple[str, str]] = Counter()

    @property
    def count(self) -> int:
        return self._seen.total()

    def show(self, where: str | None, message: str) -> None:
        # A kind is the message less its source, with row, item and column numbers masked.
        key = (where or "", _DIGITS.sub("#", message.removeprefix(where or "")))
        self._seen[key] += 1
        if self._seen[key] <= self._per_kind:
            error_line(_failure_line(where, message))

    def close(self) -> None:
        for (where, _kind), count in self._seen.items():
            if count > self._per_kind:
                more = f"... and {count - self._per_kind} more like this"
                error_line(_failure_line(where or None, more))


def set_verbose(verbose: bool) -> None:
    """Log progress (-v) or only warnings, and remember which for an unexpected error."""
    global _verbose
    _verbose = verbose
    configure_logging(verbose)


def forget_verbose() -> None:
    """Start a run quiet, leaving logging alone: the global options set both again."""
    global _verbose
    _verbose = False


def is_verbose() -> bool:
    return _verbose


class _StderrHandler(logging.Handler):
    """Writes to whatever sys.stderr is now, so Rich's live display can redirect it."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # noqa: BLE001 - logging must never break the command
            self.handleError(record)


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"belli: {record.levelname.lower()}: {printable(record.getMessage())}"


def configure_logging(verbose: bool) -> None:
    handler = _StderrHandler()
    handler.setFormatter(_Formatter())
    log.handlers = [handler]
    log.setLevel(logging.INFO if verbose else logging.WARNING)
    log.propagate = False
    # Every failed article gets its own error line at the end of the command; the
    # pipeline's warning as it happens would say it twice.
    logging.getLogger("belli.pipeline").setLevel(logging.INFO if verbose else logging.ERROR)


def logging_state() -> LoggingState:
    loggers = [logging.getLogger(name) for name in _LOGGERS]
    return [(list(lg.handlers), lg.level, lg.propagate) for lg in loggers]


def restore_logging(saved: LoggingState) -> None:
    for name, (handlers, level, propagate) in zip(_LOGGERS, saved, strict=True):
        logger = logging.getLogger(name)
        logger.handlers, logger.propagate = handlers, propagate
        logger.setLevel(level)
