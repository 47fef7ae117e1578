"""RSS and Atom feeds: each new item becomes an article to read."""

from __future__ import annotations

from collections import Counter
from datetime import date

import feedparser
from django.conf import settings
from django.utils import timezone

from ingest import fetch
from ingest.models import Feed
from ingest.services import SubmissionError, article_submit_url


def _entry_date(entry) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    except ValueError:
        return None


def feed_poll(*, feed: Feed) -> Counter:
    """Fetch a feed and submit each item's link. Items already known are left alone.

    At most INGEST_FEED_MAX_ITEMS items are read per poll, so a feed with thousands of items
    cannot flood the queue in one go. A fetch problem is recorded on the feed; a transient one
    is raised for the task to retry.
    """
    counts: Counter = Counter()
    try:
        result = fetch.fetch(feed.url)
    except fetch.TransientFetchError:
        raise
    except fetch.FetchError as error:
        Feed.objects.filter(pk=feed.pk).update(
            last_polled_at=timezone.now(), last_error=str(error)[:2000]
        )
        counts["failed"] += 1
        return counts
    parsed = feedparser.parse(result.body)
    if parsed.bozo and not parsed.entries:
        Feed.objects.filter(pk=feed.pk).update(
            last_polled_at=timezone.now(),
            last_error=f"not a readable feed: {parsed.get('bozo_exception', 'unknown error')}"[
                :2000
            ],
        )
        counts["failed"] += 1
        return counts
    for entry in parsed.entries[: settings.INGEST_FEED_MAX_ITEMS]:
        link = entry.get("link")
        if not link:
            counts["no_link"] += 1
            continue
        try:
            _, created = article_submit_url(
                url=link,
                published=_entry_date(entry),
                lang=feed.language,
                title=entry.get("title", ""),
            )
        except SubmissionError:
            counts["refused"] += 1
            continue
        counts["new" if created else "known"] += 1
    counts["over_limit"] = max(0, len(parsed.entries) - settings.INGEST_FEED_MAX_ITEMS)
    Feed.objects.filter(pk=feed.pk).update(
        last_polled_at=timezone.now(),
        last_new_items=counts["new"],
        last_error="",
        title=feed.title or (parsed.feed.get("title") or "")[:300],
    )
    return counts
