from datetime import date

import pytest

from agreements.models import Stance
from agreements.vocab import EventKind, Precision, StanceKind
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def kazakhstan_facts():
    accord = factories.agreement("test-accord", kind="accord")
    treaty = factories.agreement("test-treaty")
    joining = factories.event(accord, "KZ", EventKind.ANNOUNCED_JOINING, date(2025, 11, 6))
    source = factories.article(title="كازاخستان تنضم")
    joining.evidence.create(article=source, quote="أعلنت كازاخستان انضمامها", quote_lang="ar")
    factories.event(treaty, "KZ", EventKind.RATIFIED, date(2010, 1, 1), Precision.YEAR)
    stance = Stance.objects.create(
        agreement=treaty,
        country=factories.country("KZ"),
        kind=StanceKind.CONSIDERING,
        date=date(2009, 3, 1),
        precision=Precision.MONTH,
    )
    stance.evidence.create(title="Parliament debate")
    return accord, treaty


def test_detail_has_names_in_every_language_and_counts(api, kazakhstan_facts):
    body = api.get("/api/v1/countries/KZ/").json()
    assert body["names"]["ar"] == "كازاخستان"
    assert body["names"]["ru"] == "Казахстан"
    assert {"en", "fr", "zh"} <= set(body["names"])
    assert body["events_count"] >= 2 and body["stances_count"] == 1
    assert body["timeline_url"].endswith("/api/v1/countries/KZ/timeline/")


def test_a_lower_case_code_finds_the_country(api):
    assert api.get("/api/v1/countries/kz/").json()["iso2"] == "KZ"


def test_an_unknown_country_is_a_404(api):
    response = api.get("/api/v1/countries/QQ/timeline/")
    assert response.status_code == 404
    assert response.json()["detail"] == "No country with code 'QQ'."


def test_names_follow_lang(api):
    body = api.get("/api/v1/countries/?q=KAZ&lang=ar").json()
    assert body["results"][0]["name"] == "كازاخستان"


def test_the_list_filters_by_agreement(api, kazakhstan_facts):
    body = api.get("/api/v1/countries/?agreement=test-accord").json()
    assert [c["iso2"] for c in body["results"]] == ["KZ"]


def test_timeline_has_events_and_stances_with_sources_and_quotes(api, kazakhstan_facts):
    body = api.get("/api/v1/countries/KZ/timeline/?agreement=test-accord").json()
    (entry,) = body["results"]
    assert (entry["type"], entry["kind"], entry["agreement"]["slug"]) == (
        "event",
        "announced_joining",
        "test-accord",
    )
    (from_article,) = [source for source in entry["sources"] if source["article"]]
    assert from_article["quote"] == "أعلنت كازاخستان انضمامها"
    assert from_article["article"]["title"] == "كازاخستان تنضم"


def test_timeline_filters_by_kind_and_type(api, kazakhstan_facts):
    kinds = api.get("/api/v1/countries/KZ/timeline/?agreement=test-treaty&kind=considering")
    assert [e["type"] for e in kinds.json()["results"]] == ["stance"]
    events = api.get("/api/v1/countries/KZ/timeline/?agreement=test-treaty&type=event")
    assert [e["kind"] for e in events.json()["results"]] == ["ratified"]


def test_timeline_date_range_keeps_periods_that_reach_it(api, kazakhstan_facts):
    # The ratification is known to 2010 only: a range starting mid-2010 still meets it.
    body = api.get(
        "/api/v1/countries/KZ/timeline/?agreement=test-treaty&date_from=2010-06-01"
    ).json()
    assert [(e["kind"], e["date_display"]) for e in body["results"]] == [("ratified", "2010")]
    before = api.get("/api/v1/countries/KZ/timeline/?agreement=test-treaty&date_to=2009-12-31")
    assert [e["kind"] for e in before.json()["results"]] == ["considering"]


def test_timeline_newest_first(api, kazakhstan_facts):
    body = api.get("/api/v1/countries/KZ/timeline/?agreement=test-treaty&ordering=-date").json()
    assert [e["kind"] for e in body["results"]] == ["ratified", "considering"]


def test_a_reversed_date_range_is_a_400(api):
    response = api.get("/api/v1/countries/KZ/timeline/?date_from=2020-01-01&date_to=2019-01-01")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["date_to"]


def test_an_unknown_agreement_filter_is_a_400_naming_it(api):
    response = api.get("/api/v1/countries/KZ/timeline/?agreement=nothing-like-it")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["agreement"]


def test_agreements_gives_the_status_in_each(api, kazakhstan_facts):
    body = api.get("/api/v1/countries/KZ/agreements/?as_of=2026-01-01").json()
    status = {row["agreement"]["slug"]: row for row in body["results"]}
    assert status["test-accord"]["answer"] == "possibly"
    assert status["test-treaty"]["answer"] == "certainly"
    assert status["test-treaty"]["stance"]["kind"] == "considering"
    assert body["as_of"] == "2026-01-01"


def test_agreements_mid_year_of_a_year_known_ratification_is_possibly(api, kazakhstan_facts):
    body = api.get("/api/v1/countries/KZ/agreements/?as_of=2010-07-01&answer=possibly").json()
    assert "test-treaty" in [row["agreement"]["slug"] for row in body["results"]]
