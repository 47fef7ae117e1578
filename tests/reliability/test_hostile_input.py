"""Pages and feeds built to hurt: each ends in a clear status and message, in bounded memory.

Work is bounded by counting it (requests made, articles made, items parsed), never by the
clock; memory by tracemalloc's peak. Outbound HTTP is faked at ingest.fetch.http_get.
"""

import tracemalloc
from contextlib import contextmanager

import pytest
from django.test import TestCase

from agreements.models import SourceArticle
from ingest.clean import MAX_ATTRIBUTES, MAX_DEPTH, MAX_ELEMENTS, clean_article
from ingest.feeds import feed_first_items, feed_poll
from ingest.models import Feed
from ingest.services import SubmissionError, article_submit_text, article_submit_url

pytestmark = pytest.mark.django_db

MEMORY_BOUND = 200 * 1024 * 1024
SENTENCE = "<p>Finland joined NATO on Tuesday, the foreign ministers said in Brussels.</p>"


@contextmanager
def peak_memory():
    """Yields a dict whose "peak" is the most memory Python held meanwhile, in bytes."""
    measured = {}
    tracemalloc.start()
    try:
        yield measured
    finally:
        measured["peak"] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()


def page(body: str) -> str:
    return f"<html><head><title>Bomb</title></head><body>{body}</body></html>"


TOO_DEEP = f"the page nests HTML elements more than {MAX_DEPTH} deep"
HTML_BOMBS = {
    "100k nested divs": (
        page("<div>" * 100_000 + SENTENCE + "</div>" * 100_000),
        TOO_DEEP,
    ),
    "200k unclosed spans": (page("<span>" * 200_000 + SENTENCE), TOO_DEEP),
    "100k nested tables": (page("<table><tr><td><div>" * 100_000 + SENTENCE), TOO_DEEP),
    "one tag with 100k attributes": (
        page("<div " + " ".join(f'a{i}="x"' for i in range(100_000)) + ">" + SENTENCE + "</div>"),
        f"an HTML tag has more than {MAX_ATTRIBUTES} attributes",
    ),
    "300k empty elements side by side": (
        page("<i></i>" * 300_000 + SENTENCE),
        f"the page has more than {MAX_ELEMENTS:,} HTML elements",
    ),
}


def submit_url(**fields):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return article_submit_url(**fields)


@pytest.mark.parametrize("name", HTML_BOMBS)
def test_an_html_bomb_fetched_as_an_article_fails_with_the_reason(web, name):
    body, reason = HTML_BOMBS[name]
    url = f"https://bomb.example/{name.replace(' ', '-')}"
    web.page(url, body)
    with peak_memory() as memory:
        article, _ = submit_url(url=url)
    article.refresh_from_db()
    assert article.status == "failed"
    assert article.status_message == f"not read: {reason}"
    assert article.attempts == 1 and web.requested == [url]
    assert memory["peak"] < MEMORY_BOUND


@pytest.mark.parametrize("name", HTML_BOMBS)
def test_an_html_bomb_pasted_as_text_is_refused_and_stores_nothing(name):
    body, reason = HTML_BOMBS[name]
    with peak_memory() as memory, pytest.raises(SubmissionError) as refused:
        article_submit_text(text=body)
    assert str(refused.value) == f"not read: {reason}"
    assert not SourceArticle.objects.exists()
    assert memory["peak"] < MEMORY_BOUND


def test_a_page_just_inside_the_limits_is_still_read():
    nested = "<div>" * (MAX_DEPTH - 5) + SENTENCE + "</div>" * (MAX_DEPTH - 5)
    assert "Finland joined NATO" in clean_article(page(nested)).text


def test_scripts_and_styles_do_not_count_as_markup():
    script = "<script>" + "var s = '<div>';" * (MAX_DEPTH * 2) + "</script>"
    style = "<style>" + "a<b{}" * MAX_ELEMENTS + "</style>"
    assert "Finland joined NATO" in clean_article(page(script + style + SENTENCE)).text


