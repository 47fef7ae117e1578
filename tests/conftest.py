from io import StringIO

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load every country and the catalogue once; each test then runs in its own transaction.

    Tests that need a transactional database (live server, a worker process) run after the
    others and load what they need themselves, since their flush empties the tables.
    """
    with django_db_blocker.unblock():
        call_command("load_reference_data", stdout=StringIO())


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: cached timelines are keyed by version numbers
    that a rolled-back test leaves raised, so they could otherwise outlive its data."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def real_broker(transactional_db):
    """Send tasks through the real Redis broker instead of running them in the test process.

    Needs REDIS_URL and PostgreSQL (a worker process cannot see SQLite's in-memory test
    database). The reference data is loaded again: a transactional test starts from empty
    tables.
    """
    from django.conf import settings
    from django.db import connection

    from config.celery import app

    if not settings.REDIS_URL or connection.vendor != "postgresql":
        pytest.skip("needs REDIS_URL and DATABASE_URL pointing at PostgreSQL")
    call_command("load_reference_data", stdout=StringIO())
    app.conf.task_always_eager = False
    yield app
    app.conf.task_always_eager = True


@pytest.fixture
def web(monkeypatch, settings):
    """Fake outbound HTTP at its one seam. Public test hosts resolve without DNS."""
    from ingest import fetch
    from tests.web import FakeWeb

    fake = FakeWeb()
    monkeypatch.setattr(fetch, "http_get", fake.http_get)
    real_address_allowed = fetch.address_allowed

    def address_allowed(host: str) -> bool:
        # Hosts under .example are documentation names (RFC 2606): treat them as public
        # without a DNS lookup; every other host is checked for real.
        if host.endswith(".example"):
            return True
        return real_address_allowed(host)

    monkeypatch.setattr(fetch, "address_allowed", address_allowed)
    return fake


class _BrokerDown:
    """Points the Celery app at a port where nothing listens, with tasks no longer eager."""

    def __init__(self):
        from config.celery import app

        self.app = app
        self.saved = (app.conf.broker_url, app.conf.task_always_eager)
        app.conf.broker_url = "redis://127.0.0.1:1/0"
        app.conf.task_always_eager = False
        self._reset_pools()

    def _reset_pools(self) -> None:
        # Connections are pooled per broker URL at first use; drop them so the URL applies.
        self.app._pool = None
        self.app.amqp._producer_pool = None

    def restore(self) -> None:
        self.app.conf.broker_url, self.app.conf.task_always_eager = self.saved
        self._reset_pools()


@pytest.fixture
def broker_down():
    down = _BrokerDown()
    yield down
    down.restore()
