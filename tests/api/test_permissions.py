from datetime import date

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from agreements.models import ParticipationEvent
from agreements.vocab import AgreementKind, EventKind
from tests import factories

pytestmark = pytest.mark.django_db

NEW_EVENT = {
    "agreement": "abraham-accords",
    "country": "KZ",
    "kind": "announced_joining",
    "date": "2025-11-06",
    "sources": [{"title": "Joint statement", "url": "https://example.org/statement"}],
}


def test_reading_is_public(api):
    assert api.get("/api/v1/countries/KZ/").status_code == 200
    assert api.get("/api/v1/events/").status_code == 200


def test_anonymous_write_is_refused(api):
    response = api.post("/api/v1/events/", NEW_EVENT, format="json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json()["code"] == "not_authenticated"
    assert not ParticipationEvent.objects.filter(country__iso2="KZ", kind="announced_joining")


def test_a_user_outside_the_editor_group_is_refused(api):
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=factories.user()).key}")
    response = api.post("/api/v1/events/", NEW_EVENT, format="json")
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"


def test_editor_write_is_accepted(editor_api):
    response = editor_api.post("/api/v1/events/", NEW_EVENT, format="json")
    assert response.status_code == 201, response.json()
    event = ParticipationEvent.objects.get(pk=response.json()["id"])
    assert (event.country.iso2, event.kind) == ("KZ", "announced_joining")
    assert event.evidence.get().title == "Joint statement"
    assert response["Location"].endswith(f"/api/v1/events/{event.pk}/")


def test_an_editor_session_can_write_too(editor):
    client = APIClient(enforce_csrf_checks=False)
    client.force_login(editor)
    response = client.post("/api/v1/events/", NEW_EVENT, format="json")
    assert response.status_code == 201


def test_feeds_are_for_editors_only_even_to_read(api, editor_api):
    assert api.get("/api/v1/feeds/").status_code == 401
    assert editor_api.get("/api/v1/feeds/").status_code == 200
    created = editor_api.post(
        "/api/v1/feeds/", {"url": "https://news.example/rss", "language": "ar"}, format="json"
    )
    assert created.status_code == 201
    assert created.json()["active"] is True


def test_a_token_is_given_for_a_username_and_password(api, editor, editor_token):
    response = api.post(
        "/api/v1/auth/token/",
        {"username": editor.username, "password": "x-test-password-x"},
        format="json",
    )
    assert response.status_code == 200
    assert response.json() == {"token": editor_token}


def test_a_wrong_password_gets_no_token(api, editor):
    response = api.post(
        "/api/v1/auth/token/", {"username": editor.username, "password": "nope"}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"


def test_an_editor_corrects_an_event(editor_api):
    treaty = factories.agreement()
    event = factories.event(treaty, "MA", EventKind.ACCEDED, date(2020, 5, 17))
    response = editor_api.patch(
        f"/api/v1/events/{event.pk}/", {"date": "2020-05-17", "precision": "year"}, format="json"
    )
    assert response.status_code == 200
    assert (response.json()["date"], response.json()["date_display"]) == ("2020-01-01", "2020")


def test_recording_the_same_event_twice_is_a_400_not_a_500(editor_api):
    accord = factories.agreement(kind=AgreementKind.ACCORD)
    body = {**NEW_EVENT, "agreement": accord.slug}
    assert editor_api.post("/api/v1/events/", body, format="json").status_code == 201
    again = editor_api.post("/api/v1/events/", body, format="json")
    assert again.status_code == 400
    assert "already recorded" in again.json()["detail"]


def test_an_event_without_a_source_is_refused(editor_api):
    response = editor_api.post("/api/v1/events/", {**NEW_EVENT, "sources": []}, format="json")
    assert response.status_code == 400
    assert "sources" in response.json()["errors"]


def test_an_editor_merges_duplicate_events(editor_api):
    treaty = factories.agreement()
    keep = factories.event(treaty, "SE", EventKind.JOINED, date(2024, 3, 7), source="NATO")
    duplicate = factories.event(treaty, "SE", EventKind.JOINED, date(2024, 3, 1), "month")
    response = editor_api.post(
        f"/api/v1/events/{keep.pk}/merge/", {"others": [duplicate.pk]}, format="json"
    )
    assert response.status_code == 200
    assert len(response.json()["sources"]) == 2
    duplicate.refresh_from_db()
    assert duplicate.merged_into == keep
