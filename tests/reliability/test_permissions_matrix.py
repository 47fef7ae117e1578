"""Who may write: every role against every protected API operation and every admin action.

The operations are read from the OpenAPI schema and the actions from the admin's registry, so
a new endpoint or action fails here until its row is added. Roles: anonymous, a signed-in
user outside the editor group, a staff member without permissions (admin only), an editor,
and a superuser.

API: anonymous 401, non-editor 403, editor and superuser succeed.
Admin: anonymous and non-staff are sent to the login page, staff without permissions get 403;
nothing changes for any of them. Editors and superusers succeed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse
from django_celery_beat.models import IntervalSchedule, PeriodicTask
from drf_spectacular.generators import SchemaGenerator
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from agreements.datasets import dataset_import
from agreements.models import (
    Announcement,
    Dataset,
    Disagreement,
    ParticipationEvent,
    SourceArticle,
    Stance,
)
from agreements.services import event_merge
from agreements.vocab import AgreementKind, EventKind, Precision, StanceKind
from ingest.models import Feed
from tests import factories
from tests.datasets.conftest import ENV_HEADER, _csv

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "user", "staff", "editor", "superuser"]
API_ROLES = ["anonymous", "user", "editor", "superuser"]


def make_user(role: str):
    if role == "anonymous":
        return None
    if role == "editor":
        return factories.user(editor=True)
    if role == "superuser":
        return factories.user(is_staff=True, is_superuser=True)
    return factories.user(is_staff=role == "staff")


# --- What each write works on ---------------------------------------------------------------


@dataclass
class World:
    """The rows the writes act on, made afresh for every test."""

    treaty: object
    event: ParticipationEvent
    duplicate: ParticipationEvent
    merged: ParticipationEvent
    stance: Stance
    claim: Announcement
    feed: Feed
    dataset: Dataset
    disagreement: Disagreement
    periodic: PeriodicTask
    paused: PeriodicTask


@pytest.fixture
def world(tmp_path) -> World:
    treaty = factories.agreement(kind=AgreementKind.ACCORD)
    event = factories.event(treaty, "SE", EventKind.JOINED, date(2024, 3, 7), source="NATO")
    duplicate = factories.event(treaty, "SE", EventKind.JOINED, date(2024, 3, 1), Precision.MONTH)
    merged = factories.event(treaty, "FI", EventKind.JOINED, date(2023, 4, 4), source="NATO")
    event_merge(
        keep=merged,
        others=[factories.event(treaty, "FI", EventKind.JOINED, date(2023, 1, 1), "year")],
    )
    merged = ParticipationEvent.objects.get(country__iso2="FI", precision="year")
    stance = Stance.objects.create(
        agreement=treaty, country=factories.country("SA"), kind=StanceKind.REFUSES,
        date=date(2025, 11, 7), precision=Precision.DAY, summary="No.",
    )  # fmt: skip
    claim = factories.announcement(treaty, "KZ", EventKind.ANNOUNCED_JOINING, date(2025, 11, 6))
    feed = Feed.objects.create(url="https://news.example/rss")
    path = tmp_path / "HUGGO_MEM_env_reconciled.csv"
    row = {"treatyID": "TRTPNW_1968A", "manyID": "TRTPNW_1968A", "Title": "NPT",
           "Begin": "01.07.1968", "stateID": "FRA", "Accession": "02.05.1992"}  # fmt: skip
    path.write_text(_csv(ENV_HEADER, [row]), encoding="utf-8")
    dataset_import(source="manytreaties", path=path)
    every_minute = IntervalSchedule.objects.create(every=60, period=IntervalSchedule.SECONDS)
    periodic, paused = (
        PeriodicTask.objects.create(
            name=name, task=task, interval=every_minute, enabled=name == "sweep"
        )
        for name, task in [
            ("sweep", "ingest.tasks.sweep_unfinished_task"),
            ("feeds", "ingest.tasks.poll_feeds_task"),
        ]
    )
    return World(
        treaty, event, duplicate, merged, stance, claim, feed,
        Dataset.objects.get(), Disagreement.objects.get(), periodic, paused,
    )  # fmt: skip


# --- The API ---------------------------------------------------------------------------------

SOURCES = [{"title": "Joint statement", "url": "https://example.org/statement"}]
# (method, path in the schema) → the request an editor would make, and what it changes.
API_WRITES: dict[tuple[str, str], Callable[[World], tuple[str, dict | None]]] = {
    ("POST", "/api/v1/events/"): lambda w: (
        "/api/v1/events/",
        {
            "agreement": w.treaty.slug,
            "country": "KZ",
            "kind": "announced_joining",
            "date": "2025-11-06",
            "sources": SOURCES,
        },
    ),
    ("PATCH", "/api/v1/events/{id}/"): lambda w: (
        f"/api/v1/events/{w.event.pk}/",
        {"note": "checked against the depositary"},
    ),
    ("POST", "/api/v1/events/{id}/merge/"): lambda w: (
        f"/api/v1/events/{w.event.pk}/merge/",
        {"others": [w.duplicate.pk]},
    ),
    ("POST", "/api/v1/stances/"): lambda w: (
        "/api/v1/stances/",
        {
            "agreement": w.treaty.slug,
            "country": "SA",
            "kind": "conditions",
            "date": "2025-11-18",
            "summary": "Only with conditions.",
            "sources": SOURCES,
        },
    ),
    ("PATCH", "/api/v1/stances/{id}/"): lambda w: (
        f"/api/v1/stances/{w.stance.pk}/",
        {"summary": "Refuses, for now."},
    ),
    ("PATCH", "/api/v1/announcements/{id}/"): lambda w: (
        f"/api/v1/announcements/{w.claim.pk}/",
        {"date": "2025-11-05"},
    ),
    ("POST", "/api/v1/announcements/{id}/accept/"): lambda w: (
        f"/api/v1/announcements/{w.claim.pk}/accept/",
        {"note": "confirmed"},
    ),
    ("POST", "/api/v1/announcements/{id}/reject/"): lambda w: (
        f"/api/v1/announcements/{w.claim.pk}/reject/",
        {"note": "misread"},
    ),
    ("GET", "/api/v1/feeds/"): lambda w: ("/api/v1/feeds/", None),
    ("GET", "/api/v1/feeds/{id}/"): lambda w: (f"/api/v1/feeds/{w.feed.pk}/", None),
    ("POST", "/api/v1/feeds/"): lambda w: (
        "/api/v1/feeds/",
        {"url": "https://news.example/other.xml", "language": "ar"},
    ),
    ("PATCH", "/api/v1/feeds/{id}/"): lambda w: (f"/api/v1/feeds/{w.feed.pk}/", {"active": False}),
    ("POST", "/api/v1/submissions/"): lambda w: (
        "/api/v1/submissions/",
        {"text": "Kazakhstan announced on Thursday that it joins the accords.", "title": "KZ"},
    ),
}
PUBLIC_WRITES = {("POST", "/api/v1/auth/token/")}  # how one signs in: open by design


def protected_operations() -> set[tuple[str, str]]:
    """Every operation the schema documents as needing an editor (401 and 403 answers)."""
    paths = SchemaGenerator().get_schema(request=None, public=True)["paths"]
    return {
        (method.upper(), path)
        for path, operations in paths.items()
        for method, operation in operations.items()
        if method != "get" or {"401", "403"} <= set(operation["responses"])
    }


def test_the_matrix_covers_every_protected_operation_of_the_schema():
    assert protected_operations() == set(API_WRITES) | PUBLIC_WRITES


def api_client(role: str) -> APIClient:
    client = APIClient()
    user = make_user(role)
    if user is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.mark.parametrize("role", API_ROLES)
@pytest.mark.parametrize("operation", sorted(API_WRITES), ids=" ".join)
def test_api_operation(operation, role, world, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None, "submissions": None},
    }
    method, _ = operation
    path, body = API_WRITES[operation](world)
    before = snapshot()
    response = getattr(api_client(role), method.lower())(path, body, format="json")
    expected = {"anonymous": {401}, "user": {403}}.get(role, {200, 201, 202})
    assert response.status_code in expected, response.content[:500]
    if role in ("anonymous", "user"):
        assert response.json()["code"] in ("not_authenticated", "permission_denied")
        assert snapshot() == before, "a refused request changed something"
    elif method != "GET":
        assert snapshot() != before, "an allowed write changed nothing"


def snapshot() -> tuple:
    """Every row a write could touch, with what a write could change in it."""
    return (
        sorted(ParticipationEvent.objects.values_list("pk", "note", "merged_into")),
        sorted(Stance.objects.values_list("pk", "summary")),
        sorted(Announcement.objects.values_list("pk", "state", "date", "review_note")),
        sorted(Feed.objects.values_list("pk", "url", "active", "last_polled_at")),
        sorted(SourceArticle.objects.values_list("pk", "status")),
        sorted(Disagreement.objects.values_list("pk", "state", "resolution")),
        sorted(Dataset.objects.values_list("pk", "imported_at")),
        sorted(PeriodicTask.objects.values_list("pk", "enabled")),
    )


# --- The admin -------------------------------------------------------------------------------

CURATORS = ("editor", "superuser")


@dataclass(frozen=True)
class Action:
    rows: Callable[[World], list]
    allowed: tuple[str, ...] = CURATORS
    changes_rows: bool = True  # False: it sends tasks and changes no row itself


# (model, action) → the rows it is run on, and who may run it.
ADMIN_ACTIONS: dict[tuple[str, str], Action] = {
    ("agreements.participationevent", "merge_events"): Action(lambda w: [w.event, w.duplicate]),
    ("agreements.participationevent", "unmerge_events"): Action(lambda w: [w.merged]),
    ("agreements.announcement", "accept_selected"): Action(lambda w: [w.claim]),
    ("agreements.announcement", "reject_selected"): Action(lambda w: [w.claim]),
    ("agreements.disagreement", "keep_event"): Action(lambda w: [w.disagreement]),
    ("agreements.disagreement", "keep_other"): Action(lambda w: [w.disagreement]),
    ("agreements.disagreement", "both_stand"): Action(lambda w: [w.disagreement]),
    ("agreements.dataset", "import_again"): Action(lambda w: [w.dataset], changes_rows=False),
    ("ingest.feed", "poll_now"): Action(lambda w: [w.feed]),
    # The schedule of periodic jobs (django-celery-beat) is the superuser's alone.
    ("django_celery_beat.periodictask", "enable_tasks"): Action(
        lambda w: [w.paused], allowed=("superuser",)
    ),
    ("django_celery_beat.periodictask", "disable_tasks"): Action(
        lambda w: [w.periodic], allowed=("superuser",)
    ),
    ("django_celery_beat.periodictask", "toggle_tasks"): Action(
        lambda w: [w.periodic], allowed=("superuser",)
    ),
    ("django_celery_beat.periodictask", "run_tasks"): Action(
        lambda w: [w.periodic], allowed=("superuser",), changes_rows=False
    ),
}


def registered_actions() -> set[tuple[str, str]]:
    """Every action of every model in the admin, but Django's own bulk delete."""
    found = set()
    for model, model_admin in admin.site._registry.items():
        for action in model_admin.actions or []:
            name = action if isinstance(action, str) else action.__name__
            found.add((model._meta.label_lower, name))
    return found


