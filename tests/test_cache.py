"""The cache answers like an empty one while Redis is unreachable (config/cache.py).

Pointed at a port where nothing listens: a real refused connection, nothing faked. The
outage of the machine's own Redis is tests/reliability/test_redis_outage.py.
"""

from config.cache import OutageTolerantRedisCache


def unreachable() -> OutageTolerantRedisCache:
    return OutageTolerantRedisCache(
        "redis://127.0.0.1:1/0", {"OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}}
    )


def test_reads_miss_and_writes_are_dropped_without_an_error():
    cache = unreachable()
    assert cache.get("k") is None and cache.get("k", "default") == "default"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.set("k", 1) is None
    assert cache.set_many({"a": 1}) == []
    assert cache.has_key("k") is False
    assert cache.delete("k") is False
    assert cache.delete_many(["a"]) is None
    assert cache.touch("k") is False
    assert cache.incr("k", 5) == 5
    assert cache.clear() is False


def test_a_lock_is_not_taken_while_redis_is_away():
    # A periodic job skips its turn rather than risk running twice.
    assert unreachable().add("concord:sweep-lock", "1", timeout=10) is False
