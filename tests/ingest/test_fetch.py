"""ingest/fetch.py against a real HTTP server on loopback."""

import pytest

from ingest import fetch
from tests.localserver import Route, serve

ARABIC = "أعلنت كازاخستان انضمامها إلى الاتفاقات الإبراهيمية"


@pytest.fixture
def loopback_allowed(settings):
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = True
    settings.INGEST_FETCH_TIMEOUT = 2
    settings.INGEST_MAX_BYTES = 100_000
    settings.INGEST_MAX_REDIRECTS = 3


def test_loopback_is_refused_by_default(settings):
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = False
    routes = {"/": Route(b"hi", headers={"Content-Type": "text/html"})}
    with (
        serve(routes) as base,
        pytest.raises(fetch.FetchError, match="private, loopback or reserved"),
    ):
        fetch.fetch(base + "/")


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.8/x",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://0.0.0.0/",
        "http://localhost:8000/",
    ],
)
def test_private_link_local_and_metadata_addresses_are_refused(settings, url):
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = False
    with pytest.raises(fetch.FetchError, match="refused"):
        fetch.check_url(url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a", "gopher://x/"])
def test_only_http_and_https_are_fetched(url):
    with pytest.raises(fetch.FetchError, match="only http and https"):
        fetch.check_url(url)


def test_a_windows_1256_page_is_decoded_from_its_header(loopback_allowed):
    body = f"<html><body><p>{ARABIC}</p></body></html>".encode("cp1256")
    routes = {"/a": Route(body, headers={"Content-Type": "text/html; charset=windows-1256"})}
    with serve(routes) as base:
        result = fetch.fetch(base + "/a")
    assert ARABIC in result.text
    assert result.encoding == "cp1256"


def test_a_windows_1256_page_is_decoded_from_its_meta_tag(loopback_allowed):
    body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
        f"</head><body><p>{ARABIC}</p></body></html>"
    ).encode("cp1256")
    with serve({"/a": Route(body, headers={"Content-Type": "text/html"})}) as base:
        assert ARABIC in fetch.fetch(base + "/a").text


def test_a_wrongly_declared_charset_falls_back_to_detection(loopback_allowed):
    body = f"<html><body><p>{ARABIC} {ARABIC} {ARABIC}</p></body></html>".encode()
    routes = {"/a": Route(body, headers={"Content-Type": "text/html; charset=us-ascii"})}
    with serve(routes) as base:
        assert ARABIC in fetch.fetch(base + "/a").text


def test_redirects_are_followed_and_each_hop_is_checked(loopback_allowed, settings):
    routes = {
        "/old": Route(status=301, headers={"Location": "/new"}),
        "/new": Route(b"<p>moved</p>", headers={"Content-Type": "text/html"}),
    }
    with serve(routes) as base:
        result = fetch.fetch(base + "/old")
        assert result.url == base + "/new"
        assert "moved" in result.text


def test_a_redirect_to_a_private_address_is_refused(settings):
    # The first hop is public (example.org resolves nowhere here, so it is faked at the seam);
    # the redirect aims inside the network and must be refused before any connection.
    calls = []

    def http_get(url, *, timeout, max_bytes):
        calls.append(url)
        return fetch.RawResponse(302, {"location": "http://169.254.169.254/latest"}, b"")

    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = False
    original_get, original_allowed = fetch.http_get, fetch.address_allowed
    fetch.http_get = http_get
    fetch.address_allowed = lambda host: host == "news.example" or original_allowed(host)
    try:
        with pytest.raises(fetch.FetchError, match="refused"):
            fetch.fetch("http://news.example/story")
    finally:
        fetch.http_get, fetch.address_allowed = original_get, original_allowed
    assert calls == ["http://news.example/story"]


def test_a_redirect_loop_ends_with_a_clear_error(loopback_allowed):
    routes = {
        "/a": Route(status=302, headers={"Location": "/b"}),
        "/b": Route(status=302, headers={"Location": "/a"}),
    }
    with serve(routes) as base, pytest.raises(fetch.FetchError, match="more than 3 redirects"):
        fetch.fetch(base + "/a")


def test_a_body_over_the_size_cap_is_cut_off_while_streaming(loopback_allowed):
    body = b"<p>" + b"x" * 500_000 + b"</p>"
    routes = {"/big": Route(body, headers={"Content-Type": "text/html"}, chunks=50)}
    with serve(routes) as base, pytest.raises(fetch.FetchError, match="larger than 100000"):
        fetch.fetch(base + "/big")


def test_a_slow_server_times_out_as_a_transient_error(loopback_allowed, settings):
    settings.INGEST_FETCH_TIMEOUT = 0.3
    routes = {"/slow": Route(b"late", headers={"Content-Type": "text/html"}, delay=1.5)}
    with serve(routes) as base, pytest.raises(fetch.TransientFetchError):
        fetch.fetch(base + "/slow")


def test_an_unreachable_server_is_a_transient_error(loopback_allowed):
    with pytest.raises(fetch.TransientFetchError, match="could not reach"):
        fetch.fetch("http://127.0.0.1:9/nothing-listens-here")


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (404, fetch.FetchError),
        (410, fetch.FetchError),
        (503, fetch.TransientFetchError),
        (429, fetch.TransientFetchError),
    ],
)
def test_http_errors_are_permanent_or_transient(loopback_allowed, status, error):
    routes = {"/x": Route(b"no", status=status, headers={"Content-Type": "text/html"})}
    with serve(routes) as base, pytest.raises(error) as raised:
        fetch.fetch(base + "/x")
    assert (type(raised.value) is fetch.TransientFetchError) == (error is fetch.TransientFetchError)


def test_a_binary_file_is_refused(loopback_allowed):
    routes = {"/x.pdf": Route(b"%PDF-1.7\x00\x01", headers={"Content-Type": "application/pdf"})}
    with serve(routes) as base, pytest.raises(fetch.FetchError, match="not a text page"):
        fetch.fetch(base + "/x.pdf")
