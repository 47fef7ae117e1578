"""The extractor's gazetteer, built from the database and rebuilt when names change.

Adding an alias in the admin changes the fingerprint, so the next article is read with it.
Which agreements are joined by signing or on entry into force (see ``gazetteer_join_modes``),
and the days organisations were founded (see ``gazetteer_founding_days``), are read with the
names: events accepted later count from the next change of names, or the next process.
"""

from __future__ import annotations

import threading

from django.core.management.base import CommandError
from django.db import DatabaseError
from django.db.models import Count, Max

from agreements.models import Agreement, AgreementAlias, Country, CountryAlias
from agreements.selectors import (
    gazetteer_agreement_kinds,
    gazetteer_agreement_since,
    gazetteer_counterparts,
    gazetteer_founding_days,
    gazetteer_join_modes,
    gazetteer_names,
)
from ingest.extract import Gazetteer

_lock = threading.Lock()
_cached: tuple[tuple, Gazetteer] | None = None


def _fingerprint() -> tuple:
    return tuple(
        tuple(model.objects.aggregate(n=Count("pk"), last=Max("updated_at")).values())
        for model in (Country, CountryAlias, Agreement, AgreementAlias)
    )


def gazetteer_current() -> Gazetteer:
    """The gazetteer for the names in the database now (cached while they do not change)."""
    global _cached
    fingerprint = _fingerprint()
    with _lock:
        if _cached is None or _cached[0] != fingerprint:
            countries, agreements = gazetteer_names()
            joined_by_signing, joined_on_entry = gazetteer_join_modes()
            _cached = (
                fingerprint,
                Gazetteer.from_names(
                    countries=countries,
                    agreements=agreements,
                    agreement_kinds=gazetteer_agreement_kinds(),
                    since=gazetteer_agreement_since(),
                    founded=gazetteer_founding_days(),
                    counterparts=gazetteer_counterparts(),
                    joined_by_signing=joined_by_signing,
                    joined_on_entry=joined_on_entry,
                ),
            )
        return _cached[1]


def gazetteer_for_command() -> Gazetteer:
    """The gazetteer, or a clear error for a database that has no names yet."""
    try:
        gazetteer = gazetteer_current()
        empty = not Agreement.objects.exists()
    except DatabaseError as error:
        raise CommandError(
            f"The database is not ready ({error.__class__.__name__}): run "
            "`manage.py migrate` and `manage.py load_reference_data` first."
        ) from error
    if empty:
        raise CommandError(
            "No agreements are known yet: run `manage.py load_reference_data` first."
        )
    return gazetteer
