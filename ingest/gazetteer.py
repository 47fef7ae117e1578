"""The extractor's gazetteer, built from the database and rebuilt when names change.

Adding an alias in the admin changes the fingerprint, so the next article is read with it.
"""

from __future__ import annotations

import threading

from django.db.models import Count, Max

from agreements.models import Agreement, AgreementAlias, Country, CountryAlias
from agreements.selectors import gazetteer_agreement_kinds, gazetteer_names
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
            _cached = (
                fingerprint,
                Gazetteer.from_names(
                    countries=countries,
                    agreements=agreements,
                    agreement_kinds=gazetteer_agreement_kinds(),
                ),
            )
        return _cached[1]
