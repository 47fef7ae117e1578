"""Timelines read a page at a time from the database give what the whole timeline gives."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from agreements.models import Disagreement, Stance
from agreements.selectors import TimelineScope, TimelineWindow, agreement_timeline, country_timeline
from agreements.services import event_merge
from agreements.vocab import EventKind, Precision, StanceKind
from tests import factories

pytestmark = pytest.mark.django_db

KINDS = [EventKind.SIGNED, EventKind.RATIFIED, EventKind.JOINED, EventKind.WITHDREW]
PRECISIONS = [Precision.DAY, Precision.MONTH, Precision.YEAR]


@pytest.fixture
def facts():
    """Kazakhstan and Sweden in six agreements: events and stances on shared dates (ties),
    at every precision, one event merged away and one with an open disagreement."""
    rng = random.Random(7)
    treaties = [factories.agreement(f"treaty-{n}") for n in range(6)]
    seen = set()
    for iso2 in ("KZ", "SE"):
        country = factories.country(iso2)
        for n in range(40):
            precision = rng.choice(PRECISIONS)
            on = date(2015, 1, 1) + timedelta(days=rng.randrange(0, 3000))
            on = on.replace(day=1) if precision != Precision.DAY else on
            on = on.replace(month=1) if precision == Precision.YEAR else on
            treaty = treaties[n % len(treaties)]
            if n % 5 == 0:
                stance = Stance.objects.create(
                    agreement=treaty,
                    country=country,
                    kind=StanceKind.REFUSES,
                    date=on,
                    precision=precision,
                )
                stance.evidence.create(title=f"stance source {n}")
            elif (treaty.pk, iso2, KINDS[n % 4], on, precision) not in seen:
                seen.add((treaty.pk, iso2, KINDS[n % 4], on, precision))
                factories.event(treaty, iso2, KINDS[n % 4], on, precision, source=f"source {n}")
    # A month and a year that reach 2018-03-15 though they begin before it.
    factories.event(treaties[0], "KZ", EventKind.SUSPENDED, date(2018, 3, 1), Precision.MONTH)
    factories.event(treaties[1], "KZ", EventKind.SUSPENDED, date(2018, 1, 1), Precision.YEAR)
    kz = factories.country("KZ")
    events = list(kz.events.order_by("id")[:3])
    keep = events[0]
    duplicate = factories.event(
        keep.agreement, "KZ", EventKind.ACCEDED, date(2001, 1, 1), Precision.YEAR
    )
    event_merge(keep=keep, others=[duplicate])
    claim = factories.announcement(
        events[2].agreement, "KZ", events[2].kind, date(2001, 2, 3), source=factories.article()
    )
    Disagreement.objects.create(
        event=events[2],
        field=Disagreement.Field.DATE,
        claimed_date=date(2001, 2, 3),
        claimed_precision=Precision.DAY,
        announcement=claim,
    )
    return kz, treaties


def reference(entries, scope: TimelineScope):
    """The old in-memory filter over a whole timeline: what a window must agree with."""
    kept = [
        e
        for e in entries
        if (not scope.kinds or e.item.kind in scope.kinds)
        and (not scope.only or e.is_stance == (scope.only == "stance"))
        and (scope.date_from is None or e.item.latest >= scope.date_from)
        and (scope.date_to is None or e.item.date <= scope.date_to)
    ]
    return list(reversed(kept)) if scope.descending else kept


def keys(entries) -> list[tuple[int, bool]]:
    return [(e.item.pk, e.is_stance) for e in entries]


def read_in_pages(scope: TimelineScope, size: int) -> list:
    total = TimelineWindow(scope).count()
    pages = []
    for start in range(0, total + size, size):
        window = TimelineWindow(scope, window=(start, start + size))
        assert window.count() == total
        pages.extend(window[start : min(start + size, total)])
    return pages


SCOPES = [
    {},
    {"descending": True},
    {"only": "event"},
    {"only": "stance", "descending": True},
    {"kinds": frozenset({EventKind.SIGNED, StanceKind.REFUSES})},
    {"date_from": date(2018, 3, 15)},  # months and years that reach it are kept
    {"date_to": date(2019, 6, 30), "descending": True},
    {"date_from": date(2016, 7, 4), "date_to": date(2020, 2, 29), "only": "event"},
]


@pytest.mark.parametrize("options", SCOPES, ids=lambda o: ",".join(map(str, o)) or "all")
@pytest.mark.parametrize("size", [1, 7, 200])
def test_pages_read_one_by_one_are_the_whole_timeline(facts, options, size):
    kz, _ = facts
    scope = TimelineScope(country=kz, **options)
    expected = reference(country_timeline(country=kz), scope)
    assert expected, "the scope should keep something"
    assert keys(read_in_pages(scope, size)) == keys(expected)


def test_a_country_and_agreement_scope_matches_the_agreement_timeline(facts):
    kz, treaties = facts
    for treaty in treaties:
        expected = [e for e in agreement_timeline(agreement=treaty) if e.item.country_id == kz.pk]
        scope = TimelineScope(country=kz, agreement=treaty)
        assert keys(read_in_pages(scope, 3)) == keys(expected)


def test_entries_come_with_their_sources_and_open_disagreements(facts):
    kz, _ = facts
    whole = {(e.item.pk, e.is_stance): e for e in country_timeline(country=kz)}
    for entry in TimelineWindow(TimelineScope(country=kz))[:200]:
        full = whole[(entry.item.pk, entry.is_stance)]
        assert [s.pk for s in entry.item.evidence.all()] == [s.pk for s in full.item.evidence.all()]
        if not entry.is_stance:
            assert [d.pk for d in entry.item.open_disagreements] == [
                d.pk for d in full.item.open_disagreements
            ]
    assert any(
        e.item.open_disagreements
        for e in TimelineWindow(TimelineScope(country=kz))[:200]
        if not e.is_stance
    )


def test_a_page_costs_five_queries_and_reads_only_its_own_rows(facts):
    kz, _ = facts
    scope = TimelineScope(country=kz)
    with CaptureQueriesContext(connection) as context:
        window = TimelineWindow(scope, window=(10, 15))
        total = window.count()
        page = window[10:15]
    assert total == len(country_timeline(country=kz)) and len(page) == 5
    # keys and total; events; stances; sources; open disagreements (only if any)
    assert len(context.captured_queries) <= 5
    # After the keys, rows and sources are read by id: never the whole timeline again.
    loaded = [q["sql"] for q in context.captured_queries[1:]]
    assert loaded and all("IN (" in sql for sql in loaded), loaded


def test_a_window_past_the_end_is_empty_and_still_counts(facts):
    kz, _ = facts
    scope = TimelineScope(country=kz)
    window = TimelineWindow(scope, window=(10_000, 10_200))
    assert window.count() == len(country_timeline(country=kz))
    assert window[10_000:10_200] == []


def test_last_modified_covers_entries_off_the_page(facts):
    kz, _ = facts
    scope = TimelineScope(country=kz)
    before = TimelineWindow(scope, window=(0, 1))
    before.count()
    last = kz.events.filter(merged_into=None).order_by("-date", "-id").first()
    last.note = "edited"
    last.save()
    after = TimelineWindow(scope, window=(0, 1))
    after.count()
    assert after[0:1][0].item.pk != last.pk
    assert after.updated_at > before.updated_at
