"""Celery doors into the knowledge base's long writes."""

from __future__ import annotations

from celery import shared_task
from django.core.cache import cache

from agreements.datasets import dataset_import


@shared_task(acks_late=True, time_limit=900, soft_time_limit=840)
def import_dataset_task(source: str, path: str) -> str:
    """Import a structured source in the background (the admin's "import again")."""
    lock = f"concord:import-dataset:{source}"
    if not cache.add(lock, "1", timeout=900):
        return "already running"  # a second click, or a redelivery while the first runs
    try:
        report = dataset_import(source=source, path=path)
    finally:
        cache.delete(lock)
    return "; ".join(report.summary())


@shared_task(acks_late=True, time_limit=300, soft_time_limit=280)
def refresh_knowledge_counts_task() -> dict[str, int]:
    """Count what Concord knows again, for the home page (agreements/counts.py)."""
    from agreements.counts import knowledge_counts_refresh

    return knowledge_counts_refresh()
