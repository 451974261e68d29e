"""Fixtures: the tiny store of `webstore`, opened once, and the dashboard over it; the
linked store of `storystore` for the stories and compare pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import dash
import pytest
from storystore import write_story_store
from webstore import first_article, write_store

from belli.server.handle import StoreHandle
from belli.store import Store
from belli.web import build_dashboard


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("web") / "s.duckdb")


@pytest.fixture(scope="session")
def handle(store_path: Path) -> Iterator[StoreHandle]:
    opened = StoreHandle(Store.open(store_path, read_only=True))
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def dashboard(handle: StoreHandle) -> dash.Dash:
    return build_dashboard(handle, preload_outlines=False)


@pytest.fixture(scope="session")
def doc_id() -> str:
    return first_article().doc_id


@pytest.fixture(scope="session")
def story_handle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoreHandle]:
    path = write_story_store(tmp_path_factory.mktemp("stories") / "s.duckdb")
    opened = StoreHandle(Store.open(path, read_only=True))
    yield opened
    opened.close()
