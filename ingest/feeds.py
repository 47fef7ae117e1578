"""RSS and Atom feeds: each new item becomes an article to read."""

from __future__ import annotations

import re
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


# A document type with an internal subset: feeds have no use for one, and its entities are
# how an "XML bomb" multiplies a few hundred bytes into gigabytes. Removed before parsing.
_INTERNAL_DTD_RE = re.compile(rb"<!DOCTYPE[^>\[]*\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
# The end of an RSS item or an Atom entry, namespaced or not.
_ITEM_END_RE = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>", re.IGNORECASE)


def feed_first_items(body: bytes, limit: int) -> tuple[bytes, int]:
    """The feed with only its first `limit` items, and how many items it had.

    feedparser takes about a millisecond per element, so a feed of thousands of items is cut
    before parsing: the items past the limit are removed whole, and the document around them
    (the channel, the closing tags) is kept, so what is parsed is still a well-formed feed.
    """
    ends = [match.end() for match in _ITEM_END_RE.finditer(body)]
    if limit < 1 or len(ends) <= limit:
        return body, len(ends)
    return body[: ends[limit - 1]] + body[ends[-1] :], len(ends)


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
    body = _INTERNAL_DTD_RE.sub(b"", result.body, count=1)
    body, total = feed_first_items(body, settings.INGEST_FEED_MAX_ITEMS)
    parsed = feedparser.parse(body)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        # bozo: broken XML; no version: well-formed, but not RSS or Atom (an HTML page).
        problem = parsed.get("bozo_exception") or "no RSS or Atom document found"
        Feed.objects.filter(pk=feed.pk).update(
            last_polled_at=timezone.now(), last_error=f"not a readable feed: {problem}"[:2000]
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
    total = max(total, len(parsed.entries))
    counts["over_limit"] = max(0, total - settings.INGEST_FEED_MAX_ITEMS)
    # Not an error, but the editor should know that part of the feed was not read.
    notice = (
        f"only the first {settings.INGEST_FEED_MAX_ITEMS} of {total} items were read "
        f"(INGEST_FEED_MAX_ITEMS); the other {counts['over_limit']} were skipped"
        if counts["over_limit"]
        else ""
    )
    Feed.objects.filter(pk=feed.pk).update(
        last_polled_at=timezone.now(),
        last_new_items=counts["new"],
        last_error=notice,
        title=feed.title or (parsed.feed.get("title") or "")[:300],
    )
    return counts
