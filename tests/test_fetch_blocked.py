"""Forbidden fetch targets are refused before anything is contacted.

A recording listener on 127.0.0.1 stands in for every host: each TCP connection belli
opens, to whatever address, is routed to it (socket.create_connection, which httpx's
transport calls, is replaced for the test), and the listener counts what it accepts.
Loopback URLs point at its real port as well. So "0 connections" below covers private,
link-local and metadata addresses too, not just loopback, and the one test that is
allowed through (a public address) shows that the rig would have seen a slip.

Host names are answered by a fake resolver (socket.getaddrinfo, which belli's `resolve`
calls); names it does not know go to the real one (localhost, numeric forms).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from belli.errors import FetchError
from belli.ingest import read_sources
from belli.ingest.fetch import fetch_url
from belli.records import Failure
from belli.settings import Settings

PUBLIC = "93.184.215.14"  # global unicast; never contacted: the route sends it to the rig
STORY = b"Officials said on Monday that the border crossing would reopen to lorries next week.\n"
POLICY = Settings()  # the defaults: private addresses refused


class Handler(BaseHTTPRequestHandler):
    """/redirect?to=URL answers 302 to URL; /encoded?as=E a body in content encoding E;
    anything else a short story."""

    server: RecordingServer

    def do_GET(self) -> None:
        self.server.requests.append((self.headers.get("Host", ""), self.path))
        query = parse_qs(urlsplit(self.path).query)
        if self.path.startswith("/redirect"):
            self.send_response(302)
            self.send_header("Location", query["to"][0])
            body = b""
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            if "as" in query:
                self.send_header("Content-Encoding", query["as"][0])
            body = STORY
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


class RecordingServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.connections = 0
        self.requests: list[tuple[str, str]] = []

    def get_request(self) -> tuple[socket.socket, Any]:
        accepted = super().get_request()
        self.connections += 1  # counted on accept: a connection that sends nothing counts too
        return accepted


@dataclass
class Rig:
    server: RecordingServer
    intended: list[tuple[str, int]] = field(default_factory=list)  # where belli meant to go
    lookups: list[str] = field(default_factory=list)

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    @property
    def connections(self) -> int:
        return self.server.connections


@pytest.fixture(scope="module")
def server() -> Iterator[RecordingServer]:
    httpd = RecordingServer()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


# Names the fake resolver answers; a list of answers is given out one per lookup (DNS
# rebinding: public when checked, private when asked again).
NAMES: dict[str, list[str] | list[list[str]]] = {
    "news.example": [PUBLIC],
    "internal.example": ["10.0.0.5"],
    "metadata.example": ["169.254.169.254"],
    "mixed.example": [PUBLIC, "127.0.0.1"],
    "v6-loopback.example": ["::1"],
    "nat64.example": ["64:ff9b::a9fe:a9fe"],
    "mapped.example": ["::ffff:10.0.0.1"],
    "link-local.example": ["fe80::1%lo"],
    "rebind.example": [[PUBLIC], ["127.0.0.1"]],
}


@pytest.fixture
def rig(server: RecordingServer, monkeypatch: pytest.MonkeyPatch) -> Rig:
    server.connections = 0
    server.requests.clear()
    rig = Rig(server)
    real_connect, real_lookup = socket.create_connection, socket.getaddrinfo
    answers = {name: iter(value) for name, value in NAMES.items() if isinstance(value[0], list)}

    def route(address: tuple[str, int], timeout: float | None = None, *args: Any,
              **kwargs: Any) -> socket.socket:
        rig.intended.append((address[0], address[1]))
        return real_connect(("127.0.0.1", rig.port), timeout)

    def lookup(host: str, port: int, *args: Any, **kwargs: Any) -> list[Any]:
        rig.lookups.append(host)
        if host not in NAMES:
            return real_lookup(host, port, *args, **kwargs)
        found = next(answers[host]) if host in answers else NAMES[host]
        return [_info(str(address), port) for address in found]

    monkeypatch.setattr(socket, "create_connection", route)
    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    return rig


def _info(address: str, port: int) -> tuple[Any, ...]:
    if ":" in address:
        return (socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port, 0, 0))
    return (socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))


NON_PUBLIC = "non-public address"
SCHEME = "only http and https"
CREDENTIALS = "URLs with credentials"


# (URL, what the refusal says); PORT is the rig's own port, so that loopback URLs point at it.
BLOCKED = [
    # loopback, and the spellings of 127.0.0.1 that inet_aton accepts
    ("http://127.0.0.1:PORT/", NON_PUBLIC),
    ("http://127.0.0.2:PORT/", NON_PUBLIC),
    ("http://localhost:PORT/", NON_PUBLIC),
    ("http://2130706433:PORT/", NON_PUBLIC),  # decimal
    ("http://0x7f000001:PORT/", NON_PUBLIC),  # hex
    ("http://0x7f.1:PORT/", NON_PUBLIC),  # hex, short
    ("http://127.1:PORT/", NON_PUBLIC),  # short
    ("http://0177.1:PORT/", NON_PUBLIC),  # octal, short
    ("http://017700000001:PORT/", NON_PUBLIC),  # octal
    ("http://0177.0.0.1:PORT/", "not a valid URL"),  # octal, dotted: httpx refuses it
    ("http://0:PORT/", NON_PUBLIC),  # 0.0.0.0, which Linux connects to this host
    ("http://0.0.0.0:PORT/", NON_PUBLIC),
    ("HTTP://127.0.0.1:PORT/", NON_PUBLIC),
    ("http://[::1]:PORT/", NON_PUBLIC),
    ("http://[::]:PORT/", NON_PUBLIC),
    # IPv6 forms that carry an IPv4 address
    ("http://[::ffff:127.0.0.1]:PORT/", NON_PUBLIC),  # IPv4-mapped
    ("http://[::ffff:7f00:1]:PORT/", NON_PUBLIC),
    ("http://[0:0:0:0:0:ffff:127.0.0.1]:PORT/", NON_PUBLIC),
    ("http://[::127.0.0.1]:PORT/", NON_PUBLIC),  # IPv4-compatible
    ("http://[::ffff:0:127.0.0.1]:PORT/", NON_PUBLIC),  # IPv4-translated
    ("http://[64:ff9b::127.0.0.1]:PORT/", NON_PUBLIC),  # NAT64
    ("http://[64:ff9b::a9fe:a9fe]/latest/meta-data/", NON_PUBLIC),
    ("http://[2002:a9fe:a9fe::1]/", NON_PUBLIC),  # 6to4
    # private, shared, link-local, reserved, multicast, documentation
    ("http://10.0.0.1/", NON_PUBLIC),
    ("http://172.16.0.1/", NON_PUBLIC),
    ("http://192.168.0.1/", NON_PUBLIC),
    ("http://100.64.0.1/", NON_PUBLIC),  # carrier-grade NAT
    ("http://169.254.169.254/latest/meta-data/", NON_PUBLIC),
    ("http://2852039166/latest/meta-data/", NON_PUBLIC),  # 169.254.169.254, decimal
    ("http://0xa9fea9fe/", NON_PUBLIC),  # the same, hex
    ("http://192.0.0.1/", NON_PUBLIC),
    ("http://192.0.2.1/", NON_PUBLIC),
    ("http://198.18.0.1/", NON_PUBLIC),
    ("http://224.0.0.1/", NON_PUBLIC),
    ("http://255.255.255.255/", NON_PUBLIC),
    ("http://[fe80::1]/", NON_PUBLIC),
    ("http://[fc00::1]/", NON_PUBLIC),
    ("http://[ff02::1]/", NON_PUBLIC),
    ("http://[2001:db8::1]/", NON_PUBLIC),
    ("http://[100::1]/", NON_PUBLIC),
    # names whose answers are not public (the fake resolver's)
    ("http://internal.example/", NON_PUBLIC),
    ("http://metadata.example/latest/meta-data/", NON_PUBLIC),
    ("http://mixed.example/", NON_PUBLIC),  # one public answer is not enough
    ("http://v6-loopback.example/", NON_PUBLIC),
    ("http://nat64.example/", NON_PUBLIC),
    ("http://mapped.example/", NON_PUBLIC),
    ("http://link-local.example/", NON_PUBLIC),
    # IPv6 zone ids
    ("http://[fe80::1%25lo]:PORT/", "zone id"),
    ("http://[2001:4860:4860::8888%25eth0]/", "zone id"),
    # credentials, and the URLs that hide a host behind them
    (f"http://user:pass@{PUBLIC}/", CREDENTIALS),
    (f"http://user@{PUBLIC}/", CREDENTIALS),
    ("http://{PUBLIC}@127.0.0.1:PORT/", CREDENTIALS),
    ("http://news.example:80@127.0.0.1:PORT/", CREDENTIALS),
    ("http://{PUBLIC}\\@127.0.0.1:PORT/", CREDENTIALS),
    # other schemes
    ("file:///etc/passwd", SCHEME),
    ("ftp://127.0.0.1:PORT/", SCHEME),
    ("gopher://127.0.0.1:PORT/_GET%20/", SCHEME),
    ("dict://127.0.0.1:PORT/", SCHEME),
    ("ws://127.0.0.1:PORT/", SCHEME),
    ("data:text/html,<p>hello</p>", SCHEME),
    ("javascript:alert(1)", SCHEME),
    # malformed
    ("http:///127.0.0.1/", "URL has no host"),
    ("http://%31%32%37.0.0.1:PORT/", "cannot resolve host"),
]


def at(rig: Rig, url: str) -> str:
    return url.replace("PORT", str(rig.port))


def test_at_least_forty_forbidden_targets_are_tried() -> None:
    assert len(BLOCKED) + len(REDIRECTS) >= 40 and len(BLOCKED) >= 40


@pytest.mark.parametrize(("url", "reason"), BLOCKED)
def test_a_forbidden_target_is_refused_and_nothing_is_contacted(
    rig: Rig, url: str, reason: str
) -> None:
    with pytest.raises(FetchError) as info:
        fetch_url(at(rig, url), POLICY)
    message = str(info.value)
    assert reason in message and "\n" not in message
    assert (rig.connections, rig.intended) == (0, [])


def test_in_a_batch_every_forbidden_url_is_its_own_failure(rig: Rig) -> None:
    urls = [at(rig, url) for url, _ in BLOCKED if "://" in url]
    items = list(read_sources(urls, POLICY))
    assert len(items) == len(urls) and all(isinstance(i, Failure) for i in items)
    assert (rig.connections, rig.intended) == (0, [])


def test_a_password_in_a_url_is_never_shown_or_stored(rig: Rig) -> None:
    (failure,) = read_sources([f"http://analyst:hunter2@{PUBLIC}/"], POLICY)
    assert isinstance(failure, Failure)
    assert "hunter2" not in failure.message and "hunter2" not in (failure.source or "")
    assert failure.source == f"http://***@{PUBLIC}/"


def test_the_rig_sees_a_permitted_fetch(rig: Rig) -> None:
    # The control: a public address goes through, so a slip above would have been seen.
    fetched = fetch_url("http://news.example/story", POLICY)
    assert fetched.content == STORY
    assert rig.connections == 1 and rig.intended == [(PUBLIC, 80)]
    assert rig.server.requests == [("news.example", "/story")]


def redirect_to(target: str) -> str:
    return f"http://news.example/redirect?to={quote(target, safe='')}"


REDIRECTS = [
    ("http://127.0.0.1:PORT/secret", NON_PUBLIC),
    ("http://localhost:PORT/secret", NON_PUBLIC),
    ("http://2130706433:PORT/secret", NON_PUBLIC),
    ("http://0x7f.1:PORT/secret", NON_PUBLIC),
    ("http://[::1]:PORT/secret", NON_PUBLIC),
    ("http://[::ffff:127.0.0.1]:PORT/secret", NON_PUBLIC),
    ("http://169.254.169.254/latest/meta-data/", NON_PUBLIC),
    ("http://[64:ff9b::a9fe:a9fe]/latest/meta-data/", NON_PUBLIC),
    ("http://internal.example/admin", NON_PUBLIC),
    ("//127.0.0.1:PORT/secret", NON_PUBLIC),  # scheme-relative
    ("http://user:pass@127.0.0.1:PORT/", CREDENTIALS),
    ("file:///etc/passwd", SCHEME),
    ("gopher://127.0.0.1:PORT/_GET%20/", SCHEME),
]


@pytest.mark.parametrize(("target", "reason"), REDIRECTS)
def test_a_redirect_to_a_forbidden_target_is_refused_after_the_public_hop(
    rig: Rig, target: str, reason: str
) -> None:
    first = redirect_to(at(rig, target))
    with pytest.raises(FetchError, match=reason):
        fetch_url(first, POLICY)
    # one connection: the public host's; the redirect's target was never contacted
    assert rig.connections == 1 and rig.intended == [(PUBLIC, 80)]
    assert rig.server.requests == [("news.example", urlsplit(first).path + "?"
                                    + urlsplit(first).query)]


def test_the_connection_goes_to_the_address_that_was_checked(rig: Rig) -> None:
    # rebind.example answers a public address, then 127.0.0.1: asked twice, it would win.
    fetched = fetch_url("http://rebind.example/story", POLICY)
    assert fetched.content == STORY
    assert rig.lookups.count("rebind.example") == 1
    assert rig.intended == [(PUBLIC, 80)]
    assert rig.server.requests == [("rebind.example", "/story")]  # Host: the name, not the IP


def test_a_name_that_rebinds_between_redirect_hops_is_checked_again(rig: Rig) -> None:
    with pytest.raises(FetchError, match=r"rebind.example resolves to a non-public address"):
        fetch_url("http://rebind.example/redirect?to=http://rebind.example/again", POLICY)
    assert rig.connections == 1 and rig.intended == [(PUBLIC, 80)]


@pytest.mark.parametrize("encoding", ["br", "zstd", "compress", "gzip, br"])
def test_a_body_in_an_encoding_belli_cannot_undo_is_refused_not_read_as_text(
    rig: Rig, encoding: str
) -> None:
    with pytest.raises(FetchError, match=f"{encoding.split(', ')[-1]}-encoded"):
        fetch_url(f"http://news.example/encoded?as={quote(encoding)}", POLICY)
