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
