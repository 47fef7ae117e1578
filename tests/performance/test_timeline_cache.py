"""Cached timelines change on the very next request after what they show changes."""

from datetime import date

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from agreements.services import announcement_accept
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor():
    return factories.user(editor=True)


def timeline(agreement) -> str:
    """Kazakhstan's timeline in one agreement (the catalogue has other Kazakh facts)."""
    return f"/api/v1/countries/KZ/timeline/?agreement={agreement.slug}"


def timeline_kinds(client, agreement) -> list[str]:
    response = client.get(timeline(agreement))
    assert response.status_code == 200
    return [row["kind"] for row in response.json()["results"]]


def test_accepting_an_announcement_changes_the_cached_api_timeline(editor):
    agreement = factories.agreement()
    factories.event(agreement, "KZ", "signed", date(2020, 5, 1))
    claim = factories.announcement(agreement, "KZ", "ratified", date(2025, 11, 6))
    api = APIClient()
    assert timeline_kinds(api, agreement) == ["signed"]
    assert timeline_kinds(api, agreement) == ["signed"]  # now answered from the cache

    announcement_accept(announcement=claim, user=editor)

    assert timeline_kinds(api, agreement) == ["signed", "ratified"]


def test_accepting_an_announcement_changes_the_cached_country_page(client, editor):
    agreement = factories.agreement()
    factories.event(agreement, "KZ", "signed", date(2020, 5, 1))
    claim = factories.announcement(
        agreement, "KZ", "ratified", date(2025, 11, 6), quote="Kazakhstan ratified it."
    )
    assert "Kazakhstan ratified it." not in client.get("/en/countries/KZ/").text
    client.get("/en/countries/KZ/")  # cached

    announcement_accept(announcement=claim, user=editor)

    assert "Kazakhstan ratified it." in client.get("/en/countries/KZ/").text


def test_a_new_source_on_an_existing_event_shows_at_once(editor):
    agreement = factories.agreement()
    factories.event(agreement, "KZ", "signed", date(2020, 5, 1))
    claim = factories.announcement(agreement, "KZ", "signed", date(2020, 5, 1))
    api = APIClient()
    before = api.get(timeline(agreement)).json()["results"][0]["sources"]

    announcement_accept(announcement=claim, user=editor)

    after = api.get(timeline(agreement)).json()["results"][0]["sources"]
    assert len(after) == len(before) + 1


def test_renaming_an_agreement_shows_on_every_cached_timeline():
    agreement = factories.agreement()
    factories.event(agreement, "KZ", "signed", date(2020, 5, 1))
    api = APIClient()
    api.get(timeline(agreement))

    agreement.names = {**agreement.names, "en": "A new name"}
    agreement.save()

    row = api.get(timeline(agreement)).json()["results"][0]
    assert row["agreement"]["name"] == "A new name"


def test_another_countrys_change_keeps_this_timeline_cached(django_assert_max_num_queries):
    agreement = factories.agreement()
    factories.event(agreement, "KZ", "signed", date(2020, 5, 1))
    api = APIClient()
    api.get(timeline(agreement))

    factories.event(agreement, "UZ", "signed", date(2021, 5, 1))

    with django_assert_max_num_queries(0):  # the timeline and the country's id are remembered
        assert api.get(timeline(agreement)).status_code == 200


def test_the_home_page_counts_change_with_the_facts():
    agreement = factories.agreement()
    api = APIClient()
    first = api.get("/en/").content
    factories.event(agreement, "KZ", "signed", date(2020, 5, 1))
    assert api.get("/en/").content != first


def test_who_is_party_is_cached_until_any_fact_changes(django_assert_max_num_queries):
    agreement = factories.agreement()
    factories.event(agreement, "KZ", "signed", date(2020, 5, 1))
    api = APIClient()
    path = f"/api/v1/agreements/{agreement.slug}/participants/?as_of=2021-01-01"
    first = api.get(path).json()
    with django_assert_max_num_queries(1):  # the agreement; the answer comes from the cache
        assert api.get(path).json() == first

    factories.event(agreement, "UZ", "ratified", date(2020, 6, 1))

    answered = {row["country"]["iso2"] for row in api.get(path).json()["results"]}
    assert answered == {"KZ", "UZ"}
    other_day = api.get(path.replace("2021-01-01", "2019-01-01")).json()
    assert other_day["as_of"] == "2019-01-01"
