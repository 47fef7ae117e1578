"""Where states stand, worked out from timelines already read: no queries in this module.

The pages read an agreement's or a country's events once (see selectors) and derive from them
the participants table, the membership summary, the parties-over-time series and the map
colours, so the number of queries of a page does not depend on how much it shows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from django.utils.translation import gettext_lazy as _

from agreements.models import Agreement, Country, ParticipationEvent, Stance
from agreements.selectors import PartyAnswer, TimelineEntry, _consent_kinds, party_answer
from agreements.vocab import EXIT_KINDS, UNRESOLVED_KINDS, EventKind


class MapStatus(StrEnum):
    """What colour a state takes on an agreement's map, strongest claim first."""

    PARTY = "party"
    POSSIBLY = "possibly"
    SIGNATORY = "signatory"
    INTENT = "intent"
    WITHDRAWN = "withdrawn"
    STANCE = "stance"

    @property
    def label(self) -> str:
        return MAP_STATUS_LABELS[self]


MAP_STATUS_LABELS = {
    MapStatus.PARTY: _("Party or member"),
    MapStatus.POSSIBLY: _("Possibly a party"),
    MapStatus.SIGNATORY: _("Signed, not a party"),
    MapStatus.INTENT: _("Announced intent to join"),
    MapStatus.WITHDRAWN: _("Withdrew"),
    MapStatus.STANCE: _("Refuses, sets conditions or is considering"),
}


def _first(events: list[ParticipationEvent], kinds) -> ParticipationEvent | None:
    return next((e for e in sorted(events, key=lambda e: (e.date, e.pk)) if e.kind in kinds), None)


def _last(events: list[ParticipationEvent], kinds) -> ParticipationEvent | None:
    chosen = [e for e in sorted(events, key=lambda e: (e.date, e.pk)) if e.kind in kinds]
    return chosen[-1] if chosen else None


def map_status(
    events: list[ParticipationEvent],
    stances: list[Stance],
    *,
    on: date,
    consent_kinds: frozenset[str],
) -> MapStatus | None:
    answer, _deciding = party_answer(events, on=on, consent_kinds=consent_kinds)
    if answer == PartyAnswer.CERTAINLY:
        return MapStatus.PARTY
    if answer == PartyAnswer.POSSIBLY:
        return MapStatus.POSSIBLY
    past = [e for e in events if e.date <= on]
    if _first(past, EXIT_KINDS):
        return MapStatus.WITHDRAWN
    if _first(past, {EventKind.SIGNED}):
        return MapStatus.SIGNATORY
    if _first(past, {EventKind.ANNOUNCED_INTENT}):
        return MapStatus.INTENT
    if any(s.date <= on for s in stances):
        return MapStatus.STANCE
    return None


@dataclass
class Participant:
    """One row of an agreement's participants table."""

    country: Country
    status: MapStatus | None
    signed: ParticipationEvent | None = None
    consent: ParticipationEvent | None = None
    in_force: ParticipationEvent | None = None
    withdrawn: ParticipationEvent | None = None
    stances: list[Stance] = field(default_factory=list)


def _split(entries: list[TimelineEntry]):
    events: dict[int, list[ParticipationEvent]] = defaultdict(list)
    stances: dict[int, list[Stance]] = defaultdict(list)
    countries: dict[int, Country] = {}
    for entry in entries:
        countries[entry.item.country_id] = entry.item.country
        if entry.is_stance:
            stances[entry.item.country_id].append(entry.item)
        else:
            events[entry.item.country_id].append(entry.item)
    return countries, events, stances


