"""Schemathesis against the API's own /openapi.json: requests that fit the schema and
requests that break it, on every operation. No answer is a server error, and every error
has belli's one shape.

`make test` runs BELLI_FUZZ_EXAMPLES=20 cases per operation; `make stress` runs 300.
Writes carry the token, so fuzzed documents reach the readers and the real pipeline.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from server_fixtures import TOKEN, auth

from belli.server.app import create_app
from belli.server.handle import StoreHandle
from belli.settings import Settings
from belli.store import Store

EXAMPLES = int(os.environ.get("BELLI_FUZZ_EXAMPLES", "20"))
ERROR_FIELDS = {"status", "code", "message", "hint", "details"}


# The schema is read from an app at collection time (schemathesis's fixture loader does not
# work with this pytest); each test then points that app at a fresh copy of the test store.
# Bound beyond loopback, so any Host header schemathesis sends is taken (every call shows
# the token): the loopback Host check has tests of its own.
APP = create_app(StoreHandle(Store.open(":memory:")), Settings.load(api_token=TOKEN),
                 host="0.0.0.0", dashboard=False)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)
schema.config.generation.update(modes=list(GenerationMode), max_examples=EXAMPLES)


@pytest.fixture(autouse=True)
def served_store(store_path: Path) -> Iterator[None]:
    """The hand-made store of server_fixtures, served by APP for one test."""
    placeholder = APP.state.handle
    APP.state.handle = StoreHandle(Store.open(store_path))
    yield
    APP.state.handle.close()
    APP.state.handle = placeholder


def assert_belli_shape(response: Any) -> None:
    """An error is `{"error": {status, code, message, hint, details}}` and nothing else."""
    content_type = response.headers.get("content-type", [""])[0]  # schemathesis: name -> values
    assert content_type.startswith("application/json"), response.text
    body = response.json()
    assert set(body) == {"error"}, body
    error = body["error"]
    assert set(error) == ERROR_FIELDS, error
    assert error["status"] == response.status_code
    assert isinstance(error["code"], str) and error["code"]
    assert isinstance(error["message"], str) and error["message"]
    assert "\n" not in error["message"]
    assert error["hint"] is None or isinstance(error["hint"], str)
    assert error["details"] is None or isinstance(error["details"], list)


def no_server_error(case: Any) -> None:
    response = case.call(headers=auth())
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.text}"
    if response.status_code >= 400:
        assert_belli_shape(response)


def operation_test(method: str, path: str) -> Any:
    """schemathesis's own test of one operation: its examples, the coverage cases (valid
    and invalid values at the edges of each parameter, wrong methods) and the fuzzed
    cases that fit the schema and that break it."""
    @schema.include(method=method, path=path).parametrize()
    @settings(max_examples=EXAMPLES, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                     HealthCheck.function_scoped_fixture])
    def test(case: Any) -> None:
        no_server_error(case)

    return test


# No request is a server error and every error has one shape: one test function per
# operation, named after it. (One `schema.parametrize()` test gives, under pytest 9, the 23
# operations' items one node id, and pytest-xdist, which `make test` runs, keys its work
# by node id: it ran one operation of the 23.)
for _operation in (result.ok() for result in schema.get_all_operations()):
    _name = "test_no_server_error_on_" + re.sub(
        r"\W+", "_", f"{_operation.method} {_operation.path}").strip("_").lower()
    assert _name not in globals(), f"two operations make the test name {_name}"
    globals()[_name] = operation_test(_operation.method, _operation.path)
