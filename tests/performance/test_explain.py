"""The hot paths' queries can all be answered from indexes (PostgreSQL only).

A few thousand synthetic rows are too few for the planner to prefer an index, so sequential
scans are disabled for the session: any plan that still scans a large table whole has no
index to use, and would read every row of a million-event database on each request.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

# Outside a test transaction: generating the data builds indexes, which PostgreSQL refuses
# inside a transaction that still has deferred constraint checks pending.
pytestmark = pytest.mark.django_db(transaction=True)

# Small tables (states, agreements, datasets) may be read whole; these may not.
LARGE_TABLES = {
    "agreements_participationevent",
    "agreements_stance",
    "agreements_evidence",
    "agreements_sourcearticle",
    "agreements_announcement",
}


@pytest.fixture
def synthetic():
    if connection.vendor != "postgresql":
        pytest.skip("EXPLAIN plans are checked on PostgreSQL (DATABASE_URL)")
    call_command("load_reference_data", stdout=StringIO())  # a flushed database is empty
    call_command(
        "generate_synthetic",
        events=4000,
        articles=3000,
        agreements=200,
        stdout=StringIO(),
    )


def sequential_scans(plan: dict) -> list[str]:
    found = []
    if plan.get("Node Type") == "Seq Scan" and plan.get("Relation Name") in LARGE_TABLES:
        found.append(plan["Relation Name"])
    for child in plan.get("Plans", []):
        found += sequential_scans(child)
    return found


def scans_of(path: str) -> dict[str, list[str]]:
    client = Client()
    client.get(path)  # the first request fills caches; the second is the steady state
    from django.core.cache import cache

    cache.clear()  # every query of the page runs, none is answered from the cache
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    problems = {}
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        try:
            for query in captured.captured_queries:
                sql = query["sql"]
                if not sql.lstrip().upper().startswith("SELECT"):
                    continue
                cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}")
                plan = cursor.fetchone()[0][0]["Plan"]
                if scans := sequential_scans(plan):
                    problems[sql[:300]] = scans
        finally:
            cursor.execute("SET enable_seqscan = on")
    return problems


def busiest_country() -> str:
    from django.db.models import Count

    from agreements.models import Country

    return Country.objects.annotate(n=Count("events")).order_by("-n").first().iso2


def busiest_agreement() -> str:
    from django.db.models import Count

    from agreements.models import Agreement

    return Agreement.objects.annotate(n=Count("events")).order_by("-n").first().slug


def test_the_country_timeline_api_reads_no_table_whole(synthetic):
    assert scans_of(f"/api/v1/countries/{busiest_country()}/timeline/") == {}


def test_the_country_page_reads_no_table_whole(synthetic):
    assert scans_of(f"/en/countries/{busiest_country()}/") == {}


def test_participants_as_of_reads_no_table_whole(synthetic):
    path = f"/api/v1/agreements/{busiest_agreement()}/participants/?as_of=2015-06-01"
    assert scans_of(path) == {}


def test_arabic_search_reads_no_table_whole(synthetic):
    assert scans_of("/api/v1/articles/?q=اتفاقية مصايد الأسماك") == {}


def test_the_home_page_reads_no_table_whole(synthetic):
    assert scans_of("/en/") == {}
