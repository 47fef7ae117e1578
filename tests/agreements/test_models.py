from datetime import date

import pytest
from django.db import IntegrityError, transaction

from agreements.models import Evidence, ParticipationEvent, Stance
from agreements.vocab import EventKind, Precision, StanceKind
from tests import factories

pytestmark = pytest.mark.django_db


def test_the_same_fact_cannot_be_stored_twice():
    treaty = factories.agreement()
    factories.event(treaty, "FR", EventKind.RATIFIED, date(2016, 10, 5))
    with pytest.raises(IntegrityError), transaction.atomic():
        ParticipationEvent.objects.create(
            agreement=treaty,
            country=factories.country("FR"),
            kind=EventKind.RATIFIED,
            date=date(2016, 10, 5),
            precision=Precision.DAY,
        )


def test_a_state_can_join_again_after_leaving():
    treaty = factories.agreement()
    factories.event(treaty, "US", EventKind.ACCEPTED_APPROVED, date(2016, 9, 3))
    factories.event(treaty, "US", EventKind.WITHDREW, date(2020, 11, 4))
    factories.event(treaty, "US", EventKind.ACCEPTED_APPROVED, date(2021, 2, 19))
    assert treaty.events.filter(kind=EventKind.ACCEPTED_APPROVED).count() == 2


def test_merged_events_are_not_current():
    treaty = factories.agreement()
    keep = factories.event(treaty, "FR", EventKind.SIGNED, date(2016, 4, 22))
    other = factories.event(treaty, "FR", EventKind.SIGNED, date(2016, 1, 1), Precision.YEAR)
    other.merged_into = keep
    other.save()
    assert list(ParticipationEvent.objects.current().filter(agreement=treaty)) == [keep]


def test_a_year_precision_date_must_not_pretend_to_a_day():
    treaty = factories.agreement()
    with pytest.raises(IntegrityError), transaction.atomic():
        ParticipationEvent.objects.create(
            agreement=treaty,
            country=factories.country("BH"),
            kind=EventKind.SIGNED,
            date=date(2020, 9, 15),
            precision=Precision.YEAR,
        )


def test_a_month_precision_date_is_stored_on_the_first():
    treaty = factories.agreement()
    with pytest.raises(IntegrityError), transaction.atomic():
        Stance.objects.create(
            agreement=treaty,
            country=factories.country("SA"),
            kind=StanceKind.REFUSES,
            date=date(2025, 11, 7),
            precision=Precision.MONTH,
        )


def test_dates_display_at_their_precision():
    treaty = factories.agreement()
    year = factories.event(treaty, "MA", EventKind.JOINED, date(2020, 1, 1), Precision.YEAR)
    month = factories.event(treaty, "SD", EventKind.JOINED, date(2021, 1, 1), Precision.MONTH)
    assert (year.date_display, year.latest) == ("2020", date(2020, 12, 31))
    assert (month.date_display, month.latest) == ("2021-01", date(2021, 1, 31))


def test_evidence_must_name_its_source():
    treaty = factories.agreement()
    event = factories.event(treaty, "FR", EventKind.SIGNED, date(2016, 4, 22))
    with pytest.raises(IntegrityError), transaction.atomic():
        Evidence.objects.create(event=event)


def test_evidence_supports_exactly_one_fact():
    treaty = factories.agreement()
    event = factories.event(treaty, "FR", EventKind.SIGNED, date(2016, 4, 22))
    stance = Stance.objects.create(
        agreement=treaty,
        country=factories.country("SA"),
        kind=StanceKind.REFUSES,
        date=date(2025, 11, 7),
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        Evidence.objects.create(event=event, stance=stance, title="Both")


def test_confidence_stays_between_zero_and_one():
    treaty = factories.agreement()
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.announcement(
            treaty, "KZ", EventKind.ANNOUNCED_JOINING, date(2025, 11, 6), confidence=1.5
        )


def test_an_article_proposes_each_claim_once():
    treaty = factories.agreement()
    source = factories.article()
    factories.announcement(
        treaty, "KZ", EventKind.ANNOUNCED_JOINING, date(2025, 11, 6), source=source
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.announcement(
            treaty, "KZ", EventKind.ANNOUNCED_JOINING, date(2025, 11, 6), source=source
        )


def test_an_accepted_announcement_must_point_at_what_it_became():
    treaty = factories.agreement()
    with pytest.raises(IntegrityError), transaction.atomic():
        factories.announcement(
            treaty, "KZ", EventKind.ANNOUNCED_JOINING, date(2025, 11, 6), state="accepted"
        )


def test_flag_is_built_from_the_iso_code():
    assert factories.country("KZ").flag == "🇰🇿"
    assert factories.country("SU").flag == ""