def agreement_participants(
    *, agreement: Agreement, entries: list[TimelineEntry], on: date
) -> list[Participant]:
    """Every state on an agreement's timeline with its signature, consent, entry into force
    and withdrawal, and its status on `on`."""
    consent_kinds = _consent_kinds(agreement)
    countries, events, stances = _split(entries)
    rows = []
    for country_id, country in countries.items():
        own = events.get(country_id, [])
        # for accords and initiatives the signature is the consent (SIGNATURE_IS_CONSENT)
        consent_only = consent_kinds - {EventKind.ENTERED_INTO_FORCE}
        rows.append(
            Participant(
                country=country,
                status=map_status(
                    own, stances.get(country_id, []), on=on, consent_kinds=consent_kinds
                ),
                signed=_first(own, {EventKind.SIGNED}),
                consent=_first(own, consent_only),
                in_force=_first(own, {EventKind.ENTERED_INTO_FORCE}),
                withdrawn=_last(own, EXIT_KINDS),
                stances=stances.get(country_id, []),
            )
        )
    return rows


@dataclass
class Membership:
    """Where a country stands in one agreement on a given day."""

    agreement: Agreement
    answer: PartyAnswer
    status: MapStatus | None
    latest: ParticipationEvent | Stance


def country_memberships(*, entries: list[TimelineEntry], on: date) -> list[Membership]:
    """One line per agreement on a country's timeline: party, possibly, or where it stands."""
    by_agreement: dict[int, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        by_agreement[entry.item.agreement_id].append(entry)
    memberships = []
    for group in by_agreement.values():
        agreement = group[0].item.agreement
        consent_kinds = _consent_kinds(agreement)
        events = [e.item for e in group if not e.is_stance]
        stances = [e.item for e in group if e.is_stance]
        answer, _deciding = party_answer(events, on=on, consent_kinds=consent_kinds)
        status = map_status(events, stances, on=on, consent_kinds=consent_kinds)
        latest = max(group, key=lambda e: (e.item.date, e.item.pk)).item
        memberships.append(Membership(agreement, answer, status, latest))
    order = list(PartyAnswer)
    memberships.sort(key=lambda m: (order.index(m.answer), m.agreement.name_en))
    return memberships


def parties_from_entries(
    *, agreement: Agreement, entries: list[TimelineEntry], on: date
) -> list[tuple[Country, PartyAnswer]]:
    """The certain and possible parties on `on`, as parties_on answers, from entries read."""
    consent_kinds = _consent_kinds(agreement)
    countries, events, _stances = _split(entries)
    answers = []
    for country_id, own in events.items():
        answer, _deciding = party_answer(own, on=on, consent_kinds=consent_kinds)
        if answer != PartyAnswer.NOT:
            answers.append((countries[country_id], answer))
    return answers


@dataclass
class PartyCount:
    on: date
    certain: int
    possible: int  # certain ones included


def party_counts(
    *, agreement: Agreement, entries: list[TimelineEntry], until: date
) -> list[PartyCount]:
    """How many states were certainly (and possibly) parties, at every day the count changed.

    Each state's answer only changes on the first day of one of its events' periods or on the
    day after one ends, so each state is asked at those days alone and the changes are summed.
    """
    consent_kinds = _consent_kinds(agreement)
    _countries, events, _stances = _split(entries)
    relevant = consent_kinds | EXIT_KINDS | UNRESOLVED_KINDS
    certain_delta: dict[date, int] = defaultdict(int)
    possible_delta: dict[date, int] = defaultdict(int)
    for own in events.values():
        days = sorted(
            {e.date for e in own if e.kind in relevant}
            | {e.latest + timedelta(days=1) for e in own if e.kind in relevant}
        )
        was_certain = was_possible = False
        for day in days:
            if day > until:
                break
            answer, _deciding = party_answer(own, on=day, consent_kinds=consent_kinds)
            certain = answer == PartyAnswer.CERTAINLY
            possible = answer != PartyAnswer.NOT
            certain_delta[day] += int(certain) - int(was_certain)
            possible_delta[day] += int(possible) - int(was_possible)
            was_certain, was_possible = certain, possible
    series = []
    certain = possible = 0
    for day in sorted(set(certain_delta) | set(possible_delta)):
        certain += certain_delta[day]
        possible += possible_delta[day]
        if series and (series[-1].certain, series[-1].possible) == (certain, possible):
            continue
        series.append(PartyCount(day, certain, possible))
    return series
