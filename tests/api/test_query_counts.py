"""Every list and timeline runs a fixed number of queries, however much there is to show.

Each endpoint is asked once over a little data and once over ten times more; both answers
must stay within the pinned count.
"""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from agreements.models import Agreement, Stance
from agreements.vocab import AgreementKind, EventKind, StanceKind
from ingest.models import Feed
from tests import factories

pytestmark = pytest.mark.django_db

STATES = ["FR", "DE", "KZ", "MA", "SD", "AE", "BH", "IL", "SE", "FI"]


def grow(size: int) -> None:
    """`size` agreements, each with events, stances, articles, sources and claims, and as many
    more states on the timeline of one shared agreement."""
    shared, _ = Agreement.objects.get_or_create(
        slug="grown-shared", defaults={"kind": AgreementKind.TREATY, "name_en": "Shared"}
    )
    for n in range(size):
        accord = factories.agreement(f"grown-{size}-{n}", kind=AgreementKind.ACCORD)
        article = factories.article(
            title=f"اتفاقات إبراهيم {size}-{n}", text="الاتفاقات الإبراهيمية"
        )
        for iso2 in STATES[: 2 + n % 8]:
            event = factories.event(
                accord, iso2, EventKind.SIGNED, date(2020, 1 + n % 12, 1), "month"
            )
            event.evidence.create(article=article, quote="نص", quote_lang="ar")
        stance = Stance.objects.create(
            agreement=accord,
            country=factories.country("KZ"),
            kind=StanceKind.CONSIDERING,
            date=date(2019, 1, 1),
        )
        stance.evidence.create(article=article, quote="نص")
        factories.announcement(accord, "KZ", EventKind.JOINED, date(2021, 1, 1), source=article)
        Feed.objects.create(url=f"https://news.example/{size}/{n}.rss", title=f"feed {n}")
        iso2 = STATES[n % len(STATES)]
        on = date(2000 + size, 1 + n, 1)
        factories.event(shared, iso2, EventKind.RATIFIED, on, "month").evidence.create(
            article=article, quote="نص"
        )
        stance = Stance.objects.create(
            agreement=shared, country=factories.country(iso2), kind=StanceKind.REFUSES, date=on
        )
        stance.evidence.create(article=article, quote="نص")


ENDPOINTS = {
    # path: queries pinned (anonymous unless the path is for editors)
    "/api/v1/countries/": 2,
    "/api/v1/countries/KZ/timeline/": 6,
    "/api/v1/countries/KZ/agreements/": 5,
    "/api/v1/agreements/": 3,
    "/api/v1/agreements/?parties_min=1&parties_max=500": 3,
    "/api/v1/agreements/grown-shared/participants/?as_of=2011-06-01": 3,
    "/api/v1/agreements/grown-shared/timeline/": 6,
    "/api/v1/events/?page_size=500": 4,
    "/api/v1/stances/?page_size=500": 3,
    "/api/v1/announcements/?page_size=500": 2,
    "/api/v1/articles/?page_size=500": 2,
    "/api/v1/articles/?q=اتفاقات إبراهيم&page_size=500": 3,  # PostgreSQL: full text, then trigrams
    "/api/v1/feeds/?page_size=500": 2 + 2,  # and the token and the editor check
}


def queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200, (path, response.content[:300])
    return len(context)


@pytest.mark.parametrize("path", ENDPOINTS)
def test_query_count_does_not_grow_with_the_data(
    path, api, editor_api, django_assert_max_num_queries
):
    client = editor_api if "/feeds/" in path else api
    grow(1)
    small = queries(client, path)
    grow(10)
    with django_assert_max_num_queries(ENDPOINTS[path]):
        large = client.get(path)
    assert large.status_code == 200
    assert small <= ENDPOINTS[path]
