"""The whole knowledge base as one versioned JSON document, and back.

Everything Concord knows is exported: countries, agreements and their aliases, events,
stances, evidence, articles, announcements, feeds, every model of the `agreements` and
`ingest` apps, and the history of each. Users appear with their names and groups but never
their passwords (a restored account must set a new one).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import IO, Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import serializers
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.db.models import Model

FORMAT = "concord-kb"
VERSION = 1
APPS = ("agreements", "ingest")
USER_FIELDS = (
    "username",
    "first_name",
    "last_name",
    "email",
    "is_staff",
    "is_active",
    "is_superuser",
    "date_joined",
)


class BackupError(Exception):
    """The file is not a Concord export this version can read, or the database is not empty."""


def kb_models() -> list[type[Model]]:
    """Every model whose rows make up the knowledge base, in a stable order."""
    return [model for label in APPS for model in apps.get_app_config(label).get_models()]


def _label(model: type[Model]) -> str:
    return model._meta.label_lower


def kb_export(out: IO[str]) -> dict[str, int]:
    """Write the knowledge base to `out`; returns the row count per model."""
    users = [
        {
            "pk": user.pk,
            **{f: getattr(user, f) for f in USER_FIELDS},
            "groups": sorted(user.groups.values_list("name", flat=True)),
        }
        for user in get_user_model().objects.order_by("pk")
    ]
    models: dict[str, list[dict[str, Any]]] = {}
    for model in kb_models():
        rows = model._default_manager.order_by("pk")
        models[_label(model)] = serializers.serialize("python", rows)
    document = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now(UTC).isoformat(),
        "users": users,
        "models": models,
    }
    json.dump(document, out, cls=_ExactEncoder, ensure_ascii=False, indent=1, sort_keys=True)
    return {"users": len(users), **{label: len(rows) for label, rows in models.items()}}


class _ExactEncoder(DjangoJSONEncoder):
    """Django's encoder rounds times to milliseconds; a backup keeps every microsecond."""

    def default(self, o):
        if isinstance(o, datetime):
            return o.isoformat()
        return super().default(o)


def _objects(rows: Iterable[dict[str, Any]]):
    return serializers.deserialize("python", rows, ignorenonexistent=False)


def kb_import(source: IO[str]) -> dict[str, int]:
    """Restore an export into an empty database, identically (same keys, same history)."""
    try:
        document = json.load(source)
    except json.JSONDecodeError as error:
        raise BackupError(f"not JSON: {error}") from error
    if document.get("format") != FORMAT:
        raise BackupError("not a Concord knowledge-base export")
    if document.get("version") != VERSION:
        raise BackupError(
            f"export version {document.get('version')} cannot be read by this Concord "
            f"(which reads version {VERSION})"
        )
    known = {_label(model): model for model in kb_models()}
    unknown = set(document["models"]) - set(known)
    if unknown:
        raise BackupError(f"the export has models this Concord does not know: {sorted(unknown)}")
    for model in known.values():
        if model._default_manager.exists():
            raise BackupError(f"the database is not empty: {_label(model)} has rows")
    user_model = get_user_model()
    counts: dict[str, int] = {}
    with transaction.atomic():
        for row in document["users"]:
            fields = {f: row[f] for f in USER_FIELDS}
            user, created = user_model.objects.get_or_create(pk=row["pk"], defaults=fields)
            if created:
                user.set_unusable_password()
                user.save()
            user.groups.set([Group.objects.get_or_create(name=n)[0] for n in row["groups"]])
        counts["users"] = len(document["users"])
        # Rows refer to each other in every direction (merged events, duplicate articles);
        # constraints are checked once everything is in.
        with connection.constraint_checks_disabled():
            for label, rows in document["models"].items():
                for obj in _objects(rows):
                    obj.save()
                counts[label] = len(rows)
        connection.check_constraints()
        _reset_sequences([known[label] for label in document["models"]])
    return counts


def _reset_sequences(models: list[type[Model]]) -> None:
    """After inserting explicit keys, PostgreSQL's sequences must move past them."""
    statements = connection.ops.sequence_reset_sql(_NoStyle(), models)
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


class _NoStyle:
    def __getattr__(self, name):
        return lambda text: text
