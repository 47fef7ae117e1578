"""The home page's figures: counted once, kept, and counted again when facts change."""

from datetime import date

import pytest
from django.core.cache import cache

from agreements import counts
from tests import factories

pytestmark = pytest.mark.django_db


def figures(client) -> str:
    html = client.get("/en/").content.decode()
    return html.split('class="counts"')[1].split("</section>")[0]


def test_in_process_the_figures_follow_every_change(client):
    before = counts.knowledge_counts_current()
    factories.event(factories.agreement(), "KZ", "signed", date(2024, 1, 2))
    after = counts.knowledge_counts_current()
    assert after["events"] == before["events"] + 1
    assert after["agreements"] == before["agreements"] + 1
    shown = figures(client)
    assert f"<dd>{after['events']}</dd>" in shown


def test_with_the_broker_down_the_last_figures_are_shown_and_nothing_fails(client, broker_down):
    before = counts.knowledge_counts_current()
    factories.event(factories.agreement(), "KZ", "signed", date(2024, 1, 2))
    assert client.get("/en/").status_code == 200
    assert counts.knowledge_counts_current() == before  # not recounted: no worker to ask
    assert cache.get(counts.RECOUNTING) is None  # the next request may ask again


@pytest.mark.broker
def test_a_worker_is_asked_to_recount_at_most_once_a_minute(real_broker):
    """Through the real broker, with no worker: the recount requests wait in Redis."""

    def waiting() -> int:
        with real_broker.connection_for_write() as conn:
            return conn.default_channel.client.llen("celery")

    real_broker.control.purge()
    counts.knowledge_counts_current()  # first figures, counted in the request
    factories.event(factories.agreement(), "KZ", "signed", date(2024, 1, 2))
    counts.knowledge_counts_current()
    assert waiting() == 0  # counted less than a minute ago
    stored = cache.get(counts.KEY)
    cache.set(counts.KEY, {**stored, "at": stored["at"] - 61}, timeout=None)
    for _ in range(3):
        counts.knowledge_counts_current()
    assert waiting() == 1  # one recount asked for, not one per request
    real_broker.control.purge()
