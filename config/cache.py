"""The Redis cache, made to survive Redis being away.

The cache holds nothing that is not also in the database: throttle counters, locks of
periodic jobs, rendered timelines and their version numbers. When Redis is unreachable a
request must still be answered (a submission is stored in the database and swept later), so
each operation that cannot reach Redis logs a warning and answers as an empty cache would: a
read misses, a write is dropped, `add` reports that it did not add (a lock is not taken, so a
periodic job skips its turn rather than run twice).
"""

from __future__ import annotations

import functools
import logging

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


def _when_unreachable(answer):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except UNREACHABLE as error:
                log.warning("cache unreachable, %s skipped: %s", method.__name__, error)
                return answer(*args, **kwargs) if callable(answer) else answer

        return wrapper

    return decorate


class OutageTolerantRedisCache(RedisCache):
    """Django's RedisCache, answering like an empty cache while Redis is unreachable."""

    add = _when_unreachable(False)(RedisCache.add)
    get = _when_unreachable(lambda key, default=None, version=None: default)(RedisCache.get)
    set = _when_unreachable(None)(RedisCache.set)
    touch = _when_unreachable(False)(RedisCache.touch)
    delete = _when_unreachable(False)(RedisCache.delete)
    get_many = _when_unreachable(lambda *args, **kwargs: {})(RedisCache.get_many)
    has_key = _when_unreachable(False)(RedisCache.has_key)
    # An increment that cannot be made is dropped like any write. The callers bump version
    # numbers of cached timelines: after a restart Redis holds no page to be stale, but after
    # a network fault that kept its data a page cached before the lost bump may be shown
    # until it expires (agreements/timeline_cache.py, TIMEOUT).
    incr = _when_unreachable(lambda key, delta=1, version=None: delta)(RedisCache.incr)
    set_many = _when_unreachable(lambda *args, **kwargs: [])(RedisCache.set_many)
    delete_many = _when_unreachable(None)(RedisCache.delete_many)
    clear = _when_unreachable(False)(RedisCache.clear)
