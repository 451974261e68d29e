"""Every error the API returns has one shape, and the safe defaults hold."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from server_fixtures import TOKEN, auth, make_client

from belli.server.app import create_app
from belli.server.guards import is_loopback
from belli.settings import Settings


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    """The one error shape: {"error": {status, code, message, hint, details}}."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error: dict[str, Any] = body["error"]
    assert set(error) == {"status", "code", "message", "hint", "details"}
    assert (error["status"], error["code"]) == (status, code)
    assert isinstance(error["message"], str) and error["message"]
    assert "\n" not in error["message"]
    return error


def test_an_unknown_api_path_is_a_json_404_never_the_dashboard(client: TestClient) -> None:
    error = assert_error(client.get("/api/no-such-thing"), 404, "not_found")
    assert error["hint"] == "the endpoints are listed at /docs"
    assert_error(client.post("/api/no/such/thing", json={}), 404, "not_found")


def test_a_document_that_is_not_stored_is_a_404(client: TestClient) -> None:
    assert_error(client.get("/api/documents/ffffffffffff"), 404, "not_found")


def test_a_wrong_method_is_a_405(client: TestClient) -> None:
    response = client.delete("/api/events")
    assert_error(response, 405, "method_not_allowed")
    assert response.headers["allow"] == "GET"


@pytest.mark.parametrize(("path", "where"), [
    ("/api/events?limit=-1", "query.limit"),
    ("/api/events?limit=5000", "query.limit"),
    ("/api/events?offset=x", "query.offset"),
    ("/api/events?sort=colour", "query.sort"),
    ("/api/events?quad=x", "query.quad"),
    ("/api/dyads?bucket=decade", "query.bucket"),
    ("/api/dyads/series?source=AZE", "query.target"),
])
def test_a_malformed_parameter_is_a_422_naming_it(client: TestClient, path: str,
                                                  where: str) -> None:
    error = assert_error(client.get(path), 422, "invalid_request")
    assert error["details"][0]["where"].startswith(where)
    assert error["message"].startswith(where)


@pytest.mark.parametrize(("path", "message"), [
    ("/api/events?quad=7", "quad class 7 is out of range"),
    ("/api/events?type=DANCE", "unknown event type 'DANCE'"),
    ("/api/events?since=2021-13", "since: '2021-13' is not a date"),
    ("/api/events?since=2022&until=2021", "since 2022 is after until 2021"),
    ("/api/events?dyad=AZE", "dyad 'AZE' is not two actors"),
    ("/api/events?certainty=sure", "unknown certainty 'sure'"),
    ("/api/claims?speaker=", "speaker is empty"),
])
def test_a_bad_filter_value_is_a_422_with_a_hint(client: TestClient, path: str,
                                                 message: str) -> None:
    error = assert_error(client.get(path), 422, "invalid_request")
    assert error["message"] == message
    assert error["hint"]


def test_an_unknown_query_parameter_is_refused_rather_than_ignored(client: TestClient) -> None:
    error = assert_error(client.get("/api/events?acter=AZE"), 422, "invalid_request")
    assert error["message"] == "unknown query parameter 'acter'"
    assert "actor" in error["hint"]


def test_writes_need_the_token(client: TestClient) -> None:
    body = {"text": "Turkey and Azerbaijan held drills."}
    error = assert_error(client.post("/api/documents", json=body), 401, "unauthorized")
    assert "Bearer" in error["hint"]
    wrong = {"Authorization": "Bearer not-the-token"}
    assert_error(client.post("/api/documents", json=body, headers=wrong), 401, "unauthorized")


def test_a_server_without_a_token_takes_no_writes(store_path: Path) -> None:
    for client in make_client(store_path, api_token=""):
        error = assert_error(client.post("/api/documents", json={"text": "x"},
                                         headers=auth()), 403, "forbidden")
        assert "token" in error["hint"]


def test_request_bodies_must_be_json(client: TestClient) -> None:
    response = client.post("/api/documents", content=b"text=hello",
                           headers={**auth(), "Content-Type": "application/x-www-form-urlencoded"})
    assert_error(response, 415, "unsupported_media_type")


def test_a_body_over_the_limit_is_a_413_before_it_is_read(store_path: Path) -> None:
    for client in make_client(store_path, max_request_bytes=2048):
        big = {"text": "word " * 1000}
        assert_error(client.post("/api/documents", json=big, headers=auth()), 413, "too_large")


