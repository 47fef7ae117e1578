import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.canonical import canonical_url, content_hash


@pytest.mark.parametrize(
    "url",
    [
        "https://www.News.example/world/kz-abraham?utm_source=tw&utm_medium=social",
        "https://news.example/world/kz-abraham/?fbclid=IwAR0abc#comments",
        "HTTPS://news.example:443/world//kz-abraham?gclid=1&ref=home",
    ],
)
def test_tracking_links_to_one_page_share_one_canonical_url(url):
    assert canonical_url(url) == "https://news.example/world/kz-abraham"


def test_meaningful_query_parameters_are_kept_in_a_stable_order():
    assert canonical_url("http://news.example/a?page=2&id=7&utm_campaign=x") == (
        "http://news.example/a?id=7&page=2"
    )


def test_a_non_default_port_is_kept():
    assert canonical_url("http://news.example:8080/a") == "http://news.example:8080/a"


@given(st.text())
def test_canonicalisation_never_raises_and_is_idempotent_on_http_urls(path):
    url = "https://news.example/" + path.replace("#", "")
    try:
        once = canonical_url(url)
    except ValueError:
        return  # not a URL at all (e.g. an invalid port): rejected, not crashed
    assert canonical_url(once) == once


def test_the_hash_ignores_whitespace_and_composition_only():
    assert content_hash("أعلنت  كازاخستان\nانضمامها") == content_hash("أعلنت كازاخستان انضمامها")
    assert content_hash("Café") == content_hash("Cafe\u0301")
    assert content_hash("Kazakhstan joined") != content_hash("Kazakhstan refused")


def test_escaped_and_unescaped_paths_are_one_page():
    assert canonical_url("https://news.example/a b") == canonical_url("https://news.example/a%20b")
    assert canonical_url("https://news.example/%D9%83") == canonical_url("https://news.example/ك")
