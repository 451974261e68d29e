"""Shared fixtures: the shared/ data folder (skip when absent), one model per session, and
the gazetteer and place stage of the place tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

SHARED = Path(__file__).resolve().parents[2] / "shared"

# `make test` runs the suite in one process per core, so an example's time says
# more about what the other processes are doing than about the code: no deadline.
settings.register_profile("belli", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("belli")


@pytest.fixture(scope="session", autouse=True)
def _own_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The start-up cache in a folder of the test run's, not the user's ~/.cache."""
    os.environ.setdefault("BELLI_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (a user's clone has none)")
    return SHARED


@pytest.fixture(scope="session")
def nlp_pipeline():
    """The default pipeline with the real model, built once per test session."""
    from belli.pipeline import build_pipeline
    from belli.settings import Settings

    return build_pipeline(Settings.load(db_path=":memory:"))


@pytest.fixture(scope="session")
def gazetteer():
    """The packaged gazetteer (cached by its loader, so one per session)."""
    from belli.geo.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def stage(gazetteer):
    """The place stage alone, over the knowledge base and the gazetteer."""
    from belli.actors.kb import load_kb
    from belli.geo.stage import PlaceStage

    return PlaceStage(load_kb(), gazetteer)
