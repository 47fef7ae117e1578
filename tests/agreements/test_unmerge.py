"""A merge is undone from history: the merged event stands again with what it had."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from agreements.models import Announcement, Evidence, ParticipationEvent
from agreements.services import event_merge, event_unmerge
from agreements.vocab import EventKind, Precision
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def merged():
    """Sweden's NATO accession recorded twice, then merged: the month into the day."""
    treaty = factories.agreement()
    keep = factories.event(treaty, "SE", EventKind.JOINED, date(2024, 3, 7), source="NATO")
    dup = factories.event(
        treaty, "SE", EventKind.JOINED, date(2024, 3, 1), Precision.MONTH, source="A report"
    )
    claim = factories.announcement(
        treaty, "SE", EventKind.JOINED, date(2024, 3, 1), Precision.MONTH
    )
    claim.event = dup  # the claim that reported `dup`
    claim.save()
    before = {
        "keep": sources(keep),
        "dup": sources(dup),
        "claim": dup.pk,
    }
    event_merge(keep=keep, others=[dup])
    return keep, dup, claim, before


def sources(event) -> set[int]:
    return set(Evidence.objects.filter(event=event).values_list("pk", flat=True))


def test_unmerging_gives_back_every_source_and_claim(merged):
    keep, dup, claim, before = merged
    assert sources(keep) == before["keep"] | before["dup"]
    event_unmerge(event=dup)
    dup.refresh_from_db()
    assert dup.merged_into is None
    assert (sources(keep), sources(dup)) == (before["keep"], before["dup"])
    assert Announcement.objects.get(pk=claim.pk).event_id == dup.pk
    assert ParticipationEvent.objects.current().filter(pk__in=[keep.pk, dup.pk]).count() == 2


def test_the_merge_and_its_undoing_are_in_history(merged):
    keep, dup, _, _ = merged
    event_unmerge(event=dup)
    merged_into = [v.merged_into_id for v in dup.history.order_by("history_date", "history_id")]
    assert merged_into == [None, keep.pk, None]
    moved = Evidence.objects.filter(event=dup).first()
    assert [v.event_id for v in moved.history.order_by("history_date", "history_id")] == [
        dup.pk,
        keep.pk,
        dup.pk,
    ]


def test_an_event_that_is_not_merged_cannot_be_unmerged(merged):
    keep, _, _, _ = merged
    with pytest.raises(ValidationError, match="not merged"):
        event_unmerge(event=keep)


def test_unmerging_is_refused_when_the_same_fact_was_recorded_meanwhile(merged):
    keep, dup, _, before = merged
    again = factories.event(
        keep.agreement, "SE", EventKind.JOINED, date(2024, 3, 1), Precision.MONTH
    )
    with pytest.raises(ValidationError, match="recorded meanwhile"):
        event_unmerge(event=dup)
    dup.refresh_from_db()
    assert dup.merged_into == keep and sources(keep) == before["keep"] | before["dup"]
    assert again.merged_into is None


def test_the_admin_action_undoes_a_merge(client, merged):
    keep, dup, _, before = merged
    client.force_login(factories.user(editor=True))
    response = client.post(
        reverse("admin:agreements_participationevent_changelist"),
        {"action": "unmerge_events", "_selected_action": [dup.pk, keep.pk]},
        follow=True,
    )
    assert "1 event(s) stand on their own again." in response.content.decode()
    dup.refresh_from_db()
    assert dup.merged_into is None and sources(dup) == before["dup"]


@pytest.fixture
def chain(merged):
    """The event that absorbed `dup` is merged in turn into a third record of the fact."""
    keep, dup, claim, before = merged
    third = factories.event(
        keep.agreement, "SE", EventKind.JOINED, date(2024, 1, 1), Precision.YEAR, source="Yearbook"
    )
    before["third"] = sources(third)
    event_merge(keep=third, others=[keep])
    return third, keep, dup, claim, before


def test_an_event_whose_absorber_was_merged_since_waits_for_that_merge_to_be_undone(chain):
    third, keep, dup, _, before = chain
    with pytest.raises(ValidationError, match="undo that merge first"):
        event_unmerge(event=dup)
    dup.refresh_from_db()
    assert dup.merged_into == keep and sources(dup) == set()  # nothing moved, nothing lost
    event_unmerge(event=keep)
    event_unmerge(event=dup)
    assert (sources(third), sources(keep), sources(dup)) == (
        before["third"],
        before["keep"],
        before["dup"],
    )


def test_nothing_is_merged_into_an_event_that_is_itself_merged(chain):
    _, keep, _, _, _ = chain
    other = factories.event(keep.agreement, "SE", EventKind.JOINED, date(2024, 3, 8))
    with pytest.raises(ValidationError, match="merge into that one"):
        event_merge(keep=keep, others=[other])
    other.refresh_from_db()
    assert other.merged_into is None


def test_the_admin_undoes_a_chain_of_merges_newest_first(client, chain):
    third, keep, dup, claim, before = chain
    client.force_login(factories.user(editor=True))
    response = client.post(
        reverse("admin:agreements_participationevent_changelist"),
        # the oldest merge listed first and with the lowest id: the action must reorder
        {"action": "unmerge_events", "_selected_action": [dup.pk, keep.pk]},
        follow=True,
    )
    assert "2 event(s) stand on their own again." in response.content.decode()
    assert (sources(third), sources(keep), sources(dup)) == (
        before["third"],
        before["keep"],
        before["dup"],
    )
    assert Announcement.objects.get(pk=claim.pk).event_id == dup.pk
