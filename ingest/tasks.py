"""Celery doors into the ingestion services. Each loads by id and does nothing if the work
is already done, so a task delivered twice (acks_late after a lost worker) is harmless."""

from __future__ import annotations

import logging

from celery import shared_task
from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError

from agreements.models import SourceArticle
from ingest import services
from ingest.fetch import TransientFetchError

log = logging.getLogger(__name__)


# A lost database connection (PostgreSQL restarting) is worth retrying soon: the article's
# row is unchanged, since each step commits whole or not at all.
DATABASE_GONE = (OperationalError, InterfaceError)


def _article_step(task, article_id: int, step) -> str:
    """Run one step of reading an article, retrying what a later attempt may get past."""
    article = None
    try:
        article = SourceArticle.objects.filter(pk=article_id).first()
        if article is None:
            return "gone"  # deleted meanwhile
        counts = step(article=article)
    except DATABASE_GONE as error:
        if task.request.is_eager or task.request.retries >= task.max_retries:
            raise  # in-process, the caller sees it; a worker leaves the row to the sweep
        log.warning("database unavailable, article %s retried: %s", article_id, error)
        raise task.retry(exc=error, countdown=3 * 2**task.request.retries) from error
    except TransientFetchError as error:
        if task.request.is_eager or task.request.retries >= task.max_retries:
            if article.attempts >= settings.INGEST_MAX_ATTEMPTS:
                services.article_give_up(article_id=article_id, message=f"gave up: {error}")
            else:
                SourceArticle.objects.filter(pk=article_id).update(
                    status_message=f"will retry: {error}"
                )
            return "deferred"
        SourceArticle.objects.filter(pk=article_id).update(status_message=f"retrying: {error}")
        raise task.retry(exc=error, countdown=30 * 2**task.request.retries) from error
    return ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))


@shared_task(bind=True, acks_late=True, max_retries=4, time_limit=120, soft_time_limit=100)
def fetch_article_task(self, article_id: int) -> str:
    """Queue `fetch`: fetch the page, then send the article to the extract queue."""
    return _article_step(self, article_id, services.article_fetch_step)


@shared_task(bind=True, acks_late=True, max_retries=4, time_limit=300, soft_time_limit=240)
def process_article_task(self, article_id: int) -> str:
    """Queue `extract`: read the article (fetching it first if that was not done)."""
    return _article_step(self, article_id, services.article_process)


@shared_task(acks_late=True, time_limit=120, soft_time_limit=100)
def sweep_unfinished_task() -> int:
    """Re-enqueue articles whose reminder was lost (broker down, worker killed)."""
    if not cache.add("concord:sweep-lock", "1", timeout=110):
        return 0  # a sweep is already running
    try:
        ids = services.articles_to_sweep()
        sent = sum(services.article_enqueue(article_id) for article_id in ids)
    finally:
        cache.delete("concord:sweep-lock")
    if ids:
        log.info("sweep: %s unfinished articles, %s re-enqueued", len(ids), sent)
    return sent


@shared_task(bind=True, acks_late=True, max_retries=3, time_limit=300, soft_time_limit=240)
def poll_feed_task(self, feed_id: int) -> str:
    from ingest.feeds import feed_poll
    from ingest.models import Feed

    feed = Feed.objects.filter(pk=feed_id, active=True).first()
    if feed is None:
        return "gone"
    try:
        counts = feed_poll(feed=feed)
    except TransientFetchError as error:
        Feed.objects.filter(pk=feed_id).update(last_error=f"will retry: {error}"[:2000])
        if self.request.is_eager:
            return "deferred"
        raise self.retry(exc=error, countdown=60 * 2**self.request.retries) from error
    return ", ".join(f"{k}={v}" for k, v in sorted(counts.items()))


@shared_task(acks_late=True, time_limit=60, soft_time_limit=50)
def poll_feeds_task() -> int:
    """Periodic: one poll task per active feed."""
    from ingest.models import Feed

    ids = list(Feed.objects.filter(active=True).values_list("pk", flat=True))
    for feed_id in ids:
        poll_feed_task.delay(feed_id)
    return len(ids)
