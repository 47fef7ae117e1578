"""Redis stopped while editors submit articles: every submission is stored, none is lost.

The machine's own Redis (127.0.0.1:6379) is shut down for real and started again with the
command CI uses; it is always started again, even when the test fails. Runs in CI's second
stage (PostgreSQL and Redis) and is skipped elsewhere.

The database is the record of work, so a submission made while the broker is away is stored
and answered 202 (API) or redirected to its page (admin): it is never refused with a 503 and
never a 500. When Redis is back the periodic sweep hands every stored article to a worker.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from agreements.models import SourceArticle
from ingest.evaluation import load_corpus
from ingest.reading import read_file
from ingest.tasks import sweep_unfinished_task
from tests import factories
from tests.localserver import Route, serve
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

CORPUS = Path(django_settings.BASE_DIR) / "tests" / "fixtures" / "corpus"
REDIS_CLI = ["redis-cli", "-h", "127.0.0.1", "-p", "6379"]
# Exactly how .ci/run starts Redis.
REDIS_START = [
    "redis-server",
    "--daemonize",
    "yes",
    "--bind",
    "127.0.0.1",
    "-::1",
    "--port",
    "6379",
    "--save",
    "",
    "--appendonly",
    "no",
    "--dir",
    "/var/lib/redis",
    "--logfile",
    "/var/log/redis/ci.log",
]


def redis_answers() -> bool:
    ping = subprocess.run([*REDIS_CLI, "ping"], capture_output=True, text=True, timeout=10)
    return ping.stdout.strip() == "PONG"


def redis_start() -> None:
    for folder in ("/var/lib/redis", "/var/log/redis"):
        Path(folder).mkdir(parents=True, exist_ok=True)
    subprocess.run(REDIS_START, check=True, timeout=30)
    assert wait_for(redis_answers, timeout=30, interval=0.2), "Redis did not come back"


@contextmanager
def redis_stopped() -> Iterator[None]:
    """Redis shut down for the duration of the block; started again whatever happens."""
    subprocess.run([*REDIS_CLI, "shutdown", "nosave"], capture_output=True, timeout=30)
    try:
        assert wait_for(lambda: not redis_answers(), timeout=20), "Redis did not stop"
        yield
    finally:
        if not redis_answers():
            redis_start()


@pytest.fixture
def machine_redis(real_broker):
    """The real broker, when it is this machine's Redis and this test may stop it."""
    url = urlsplit(django_settings.REDIS_URL)
    if (url.hostname, url.port) != ("127.0.0.1", 6379) or not shutil.which("redis-server"):
        pytest.skip("needs REDIS_URL on this machine's Redis at 127.0.0.1:6379")
    if not redis_answers():
        redis_start()
    real_broker.control.purge()
    yield real_broker
    if not redis_answers():  # never leave the machine without its Redis
        redis_start()


def corpus_texts(count: int) -> list[str]:
    return [read_file(CORPUS / g.file) for g in load_corpus(CORPUS / "gold.jsonl")[:count]]


def test_submissions_while_redis_is_down_are_stored_and_read_once_it_is_back(
    machine_redis, settings, tmp_path
):
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = True  # the one URL is served on loopback
    editor = factories.user(editor=True)
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=editor).key}")
    admin = Client()
    admin.force_login(editor)
    texts = corpus_texts(12)
    page = (CORPUS.parent / "holdout" / "008-vilnius-summit.en.html").read_bytes()
    log = tmp_path / "worker.log"

    with serve({"/vilnius": Route(page, headers={"Content-Type": "text/html"})}) as base:
        with redis_stopped():
            answers = [
                api.post("/api/v1/submissions/", {"text": text}, format="json")
                for text in texts[:6]
            ]
            answers.append(
                api.post(
                    "/api/v1/submissions/", {"url": f"{base}/vilnius?utm_source=x"}, format="json"
                )
            )
            for text in texts[6:]:
                answers.append(
                    admin.post(reverse("admin:agreements_sourcearticle_add"), {"text": text})
                )
            # Reading goes on too: the throttles and cached pages miss their cache quietly.
            reads = [
                api.get("/api/v1/articles/"),
                admin.get(reverse("admin:agreements_sourcearticle_changelist")),
                Client().get("/en/countries/KZ/"),
            ]
            stored = SourceArticle.objects.count()
            assert [a.status_code for a in answers] == [202] * 7 + [302] * 6, [
                a.content[:300] for a in answers
            ]
            assert [r.status_code for r in reads] == [200, 200, 200]
            assert stored == 13
            assert set(SourceArticle.objects.values_list("status", flat=True)) == {"queued"}
            # Nothing was handed to a worker: there was no broker to hand it to.
        assert redis_answers()

        # Redis is back, empty. A worker starts; the sweep finds every stored article.
        with worker_process(
            ("INGEST_SWEEP_AFTER_SECONDS", "0"), ("INGEST_ALLOW_PRIVATE_ADDRESSES", "1"), log=log
        ):
            sweep_unfinished_task.delay()
            done = wait_for(
                lambda: not SourceArticle.objects.filter(status__in=["queued", "fetched"]).exists(),
                timeout=120,
            )
        assert done, (
            list(SourceArticle.objects.values_list("pk", "status", "status_message")),
            log.read_text()[-3000:],
        )

    assert SourceArticle.objects.count() == stored  # nothing lost, nothing doubled
    outcomes = dict(SourceArticle.objects.values_list("pk", "status"))
    assert set(outcomes.values()) == {"extracted"}, SourceArticle.objects.values_list(
        "pk", "status", "status_message"
    )
    assert SourceArticle.objects.filter(attempts=1).count() == stored  # each read once
    assert SourceArticle.objects.get(url=f"{base}/vilnius").text
