"""`agreements/{slug}/participants/?as_of=`: certainly / possibly / not, around precision edges."""

from datetime import date

import pytest

from agreements.vocab import AgreementKind, EventKind, Precision
from tests import factories

pytestmark = pytest.mark.django_db


def answers(api, slug: str, as_of: str) -> dict[str, str]:
    response = api.get(f"/api/v1/agreements/{slug}/participants/", {"as_of": as_of})
    assert response.status_code == 200, response.json()
    assert response.json()["as_of"] == as_of
    return {row["country"]["iso2"]: row["answer"] for row in response.json()["results"]}


@pytest.fixture
def treaty_with_accession_known_to_the_year():
    treaty = factories.agreement()
    factories.event(treaty, "MA", EventKind.ACCEDED, date(2020, 1, 1), Precision.YEAR)
    return treaty


def test_as_of_mid_year_is_possibly(api, treaty_with_accession_known_to_the_year):
    assert answers(api, treaty_with_accession_known_to_the_year.slug, "2020-06-30") == {
        "MA": "possibly"
    }


def test_as_of_the_last_day_of_that_year_is_certainly(api, treaty_with_accession_known_to_the_year):
    assert answers(api, treaty_with_accession_known_to_the_year.slug, "2020-12-31") == {
        "MA": "certainly"
    }


def test_as_of_the_day_before_that_year_is_not(api, treaty_with_accession_known_to_the_year):
    assert answers(api, treaty_with_accession_known_to_the_year.slug, "2019-12-31") == {"MA": "not"}


def test_as_of_inside_a_month_known_accession_is_possibly_until_its_last_day(api):
    treaty = factories.agreement()
    factories.event(treaty, "SD", EventKind.ACCEDED, date(2021, 1, 1), Precision.MONTH)
    assert answers(api, treaty.slug, "2021-01-30") == {"SD": "possibly"}
    assert answers(api, treaty.slug, "2021-01-31") == {"SD": "certainly"}


def test_an_announced_joining_is_possibly(api):
    accord = factories.agreement(kind=AgreementKind.ACCORD)
    factories.event(accord, "KZ", EventKind.ANNOUNCED_JOINING, date(2025, 11, 6))
    assert answers(api, accord.slug, "2025-11-05") == {"KZ": "not"}
    assert answers(api, accord.slug, "2025-11-06") == {"KZ": "possibly"}


def test_the_answer_carries_the_deciding_events_with_their_sources(api):
    treaty = factories.agreement()
    factories.event(treaty, "FR", EventKind.SIGNED, date(2016, 4, 22))
    ratified = factories.event(
        treaty, "FR", EventKind.RATIFIED, date(2016, 10, 5), source="Depositary notification"
    )
    response = api.get(f"/api/v1/agreements/{treaty.slug}/participants/?as_of=2017-01-01")
    (row,) = response.json()["results"]
    assert row["answer"] == "certainly"
    assert [event["id"] for event in row["events"]] == [ratified.pk]
    assert row["events"][0]["sources"][0]["title"] == "Depositary notification"


def test_abraham_accords_parties_on_2021_06_01(api):
    certainly = {
        iso2
        for iso2, answer in answers(api, "abraham-accords", "2021-06-01").items()
        if answer == "certainly"
    }
    assert certainly == {"IL", "AE", "BH", "MA", "SD"}


def test_answers_can_be_filtered(api, treaty_with_accession_known_to_the_year):
    treaty = treaty_with_accession_known_to_the_year
    factories.event(treaty, "FR", EventKind.RATIFIED, date(2016, 10, 5))
    url = f"/api/v1/agreements/{treaty.slug}/participants/?as_of=2020-06-01&answer=certainly"
    assert [row["country"]["iso2"] for row in api.get(url).json()["results"]] == ["FR"]


def test_as_of_defaults_to_today(api, treaty_with_accession_known_to_the_year):
    response = api.get(
        f"/api/v1/agreements/{treaty_with_accession_known_to_the_year.slug}/participants/"
    )
    assert response.json()["as_of"] == date.today().isoformat()
    assert response.json()["results"][0]["answer"] == "certainly"


@pytest.mark.parametrize("as_of", ["2021-13-01", "yesterday", "2021-6-1", "01/06/2021"])
def test_a_malformed_as_of_is_a_400_naming_it(api, as_of):
    response = api.get("/api/v1/agreements/abraham-accords/participants/", {"as_of": as_of})
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["as_of"]
    assert "as_of" in response.json()["detail"]


def test_an_unknown_agreement_is_a_404(api):
    response = api.get("/api/v1/agreements/no-such-accord/participants/?as_of=2021-06-01")
    assert response.status_code == 404
    assert response.json() == {
        "detail": "No agreement with slug 'no-such-accord'.",
        "code": "not_found",
    }


def test_a_deciding_event_brings_its_first_sources_and_how_many_it_has(api):
    treaty = factories.agreement()
    event = factories.event(treaty, "SE", EventKind.JOINED, date(2024, 3, 7), source="Depositary")
    for n in range(11):
        event.evidence.create(title=f"Report {n}")
    se = api.get("/api/v1/countries/SE/agreements/", {"as_of": "2024-06-01"}).json()
    row = api.get(f"/api/v1/agreements/{treaty.slug}/participants/", {"as_of": "2024-06-01"})
    [mine] = [r for r in se["results"] if r["agreement"]["slug"] == treaty.slug]
    for deciding in (row.json()["results"][0]["events"][0], mine["events"][0]):
        assert deciding["sources_count"] == 12
        assert [s["title"] for s in deciding["sources"]] == ["Depositary", "Report 0", "Report 1"]
