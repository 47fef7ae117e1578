"""Small builders for test rows. Countries and agreements come from the reference data."""

from __future__ import annotations

import hashlib
import itertools
from datetime import date

from agreements.models import (
    Agreement,
    Announcement,
    Country,
    Evidence,
    ParticipationEvent,
    SourceArticle,
)
from agreements.vocab import AgreementKind, Precision

_seq = itertools.count(1)


def country(iso2: str) -> Country:
    return Country.objects.get(iso2=iso2)


def agreement(slug: str | None = None, *, kind: str = AgreementKind.TREATY, **extra) -> Agreement:
    slug = slug or f"test-agreement-{next(_seq)}"
    return Agreement.objects.create(
        slug=slug, kind=kind, names={"en": slug, "ar": slug}, name_en=slug, **extra
    )


def event(
    agreement: Agreement,
    iso2: str,
    kind: str,
    on: date,
    precision: str = Precision.DAY,
    *,
    source: str = "Test depositary notification",
) -> ParticipationEvent:
    created = ParticipationEvent.objects.create(
        agreement=agreement, country=country(iso2), kind=kind, date=on, precision=precision
    )
    Evidence.objects.create(event=created, title=source)
    return created


def article(**fields) -> SourceArticle:
    n = next(_seq)
    defaults = {
        "url": f"https://news.example/{n}",
        "title": f"Article {n}",
        "language": "ar",
        "published_on": date(2025, 11, 7),
        "text": f"text {n}",
        "content_hash": hashlib.sha256(f"text {n}".encode()).hexdigest(),
        "status": SourceArticle.Status.EXTRACTED,
    }
    return SourceArticle.objects.create(**{**defaults, **fields})


def announcement(
    agreement: Agreement,
    iso2: str,
    kind: str,
    on: date,
    precision: str = Precision.DAY,
    *,
    source: SourceArticle | None = None,
    **fields,
) -> Announcement:
    return Announcement.objects.create(
        article=source or article(),
        agreement=agreement,
        country=country(iso2),
        kind=kind,
        date=on,
        precision=precision,
        quote=fields.pop("quote", "A quoted sentence."),
        confidence=fields.pop("confidence", 0.8),
        **fields,
    )


def agreement_from_catalogue(slug: str) -> Agreement:
    return Agreement.objects.get(slug=slug)


def user(username: str | None = None, *, editor: bool = False, **fields):
    from django.contrib.auth import get_user_model

    from agreements.services import editor_group_sync

    created = get_user_model().objects.create_user(
        username=username or f"user{next(_seq)}", password="x-test-password-x", **fields
    )
    if editor:
        created.is_staff = True
        created.save()
        created.groups.add(editor_group_sync())
    return created
