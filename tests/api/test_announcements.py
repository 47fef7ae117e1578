"""The review queue: editors accept, reject and correct claims through the API."""

from datetime import date

import pytest

from agreements.models import Announcement, ParticipationEvent
from agreements.vocab import AgreementKind, EventKind
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim():
    accord = factories.agreement(kind=AgreementKind.ACCORD)
    return factories.announcement(
        accord, "KZ", EventKind.ANNOUNCED_JOINING, date(2025, 11, 7), quote="أعلنت كازاخستان"
    )


def test_the_queue_lists_pending_claims_with_their_quote(api, claim):
    factories.announcement(
        claim.agreement, "UZ", EventKind.JOINED, date(2025, 1, 1), state="rejected"
    )
    body = api.get("/api/v1/announcements/?state=pending").json()
    assert [(row["id"], row["quote"]) for row in body["results"]] == [(claim.pk, "أعلنت كازاخستان")]


def test_an_editor_accepts_a_claim_into_an_event(editor_api, editor, claim):
    response = editor_api.post(f"/api/v1/announcements/{claim.pk}/accept/", {}, format="json")
    assert response.status_code == 200
    assert (response.json()["state"], response.json()["reviewed_by"]) == (
        "accepted",
        editor.username,
    )
    event = ParticipationEvent.objects.get(pk=response.json()["event"])
    assert event.evidence.get().quote == "أعلنت كازاخستان"


def test_an_editor_rejects_a_claim_with_a_note(editor_api, claim):
    response = editor_api.post(
        f"/api/v1/announcements/{claim.pk}/reject/", {"note": "A read-also link"}, format="json"
    )
    assert response.status_code == 200
    claim.refresh_from_db()
    assert (claim.state, claim.review_note) == ("rejected", "A read-also link")


def test_an_accepted_claim_cannot_be_rejected(editor_api, claim):
    editor_api.post(f"/api/v1/announcements/{claim.pk}/accept/", {}, format="json")
    response = editor_api.post(f"/api/v1/announcements/{claim.pk}/reject/", {}, format="json")
    assert response.status_code == 400
    assert "cannot be rejected" in response.json()["detail"]


def test_an_editor_corrects_the_date_before_accepting(editor_api, claim):
    response = editor_api.patch(
        f"/api/v1/announcements/{claim.pk}/",
        {"date": "2025-11-06", "country": "kz"},
        format="json",
    )
    assert response.status_code == 200, response.json()
    assert response.json()["date"] == "2025-11-06"
    editor_api.post(f"/api/v1/announcements/{claim.pk}/accept/", {}, format="json")
    assert ParticipationEvent.objects.get(agreement=claim.agreement).date == date(2025, 11, 6)


def test_a_reviewed_claim_cannot_be_edited(editor_api, claim):
    Announcement.objects.filter(pk=claim.pk).update(state="rejected")
    response = editor_api.patch(f"/api/v1/announcements/{claim.pk}/", {"quote": "x"}, format="json")
    assert response.status_code == 400


def test_anonymous_review_is_refused(api, claim):
    assert (
        api.post(f"/api/v1/announcements/{claim.pk}/accept/", {}, format="json").status_code == 401
    )
    claim.refresh_from_db()
    assert claim.state == "pending"
