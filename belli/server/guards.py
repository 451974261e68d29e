"""What every request passes before an endpoint sees it: a size limit, JSON bodies only,
known query parameters only, and the token.

Writes always need the token (`Authorization: Bearer TOKEN`, the api_token setting).
Reads are open while the server is bound to a loopback address, where only this machine
can reach it, and need the token as soon as it is bound to any other address.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import Request
from fastapi.dependencies.models import Dependant

from belli.server.errors import ApiError, error_body

__all__ = ["App", "BodyLimit", "LoopbackHosts", "Message", "Receive", "Scope", "Send", "is_loopback",
           "known_params_only", "may_read", "need_token", "read_access", "send_error"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

_WRITES = ("POST", "PUT", "PATCH", "DELETE")


class BodyLimit:
    """ASGI middleware: API request bodies over `limit` bytes get a 413 before an endpoint
    reads them (a lying or absent Content-Length is caught while reading), and API writes
    must be JSON (415 otherwise)."""

    def __init__(self, app: App, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        refusal = self._refusal(scope["method"], headers)
        if refusal is None:
            body = await _read_body(receive, self.limit)
            if body is None:
                refusal = self._too_large()
            else:
                await self.app(scope, _replay(body, receive), send)
                return
        await send_error(send, *refusal)

    def _refusal(self, method: str, headers: dict[str, str]) -> tuple[int, str, str] | None:
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.limit:
            return self._too_large()
        has_body = length not in ("", "0") or "transfer-encoding" in headers
        if method in _WRITES and has_body and \
                headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return 415, "request bodies must be JSON", "send Content-Type: application/json"
        return None

    def _too_large(self) -> tuple[int, str, str]:
        return (413, f"request body is larger than {self.limit} bytes",
                "send a smaller document, or raise the max_request_bytes setting")


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole body, or None as soon as it passes `limit` bytes."""
    chunks, size, more = [], 0, True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        more = message.get("more_body", False)
    return b"".join(chunks)


def _replay(body: bytes, original: Receive) -> Receive:
    """The body read once more, then the client's own messages: a streamed answer waits
    on them for the disconnect, which must be the client's, not an invented one."""
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return await original()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


async def send_error(send: Send, status: int, message: str, hint: str,
                     headers: dict[str, str] | None = None) -> None:
    """Answer with belli's error shape from ASGI middleware, before any endpoint runs."""
    payload = json.dumps(error_body(status, message, hint)).encode()
    extra = [(k.lower().encode("latin-1"), v.encode("latin-1"))
             for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(payload)).encode()), *extra]})
    await send({"type": "http.response.body", "body": payload})


class LoopbackHosts:
    """ASGI middleware for a server whose reads are open because it listens on loopback:
    a request must name a loopback host. Without this check a page on any site could
    rebind its own domain name to 127.0.0.1 (DNS rebinding) and read the store from a
    visitor's browser."""

    def __init__(self, app: App, bound: str) -> None:
        self.app = app
        self.allowed = {"localhost", "127.0.0.1", "::1", bound.strip("[]").lower()}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and self._host(scope) not in self.allowed:
            await send_error(send, 400, "the Host header names no address of this server",
                             "open the server at http://127.0.0.1 or http://localhost")
            return
        await self.app(scope, receive, send)

    @staticmethod
    def _host(scope: Scope) -> str:
        for key, value in scope.get("headers", []):
            if key.lower() == b"host":
                name = value.decode("latin-1").strip().lower()
                if name.startswith("["):
                    return name[1:name.find("]")] if "]" in name else name
                return name.rsplit(":", 1)[0] if name.count(":") == 1 else name
        return ""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _token_ok(request: Request) -> bool:
    expected: str = request.app.state.token
    given = request.headers.get("authorization", "")
    scheme, _, token = given.partition(" ")
    return bool(expected) and scheme.lower() == "bearer" and hmac.compare_digest(
        token.strip().encode(), expected.encode())


# The checks below are `async def` although they never wait: FastAPI runs a plain `def`
# dependency in its thread pool, one round trip per check per request, which under load
# cost more than the checks themselves.
async def need_token(request: Request) -> None:
    """Dependency of every write: the caller shows the server's token."""
    if not request.app.state.token:
        raise ApiError(403, "this server takes no writes: it has no api_token",
                       hint="start it with --token or BELLI_API_TOKEN set")
    if not _token_ok(request):
        raise ApiError(401, "missing or wrong token",
                       hint="send the header Authorization: Bearer TOKEN",
                       headers={"WWW-Authenticate": "Bearer"})


def may_read(request: Request) -> bool:
    """Reads are open on loopback and need the token anywhere else."""
    return bool(request.app.state.open_reads) or _token_ok(request)


async def read_access(request: Request) -> None:
    """Dependency of every read: open on loopback, the token anywhere else."""
    if not may_read(request):
        raise ApiError(401, "this server is reachable from other machines: reads need the "
                            "token", hint="send the header Authorization: Bearer TOKEN",
                       headers={"WWW-Authenticate": "Bearer"})


async def known_params_only(request: Request) -> None:
    """Dependency that refuses a query parameter the endpoint does not take, so a typo
    (`acter=AZE`) is an error rather than a silently unfiltered answer."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = _query_names(dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise ApiError(422, f"unknown query parameter {unknown[0]!r}",
                       hint=f"this endpoint takes {', '.join(sorted(known)) or 'none'}")


def _query_names(dependant: Dependant) -> set[str]:
    """The query parameters an endpoint takes, its dependencies' included."""
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names
