"""Candidates → announcements. Importing the same candidates again is a no-op."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from django.conf import settings
from django.db import transaction

from agreements.models import Agreement, Announcement, Country, SourceArticle, period_start
from agreements.services import announcement_accept, event_matching
from agreements.vocab import ClaimKind, Derivation, Precision
from ingest.extract import Candidate

AUTO_ATTACH_NOTE = "Attached automatically: the claim matches an accepted event."


@transaction.atomic
def candidates_import(*, article: SourceArticle, candidates: Iterable[Candidate]) -> Counter:
    """Store each candidate as a pending announcement of `article`.

    A candidate that corroborates an event already in the knowledge base is accepted at once
    as a further source of that event, so editors are not asked twice about a known fact.
    Returns counts of "insert", "attached", "noop" and "skipped" (below the confidence
    threshold, no date, or naming a country or agreement that is not in the database).
    """
    counts: Counter = Counter()
    candidates = list(candidates)
    agreements = {
        a.slug: a for a in Agreement.objects.filter(slug__in={c.agreement for c in candidates})
    }
    countries = {
        c.iso2: c for c in Country.objects.filter(iso2__in={c.country for c in candidates})
    }
    for candidate in candidates:
        agreement = agreements.get(candidate.agreement)
        country = countries.get(candidate.country)
        if (
            agreement is None
            or country is None
            or candidate.date is None
            or candidate.kind not in ClaimKind.values
            or candidate.confidence < settings.INGEST_MIN_CONFIDENCE
        ):
            counts["skipped"] += 1
            continue
        precision = candidate.precision or Precision.DAY
        announcement, created = Announcement.objects.get_or_create(
            article=article,
            agreement=agreement,
            country=country,
            kind=candidate.kind,
            defaults={
                "quote": candidate.quote,
                "date": period_start(candidate.date, precision),
                "precision": precision,
                "derivation": candidate.derivation or Derivation.STATED,
                "background": candidate.background,
                "confidence": round(float(candidate.confidence), 3),
            },
        )
        if not created:
            counts["noop"] += 1
            continue
        counts["insert"] += 1
        if announcement.is_stance or candidate.confidence < settings.INGEST_AUTO_ATTACH_CONFIDENCE:
            continue
        existing = event_matching(
            agreement=agreement,
            country=country,
            kind=announcement.kind,
            date=announcement.date,
            precision=announcement.precision,
            background=announcement.background,
        )
        if existing is not None:
            announcement_accept(announcement=announcement, note=AUTO_ATTACH_NOTE)
            counts["attached"] += 1
    return counts
