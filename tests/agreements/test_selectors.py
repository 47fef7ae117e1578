from datetime import date

import pytest

from agreements.models import Stance
from agreements.selectors import PartyAnswer, country_timeline, parties_on
from agreements.vocab import AgreementKind, EventKind, Precision, StanceKind
from tests import factories

pytestmark = pytest.mark.django_db


def answers(agreement, on):
    return {s.country.iso2: s.answer for s in parties_on(agreement=agreement, on=on)}


def test_ratification_makes_a_party_from_its_day():
    treaty = factories.agreement()
    factories.event(treaty, "FR", EventKind.SIGNED, date(2016, 4, 22))
    factories.event(treaty, "FR", EventKind.RATIFIED, date(2016, 10, 5))
    assert answers(treaty, date(2016, 10, 4)) == {"FR": PartyAnswer.NOT}
    assert answers(treaty, date(2016, 10, 5)) == {"FR": PartyAnswer.CERTAINLY}


def test_signature_alone_does_not_make_a_treaty_party():
    treaty = factories.agreement(kind=AgreementKind.TREATY)
    factories.event(treaty, "US", EventKind.SIGNED, date(1998, 11, 12))
    assert answers(treaty, date(2020, 1, 1)) == {"US": PartyAnswer.NOT}


def test_signature_makes_a_party_to_a_political_accord():
    accord = factories.agreement(kind=AgreementKind.ACCORD)
    factories.event(accord, "AE", EventKind.SIGNED, date(2020, 9, 15))
    assert answers(accord, date(2020, 9, 15)) == {"AE": PartyAnswer.CERTAINLY}


def test_an_accession_known_to_the_year_is_possible_inside_that_year():
    treaty = factories.agreement()
    factories.event(treaty, "MA", EventKind.ACCEDED, date(2020, 1, 1), Precision.YEAR)
    assert answers(treaty, date(2019, 12, 31))["MA"] == PartyAnswer.NOT
    assert answers(treaty, date(2020, 1, 1))["MA"] == PartyAnswer.POSSIBLY
    assert answers(treaty, date(2020, 6, 30))["MA"] == PartyAnswer.POSSIBLY
    assert answers(treaty, date(2020, 12, 31))["MA"] == PartyAnswer.CERTAINLY


def test_an_accession_known_to_the_month_is_certain_after_that_month():
    treaty = factories.agreement()
    factories.event(treaty, "SD", EventKind.ACCEDED, date(2021, 1, 1), Precision.MONTH)
    assert answers(treaty, date(2021, 1, 30))["SD"] == PartyAnswer.POSSIBLY
    assert answers(treaty, date(2021, 1, 31))["SD"] == PartyAnswer.CERTAINLY


def test_withdrawal_ends_participation_and_rejoining_restores_it():
    treaty = factories.agreement()
    factories.event(treaty, "US", EventKind.ACCEPTED_APPROVED, date(2016, 9, 3))
    factories.event(treaty, "US", EventKind.WITHDRAWAL_NOTIFIED, date(2019, 11, 4))
    factories.event(treaty, "US", EventKind.WITHDREW, date(2020, 11, 4))
    factories.event(treaty, "US", EventKind.ACCEPTED_APPROVED, date(2021, 2, 19))
    assert answers(treaty, date(2020, 1, 1))["US"] == PartyAnswer.CERTAINLY
    assert answers(treaty, date(2020, 11, 4))["US"] == PartyAnswer.NOT
    assert answers(treaty, date(2021, 2, 19))["US"] == PartyAnswer.CERTAINLY


def test_a_withdrawal_known_to_the_year_leaves_that_year_open():
    treaty = factories.agreement()
    factories.event(treaty, "HU", EventKind.RATIFIED, date(2001, 11, 30))
    factories.event(treaty, "HU", EventKind.WITHDREW, date(2026, 1, 1), Precision.YEAR)
    assert answers(treaty, date(2025, 12, 31))["HU"] == PartyAnswer.CERTAINLY
    assert answers(treaty, date(2026, 3, 1))["HU"] == PartyAnswer.POSSIBLY
    assert answers(treaty, date(2027, 1, 1))["HU"] == PartyAnswer.NOT


def test_an_announced_joining_is_only_possible():
    accord = factories.agreement(kind=AgreementKind.ACCORD)
    factories.event(accord, "KZ", EventKind.ANNOUNCED_JOINING, date(2025, 11, 6))
    assert answers(accord, date(2025, 11, 5))["KZ"] == PartyAnswer.NOT
    assert answers(accord, date(2025, 11, 6))["KZ"] == PartyAnswer.POSSIBLY


def test_the_answer_cites_the_events_that_decide_it():
    treaty = factories.agreement()
    signed = factories.event(treaty, "FR", EventKind.SIGNED, date(2016, 4, 22))
    ratified = factories.event(treaty, "FR", EventKind.RATIFIED, date(2016, 10, 5))
    (status,) = parties_on(agreement=treaty, on=date(2017, 1, 1))
    assert status.events == [ratified]
    assert signed not in status.events


def test_parties_of_the_abraham_accords_on_three_dates():
    accords = factories.agreement_from_catalogue("abraham-accords")
    certainly = {PartyAnswer.CERTAINLY}

    def parties(on):
        return {iso2 for iso2, a in answers(accords, on).items() if a in certainly}

    assert parties(date(2019, 1, 1)) == set()
    assert parties(date(2020, 10, 1)) == {"IL", "AE", "BH"}
    assert parties(date(2021, 6, 1)) == {"IL", "AE", "BH", "MA", "SD"}


def test_country_timeline_query_count_does_not_grow(django_assert_num_queries):
    treaty = factories.agreement()
    kz = factories.country("KZ")
    before = len(country_timeline(country=kz))  # the catalogue's own entries
    factories.event(treaty, "KZ", EventKind.SIGNED, date(2020, 1, 1), Precision.YEAR)
    Stance.objects.create(
        agreement=treaty, country=kz, kind=StanceKind.CONSIDERING, date=date(2019, 5, 1)
    )
    with django_assert_num_queries(5):
        small = country_timeline(country=kz)
    for year in range(2000, 2015):
        other = factories.agreement()
        event = factories.event(other, "KZ", EventKind.RATIFIED, date(year, 3, 1))
        source = factories.article()
        event.evidence.create(article=source, quote="quote", title=source.title)
        Stance.objects.create(
            agreement=other, country=kz, kind=StanceKind.REFUSES, date=date(year, 1, 1)
        )
    with django_assert_num_queries(5):
        large = country_timeline(country=kz)
        titles = [
            evidence.article.title
            for entry in large
            for evidence in entry.item.evidence.all()
            if evidence.article
        ]
    assert len(small) == before + 2 and len(large) == before + 32
    assert len(titles) == 15
    assert [entry.date for entry in large] == sorted(entry.date for entry in large)


def test_a_timeline_can_be_narrowed_to_one_agreement():
    accords = factories.agreement_from_catalogue("abraham-accords")
    entries = country_timeline(country=factories.country("AE"), agreement=accords)
    assert [(e.item.kind, e.item.date) for e in entries] == [("signed", date(2020, 9, 15))]
