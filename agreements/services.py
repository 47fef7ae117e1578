"""Writes to the knowledge base. Every curation step goes through here."""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser, Group, Permission
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from agreements.models import (
    Announcement,
    Evidence,
    ParticipationEvent,
    Stance,
    period_end,
)
from agreements.vocab import CONSENT_KINDS, SIGNATURE_IS_CONSENT, EventKind, Precision

EDITOR_GROUP = "editor"
# What curation needs, and nothing more: editors review claims and keep facts right; they
# never delete (rejecting keeps the row, merging keeps the merged row).
EDITOR_PERMISSIONS = {
    "agreements": {
        "announcement": ["view", "change"],
        "participationevent": ["view", "add", "change"],
        "stance": ["view", "add", "change"],
        "evidence": ["view", "add", "change"],
        "agreement": ["view", "add", "change"],
        "agreementalias": ["view", "add", "change"],
        "country": ["view", "change"],
        "countryalias": ["view", "add", "change"],
        "sourcearticle": ["view", "add"],
    },
    "ingest": {
        "feed": ["view", "add", "change"],
    },
}


def editor_group_sync() -> Group:
    """Create the editor group, or bring its permissions back to exactly EDITOR_PERMISSIONS."""
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    wanted = Q(pk__in=[])
    for app_label, models in EDITOR_PERMISSIONS.items():
        for model, actions in models.items():
            codenames = [f"{action}_{model}" for action in actions]
            wanted |= Q(content_type__app_label=app_label, codename__in=codenames)
    group.permissions.set(Permission.objects.filter(wanted))
    return group


def _periods_overlap(a_start, a_precision, b_start, b_precision) -> bool:
    return a_start <= period_end(b_start, b_precision) and b_start <= period_end(
        a_start, a_precision
    )


def event_matching(
    *, agreement, country, kind: str, date, precision: str, background: bool = False
) -> ParticipationEvent | None:
    """The existing event that a claim is about, if any.

    A claim matches an event of the same kind whose date is compatible at the coarser of the two
    precisions. A background claim that a state "joined" (is a party since some time) also
    matches any event by which that state gave its consent, since the source only recalls that
    the state is a party.
    """
    kinds = {kind}
    if background and kind == EventKind.JOINED:
        kinds |= set(CONSENT_KINDS)
        if agreement.kind in SIGNATURE_IS_CONSENT:
            kinds.add(EventKind.SIGNED)
    candidates = ParticipationEvent.objects.current().filter(
        agreement=agreement, country=country, kind__in=kinds
    )
    matching = [
        event
        for event in candidates
        if _periods_overlap(event.date, event.precision, date, precision)
    ]
    # Prefer the most precise, then the earliest: that is the event the claim corroborates.
    order = {Precision.DAY: 0, Precision.MONTH: 1, Precision.YEAR: 2}
    matching.sort(key=lambda e: (e.kind != kind, order[e.precision], e.date))
    return matching[0] if matching else None


def _evidence_for_announcement(announcement: Announcement, **target) -> Evidence:
    article = announcement.article
    evidence, _ = Evidence.objects.get_or_create(
        article=article,
        **target,
        defaults={
            "announcement": announcement,
            "quote": announcement.quote,
            "quote_lang": article.language,
            "url": article.url or "",
            "title": article.title,
        },
    )
    return evidence


@transaction.atomic
def announcement_accept(
    *,
    announcement: Announcement,
    user: AbstractBaseUser | None = None,
    note: str = "",
) -> Announcement:
    """Turn a claim into knowledge.

    A stance claim creates or joins a Stance; an event claim is attached to the existing event
    it corroborates (thirty reports of one event are one event with thirty sources) or creates
    it. Accepting twice is a no-op.
    """
    announcement = Announcement.objects.select_for_update().get(pk=announcement.pk)
    if announcement.state == Announcement.State.ACCEPTED:
        return announcement
    target: dict
    if announcement.is_stance:
        stance, _ = Stance.objects.get_or_create(
            agreement=announcement.agreement,
            country=announcement.country,
            kind=announcement.kind,
            date=announcement.date,
            defaults={"precision": announcement.precision, "summary": announcement.quote},
        )
        announcement.stance = stance
        target = {"stance": stance}
    else:
        event = event_matching(
            agreement=announcement.agreement,
            country=announcement.country,
            kind=announcement.kind,
            date=announcement.date,
            precision=announcement.precision,
            background=announcement.background,
        )
        if event is None:
            event = ParticipationEvent.objects.create(
                agreement=announcement.agreement,
                country=announcement.country,
                kind=announcement.kind,
                date=announcement.date,
                precision=announcement.precision,
                derivation=announcement.derivation,
            )
        announcement.event = event
        target = {"event": event}
    _evidence_for_announcement(announcement, **target)
    announcement.state = Announcement.State.ACCEPTED
    announcement.reviewed_by = user
    announcement.reviewed_at = timezone.now()
    if note:
        announcement.review_note = note
    announcement.save()
    return announcement


@transaction.atomic
def announcement_reject(
    *, announcement: Announcement, user: AbstractBaseUser | None, note: str = ""
) -> Announcement:
    """Mark a claim as wrong. The row stays, with who rejected it and why."""
    announcement = Announcement.objects.select_for_update().get(pk=announcement.pk)
    if announcement.state == Announcement.State.ACCEPTED:
        raise ValidationError("An accepted announcement cannot be rejected; edit the event.")
    announcement.state = Announcement.State.REJECTED
    announcement.reviewed_by = user
    announcement.reviewed_at = timezone.now()
    announcement.review_note = note
    announcement.save()
    return announcement


@transaction.atomic
def event_merge(
    *, keep: ParticipationEvent, others: Iterable[ParticipationEvent]
) -> ParticipationEvent:
    """Fold duplicate events into `keep`, which ends up with every source of all of them.

    The merged events stay in the database, marked `merged_into`, so the merge is visible in
    history and can be undone.
    """
    others = [o for o in others if o.pk != keep.pk]
    for other in others:
        if (other.agreement_id, other.country_id) != (keep.agreement_id, keep.country_id):
            raise ValidationError("Only events of the same state and agreement can be merged.")
        if other.merged_into_id:
            raise ValidationError(f"Event {other.pk} is already merged into another event.")
    for other in others:
        for evidence in Evidence.objects.filter(event=other):
            duplicate = (
                evidence.article_id
                and Evidence.objects.filter(event=keep, article_id=evidence.article_id).exists()
            ) or (
                not evidence.article_id
                and Evidence.objects.filter(
                    event=keep, article=None, title=evidence.title, url=evidence.url
                ).exists()
            )
            if duplicate:
                continue  # keep already cites this source; the merged event keeps its copy
            evidence.event = keep
            evidence.save()
        for announcement in Announcement.objects.filter(event=other):
            announcement.event = keep
            announcement.save()
        other.merged_into = keep
        other.save()
    return keep