# --- Feeds -----------------------------------------------------------------------------------


def rss(items: int, *, extra: str = "") -> bytes:
    entries = "".join(
        f"<item><title>Item {i}</title><link>https://news.example/story/{i}?utm_source=rss</link>"
        f"<description>{'Lorem ipsum dolor sit amet. ' * 4}</description></item>"
        for i in range(items)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?>{extra}<rss version="2.0"><channel>'
        f"<title>Big feed</title><link>https://news.example/</link>{entries}</channel></rss>"
    ).encode()


def poll(url: str) -> tuple[dict, Feed]:
    feed = Feed.objects.create(url=url)
    counts = feed_poll(feed=feed)
    feed.refresh_from_db()
    return counts, feed


def test_a_feed_of_five_thousand_items_reads_the_first_ones_and_reports_the_rest(web, settings):
    settings.INGEST_FEED_MAX_ITEMS = 50
    web.page("https://news.example/big.xml", rss(5000), content_type="application/rss+xml")
    with peak_memory() as memory:
        counts, feed = poll("https://news.example/big.xml")
    assert (counts["new"], counts["over_limit"]) == (50, 4950)
    assert SourceArticle.objects.count() == 50
    assert feed.last_new_items == 50
    assert feed.last_error == (
        "only the first 50 of 5000 items were read (INGEST_FEED_MAX_ITEMS); "
        "the other 4950 were skipped"
    )
    assert web.requested == ["https://news.example/big.xml"]  # no item was fetched meanwhile
    assert memory["peak"] < MEMORY_BOUND


def test_a_feed_is_cut_to_its_first_items_before_parsing_and_stays_well_formed():
    body, total = feed_first_items(rss(1000), 3)
    assert total == 1000
    assert body.count(b"<item>") == 3 and body.endswith(b"</channel></rss>")
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        + b"<entry><title>e</title></entry>" * 10
        + b"</feed>"
    )
    cut, total = feed_first_items(atom, 4)
    assert total == 10 and cut.count(b"<entry>") == 4 and cut.endswith(b"</feed>")


def test_a_second_poll_of_the_big_feed_adds_nothing(web, settings):
    settings.INGEST_FEED_MAX_ITEMS = 20
    web.page("https://news.example/big.xml", rss(3000), content_type="application/rss+xml")
    poll("https://news.example/big.xml")
    counts = feed_poll(feed=Feed.objects.get())
    assert (counts["new"], counts["known"]) == (0, 20)
    assert SourceArticle.objects.count() == 20


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (page(SENTENCE), "text/html", "not a readable feed: "),
        (b"", "application/rss+xml", "not a readable feed: "),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png", "not a text page: image/png"),
        (rss(3)[:90], "application/rss+xml", "not a readable feed: "),
    ],
    ids=["an HTML page", "empty", "binary", "truncated"],
)
def test_what_is_not_a_feed_is_reported_on_the_feed(web, body, content_type, message):
    web.page("https://news.example/feed", body, content_type=content_type)
    counts, feed = poll("https://news.example/feed")
    assert counts["failed"] == 1
    assert feed.last_error.startswith(message)
    assert feed.last_polled_at is not None
    assert not SourceArticle.objects.exists()


def test_an_entity_bomb_in_a_feed_is_not_expanded(web):
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
    )
    bomb = rss(1, extra=f"<!DOCTYPE rss [{entities}]>")
    bomb = bomb.replace(b"<title>Item 0</title>", b"<title>&lol9;</title>")
    web.page("https://news.example/lol.xml", bomb, content_type="application/rss+xml")
    with peak_memory() as memory:
        counts, _ = poll("https://news.example/lol.xml")
    assert counts["new"] == 1
    assert len(SourceArticle.objects.get().title) < 100  # ten to the ninth "lol"s were not made
    assert memory["peak"] < MEMORY_BOUND
