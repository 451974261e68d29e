"""Serving a store with `belli serve` and driving Debian's chromium with Playwright.

Playwright's own browser download cannot work on machines that reach only package
registries, so the tests use the system's chromium (`make test` installs it where it
can) and skip, saying why, where it is missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--disable-quic"]


def chromium_path() -> str:
    """Debian's chromium, or a skip that says how to get it."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("Debian's chromium is not installed (`make browser` installs it where "
                    "it can, as root): browser tests skipped")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pytest.skip("playwright is not installed: browser tests skipped")
    return found


@dataclass
class Server:
    """A running `belli serve` and what its address is."""

    proc: subprocess.Popen[str]
    url: str

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def serve(db: Path) -> Iterator[Server]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "BELLI_API_TOKEN": ""}
    proc = subprocess.Popen([sys.executable, "-m", "belli", "--db", str(db), "serve",
                             "--port", "0"], stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True, env=env, cwd=REPO)
    assert proc.stderr is not None
    line = proc.stderr.readline()
    match = re.search(r"at (http://127\.0\.0\.1:\d+)/", line)
    if match is None:
        proc.kill()
        raise AssertionError(f"belli serve did not start: {line}{proc.stderr.read()}")
    server = Server(proc, match[1])
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Watch:
    """What a page did: every request's host, script errors, dialogs."""

    hosts: set[str] = field(default_factory=set)
    requests: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def attach(self, page: Any) -> None:
        page.on("request", self._request)
        page.on("pageerror", lambda exc: self.page_errors.append(str(exc)))
        page.on("dialog", self._dialog)

    def _request(self, request: Any) -> None:
        self.requests.append(request.url)
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https", "ws", "wss"):
            self.hosts.add(parts.netloc)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


def wait_rendered(page: Any) -> None:
    """Until the network is quiet and Dash has rendered the page's callbacks."""
    page.wait_for_load_state("networkidle")
    page.wait_for_selector("#page > *", timeout=20_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-dash-is-loading=\"true\"]')", timeout=20_000)
    page.wait_for_load_state("networkidle")


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
