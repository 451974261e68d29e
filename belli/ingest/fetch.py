"""Fetching one URL safely: http(s) only, public addresses only, bounded in time and size.

Every hop is checked: the host is resolved, every address it resolves to must be public
(unless `allow_private_urls`), and the connection goes to the address that was checked,
with the original host name for the Host header and TLS (SNI and certificate checks), so
a DNS answer that changes between the check and the connection cannot redirect the
request. Redirects are followed by hand, at most five, each checked again. A URL with
credentials (user:password@) or an IPv6 zone id is refused before anything is resolved,
and a body in a content encoding belli cannot undo (brotli, zstd) is refused, not read
as text.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from belli import __version__
from belli.errors import FetchError
from belli.settings import Settings

MAX_REDIRECTS = 5
_SCHEMES = frozenset({"http", "https"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
# What httpx undoes chunk by chunk (and belli asks for); anything else would arrive as is.
_DECODED = frozenset({"identity", "gzip", "deflate"})
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched response body, capped, with where it finally came from."""

    url: str
    content: bytes
    content_type: str
    charset: str | None


def is_url(source: str) -> bool:
    """Whether a source names a URL (any scheme) rather than a path."""
    head = source.split(":", 1)[0].lower()
    return "://" in source and head.isalpha() and len(head) > 1


def redacted(url: str) -> str:
    """The URL without its user:password@, for messages and stored labels."""
    return _USERINFO.sub(r"\1***@", url)


def fetch_url(url: str, settings: Settings) -> Fetched:
    """GET a URL under the fetch policy; FetchError says why a fetch failed or was refused."""
    deadline = time.monotonic() + settings.fetch_timeout_s
    headers = {"User-Agent": f"belli/{__version__}", "Accept-Encoding": "gzip, deflate"}
    current = url
    try:
        with httpx.Client(
            timeout=settings.fetch_timeout_s,
            follow_redirects=False,
            trust_env=False,
            headers=headers,
        ) as client:
            for _hop in range(MAX_REDIRECTS + 1):
                fetched, location = _get_once(client, current, settings, deadline)
                if fetched is not None:
                    return fetched
                current = redirect_target(current, location)
    except httpx.TimeoutException as exc:
        raise FetchError(
            f"timed out after {settings.fetch_timeout_s:g} s fetching {current}"
        ) from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"could not fetch {redacted(current)}: {_one_line(exc)}") from exc
    raise FetchError(f"more than {MAX_REDIRECTS} redirects fetching {redacted(url)}")


def redirect_target(url: str, location: str) -> str:
    """The URL a redirect's Location leads to; FetchError for one that is no URL."""
    try:
        return urljoin(url, location)
    except ValueError as exc:  # a bracketed host that is no IPv6 address: "http://[::1/"
        raise FetchError(f"redirect to an invalid URL from {redacted(url)}") from exc


def _get_once(
    client: httpx.Client, url: str, settings: Settings, deadline: float
) -> tuple[Fetched | None, str]:
    """One request: the response, or None and the Location to follow."""
    target, host_header, host = _pinned(url, settings)
    with client.stream(
        "GET", target, headers={"Host": host_header}, extensions={"sni_hostname": host}
    ) as response:
        if response.is_redirect:
            location = response.headers.get("location")
            if not location:
                raise FetchError(f"redirect without a Location from {url}")
            return None, location
        if response.status_code >= 400:
            raise FetchError(f"HTTP {response.status_code} from {url}")
        _check_encoding(response, url)
        content = _read_body(response, settings.fetch_max_bytes, deadline, url)
        content_type = response.headers.get("content-type", "")
        return Fetched(
            url, content, content_type.split(";")[0].strip().lower(), _charset(response)
        ), ""


