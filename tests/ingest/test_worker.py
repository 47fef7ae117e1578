"""A real `celery worker` process on Redis and PostgreSQL reads a feed of saved pages.

The pages are served over real HTTP on loopback; nothing is faked. Runs in CI's second stage
(DATABASE_URL on PostgreSQL, REDIS_URL set) and is skipped on SQLite.
"""

from pathlib import Path

import pytest
from django.conf import settings as django_settings

from agreements.models import Announcement, SourceArticle
from ingest.models import Feed
from ingest.services import article_submit_url
from ingest.tasks import poll_feeds_task
from tests.localserver import Route, serve
from tests.worker import wait_for, worker_process

pytestmark = pytest.mark.broker

ROOT = Path(django_settings.BASE_DIR)
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
SEED = ROOT / "samples" / "articles" / "kazakhstan-abraham-accords.ar.txt"


def seed_page() -> bytes:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    paragraphs = "".join(f"<p>{line}</p>" for line in lines[1:] if line.strip())
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="windows-1256"><title>{lines[0]}</title>'
        f"</head><body><article><h1>{lines[0]}</h1>{paragraphs}</article></body></html>"
    ).encode("cp1256")


def feed_xml(base: str, items: list[str]) -> bytes:
    entries = "".join(
        f"<item><title>item {i}</title><link>{base}{path}?utm_source=rss</link></item>"
        for i, path in enumerate(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Saved pages</title><link>{base}/</link>{entries}</channel></rss>"
    ).encode()


def test_a_real_worker_ingests_a_feed_of_saved_pages_end_to_end(real_broker, settings, tmp_path):
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = True  # the saved pages are served on loopback
    html = {"Content-Type": "text/html"}
    routes = {
        "/kz": Route(seed_page(), headers={"Content-Type": "text/html; charset=windows-1256"}),
        "/se": Route((CORPUS / "002-sweden-nato.en.html").read_bytes(), headers=html),
        "/sy": Route((CORPUS / "054-syria-arab-league.ar.html").read_bytes(), headers=html),
    }
    with serve(routes) as base:
        routes["/feed.xml"] = Route(
            feed_xml(base, ["/kz", "/se", "/sy"]), headers={"Content-Type": "application/rss+xml"}
        )
        Feed.objects.create(url=base + "/feed.xml", language="")
        env = ("INGEST_ALLOW_PRIVATE_ADDRESSES", "1")
        with worker_process(env, log=tmp_path / "worker.log"):
            poll_feeds_task.delay()
            finished = wait_for(
                lambda: (
                    SourceArticle.objects.count() == 3
                    and not SourceArticle.objects.filter(status__in=["queued", "fetched"]).exists()
                ),
                timeout=120,
            )
        assert finished, (
            list(SourceArticle.objects.values_list("url", "status", "status_message")),
            (tmp_path / "worker.log").read_text()[-3000:],
        )
    assert set(SourceArticle.objects.values_list("status", flat=True)) == {"extracted"}
    kz = SourceArticle.objects.get(url=base + "/kz")
    assert kz.language == "ar" and "كازاخستان" in kz.text
    assert Announcement.objects.filter(
        article=kz, country__iso2="KZ", kind="announced_joining", date="2025-11-06"
    ).exists()
    assert Announcement.objects.filter(article=kz, country__iso2="SA", kind="refuses").exists()
    assert not Announcement.objects.filter(article=kz, country__iso2="KW").exists()
    feed = Feed.objects.get()
    assert feed.last_new_items == 3 and feed.last_error == ""


def test_fetching_and_reading_run_on_their_own_queues_and_workers(real_broker, settings, tmp_path):
    """A fetch-only worker (threads) fetches and stops there; an extract-only worker reads."""
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = True
    html = {"Content-Type": "text/html"}
    pages = ["002-sweden-nato.en.html", "054-syria-arab-league.ar.html"]
    routes = {
        f"/{i}": Route((CORPUS / name).read_bytes(), headers=html) for i, name in enumerate(pages)
    }
    env = ("INGEST_ALLOW_PRIVATE_ADDRESSES", "1")

    def statuses() -> list[str]:
        return sorted(SourceArticle.objects.values_list("status", flat=True))

    with (
        serve(routes) as base,
        worker_process(
            env, log=tmp_path / "fetch.log", queues="fetch", pool="threads", concurrency=4
        ),
    ):
        for path in routes:
            article_submit_url(url=base + path)
        fetched = wait_for(lambda: statuses() == ["fetched", "fetched"], timeout=60)
        assert fetched, (statuses(), (tmp_path / "fetch.log").read_text()[-3000:])
        # Nothing reads them while no worker takes the extract queue.
        assert not wait_for(lambda: "extracted" in statuses(), timeout=2)
    # The pages are no longer served: reading must not fetch them again.
    with worker_process(env, log=tmp_path / "extract.log", queues="extract", purge=False):
        read = wait_for(lambda: statuses() == ["extracted", "extracted"], timeout=60)
    assert read, (
        list(SourceArticle.objects.values_list("status", "status_message")),
        (tmp_path / "extract.log").read_text()[-3000:],
    )
    assert Announcement.objects.filter(country__iso2="SE", kind="joined").exists()
    assert "fetch_article_task[" not in (tmp_path / "extract.log").read_text()
