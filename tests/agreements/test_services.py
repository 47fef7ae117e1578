from datetime import date

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from agreements.models import Announcement, Evidence, ParticipationEvent, Stance
from agreements.services import (
    EDITOR_GROUP,
    announcement_accept,
    announcement_reject,
    event_merge,
)
from agreements.vocab import AgreementKind, EventKind, Precision, StanceKind
from tests import factories

pytestmark = pytest.mark.django_db


def test_thirty_reports_of_one_event_are_one_event_with_thirty_sources():
    accord = factories.agreement(kind=AgreementKind.ACCORD)
    for _ in range(30):
        claim = factories.announcement(accord, "KZ", EventKind.ANNOUNCED_JOINING, date(2025, 11, 6))
        announcement_accept(announcement=claim)
    event = ParticipationEvent.objects.get(agreement=accord)
    assert event.evidence.count() == 30
    assert Announcement.objects.filter(event=event, state="accepted").count() == 30


def test_accepting_twice_is_a_noop():
    accord = factories.agreement(kind=AgreementKind.ACCORD)
    claim = factories.announcement(accord, "KZ", EventKind.ANNOUNCED_JOINING, date(2025, 11, 6))
    announcement_accept(announcement=claim)
    announcement_accept(announcement=claim)
    assert ParticipationEvent.objects.filter(agreement=accord).count() == 1
    assert Evidence.objects.filter(event__agreement=accord).count() == 1


def test_a_background_year_claim_corroborates_the_existing_signature():
    accord = factories.agreement(kind=AgreementKind.ACCORD)
    signed = factories.event(accord, "AE", EventKind.SIGNED, date(2020, 9, 15))
    claim = factories.announcement(
        accord, "AE", EventKind.JOINED, date(2020, 1, 1), Precision.YEAR, background=True
    )
    announcement_accept(announcement=claim)
    claim.refresh_from_db()
    assert claim.event == signed
    assert signed.evidence.count() == 2
    assert ParticipationEvent.objects.filter(agreement=accord).count() == 1


def test_a_claim_with_an_incompatible_date_makes_a_new_event():
    treaty = factories.agreement()
    factories.event(treaty, "FI", EventKind.JOINED, date(2023, 4, 4))
    claim = factories.announcement(treaty, "FI", EventKind.JOINED, date(2024, 3, 7))
    announcement_accept(announcement=claim)
    assert ParticipationEvent.objects.filter(agreement=treaty).count() == 2


def test_a_stance_claim_becomes_a_stance_with_its_quote():
    accord = factories.agreement(kind=AgreementKind.ACCORD)
    claim = factories.announcement(
        accord, "SA", StanceKind.REFUSES, date(2025, 11, 7), quote="ترفض الانضمام"
    )
    announcement_accept(announcement=claim)
    stance = Stance.objects.get(agreement=accord, country__iso2="SA")
    assert stance.kind == StanceKind.REFUSES
    assert stance.evidence.get().quote == "ترفض الانضمام"
    assert not ParticipationEvent.objects.filter(agreement=accord).exists()


def test_rejecting_keeps_the_claim_with_its_reviewer():
    accord = factories.agreement(kind=AgreementKind.ACCORD)
    claim = factories.announcement(accord, "KW", EventKind.JOINED, date(2025, 11, 7))
    user = factories.user()
    announcement_reject(announcement=claim, user=user, note="Only a read-also link")
    claim.refresh_from_db()
    assert (claim.state, claim.reviewed_by, claim.review_note) == (
        "rejected",
        user,
        "Only a read-also link",
    )
    assert not ParticipationEvent.objects.filter(agreement=accord).exists()


def test_an_accepted_claim_cannot_be_rejected():
    accord = factories.agreement(kind=AgreementKind.ACCORD)
    claim = factories.announcement(accord, "KZ", EventKind.ANNOUNCED_JOINING, date(2025, 11, 6))
    announcement_accept(announcement=claim)
    with pytest.raises(ValidationError):
        announcement_reject(announcement=claim, user=None)


def test_merging_keeps_every_source_and_the_merged_row():
    treaty = factories.agreement()
    keep = factories.event(treaty, "SE", EventKind.JOINED, date(2024, 3, 7), source="NATO")
    dup = factories.event(
        treaty, "SE", EventKind.JOINED, date(2024, 3, 1), Precision.MONTH, source="A news report"
    )
    claim = factories.announcement(
        treaty, "SE", EventKind.JOINED, date(2024, 3, 1), Precision.MONTH
    )
    Announcement.objects.filter(pk=claim.pk).update(event=dup)
    event_merge(keep=keep, others=[dup])
    dup.refresh_from_db()
    assert dup.merged_into == keep
    assert sorted(keep.evidence.values_list("title", flat=True)) == ["A news report", "NATO"]
    assert Announcement.objects.get(pk=claim.pk).event == keep
    assert list(ParticipationEvent.objects.current().filter(agreement=treaty)) == [keep]
    assert keep.history.count() >= 1 and dup.history.first().merged_into_id == keep.pk


def test_events_of_different_states_cannot_be_merged():
    treaty = factories.agreement()
    a = factories.event(treaty, "SE", EventKind.JOINED, date(2024, 3, 7))
    b = factories.event(treaty, "FI", EventKind.JOINED, date(2023, 4, 4))
    with pytest.raises(ValidationError):
        event_merge(keep=a, others=[b])
    b.refresh_from_db()
    assert b.merged_into is None


def test_the_editor_group_has_exactly_the_curation_permissions():
    perms = set(Group.objects.get(name=EDITOR_GROUP).permissions.values_list("codename", flat=True))
    assert {
        "change_announcement",
        "add_participationevent",
        "change_participationevent",
        "add_stance",
        "change_agreement",
        "add_feed",
    } <= perms
    assert not {p for p in perms if p.startswith("delete_")}
    assert "add_announcement" not in perms
    assert "change_user" not in perms


def test_a_background_recall_a_year_off_still_corroborates_a_known_consent():
    accord = factories.agreement(kind=AgreementKind.ACCORD)
    signed = factories.event(accord, "SD", EventKind.SIGNED, date(2021, 1, 6))
    claim = factories.announcement(
        accord, "SD", EventKind.JOINED, date(2020, 1, 1), Precision.YEAR, background=True
    )
    announcement_accept(announcement=claim)
    claim.refresh_from_db()
    assert claim.event == signed


def test_a_recall_far_from_the_known_date_is_a_separate_claim():
    accord = factories.agreement(kind=AgreementKind.ACCORD)
    factories.event(accord, "SD", EventKind.SIGNED, date(2021, 1, 6))
    claim = factories.announcement(
        accord, "SD", EventKind.JOINED, date(2017, 1, 1), Precision.YEAR, background=True
    )
    announcement_accept(announcement=claim)
    claim.refresh_from_db()
    assert claim.event.date == date(2017, 1, 1)
    assert ParticipationEvent.objects.filter(agreement=accord).count() == 2
