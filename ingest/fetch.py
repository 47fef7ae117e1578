"""The only module that talks HTTP. Tests replace `http_get` here and nowhere else.

Every URL, and every redirect it leads to, is checked before a connection is made: only http
and https, and no loopback, private, link-local or otherwise reserved address unless the
settings allow it (the fetcher must not be a way into the network it runs in). Bodies are
streamed with a size cap and decoded with the declared charset, the page's own <meta>, or a
detected one, so that windows-1256 Arabic pages come out right.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from charset_normalizer import from_bytes
from django.conf import settings


class FetchError(Exception):
    """A fetch that will not succeed if tried again (refused address, 404, too large...)."""


class TransientFetchError(FetchError):
    """A fetch that may succeed later (timeout, connection reset, 5xx, 429)."""


@dataclass(frozen=True)
class RawResponse:
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class FetchResult:
    url: str  # after redirects
    status: int
    content_type: str
    body: bytes
    text: str
    encoding: str


_pool = urllib3.PoolManager(retries=False, headers={"User-Agent": "ConcordBot/1.0 (+news reader)"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
# Legacy encodings are named loosely in the wild; these are what the names mean in practice.
_CHARSET_ALIASES = {
    "windows-1256": "cp1256",
    "iso-8859-6": "iso8859_6",
    "x-mac-arabic": "mac_arabic",
}


def address_allowed(host: str) -> bool:
    """Whether every address `host` resolves to is a public one."""
    if getattr(settings, "INGEST_ALLOW_PRIVATE_ADDRESSES", False):
        return True
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as error:
        raise TransientFetchError(f"cannot resolve host {host!r}: {error}") from error
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if (
            address.is_private
            or address.is_loopback
            or address.is_link_local
            or (address.is_reserved or address.is_multicast or address.is_unspecified)
        ):
            return False
    return True


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"only http and https URLs can be fetched, not {url[:200]!r}")
    if not address_allowed(parts.hostname):
        raise FetchError(f"refused: {parts.hostname} is a private, loopback or reserved address")


def http_get(url: str, *, timeout: float, max_bytes: int) -> RawResponse:
    """One GET, no redirects followed, body streamed and cut off past `max_bytes`."""
    try:
        response = _pool.request(
            "GET",
            url,
            redirect=False,
            preload_content=False,
            timeout=urllib3.Timeout(connect=timeout, read=timeout),
        )
    except urllib3.exceptions.HTTPError as error:
        raise TransientFetchError(f"could not reach {url[:200]}: {error}") from error
    try:
        chunks, size = [], 0
        for chunk in response.stream(64 * 1024):
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"response larger than {max_bytes} bytes")
            chunks.append(chunk)
    except urllib3.exceptions.HTTPError as error:
        raise TransientFetchError(f"connection broke while reading {url[:200]}: {error}") from error
    finally:
        response.release_conn()
    headers = {k.lower(): v for k, v in response.headers.items()}
    return RawResponse(status=response.status, headers=headers, body=b"".join(chunks))


def decode(body: bytes, content_type: str) -> tuple[str, str]:
    """Text and the encoding used: declared header charset, then <meta>, then detection."""
    declared = None
    match = re.search(r"charset=([^\s;]+)", content_type or "", re.IGNORECASE)
    if match:
        declared = match.group(1).strip("\"'").lower()
    if not declared:
        meta = _META_CHARSET.search(body[:4096])
        if meta:
            declared = meta.group(1).decode("ascii", "ignore").lower()
    if declared:
        codec = _CHARSET_ALIASES.get(declared, declared)
        try:
            return body.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            pass  # the declaration lies; detect instead
    best = from_bytes(body).best()
    if best is None:
        raise FetchError("the response is not text in any known encoding")
    return str(best), best.encoding


def fetch(url: str) -> FetchResult:
    """GET a page, following up to INGEST_MAX_REDIRECTS redirects, each one checked."""
    timeout = settings.INGEST_FETCH_TIMEOUT
    max_bytes = settings.INGEST_MAX_BYTES
    for _ in range(settings.INGEST_MAX_REDIRECTS + 1):
        check_url(url)
        raw = http_get(url, timeout=timeout, max_bytes=max_bytes)
        if raw.status in (301, 302, 303, 307, 308) and raw.headers.get("location"):
            url = urljoin(url, raw.headers["location"])
            continue
        if raw.status == 429 or raw.status >= 500:
            raise TransientFetchError(f"HTTP {raw.status} from {url[:200]}")
        if raw.status >= 400:
            raise FetchError(f"HTTP {raw.status} from {url[:200]}")
        content_type = raw.headers.get("content-type", "")
        if content_type and not re.match(r"(text/|application/(xhtml|xml|rss|atom))", content_type):
            raise FetchError(f"not a text page: {content_type}")
        text, encoding = decode(raw.body, content_type)
        return FetchResult(url, raw.status, content_type, raw.body, text, encoding)
    raise FetchError(f"more than {settings.INGEST_MAX_REDIRECTS} redirects")
