"""Faults against the real services: workers killed mid-batch, duplicate submissions at once.

These run in CI's second stage (PostgreSQL and Redis) and are skipped on SQLite.
"""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.db import connection

from agreements.models import Announcement, SourceArticle
from ingest.clean import clean_article
from ingest.evaluation import load_corpus
from ingest.extract import extract
from ingest.gazetteer import gazetteer_current
from ingest.reading import read_file
from ingest.services import article_submit_text, article_submit_url
from ingest.tasks import sweep_unfinished_task
from tests.worker import wait_for, worker_process

pytestmark = pytest.mark.broker

CORPUS = Path(django_settings.BASE_DIR) / "tests" / "fixtures" / "corpus"


def corpus_texts(limit: int) -> list[tuple[str, str]]:
    gold = load_corpus(CORPUS / "gold.jsonl")
    return [(g.file, read_file(CORPUS / g.file)) for g in gold[:limit]]


def expected_claims(text: str, published) -> int:
    """How many announcements one clean run of the pipeline makes of `text`."""
    cleaned = clean_article(text)
    candidates = extract(
        cleaned.text, gazetteer=gazetteer_current(), published=published, title=cleaned.title
    )
    keys = {
        (c.agreement, c.country, c.kind)
        for c in candidates
        if c.date is not None and c.confidence >= django_settings.INGEST_MIN_CONFIDENCE
    }
    return len(keys)


def unfinished() -> int:
    return SourceArticle.objects.filter(status__in=["queued", "fetched"]).count()


def test_a_worker_killed_mid_batch_loses_nothing_and_doubles_nothing(real_broker, tmp_path):
    texts = corpus_texts(60)
    log = tmp_path / "workers.log"
    real_broker.control.purge()  # nothing left over from earlier tests
    # Submitted while no worker runs: the tasks wait in Redis.
    articles = [article_submit_text(text=text)[0] for _, text in texts]
    assert unfinished() == len(texts)
    # The worker starts on another queue and takes the extract queue only once it answers, so
    # however slowly it starts, none of the batch is read before the test watches it.
    with worker_process(log=log, purge=False, queues="celery") as first:
        assert unfinished() == len(texts)
        real_broker.control.add_consumer("extract", destination=[first.hostname], reply=True)
        started = wait_for(lambda: unfinished() <= len(texts) - 3, timeout=90, interval=0.05)
        first.kill()  # SIGKILL: no chance to finish or acknowledge the task in hand
        first.wait(timeout=10)
    assert started, log.read_text()[-3000:]
    left = unfinished()
    assert 0 < left < len(texts), "the kill should land in the middle of the batch"
    # A new worker takes the queue over; the sweep re-sends what the dead one held unacked.
    with worker_process(("INGEST_SWEEP_AFTER_SECONDS", "0"), log=log, purge=False):
        sweep_unfinished_task.delay()
        done = wait_for(lambda: unfinished() == 0, timeout=120)
    assert done, (unfinished(), log.read_text()[-3000:])
    for article, (name, text) in zip(articles, texts, strict=True):
        article.refresh_from_db()
        assert article.status == "extracted", (name, article.status, article.status_message)
        assert Announcement.objects.filter(article=article).count() == expected_claims(
            text, article.published_on
        ), name


def test_a_thousand_concurrent_duplicate_submissions_make_one_article(real_broker, settings):
    """Same URL with tracking parameters, and the same text under two URLs, all at once."""
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = True  # nothing is fetched: no worker runs
    urls = [f"https://news.example/story?utm_source=s{i}&fbclid={i}" for i in range(500)]
    text = read_file(CORPUS / "001-finland-nato.en.txt")
    pasted = [(text, f"https://mirror{i % 2}.example/copy") for i in range(500)]

    def submit_url(url):
        try:
            return article_submit_url(url=url)[0].pk
        finally:
            connection.close()

    def submit_text(item):
        try:
            return article_submit_text(text=item[0], url=item[1])[0].pk
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=16) as pool:
        url_ids = set(pool.map(submit_url, urls))
        text_ids = set(pool.map(submit_text, pasted))
    assert len(url_ids) == 1 and len(text_ids) == 1
    assert SourceArticle.objects.count() == 2
    stored = set(SourceArticle.objects.values_list("url", flat=True))
    assert "https://news.example/story" in stored
    assert len(stored & {"https://mirror0.example/copy", "https://mirror1.example/copy"}) == 1