def test_a_body_that_is_not_a_json_object_is_a_422(client: TestClient) -> None:
    response = client.post("/api/documents", content=b"[1, 2",
                           headers={**auth(), "Content-Type": "application/json"})
    assert_error(response, 422, "invalid_request")
    response = client.post("/api/documents", json=[1, 2], headers=auth())
    assert_error(response, 422, "invalid_request")


def test_an_unexpected_error_is_a_500_in_the_same_shape_without_a_traceback(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from belli.store import explore

    def broken(*_: Any, **__: Any) -> Any:
        raise ZeroDivisionError("secret internals")

    monkeypatch.setattr(explore, "actor_rows", broken)
    error = assert_error(client.get("/api/actors"), 500, "internal_error")
    assert "secret" not in error["message"]
    assert "Traceback" not in client.get("/api/actors").text


# --- safe defaults -----------------------------------------------------------------------

def test_the_server_binds_loopback_by_default() -> None:
    assert Settings.load().host == "127.0.0.1"
    assert Settings.load().api_token == ""


def test_debug_is_off_and_no_cors_headers_are_sent(client: TestClient) -> None:
    assert client.app.debug is False  # type: ignore[attr-defined]
    preflight = client.options("/api/events", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in preflight.headers
    plain = client.get("/api/events", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in plain.headers


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("localhost", True), ("::1", True), ("[::1]", True),
    ("0.0.0.0", False), ("192.168.1.5", False), ("::", False), ("example.org", False),
])
def test_which_addresses_count_as_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.fixture
def exposed(store_path: Path) -> Iterator[TestClient]:
    yield from make_client(store_path, host="0.0.0.0")


def test_reads_need_the_token_once_bound_beyond_loopback(exposed: TestClient) -> None:
    assert_error(exposed.get("/api/events"), 401, "unauthorized")
    assert exposed.get("/api/events", headers=auth()).status_code == 200


def test_reads_are_open_on_loopback(client: TestClient) -> None:
    assert client.get("/api/events").status_code == 200


def test_the_token_is_compared_whole(store_path: Path) -> None:
    handle_settings = Settings.load(api_token=TOKEN)
    assert handle_settings.api_token == TOKEN
    for client in make_client(store_path, host="0.0.0.0"):
        prefix = {"Authorization": f"Bearer {TOKEN[:-1]}"}
        assert_error(client.get("/api/events", headers=prefix), 401, "unauthorized")


def test_no_endpoint_takes_sql(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    names = {p["name"].lower() for path in spec["paths"].values() for op in path.values()
             for p in op.get("parameters", [])}
    assert not names & {"sql", "query", "where", "select", "order_by"}
    assert create_app.__doc__  # the module says why; the test pins the parameter names


@pytest.mark.parametrize("endpoint", ["events", "dyads", "actors", "places", "documents",
                                      "claims", "failures", "changes"])
def test_an_offset_past_duckdbs_bigint_is_a_422_not_a_500(client: TestClient,
                                                          endpoint: str) -> None:
    # Found by schemathesis: 2**63 reached DuckDB and came back as a conversion error. The
    # schema states the bound, so a client (or a fuzzer) can see it before asking.
    error = assert_error(client.get(f"/api/{endpoint}?offset={2**63}"), 422, "invalid_request")
    assert "offset" in error["message"] and str(2**63 - 1) in error["message"]
    assert client.get(f"/api/{endpoint}?offset={2**63 - 1}").status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "192.168.1.5"])
def test_a_loopback_server_refuses_a_foreign_host_header(client: TestClient, host: str) -> None:
    # DNS rebinding: a page on evil.example rebinds its name to 127.0.0.1 and reads
    error = assert_error(client.get("/api/events", headers={"Host": host}), 400, "bad_request")
    assert "Host" in error["message"]


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost", "[::1]:8000", "LOCALHOST:1"])
def test_a_loopback_server_answers_its_own_names(client: TestClient, host: str) -> None:
    assert client.get("/api/events", headers={"Host": host}).status_code == 200


def test_a_server_bound_beyond_loopback_takes_any_host_with_the_token(
        exposed: TestClient) -> None:
    assert exposed.get("/api/events", headers={**auth(), "Host": "belli.example.org"}
                       ).status_code == 200
