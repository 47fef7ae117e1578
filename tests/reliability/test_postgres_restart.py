"""PostgreSQL restarted while a worker reads a batch: requests fail cleanly, nothing is lost.

The machine's own PostgreSQL cluster is stopped for real, then started again (always, even
when the test fails). Meanwhile pages and the API answer 503 with Retry-After and no detail
of the failure; the worker's tasks retry on the lost connection; once the database is back
the batch finishes with no manual step (the periodic sweep included), each article read
exactly once in effect. Runs in CI's second stage (PostgreSQL and Redis) and is skipped
elsewhere.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from agreements.models import Announcement, SourceArticle
from ingest.services import article_submit_text
from ingest.tasks import sweep_unfinished_task
from tests import factories
from tests.reliability.test_faults import corpus_texts, expected_claims, unfinished
from tests.worker import wait_for, worker_process

# These stop or restart the machine's own PostgreSQL or Redis; they run when asked for with
# CONCORD_SERVICE_FAULTS=1 (see .ci/run), never by accident on a shared machine.
pytestmark = [
    pytest.mark.broker,
    pytest.mark.skipif(
        os.environ.get("CONCORD_SERVICE_FAULTS") != "1",
        reason="stops a shared service: set CONCORD_SERVICE_FAULTS=1 to run",
    ),
]

CONFIG = Path("/etc/postgresql")


def cluster() -> list[str]:
    version = sorted(p.name for p in CONFIG.iterdir())[0]
    return ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main"]


def postgres_answers() -> bool:
    ready = ["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]
    return subprocess.run(ready, timeout=10).returncode == 0


def postgres_start() -> None:
    subprocess.run([*cluster(), "start"], capture_output=True, timeout=60)
    assert wait_for(postgres_answers, timeout=60, interval=0.2), "PostgreSQL did not come back"


@contextmanager
def postgres_stopped() -> Iterator[None]:
    """The cluster stopped (clients cut off) for the block; started again whatever happens."""
    subprocess.run([*cluster(), "stop"], check=True, capture_output=True, timeout=60)
    try:
        yield
    finally:
        if not postgres_answers():
            postgres_start()
        connection.close()  # this process's connection died with the server: open a new one


@pytest.fixture
def machine_postgres(real_broker):
    db = connection.settings_dict
    local = (db["HOST"] or "127.0.0.1", str(db["PORT"] or 5432)) == ("127.0.0.1", "5432")
    if not local or not CONFIG.is_dir() or not shutil.which("pg_ctlcluster"):
        pytest.skip("needs DATABASE_URL on this machine's PostgreSQL at 127.0.0.1:5432")
    yield real_broker
    if not postgres_answers():  # never leave the machine without its database
        postgres_start()
        connection.close()


def test_a_postgres_restart_under_load_fails_requests_cleanly_and_loses_nothing(
    machine_postgres, tmp_path
):
    # Enough articles that the restart lands while the worker is still busy with them: the
    # plain-text corpus articles over and over, each copy given a line of its own.
    plain = [(name, text) for name, text in corpus_texts(100) if name.endswith(".txt")]
    texts = [
        (name, text.replace("\n", f"\n\nArchive reference {n}.\n\n", 1))
        for n, (name, text) in enumerate(plain * 4)
    ][:160]
    log = tmp_path / "worker.log"
    machine_postgres.control.purge()
    articles = [article_submit_text(text=text)[0] for _, text in texts]
    editor = factories.user(editor=True)
    api = APIClient(raise_request_exception=False)
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=editor).key}")
    reader = Client(raise_request_exception=False)
    curator = Client(raise_request_exception=False)
    curator.force_login(editor)
    with worker_process(("INGEST_SWEEP_AFTER_SECONDS", "0"), log=log, purge=False):
        started = wait_for(lambda: unfinished() <= len(texts) - 2, timeout=90, interval=0.05)
        assert started, log.read_text()[-3000:]
        with postgres_stopped():
            during = {
                "api read": api.get("/api/v1/articles/"),
                "api write": api.post("/api/v1/submissions/", {"text": "x"}, format="json"),
                "page": reader.get("/en/countries/KZ/"),
                "admin": curator.get("/admin/agreements/announcement/"),
            }
        left_after_restart = unfinished()
        # Beat's next periodic sweep, as in production: it re-sends whatever is unfinished, so
        # even a delivery lost with the outage is recovered (a second delivery is a no-op).
        sweep_unfinished_task.delay()
        done = wait_for(lambda: unfinished() == 0, timeout=240)
        assert done, (unfinished(), log.read_text()[-3000:])

    for name, response in during.items():
        assert response.status_code == 503, (name, response.status_code)
        assert response["Retry-After"] == "30", name
        body = response.content.decode()
        assert "Traceback" not in body and "psycopg" not in body and "5432" not in body, name
    assert during["api read"].json()["code"] == "service_unavailable"
    assert "try again" in during["page"].content.decode()
    assert left_after_restart > 0, "the restart should land in the middle of the batch"
    # Tasks met the outage and were retried; none failed with an unexpected error. (A retried
    # task may still wait for its countdown when the sweep has already finished its article:
    # it then finds the work done.)
    worker_log = log.read_text()
    assert re.search(r"process_article_task\[[\w-]+\] retry:", worker_log), worker_log[-3000:]
    assert "raised unexpected" not in worker_log, worker_log[-3000:]

    after = api.get("/api/v1/articles/")
    assert after.status_code == 200
    for article, (name, text) in zip(articles, texts, strict=True):
        article.refresh_from_db()
        assert article.status == "extracted", (name, article.status, article.status_message)
        assert Announcement.objects.filter(article=article).count() == expected_claims(
            text, article.published_on
        ), name
    assert SourceArticle.objects.count() == len(texts)
