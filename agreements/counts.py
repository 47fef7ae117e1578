"""The home page's figures: how many agreements, states, events and sources Concord knows.

Counting a million events and two million sources takes seconds, so the figures are stored
(in the cache, with the facts version they were counted at) and counted again in a worker
when facts have changed since, one recount at a time. Meanwhile the page shows the last
figures counted. With tasks run in-process (no broker) the recount happens in the request
and the page shows the new figures at once.
"""

from __future__ import annotations

import time

from django.core.cache import cache
from kombu.exceptions import OperationalError

from agreements import timeline_cache
from agreements.selectors import knowledge_counts

KEY = "concord:knowledge-counts"
RECOUNTING = "concord:knowledge-counts:recounting"
# Under a stream of news every minute brings new facts: a worker recounts at most this often.
MIN_SECONDS_BETWEEN_RECOUNTS = 60


def knowledge_counts_refresh() -> dict[str, int]:
    """Count now and store the figures with the facts version read before counting."""
    version = timeline_cache.facts_version()
    try:
        counts = knowledge_counts()
        cache.set(KEY, {"counts": counts, "version": version, "at": time.time()}, timeout=None)
    finally:
        cache.delete(RECOUNTING)
    return counts


def knowledge_counts_current() -> dict[str, int]:
    """The latest figures counted; a recount is asked for if facts changed since."""
    stored = cache.get(KEY)
    if stored is None:
        return knowledge_counts_refresh()  # never counted (or the cache was emptied)
    if stored["version"] == timeline_cache.facts_version():
        return stored["counts"]
    from agreements.tasks import refresh_knowledge_counts_task

    in_process = refresh_knowledge_counts_task.app.conf.task_always_eager
    recent = time.time() - stored.get("at", 0) < MIN_SECONDS_BETWEEN_RECOUNTS
    if (in_process or not recent) and cache.add(RECOUNTING, "1", timeout=300):
        try:
            refresh_knowledge_counts_task.delay()
        except OperationalError:
            cache.delete(RECOUNTING)  # no broker: the figures stay as they were, for now
        stored = cache.get(KEY) or stored  # in-process tasks have counted already
    return stored["counts"]
