"""`belli serve`: open the store, serve the API and the dashboard, stop cleanly on Ctrl-C.

While it runs the server owns the database file (DuckDB lets one process write), so it
leaves a marker beside it, `<db>.serve.json` (address, process id, token; readable by its
owner only), from which `belli ingest` on the same file learns to send its documents
through the API instead of failing on the lock. The marker goes when the server stops;
a marker whose process is gone is ignored.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from belli.analysis.canonical import links_stale
from belli.analysis.outlet_info import outlet_book
from belli.errors import SettingError
from belli.server.guards import is_loopback
from belli.server.handle import StoreHandle
from belli.settings import Settings
from belli.store import Store

__all__ = ["ServerMarker", "running_server", "serve"]


@dataclass(frozen=True, slots=True)
class ServerMarker:
    url: str
    pid: int
    token: str


def marker_path(db_path: str) -> Path:
    return Path(f"{db_path}.serve.json")


def running_server(db_path: str) -> ServerMarker | None:
    """The server that holds `db_path`, if its marker is there and its process lives."""
    try:
        data = json.loads(marker_path(db_path).read_text(encoding="utf-8"))
        marker = ServerMarker(str(data["url"]), int(data["pid"]), str(data["token"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return marker if _alive(marker.pid) else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def serve(settings: Settings, *, announce: Callable[[str], None], dashboard: bool = True) -> None:
    """Serve until interrupted. `announce` receives the lines a user should read first."""
    import uvicorn

    from belli.server.app import create_app

    outlet_book(settings)  # a bad outlets file stops the start, not each request after
    token = settings.api_token or secrets.token_urlsafe(24)
    sock = _bind(settings.host, settings.port)
    url = _url(settings.host, sock.getsockname()[1])
    handle = StoreHandle(Store.open(settings.db_path), settings)
    marker = marker_path(settings.db_path)
    try:
        app = create_app(handle, settings.with_(api_token=token), host=settings.host,
                         dashboard=dashboard)
        _write_marker(marker, ServerMarker(url, os.getpid(), token))
        if links_stale(handle.store.con):
            handle.relink_soon(0.0)  # a run was stopped before it linked what it stored
        announce(f"serving {settings.db_path} at {url} (Ctrl-C stops it)")
        if not is_loopback(settings.host) and not settings.api_token:
            announce(f"reachable from other machines: every request needs the token {token}")
        config = uvicorn.Config(app, log_level="warning", server_header=False,
                                access_log=False, timeout_graceful_shutdown=5)
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # uvicorn has shut down gracefully, then re-raised Ctrl-C: a normal stop
    finally:
        marker.unlink(missing_ok=True)
        handle.close()
        sock.close()
    announce("stopped; the store is closed")


# uvicorn's own default: a surge of new connections waits in the kernel's queue (or is
# shed with a 503 once accepted) rather than being dropped before the server sees it.
_BACKLOG = 2048


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on connections whose socket says
    # TCP, and without it Nagle's algorithm held each keep-alive answer for 40 ms.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise SettingError(f"cannot listen on {host}:{port}: {exc.strerror}",
                           hint="pick another --port, or stop what uses it") from exc
    sock.listen(_BACKLOG)
    sock.set_inheritable(True)
    return sock


def _url(host: str, port: int) -> str:
    shown = f"[{host.strip('[]')}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def _write_marker(path: Path, marker: ServerMarker) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # the mode of open() applies only to a file it creates
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(asdict(marker), out)
