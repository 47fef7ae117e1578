from datetime import date
from pathlib import Path

import pytest

from agreements.models import Agreement, Announcement
from agreements.services import announcement_accept
from agreements.vocab import AgreementKind, EventKind, Precision, StanceKind
from tests import factories

ARTICLE = Path(__file__).resolve().parents[2] / "samples/articles/kazakhstan-abraham-accords.ar.txt"
KZ_QUOTE = "أعلنت كازاخستان رسميًا انضمامها إلى الاتفاقات الإبراهيمية"


def abraham_accords() -> Agreement:
    """The catalogue's Abraham Accords, or a stand-in when the catalogue is not loaded."""
    agreement, _ = Agreement.objects.get_or_create(
        slug="abraham-accords",
        defaults={
            "kind": AgreementKind.ACCORD,
            "names": {"en": "Abraham Accords", "ar": "الاتفاقات الإبراهيمية"},
            "name_en": "Abraham Accords",
        },
    )
    return agreement


def kazakhstan_joins_abraham_accords() -> Announcement:
    """KZ announced joining the Abraham Accords on 6 Nov 2025, as an Arabic article reports."""
    text = ARTICLE.read_text(encoding="utf-8")
    article = factories.article(
        title="كازاخستان تنضم إلى الاتفاقات الإبراهيمية",
        outlet="ANI عربي",
        language="ar",
        text=text,
    )
    claim = factories.announcement(
        abraham_accords(),
        "KZ",
        EventKind.ANNOUNCED_JOINING,
        date(2025, 11, 6),
        source=article,
        quote=KZ_QUOTE,
    )
    return announcement_accept(announcement=claim)


@pytest.fixture
def kazakhstan_joins(db) -> Announcement:
    return kazakhstan_joins_abraham_accords()


@pytest.fixture
def saudi_conditions(db, kazakhstan_joins) -> Announcement:
    """A stance from the same article: Saudi Arabia sets conditions (month precision)."""
    claim = factories.announcement(
        abraham_accords(),
        "SA",
        StanceKind.CONDITIONS,
        date(2025, 11, 1),
        Precision.MONTH,
        source=kazakhstan_joins.article,
        quote="فيما لا تزال السعودية وسوريا ولبنان ترفض الانضمام",
    )
    return announcement_accept(announcement=claim)


@pytest.fixture
def more_data(db):
    """Many more agreements, events, sources and stances, to show that query counts hold."""

    def grow(n: int = 12) -> None:
        states = ["FR", "DE", "IT", "ES", "PL", "SE", "FI", "NO", "DK", "PT", "GR", "AT"]
        for i in range(n):
            treaty = factories.agreement(kind=AgreementKind.TREATY)
            for j, iso2 in enumerate(states):
                factories.event(treaty, iso2, EventKind.SIGNED, date(2001 + i, 1 + j % 12, 1))
                factories.event(treaty, iso2, EventKind.RATIFIED, date(2003 + i, 1, 1), "year")
            factories.event(treaty, "KZ", EventKind.SIGNED, date(2010, 5, 1), "month")
            factories.event(treaty, "KZ", EventKind.RATIFIED, date(2011 + i, 3, 9))
            accord = factories.agreement(kind=AgreementKind.ACCORD)
            factories.event(accord, "KZ", EventKind.SIGNED, date(2019, 4, 2))
            pending = factories.announcement(
                abraham_accords(), "KZ", EventKind.ANNOUNCED_INTENT, date(2024, 1, 1), "year"
            )
            stance = factories.announcement(
                treaty, "KZ", StanceKind.CONSIDERING, date(2012, 1, 1), "year"
            )
            announcement_accept(announcement=stance)
            assert pending.state == Announcement.State.PENDING
        for iso2 in states:
            factories.event(abraham_accords(), iso2, EventKind.SIGNED, date(2021, 2, 3))

    return grow
