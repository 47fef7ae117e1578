from datetime import date

import pytest

from agreements.vocab import AgreementKind, EventKind
from tests import factories

pytestmark = pytest.mark.django_db


def slugs(response) -> list[str]:
    assert response.status_code == 200, response.json()
    return [row["slug"] for row in response.json()["results"]]


def test_the_list_filters_by_kind(api):
    kinds = {row["kind"] for row in api.get("/api/v1/agreements/?kind=accord").json()["results"]}
    assert kinds == {"accord"}


def test_the_list_filters_by_membership_count(api):
    small = factories.agreement("two-parties")
    factories.event(small, "FR", EventKind.RATIFIED, date(2000, 1, 5))
    factories.event(small, "DE", EventKind.RATIFIED, date(2000, 1, 6))
    assert "two-parties" in slugs(api.get("/api/v1/agreements/?parties_min=2&parties_max=2"))
    assert "two-parties" not in slugs(api.get("/api/v1/agreements/?parties_min=3"))
    assert "two-parties" not in slugs(api.get("/api/v1/agreements/?parties_max=1"))


def test_membership_counts_follow_as_of(api):
    treaty = factories.agreement("late-treaty")
    factories.event(treaty, "FR", EventKind.RATIFIED, date(2020, 1, 5))
    rows = api.get("/api/v1/agreements/?q=late-treaty&as_of=2019-01-01").json()["results"]
    assert rows[0]["parties_count"] == 0
    rows = api.get("/api/v1/agreements/?q=late-treaty&as_of=2021-01-01").json()["results"]
    assert rows[0]["parties_count"] == 1


def test_the_list_finds_an_agreement_by_alias(api):
    factories.agreement("aliased").aliases.create(lang="ar", text="اتفاق تجريبي")
    assert slugs(api.get("/api/v1/agreements/", {"q": "اتفاق تجريبي"})) == ["aliased"]


def test_detail_has_names_descriptions_and_links(api):
    body = api.get("/api/v1/agreements/abraham-accords/?lang=ar").json()
    assert body["kind"] == AgreementKind.ACCORD
    assert body["name"] == body["names"]["ar"]
    assert body["participants_url"].endswith("/abraham-accords/participants/")
    assert body["parties_count"] >= 5


def test_an_unknown_slug_is_a_404(api):
    assert api.get("/api/v1/agreements/no-such-thing/").status_code == 404
    assert api.get("/api/v1/agreements/no-such-thing/timeline/").status_code == 404


def test_timeline_lists_every_state_oldest_first(api):
    treaty = factories.agreement()
    factories.event(treaty, "SE", EventKind.JOINED, date(2024, 3, 7))
    factories.event(treaty, "FI", EventKind.JOINED, date(2023, 4, 4))
    body = api.get(f"/api/v1/agreements/{treaty.slug}/timeline/").json()
    assert [e["country"]["iso2"] for e in body["results"]] == ["FI", "SE"]
    only_se = api.get(f"/api/v1/agreements/{treaty.slug}/timeline/?country=se").json()
    assert [e["country"]["iso2"] for e in only_se["results"]] == ["SE"]


def test_an_unknown_country_filter_is_a_400_naming_it(api):
    response = api.get("/api/v1/events/?country=QQ")
    assert response.status_code == 400
    assert response.json()["errors"] == {"country": ["Unknown country code QQ."]}


def test_detail_names_the_state_an_initiative_belongs_to(api):
    assert api.get("/api/v1/agreements/belt-and-road-initiative/").json()["counterpart"] == "CN"
    assert api.get("/api/v1/agreements/nato/").json()["counterpart"] is None
