"""Writes to the knowledge base. Every curation step goes through here."""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser, Group, Permission
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from agreements.models import (
    Announcement,
    Dataset,
    Disagreement,
    Evidence,
    ParticipationEvent,
    Stance,
    period_end,
    period_start,
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
        "disagreement": ["view", "change"],
        "dataset": ["view", "import"],
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
    if not matching and background and kind == EventKind.JOINED and precision == Precision.YEAR:
        # A recalled year is often the year the agreement was launched rather than the
        # state's own step ("the accords, launched in 2020, normalised relations with ...
        # Sudan", which signed in January 2021): within a year of a known consent it
        # corroborates that consent instead of contradicting it.
        matching = [event for event in candidates if abs(event.date.year - date.year) <= 1]
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
        created = event is None
        if created:
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
        _announcement_disagreements(announcement, event, created=created)
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
    if keep.merged_into_id:
        raise ValidationError(
            f"Event {keep.pk} is itself merged into event {keep.merged_into_id}: "
            "merge into that one."
        )
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
    keep.save(update_fields=["updated_at"])  # it gained sources: its timelines changed
    return keep


def _moved_from(row: Evidence | Announcement, *, event_id: int, keep_id: int) -> bool:
    """Whether `row`, now on `keep_id`, came there from `event_id` by a move still in force.

    History is replayed oldest first as a stack of the events the row moved through; a move
    back to the event it came from (an undone merge) pops the stack, so what is below the top
    is where the row came from by the merges that still stand.
    """
    path: list[int] = []
    for version in row.history.only("event_id").order_by("history_date", "history_id"):
        if path and version.event_id == path[-1]:
            continue  # an edit that moved nothing
        if len(path) >= 2 and version.event_id == path[-2]:
            path.pop()  # back where it came from: that move was undone
        else:
            path.append(version.event_id)
    return len(path) >= 2 and path[-1] == keep_id and path[-2] == event_id


@transaction.atomic
def event_unmerge(*, event: ParticipationEvent) -> ParticipationEvent:
    """Undo a merge: `event` stands on its own again, with the sources and claims it had.

    What the merge moved to the absorbing event is read from history: evidence and claims
    now on that event whose version before the move was on `event`. Merges are undone in the
    reverse order they were made: an event whose absorber was itself merged away is refused
    until the absorber stands again.
    """
    event = ParticipationEvent.objects.select_for_update().get(pk=event.pk)
    keep_id = event.merged_into_id
    if keep_id is None:
        raise ValidationError(f"Event {event.pk} is not merged into another event.")
    absorber = ParticipationEvent.objects.get(pk=keep_id)
    if absorber.merged_into_id:
        # What the merge gave `absorber` has moved on with it: undo the later merge first.
        raise ValidationError(
            f"Event {event.pk} was merged into event {keep_id}, which was merged into event "
            f"{absorber.merged_into_id} since: undo that merge first."
        )
    event.merged_into = None
    try:
        with transaction.atomic():
            event.save()
    except IntegrityError:
        raise ValidationError(
            f"Event {event.pk} cannot stand again: the same fact has been recorded meanwhile."
        ) from None
    for model in (Evidence, Announcement):
        for row in model.objects.filter(event_id=keep_id):
            if _moved_from(row, event_id=event.pk, keep_id=keep_id):
                row.event = event
                row.save()
    return event


# Edits made by editors outside the review queue (the API's writes).

EVENT_FIELDS = frozenset({"kind", "date", "precision", "derivation", "note"})
STANCE_FIELDS = frozenset({"kind", "date", "precision", "summary"})
ANNOUNCEMENT_FIELDS = frozenset(
    {"agreement", "country", "kind", "date", "precision", "derivation", "background", "quote"}
)


def _at_period_start(changes: dict) -> dict:
    """A date sent at month or year precision is stored as the first day of its period."""
    if changes.get("date") and changes.get("precision"):
        changes["date"] = period_start(changes["date"], changes["precision"])
    return changes


def _evidence_add(*, sources: list[dict], **target) -> None:
    """Attach sources ({article, title, url, quote, quote_lang}) to an event or a stance."""
    if not sources:
        raise ValidationError({"sources": "A fact needs at least one source."})
    seen_articles = set()
    for source in sources:
        article = source.get("article")
        if article is not None:
            if article.pk in seen_articles:
                continue  # the same article cited twice is one source
            seen_articles.add(article.pk)
        Evidence.objects.create(**target, **source)


@transaction.atomic
def event_create(*, sources: list[dict], **fields) -> ParticipationEvent:
    """Record an event with the sources that attest it; an event is never recorded without one.

    `fields` are the agreement, country, kind, date and precision, and optionally derivation
    and note.
    """
    fields = _at_period_start(fields)
    duplicate = ParticipationEvent.objects.current().filter(
        **{name: fields[name] for name in ("agreement", "country", "kind", "date", "precision")}
    )
    if duplicate.exists():
        raise ValidationError("This event is already recorded; add a source to it instead.")
    event = ParticipationEvent.objects.create(**fields)
    _evidence_add(sources=sources, event=event)
    return event


@transaction.atomic
def event_update(*, event: ParticipationEvent, **changes) -> ParticipationEvent:
    """Correct an event's kind, date, precision, derivation or note."""
    unknown = set(changes) - EVENT_FIELDS
    if unknown:
        raise ValidationError(f"These fields cannot be changed: {', '.join(sorted(unknown))}.")
    if event.merged_into_id:
        raise ValidationError("A merged event cannot be edited; edit the event it was merged into.")
    for name, value in _at_period_start(
        {"date": event.date, "precision": event.precision, **changes}
    ).items():
        setattr(event, name, value)
    duplicate = (
        ParticipationEvent.objects.current()
        .filter(
            agreement_id=event.agreement_id,
            country_id=event.country_id,
            kind=event.kind,
            date=event.date,
            precision=event.precision,
        )
        .exclude(pk=event.pk)
    )
    if duplicate.exists():
        raise ValidationError("Another event records this same fact; merge the two instead.")
    event.save()
    return event


@transaction.atomic
def stance_create(*, sources: list[dict], **fields) -> Stance:
    """Record a state's stance on an agreement with the sources that report it.

    `fields` are the agreement, country, kind, date and precision, and optionally summary.
    """
    fields = _at_period_start(fields)
    duplicate = Stance.objects.filter(
        **{name: fields[name] for name in ("agreement", "country", "kind", "date")}
    )
    if duplicate.exists():
        raise ValidationError("This stance is already recorded; add a source to it instead.")
    stance = Stance.objects.create(**fields)
    _evidence_add(sources=sources, stance=stance)
    return stance


@transaction.atomic
def stance_update(*, stance: Stance, **changes) -> Stance:
    """Correct a stance's kind, date, precision or summary."""
    unknown = set(changes) - STANCE_FIELDS
    if unknown:
        raise ValidationError(f"These fields cannot be changed: {', '.join(sorted(unknown))}.")
    for name, value in _at_period_start(
        {"date": stance.date, "precision": stance.precision, **changes}
    ).items():
        setattr(stance, name, value)
    duplicate = Stance.objects.filter(
        agreement_id=stance.agreement_id,
        country_id=stance.country_id,
        kind=stance.kind,
        date=stance.date,
    ).exclude(pk=stance.pk)
    if duplicate.exists():
        raise ValidationError("Another stance records this same report.")
    stance.save()
    return stance


@transaction.atomic
def announcement_edit(
    *, announcement: Announcement, user: AbstractBaseUser | None = None, **changes
) -> Announcement:
    """Correct what a pending claim says before it is accepted or rejected.

    The quote stays the source's words; an editor fixes what was read from it (state,
    agreement, kind, date).
    """
    announcement = Announcement.objects.select_for_update().get(pk=announcement.pk)
    unknown = set(changes) - ANNOUNCEMENT_FIELDS
    if unknown:
        raise ValidationError(f"These fields cannot be changed: {', '.join(sorted(unknown))}.")
    if announcement.state != Announcement.State.PENDING:
        raise ValidationError(
            f"Only a pending announcement can be edited; this one is {announcement.state}."
        )
    for name, value in _at_period_start(
        {"date": announcement.date, "precision": announcement.precision, **changes}
    ).items():
        setattr(announcement, name, value)
    duplicate = Announcement.objects.filter(
        article_id=announcement.article_id,
        agreement_id=announcement.agreement_id,
        country_id=announcement.country_id,
        kind=announcement.kind,
    ).exclude(pk=announcement.pk)
    if duplicate.exists():
        raise ValidationError("The article already makes this claim in another announcement.")
    announcement.save()
    return announcement


# Disagreements between sources: raised when a claim or a dataset row dates a step otherwise,
# settled by an editor. Nothing is overwritten until then.


def _announcement_disagreements(
    announcement: Announcement, event: ParticipationEvent, *, created: bool
) -> None:
    """Record where an accepted claim and another source date the same step differently.

    A claim that created its own event disagrees with every other event of that state, kind
    and agreement whose date it does not overlap. A claim attached to an event whose date it
    does not overlap disagrees with that event. A recalled membership ("a party since 2020")
    is matched leniently by `event_matching` and is not a dated step: it raises nothing.
    """
    if announcement.background and announcement.kind == EventKind.JOINED:
        return
    if created:
        rivals = (
            ParticipationEvent.objects.current()
            .filter(
                agreement_id=announcement.agreement_id,
                country_id=announcement.country_id,
                kind=announcement.kind,
            )
            .exclude(pk=event.pk)
        )
    else:
        rivals = [event] if event.kind == announcement.kind else []
    for rival in rivals:
        if _periods_overlap(rival.date, rival.precision, announcement.date, announcement.precision):
            continue
        Disagreement.objects.get_or_create(
            event=rival,
            field=Disagreement.Field.DATE,
            announcement=announcement,
            defaults={
                "other_event": event if event.pk != rival.pk else None,
                "claimed_date": announcement.date,
                "claimed_precision": announcement.precision,
                "summary": (
                    f"{rival.get_kind_display()}: {rival.date_display} on record; "
                    f"{announcement.article} says {announcement.date_display}"
                ),
            },
        )


def _dataset_evidence(disagreement: Disagreement) -> dict:
    file, _, row = disagreement.dataset_row.partition("#")
    dataset: Dataset = disagreement.dataset
    where = f"{file}, row {row}" if row else disagreement.dataset_row
    return {
        "title": f"{dataset.name} {dataset.version}, {where}"[:500],
        "url": dataset.url,
        "quote": disagreement.dataset_value,
        "quote_lang": "en",
        "dataset": dataset,
        "dataset_row": disagreement.dataset_row,
    }


@transaction.atomic
def disagreement_settle(
    *,
    disagreement: Disagreement,
    resolution: str,
    user: AbstractBaseUser | None = None,
    note: str = "",
) -> Disagreement:
    """An editor's decision on a disagreement, carried out on the events it concerns.

    - keep_event: the recorded date stands. An event the other source's claim created is
      merged into it (the claim stays a source of the step, with its own date in its quote).
    - keep_other: the other source's date is right. The event it created absorbs the recorded
      one; a dataset's date replaces the event's date and the row becomes one of its sources.
    - both_stand: two distinct steps. A dataset row's step is recorded as its own event.

    Merges keep every row (see `event_merge`), so each decision stays visible in history.
    """
    disagreement = Disagreement.objects.select_for_update().get(pk=disagreement.pk)
    if disagreement.state == Disagreement.State.SETTLED:
        raise ValidationError("This disagreement is already settled.")
    if resolution not in Disagreement.Resolution.values:
        raise ValidationError(f"Unknown resolution {resolution!r}.")
    event, other = disagreement.event, disagreement.other_event
    other_current = other is not None and other.merged_into_id is None
    withdrawal = disagreement.field == Disagreement.Field.WITHDRAWAL
    if resolution == Disagreement.Resolution.KEEP_EVENT and other_current:
        event_merge(keep=event, others=[other])
    elif resolution == Disagreement.Resolution.KEEP_OTHER:
        if withdrawal:
            raise ValidationError(
                "A withdrawal that the other source denies is corrected on the event itself."
            )
        if other_current:
            event_merge(keep=other, others=[event])
        elif disagreement.dataset_id:
            event_update(
                event=event,
                date=disagreement.claimed_date,
                precision=disagreement.claimed_precision,
            )
            Evidence.objects.get_or_create(
                event=event,
                dataset=disagreement.dataset,
                dataset_row=disagreement.dataset_row,
                defaults=_dataset_evidence(disagreement),
            )
    elif (
        resolution == Disagreement.Resolution.BOTH_STAND
        and disagreement.dataset_id
        and not withdrawal
    ):
        event_create(
            sources=[_dataset_evidence(disagreement)],
            agreement=event.agreement,
            country=event.country,
            kind=event.kind,
            date=disagreement.claimed_date,
            precision=disagreement.claimed_precision,
        )
    disagreement.state = Disagreement.State.SETTLED
    disagreement.resolution = resolution
    disagreement.settled_by = user
    disagreement.settled_at = timezone.now()
    disagreement.note = note
    disagreement.save()
    return disagreement
