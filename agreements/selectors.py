"""Reads shared by the pages, the API and the workers. Each runs a fixed number of queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from django.db.models import Prefetch, QuerySet

from agreements.models import (
    Agreement,
    Announcement,
    Country,
    Evidence,
    ParticipationEvent,
    Stance,
)
from agreements.vocab import (
    CONSENT_KINDS,
    EXIT_KINDS,
    SIGNATURE_IS_CONSENT,
    UNRESOLVED_KINDS,
    EventKind,
)


class PartyAnswer(StrEnum):
    CERTAINLY = "certainly"
    POSSIBLY = "possibly"
    NOT = "not"


@dataclass
class PartyStatus:
    country: Country
    answer: PartyAnswer
    events: list[ParticipationEvent] = field(default_factory=list)  # the events that decide it


def _evidence_prefetch() -> Prefetch:
    return Prefetch("evidence", queryset=Evidence.objects.select_related("article").order_by("id"))


def _consent_kinds(agreement: Agreement) -> frozenset[str]:
    if agreement.kind in SIGNATURE_IS_CONSENT:
        return CONSENT_KINDS | {EventKind.SIGNED}
    return CONSENT_KINDS


def party_answer(
    events: list[ParticipationEvent], *, on: date, consent_kinds: frozenset[str]
) -> tuple[PartyAnswer, list[ParticipationEvent]]:
    """Whether the state whose `events` these are was a party on `on`, and which events decide it.

    An event dated to a month or a year may have happened on any day of it: asked about a day
    inside that period, the answer is "possibly". The state of affairs after the last event
    that surely happened by `on` is the base; any event that may or may not have happened by
    then and would change that base makes the answer "possibly". An announced joining that no
    consent has followed leaves the answer open too.
    """
    relevant = [
        e
        for e in events
        if e.kind in consent_kinds or e.kind in EXIT_KINDS or e.kind in UNRESOLVED_KINDS
    ]
    relevant.sort(key=lambda e: (e.latest, e.date, e.pk or 0))
    base = False
    base_event: ParticipationEvent | None = None
    uncertain: list[ParticipationEvent] = []
    for event in relevant:
        if event.date > on:
            continue  # cannot have happened yet
        if event.kind in UNRESOLVED_KINDS:
            uncertain.append(event)
            continue
        if event.latest <= on:
            base = event.kind not in EXIT_KINDS
            base_event = event
            uncertain = [u for u in uncertain if u.latest > event.latest]
        else:
            uncertain.append(event)
    changes = [
        u
        for u in uncertain
        if (u.kind in UNRESOLVED_KINDS and not base)
        or (u.kind in EXIT_KINDS and base)
        or (u.kind in consent_kinds and not base)
    ]
    deciding = ([base_event] if base_event else []) + changes
    if changes:
        return PartyAnswer.POSSIBLY, deciding
    return (PartyAnswer.CERTAINLY if base else PartyAnswer.NOT), deciding


def parties_on(*, agreement: Agreement, on: date) -> list[PartyStatus]:
    """Every state with a recorded event in `agreement`, answered certainly / possibly / not.

    States with no event at all are not listed: for them the answer is "not". Two queries.
    """
    events = list(
        ParticipationEvent.objects.current()
        .filter(agreement=agreement)
        .select_related("country")
        .prefetch_related(_evidence_prefetch())
    )
    by_country: dict[int, list[ParticipationEvent]] = defaultdict(list)
    for event in events:
        by_country[event.country_id].append(event)
    consent_kinds = _consent_kinds(agreement)
    statuses = []
    for country_events in by_country.values():
        answer, deciding = party_answer(country_events, on=on, consent_kinds=consent_kinds)
        statuses.append(PartyStatus(country_events[0].country, answer, deciding))
    statuses.sort(key=lambda s: (list(PartyAnswer).index(s.answer), s.country.name_en))
    return statuses


@dataclass
class TimelineEntry:
    """One line of a timeline: an event or a stance, with its sources."""

    item: ParticipationEvent | Stance
    is_stance: bool

    @property
    def date(self) -> date:
        return self.item.date


def country_timeline(
    *, country: Country, agreement: Agreement | None = None
) -> list[TimelineEntry]:
    """A country's events and stances across all agreements, oldest first, with their sources.

    Four queries whatever the size of the timeline: events, their evidence, stances, theirs.
    """
    events = ParticipationEvent.objects.current().filter(country=country)
    stances = Stance.objects.filter(country=country)
    if agreement is not None:
        events = events.filter(agreement=agreement)
        stances = stances.filter(agreement=agreement)
    entries = [
        TimelineEntry(e, False)
        for e in events.select_related("agreement").prefetch_related(_evidence_prefetch())
    ] + [
        TimelineEntry(s, True)
        for s in stances.select_related("agreement").prefetch_related(_evidence_prefetch())
    ]
    entries.sort(key=lambda entry: (entry.item.date, entry.is_stance, entry.item.pk))
    return entries


def agreement_timeline(*, agreement: Agreement) -> list[TimelineEntry]:
    """An agreement's events and stances across all states, oldest first, with their sources."""
    events = (
        ParticipationEvent.objects.current()
        .filter(agreement=agreement)
        .select_related("country")
        .prefetch_related(_evidence_prefetch())
    )
    stances = (
        Stance.objects.filter(agreement=agreement)
        .select_related("country")
        .prefetch_related(_evidence_prefetch())
    )
    entries = [TimelineEntry(e, False) for e in events] + [TimelineEntry(s, True) for s in stances]
    entries.sort(key=lambda entry: (entry.item.date, entry.is_stance, entry.item.pk))
    return entries


def review_queue() -> QuerySet[Announcement]:
    """Pending announcements, newest first, with what the admin and API show of each."""
    return (
        Announcement.objects.filter(state=Announcement.State.PENDING)
        .select_related("article", "agreement", "country")
        .order_by("-created_at", "-id")
    )


def gazetteer_names() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Every name and alias of every country and agreement, for matching news text.

    Returns (countries by ISO alpha-2, agreements by slug). Four queries.
    """
    countries: dict[str, list[str]] = {}
    for iso2, names in Country.objects.values_list("iso2", "names"):
        countries[iso2] = list(dict.fromkeys(names.values()))
    for iso2, text in Country.objects.values_list("iso2", "aliases__text").exclude(
        aliases__text=None
    ):
        countries[iso2].append(text)
    agreements: dict[str, list[str]] = {}
    for slug, names in Agreement.objects.values_list("slug", "names"):
        agreements[slug] = list(dict.fromkeys(names.values()))
    for slug, text in Agreement.objects.values_list("slug", "aliases__text").exclude(
        aliases__text=None
    ):
        agreements[slug].append(text)
    return countries, agreements
