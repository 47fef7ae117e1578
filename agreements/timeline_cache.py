"""Rendered country timelines kept in the cache (Redis in production), invalidated exactly.

A timeline is stored under a key that holds two version numbers: the country's, raised
whenever one of its events, stances, their sources or the articles those sources cite is
saved or deleted, and a global one, raised when an agreement, a state or a dataset changes
(their names and attributions are shown on every timeline). A change therefore never has to
find the entries it makes stale: the next request simply asks for a key that does not exist
yet, and the old entries expire on their own.

Writes that bypass signals (bulk_create, QuerySet.update) must call `facts_changed_all()`
themselves; the dataset import does.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

TIMEOUT = 24 * 3600
_ALL = "concord:facts:v:all"
_ANY = "concord:facts:v:any"  # raised by every change: for figures over all facts
# Fields of an article that a timeline shows (a source's link, outlet and date).
ARTICLE_SHOWN = frozenset({"title", "url", "outlet", "language", "published_on"})


def _country_key(country_id: int) -> str:
    return f"concord:facts:v:country:{country_id}"


def timeline_version(country_id: int) -> str:
    """The version of what a country's timeline shows: changes whenever any of it does."""
    keys = [_ALL, _country_key(country_id)]
    found = cache.get_many(keys)
    return ".".join(str(found.get(key, 0)) for key in keys)


def _bump(keys: Iterable[str]) -> None:
    for key in set(keys):
        # add() then incr(): incr is atomic in Redis, so two writers never lose a bump.
        cache.add(key, 0, timeout=None)
        try:
            cache.incr(key)
        except ValueError:  # evicted between add and incr
            cache.set(key, 1, timeout=None)


def _bump_after_commit(keys: list[str]) -> None:
    # Now, so that this transaction's own reads see fresh pages; and after commit, so that
    # a page rendered by another request meanwhile from the old rows is not kept.
    _bump(keys)
    transaction.on_commit(lambda: _bump(keys))


def facts_changed_for(country_ids: Iterable[int | None]) -> None:
    _bump_after_commit([_ANY, *(_country_key(pk) for pk in country_ids if pk is not None)])


def facts_changed_all() -> None:
    _bump_after_commit([_ANY, _ALL])


def names_version() -> int:
    """Raised when any agreement, state, alias or dataset changes: their names."""
    return cache.get(_ALL, 0)


def facts_version() -> str:
    """The version of every fact: changes whenever any fact, source or name does."""
    found = cache.get_many([_ANY, _ALL])
    return f"{found.get(_ANY, 0)}.{found.get(_ALL, 0)}"


# A state's code → its row id, per process: ids never change, so a cached timeline can be
# found without asking the database which country a code names.
_COUNTRY_IDS: dict[str, int] = {}


def country_id_known(code: str) -> int | None:
    return _COUNTRY_IDS.get(code.upper())


def country_id_remember(code: str, country_id: int) -> None:
    if len(_COUNTRY_IDS) < 10_000:  # codes are checked before they are remembered
        _COUNTRY_IDS[code.upper()] = country_id


def _digest(parts: tuple[str, ...]) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()


def cache_key(kind: str, country_id: int, *parts: str) -> str:
    version = timeline_version(country_id)
    return f"concord:timeline:{kind}:{country_id}:{version}:{_digest(parts)}"


def answer_cache_key(kind: str, *parts: str) -> str:
    """A key for an answer that may show any fact (who is party to an agreement): it holds
    the version of every fact, so any change makes the next request miss."""
    return f"concord:answer:{kind}:{facts_version()}:{_digest(parts)}"


# --- Signals ---------------------------------------------------------------------------------


def _fact_saved(sender, instance, **kwargs) -> None:
    facts_changed_for([instance.country_id])


def _evidence_saved(sender, instance, **kwargs) -> None:
    from agreements.models import ParticipationEvent, Stance

    if instance.event_id:
        owner = ParticipationEvent.objects.filter(pk=instance.event_id)
    else:
        owner = Stance.objects.filter(pk=instance.stance_id)
    facts_changed_for(owner.values_list("country_id", flat=True))


def _disagreement_saved(sender, instance, **kwargs) -> None:
    from agreements.models import ParticipationEvent

    facts_changed_for(
        ParticipationEvent.objects.filter(pk=instance.event_id).values_list("country_id", flat=True)
    )


def _article_saved(sender, instance, update_fields=None, created=False, **kwargs) -> None:
    from agreements.models import Evidence

    if created or (update_fields is not None and not ARTICLE_SHOWN & set(update_fields)):
        return  # a new article is nobody's source yet; processing steps change nothing shown
    cited = Evidence.objects.filter(article_id=instance.pk)
    facts_changed_for(
        [
            *cited.exclude(event=None).values_list("event__country_id", flat=True),
            *cited.exclude(stance=None).values_list("stance__country_id", flat=True),
        ]
    )


def _everything_changed(sender, instance, **kwargs) -> None:
    facts_changed_all()


def connect() -> None:
    from agreements.models import (
        Agreement,
        AgreementAlias,
        Country,
        CountryAlias,
        Dataset,
        Disagreement,
        Evidence,
        ParticipationEvent,
        SourceArticle,
        Stance,
    )

    for signal in (post_save, post_delete):
        for model, receiver in (
            (ParticipationEvent, _fact_saved),
            (Stance, _fact_saved),
            (Evidence, _evidence_saved),
            (Disagreement, _disagreement_saved),
            (SourceArticle, _article_saved),
            (Agreement, _everything_changed),
            (Country, _everything_changed),
            (Dataset, _everything_changed),
            (AgreementAlias, _everything_changed),
            (CountryAlias, _everything_changed),
        ):
            signal.connect(receiver, sender=model, dispatch_uid=f"timeline_cache_{model.__name__}")
