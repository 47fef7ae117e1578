"""The review queue and curation in the admin, as an editor uses them."""

from datetime import date

import pytest
from django.urls import reverse

from agreements.models import Announcement, ParticipationEvent
from agreements.vocab import AgreementKind, EventKind, Precision, StanceKind
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(factories.user(editor=True))
    return client


@pytest.fixture
def accord():
    return factories.agreement(kind=AgreementKind.ACCORD)


def test_the_queue_opens_on_pending_claims_with_quote_source_and_confidence(editor_client, accord):
    source = factories.article(url="https://news.example/kz", outlet="ANI")
    factories.announcement(
        accord,
        "KZ",
        EventKind.ANNOUNCED_JOINING,
        date(2025, 11, 6),
        source=source,
        quote="أعلنت كازاخستان انضمامها",
        confidence=0.93,
    )
    done = factories.announcement(accord, "AE", EventKind.SIGNED, date(2020, 9, 15))
    Announcement.objects.filter(pk=done.pk).update(state="rejected")
    response = editor_client.get(reverse("admin:agreements_announcement_changelist"))
    assert response.status_code == 200
    page = response.content.decode()
    assert '<blockquote dir="auto" class="concord-quote">أعلنت كازاخستان انضمامها' in page
    assert 'href="https://news.example/kz"' in page
    assert "0.93" in page
    assert "1 announcement" in page  # the rejected one is not in the pending queue


def test_bulk_accept_turns_claims_into_events(editor_client, accord):
    claims = [
        factories.announcement(accord, iso2, EventKind.SIGNED, date(2020, 9, 15))
        for iso2 in ["AE", "BH"]
    ]
    response = editor_client.post(
        reverse("admin:agreements_announcement_changelist"),
        {"action": "accept_selected", "_selected_action": [c.pk for c in claims]},
    )
    assert response.status_code == 302
    assert ParticipationEvent.objects.filter(agreement=accord).count() == 2
    assert set(
        Announcement.objects.filter(pk__in=[c.pk for c in claims]).values_list("state", flat=True)
    ) == {"accepted"}


def test_bulk_reject_keeps_the_rows(editor_client, accord):
    claim = factories.announcement(accord, "KW", EventKind.JOINED, date(2025, 11, 7))
    editor_client.post(
        reverse("admin:agreements_announcement_changelist"),
        {"action": "reject_selected", "_selected_action": [claim.pk]},
    )
    claim.refresh_from_db()
    assert claim.state == "rejected" and claim.reviewed_by is not None
    assert not ParticipationEvent.objects.filter(agreement=accord).exists()


def test_an_editor_corrects_the_date_then_accepts(editor_client, accord):
    claim = factories.announcement(
        accord, "KZ", EventKind.ANNOUNCED_JOINING, date(2025, 11, 7), derivation="inferred"
    )
    url = reverse("admin:agreements_announcement_change", args=[claim.pk])
    page = editor_client.get(url).content.decode()
    assert 'name="_accept"' in page and 'name="_reject"' in page
    response = editor_client.post(
        url,
        {
            "quote": claim.quote,
            "country": claim.country_id,
            "agreement": accord.pk,
            "kind": EventKind.ANNOUNCED_JOINING,
            "date": "2025-11-06",
            "precision": Precision.DAY,
            "derivation": "relative",
            "confidence": "0.9",
            "review_note": "Thursday before",
            "_accept": "Accept",
        },
    )
    assert response.status_code == 302
    event = ParticipationEvent.objects.get(agreement=accord)
    assert (event.date, event.derivation) == (date(2025, 11, 6), "relative")
    claim.refresh_from_db()
    assert claim.state == "accepted" and claim.review_note == "Thursday before"


def test_the_reject_button_rejects(editor_client, accord):
    claim = factories.announcement(accord, "SA", StanceKind.REFUSES, date(2025, 11, 7))
    url = reverse("admin:agreements_announcement_change", args=[claim.pk])
    editor_client.post(
        url,
        {
            "quote": claim.quote,
            "country": claim.country_id,
            "agreement": accord.pk,
            "kind": StanceKind.REFUSES,
            "date": "2025-11-07",
            "precision": Precision.DAY,
            "derivation": "stated",
            "confidence": "0.8",
            "review_note": "",
            "_reject": "Reject",
        },
    )
    claim.refresh_from_db()
    assert claim.state == "rejected"


def test_editors_cannot_delete_claims(editor_client, accord):
    claim = factories.announcement(accord, "KW", EventKind.JOINED, date(2025, 11, 7))
    response = editor_client.get(reverse("admin:agreements_announcement_delete", args=[claim.pk]))
    assert response.status_code == 403


def test_merge_action_folds_duplicates_into_the_most_precise(editor_client):
    treaty = factories.agreement()
    year = factories.event(
        treaty, "SE", EventKind.JOINED, date(2024, 1, 1), Precision.YEAR, source="A news report"
    )
    day = factories.event(treaty, "SE", EventKind.JOINED, date(2024, 3, 7), source="NATO")
    response = editor_client.post(
        reverse("admin:agreements_participationevent_changelist"),
        {"action": "merge_events", "_selected_action": [year.pk, day.pk]},
    )
    assert response.status_code == 302
    year.refresh_from_db()
    assert year.merged_into == day
    assert day.evidence.count() == 2


def test_an_edited_event_keeps_its_history_and_can_be_reverted(editor_client):
    treaty = factories.agreement()
    event = factories.event(treaty, "SE", EventKind.JOINED, date(2024, 3, 7))
    event.date = date(2024, 3, 8)
    event.save()
    first = event.history.earliest()
    assert first.date == date(2024, 3, 7)
    first.instance.save()  # what the admin's "revert to this version" does
    event.refresh_from_db()
    assert event.date == date(2024, 3, 7)
    assert event.history.count() == 3
    response = editor_client.get(
        reverse("admin:agreements_participationevent_history", args=[event.pk])
    )
    assert response.status_code == 200


@pytest.mark.parametrize(
    "name",
    ["country", "agreement", "participationevent", "stance", "announcement", "sourcearticle"],
)
def test_every_admin_list_opens_for_an_editor(editor_client, name):
    response = editor_client.get(reverse(f"admin:agreements_{name}_changelist"))
    assert response.status_code == 200


def test_the_country_list_shows_arabic_names(editor_client):
    page = editor_client.get(
        reverse("admin:agreements_country_changelist") + "?q=Kazakhstan"
    ).content.decode()
    assert '<span dir="rtl" lang="ar">كازاخستان</span>' in page


def test_the_admin_front_page_says_how_much_awaits_review(editor_client, accord):
    factories.announcement(accord, "KZ", EventKind.ANNOUNCED_JOINING, date(2025, 11, 6))
    factories.announcement(accord, "SA", StanceKind.REFUSES, date(2025, 11, 7))
    page = editor_client.get(reverse("admin:index")).content.decode()
    assert "<strong>2</strong> announcements waiting for review" in page
    assert "disagreements between sources to settle" in page


def test_the_admin_loads_its_own_stylesheet_for_quotes(editor_client):
    page = editor_client.get(reverse("admin:index")).content.decode()
    assert "css/admin.css" in page
