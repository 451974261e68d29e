"""Children started as a terminal starts them.

A test run started in the background (`make test &` in a script, a CI runner) ignores
SIGINT, and a child inherits an ignored signal across exec: a `belli` started by a test
would never hear the Ctrl-C the test sends. A handler, unlike SIG_IGN, is reset to the
default on exec, so the parent installs Python's own while it starts the child.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["sigint_as_terminal"]


@contextmanager
def sigint_as_terminal() -> Iterator[None]:
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)