def _pinned(url: str, settings: Settings) -> tuple[httpx.URL, str, str]:
    """The URL rewritten to a checked address, its Host header, and the host name."""
    shown = redacted(url)
    try:
        parsed = httpx.URL(url)
        # httpx checks the host only when it is read: a bad punycode label (xn--84) fails
        # in .host, a non-ASCII zone id (kept as written in brackets) in the decode
        named, host = parsed.host, parsed.raw_host.decode("ascii")
    except (httpx.InvalidURL, TypeError, ValueError) as exc:  # UnicodeError is a ValueError
        raise FetchError(f"not a valid URL: {shown}") from exc
    if parsed.scheme not in _SCHEMES:
        raise FetchError(
            f"only http and https URLs are fetched, not {parsed.scheme or 'none'}: {shown}"
        )
    if not named:
        raise FetchError(f"URL has no host: {shown}")
    if parsed.userinfo:
        # sent as a password to whatever answers, kept in logs and the store; and
        # http://news.example@10.0.0.1/ reads as a public host to a hurried eye
        raise FetchError(f"refused {shown}: URLs with credentials (user:password@) are not fetched")
    if ":" in host and "%" in host:  # an IPv6 literal with a zone (a name holds no colon)
        raise FetchError(f"refused {shown}: an IPv6 zone id names a local network interface")
    addresses = resolve(host, parsed.port or _DEFAULT_PORTS[parsed.scheme])
    if not settings.allow_private_urls:
        for address in addresses:
            if not is_public(address):
                raise FetchError(
                    f"refused {url}: {host} resolves to a non-public address ({address})",
                    hint="set BELLI_ALLOW_PRIVATE_URLS=1 to allow private and loopback hosts",
                )
    bracketed = f"[{host}]" if ":" in host else host
    host_header = bracketed if parsed.port is None else f"{bracketed}:{parsed.port}"
    return parsed.copy_with(host=str(addresses[0])), host_header, host


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address a host name resolves to (an IP literal resolves to itself)."""
    try:
        return [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise FetchError(f"cannot resolve host {host}: {_one_line(exc)}") from exc
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    if not addresses:
        raise FetchError(f"cannot resolve host {host}")
    return addresses


def is_public(address: IPAddress) -> bool:
    """Globally routable unicast: not private, loopback, link-local, reserved or multicast.

    An IPv6 address that stands for an IPv4 one is judged by the IPv4 address: on a NAT64
    network 64:ff9b::a9fe:a9fe reaches 169.254.169.254, though the IPv6 form counts as global.
    """
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            address = embedded
    return address.is_global and not address.is_multicast


# Prefixes whose last 32 bits are an IPv4 address: NAT64's well-known prefix (RFC 6052),
# IPv4-compatible (RFC 4291, deprecated) and IPv4-translated (RFC 2765). The local-use NAT64
# prefix 64:ff9b:1::/48 places the IPv4 address where its operator chose; it is not global
# and stays refused whatever it holds.
_LAST_32_BITS_IPV4 = tuple(
    ipaddress.IPv6Network(prefix) for prefix in ("64:ff9b::/96", "::/96", "::ffff:0:0:0/96")
)


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, 6to4, NAT64, ...), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if any(address in prefix for prefix in _LAST_32_BITS_IPV4):
        return ipaddress.IPv4Address(int(address) & 0xFFFF_FFFF)
    return None


def _check_encoding(response: httpx.Response, url: str) -> None:
    """Refuse a body in a content encoding httpx would pass through undecoded."""
    for value in response.headers.get_list("content-encoding", split_commas=True):
        encoding = value.strip().lower()
        if encoding and encoding not in _DECODED:
            raise FetchError(f"response from {url} is {encoding}-encoded, which belli cannot "
                             "decode (it asks for gzip or deflate)")


def _read_body(response: httpx.Response, limit: int, deadline: float, url: str) -> bytes:
    """The decoded body, refused as soon as it passes `limit` bytes or the deadline."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(f"response from {url} is larger than fetch_max_bytes ({limit} bytes)")
    parts: list[bytes] = []
    total = 0
    # iter_bytes undoes Content-Encoding chunk by chunk, so the cap counts expanded bytes.
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > limit:
            raise FetchError(f"response from {url} is larger than fetch_max_bytes ({limit} bytes)")
        if time.monotonic() > deadline:
            raise FetchError(f"timed out reading {url}")
        parts.append(chunk)
    return b"".join(parts)


def _charset(response: httpx.Response) -> str | None:
    for part in response.headers.get("content-type", "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
