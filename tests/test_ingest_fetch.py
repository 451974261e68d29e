"""Fetching URLs under the policy: only a local server on 127.0.0.1 is ever contacted.

The default settings must refuse it (loopback is not public); the success cases opt in
with allow_private_urls=True, exactly as a user with a local mirror would."""

from __future__ import annotations

import gzip
import ipaddress
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from belli.errors import FetchError
from belli.ingest import fetch, read_sources
from belli.ingest.fetch import fetch_url, is_public
from belli.records import Article, Failure
from belli.settings import Settings

PAGE = (Path(__file__).parent / "articles" / "caspian_ledger_page.html").read_bytes()
TEXT = b"Officials said on Monday that the border crossing would reopen to lorries next week.\n"


class Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, dict[str, str], bytes]]] = {
        "/page.html": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE),
        "/plain": (200, {"Content-Type": "text/plain"}, TEXT),
        "/hop": (302, {"Location": "/page.html"}, b""),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/to-ftp": (301, {"Location": "ftp://127.0.0.1/file"}, b""),
        "/to-bracket": (302, {"Location": "http://news]example/"}, b""),  # found by fuzzing
        "/missing": (404, {"Content-Type": "text/plain"}, b"not here"),
        "/bomb": (
            200,
            {"Content-Type": "text/plain", "Content-Encoding": "gzip"},
            gzip.compress(b"A" * (8 << 20)),
        ),
    }

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/endless":
            return self._endless()
        status, headers, body = self.routes.get(self.path, (404, {}, b""))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _endless(self) -> None:
        """A body with no Content-Length that never stops: only a streamed cap ends it."""
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        try:
            for _ in range(10_000):
                self.wfile.write(b"x" * 65536)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *_args: object) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the client hanging up on a capped body is the point of some tests


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


LOCAL = Settings.load(allow_private_urls=True, fetch_timeout_s=5.0)


def test_default_settings_refuse_loopback(server: str) -> None:
    with pytest.raises(FetchError, match="non-public address"):
        fetch_url(f"{server}/page.html", Settings())


def test_refused_url_is_a_failure_in_a_batch(server: str) -> None:
    (item,) = list(read_sources([f"{server}/page.html"], Settings()))
    assert isinstance(item, Failure) and "non-public address (127.0.0.1)" in item.message


def test_allowed_local_page_becomes_an_article(server: str) -> None:
    (item,) = list(read_sources([f"{server}/page.html"], LOCAL))
    assert isinstance(item, Article)
    assert item.title == "Ferry link across the Caspian resumes after two-year pause"
    assert item.source == f"{server}/page.html"


def test_plain_text_response_is_read_as_text(server: str) -> None:
    (item,) = list(read_sources([f"{server}/plain"], LOCAL))
    assert isinstance(item, Article) and item.text == TEXT.decode().strip()


def test_redirects_are_followed(server: str) -> None:
    fetched = fetch_url(f"{server}/hop", LOCAL)
    assert fetched.url == f"{server}/page.html" and fetched.content == PAGE


def test_every_redirect_hop_is_checked_again(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The first hop passes the policy, the redirect target does not (as after DNS rebinding).
    verdicts = iter([True, False])
    monkeypatch.setattr(fetch, "is_public", lambda _address: next(verdicts))
    with pytest.raises(FetchError, match="refused .*/page.html"):
        fetch_url(f"{server}/hop", Settings())


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/loop", "more than 5 redirects"),
        ("/to-ftp", "only http and https"),
        ("/to-bracket", "redirect to an invalid URL"),
        ("/missing", "HTTP 404"),
        ("/endless", "larger than fetch_max_bytes"),
        ("/bomb", "larger than fetch_max_bytes"),
    ],
)
def test_fetch_errors_are_one_clear_line(server: str, path: str, message: str) -> None:
    with pytest.raises(FetchError, match=message) as info:
        fetch_url(f"{server}{path}", LOCAL.with_(fetch_max_bytes=1_000_000))
    assert "\n" not in str(info.value)


# Found by the fuzzer (benchmarks/fuzz_targets.py, target url): httpx reads the host only
# when asked, so these failed as "unexpected UnicodeEncodeError" and "unexpected IDNAError".
@pytest.mark.parametrize("url", ["http://[fe80::1%25eth0\u00e9]/", "http://xn--84.example/"])
def test_a_url_whose_host_httpx_cannot_read_is_not_a_valid_url(url: str) -> None:
    with pytest.raises(FetchError, match="not a valid URL"):
        fetch_url(url, Settings())


def test_slow_server_times_out(server: str) -> None:
    with pytest.raises(FetchError, match="timed out"):
        fetch_url(f"{server}/slow", LOCAL.with_(fetch_timeout_s=0.5))


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/"])
def test_only_http_and_https_are_fetched(url: str) -> None:
    with pytest.raises(FetchError, match="only http and https"):
        fetch_url(url, LOCAL)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "::1",
        "fe80::1",
        "fc00::1",
        "ff02::1",
        "::ffff:127.0.0.1",
    ],
)
def test_private_loopback_link_local_reserved_and_multicast_are_not_public(address: str) -> None:
    assert not is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["8.8.8.8", "2001:4860:4860::8888"])
def test_global_unicast_is_public(address: str) -> None:
    # Address classification only: nothing is contacted.
    assert is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "address",
    [
        "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254, the cloud metadata service
        "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
        "64:ff9b::10.0.0.1",
        "64:ff9b:1::a9fe:a9fe",  # the local-use NAT64 prefix: a local translator
        "::169.254.169.254",  # IPv4-compatible
        "::127.0.0.1",
        "::ffff:0:169.254.169.254",  # IPv4-translated (SIIT)
        "2002:a9fe:a9fe::1",  # 6to4 around 169.254.169.254
        "2002:c0a8:101::1",  # 6to4 around 192.168.1.1
    ],
)
def test_ipv6_forms_embedding_a_private_ipv4_address_are_not_public(address: str) -> None:
    assert not is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "address", ["64:ff9b::808:808", "::8.8.8.8", "::ffff:0:8.8.8.8", "2002:808:808::1"]
)
def test_ipv6_forms_embedding_a_public_ipv4_address_are_judged_by_it(address: str) -> None:
    assert is_public(ipaddress.ip_address(address))


def test_nat64_literal_url_of_the_metadata_service_is_refused() -> None:
    with pytest.raises(FetchError, match=r"non-public address \(64:ff9b::a9fe:a9fe\)"):
        fetch_url("http://[64:ff9b::169.254.169.254]/latest/meta-data/", Settings())