def test_the_matrix_covers_every_admin_action():
    assert registered_actions() == set(ADMIN_ACTIONS)


def admin_client(role: str) -> Client:
    client = Client()
    user = make_user(role)
    if user is not None:
        client.force_login(user)
    return client


def expect_refused(response, role: str) -> None:
    if role in ("anonymous", "user"):  # not staff: the admin asks them to sign in
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", sorted(ADMIN_ACTIONS), ids=" ".join)
def test_admin_action(action, role, world, web):
    label, name = action
    app_label, model_name = label.split(".")
    spec = ADMIN_ACTIONS[action]
    rows = spec.rows(world)
    before = snapshot()
    response = admin_client(role).post(
        reverse(f"admin:{app_label}_{model_name}_changelist"),
        {"action": name, "_selected_action": [row.pk for row in rows]},
        follow=role in spec.allowed,
    )
    if role in spec.allowed:
        assert response.status_code == 200, response.content[:500]
        assert response.redirect_chain, "the action did not run"
        page = response.content.decode()
        assert 'class="messagelist"' in page and 'class="error"' not in page
        if spec.changes_rows:
            assert snapshot() != before, "the action changed nothing"
    else:
        expect_refused(response, role)
        assert snapshot() == before, "a refused action changed something"


@pytest.mark.parametrize("role", ROLES)
def test_admin_submission_form(role):
    response = admin_client(role).post(
        reverse("admin:agreements_sourcearticle_add"),
        {"text": "Kazakhstan announced on Thursday that it joins the accords."},
    )
    if role in ("editor", "superuser"):
        article = SourceArticle.objects.get()
        assert response.status_code == 302
        assert response["Location"].endswith(f"/{article.pk}/change/")
    else:
        expect_refused(response, role)
        assert not SourceArticle.objects.exists()


def test_seeing_datasets_is_not_enough_to_import_one_again(world):
    """Re-importing writes events from a file: it needs its own permission, not just a view."""
    from django.contrib.auth.models import Permission

    viewer = factories.user(is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_dataset"))
    client = Client()
    client.force_login(viewer)
    changelist = reverse("admin:agreements_dataset_changelist")
    assert client.get(changelist).status_code == 200
    assert 'value="import_again"' not in client.get(changelist).content.decode()
    before = snapshot()
    response = client.post(
        changelist, {"action": "import_again", "_selected_action": [world.dataset.pk]}, follow=True
    )
    assert response.status_code == 200 and "Import started" not in response.content.decode()
    assert snapshot() == before and Dataset.objects.get().imported_at == world.dataset.imported_at
    editor_page = admin_client("editor").get(changelist).content.decode()
    assert 'value="import_again"' in editor_page
